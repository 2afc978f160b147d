import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  PlanListItem,
  PlanTree,
  PlanUpdate,
  StrategyUpdate,
  TargetUpdate,
} from '../../../../shared/api/monitoring/plans';
import { IdParam } from '../../../../shared/api/common';
import { SummaryQuery, SummaryResponse } from '../../../../shared/api/monitoring/summary';
import { getPlanTree } from '../../../repositories/monitoring/plans';
import { plansFor } from '../../../use-cases/monitoring/plan-state';
import { getProgressSummary } from '../../../use-cases/monitoring/get-progress-summary';
import { updatePlan, updateStrategy, updateTarget } from '../../../use-cases/monitoring/edit-plan';
import { requireActor, requireRole } from '../../auth';
import { typed, type AppContext } from '../../context';

export const CodeParam = z.object({ code: z.string().min(1).max(40) });

export function planRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  r.get(
    '/api/plans',
    { schema: { tags: ['plans'], summary: 'All plans', response: { 200: z.array(PlanListItem) } } },
    async (req) => {
      return plansFor(db, requireActor(req));
    },
  );
  r.get(
    '/api/plans/:code/tree',
    {
      schema: {
        tags: ['plans'],
        summary: "The plan's tree: targets, strategies and projects with their progress",
        params: CodeParam,
        querystring: z.object({ asOf: SummaryQuery.shape.asOf.optional() }),
        response: { 200: PlanTree },
      },
    },
    async (req) => getPlanTree(db, requireActor(req), req.params.code, req.query.asOf),
  );
  r.get(
    '/api/plans/:code/summary',
    {
      schema: {
        tags: ['plans'],
        summary: 'Progress summary by target and strategy as of a month',
        params: CodeParam,
        querystring: SummaryQuery,
        response: { 200: SummaryResponse },
      },
    },
    async (req) => {
      requireActor(req);
      return getProgressSummary(db, {
        planCode: req.params.code,
        asOf: req.query.asOf,
        fiscalYear: req.query.fiscalYear,
        basis: req.query.basis,
      });
    },
  );
  r.patch(
    '/api/plans/:code',
    {
      schema: {
        tags: ['plans'],
        summary: 'Rename a plan (central office)',
        params: CodeParam,
        body: PlanUpdate,
        response: { 200: PlanListItem },
      },
    },
    async (req) => {
      const actor = requireRole(req, ['admin']);
      await updatePlan(db, actor, req.params.code, req.body);
      return (await plansFor(db, actor)).find((p) => p.code === req.params.code)!;
    },
  );
  r.patch(
    '/api/targets/:id',
    {
      schema: {
        tags: ['plans'],
        summary: 'Change a target (central office)',
        params: IdParam,
        body: TargetUpdate,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await updateTarget(db, requireRole(req, ['admin']), req.params.id, req.body);
      return reply.code(204).send(null);
    },
  );
  r.patch(
    '/api/strategies/:id',
    {
      schema: {
        tags: ['plans'],
        summary: 'Change a strategy (central office)',
        params: IdParam,
        body: StrategyUpdate,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await updateStrategy(db, requireRole(req, ['admin']), req.params.id, req.body);
      return reply.code(204).send(null);
    },
  );
}
