/** A plan's state (current, draft, archived), deleting an unused plan, and each user's last chosen plan. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { PlanChoiceInput, PlanStateInput } from '../../../../shared/api/monitoring/plans';
import { choosePlan, deletePlanCase, setPlanStateCase } from '../../../use-cases/monitoring/plan-state';
import { requireActor, requireRole } from '../../auth';
import { typed, type AppContext } from '../../context';
import { CodeParam } from './plan-routes';

export function planStateRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['plans'];
  r.put(
    '/api/plans/choice',
    {
      schema: {
        tags,
        summary: 'Remember the plan the signed-in user chose: their default on every page from now on',
        body: PlanChoiceInput,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await choosePlan(db, requireActor(req), req.body.code);
      return reply.code(204).send(null);
    },
  );
  r.put(
    '/api/plans/:code/state',
    {
      schema: {
        tags,
        summary: 'Set a plan current, draft or archived (admin; audited)',
        description:
          'Exactly one plan is current (everyone’s default): making one current archives the previous one. ' +
          '409 when asked to make the current plan a draft or archived (make another current first).',
        params: CodeParam,
        body: PlanStateInput,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await setPlanStateCase(db, requireRole(req, ['admin']), req.params.code, req.body);
      return reply.code(204).send(null);
    },
  );
  r.delete(
    '/api/plans/:code',
    {
      schema: {
        tags,
        summary: 'Delete a plan that has no report (admin; audited)',
        description:
          '409 with the number of reports when it has any (archive it instead), or when it is current.',
        params: CodeParam,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await deletePlanCase(db, requireRole(req, ['admin']), req.params.code);
      return reply.code(204).send(null);
    },
  );
}
