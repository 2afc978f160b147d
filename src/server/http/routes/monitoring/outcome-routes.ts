/**
 * Outcomes: key results (ผลลัพธ์ที่สำคัญ) and their actuals, the target page (activity progress beside
 * outcome) and the annual action plan. Everyone signed in reads; the central office (admin) edits.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ActionPlanQuery,
  ActionPlanResponse,
  YearPlanParams,
  YearPlanUpdate,
  YearPlanView,
} from '../../../../shared/api/monitoring/action-plan';
import { IdParam, PeriodString } from '../../../../shared/api/common';
import {
  KeyResultActualInput,
  KeyResultActualUpdate,
  KeyResultCreate,
  KeyResultLinks,
  KeyResultsQuery,
  KeyResultsResponse,
  KeyResultUpdate,
  KeyResultView,
  TargetOutcomeQuery,
  TargetOutcomeResponse,
} from '../../../../shared/api/monitoring/key-results';
import { getActionPlan, updateYearPlan } from '../../../use-cases/monitoring/action-plan';
import {
  addActual,
  createKeyResult,
  deleteActual,
  deleteKeyResult,
  getKeyResult,
  getTargetOutcome,
  listKeyResults,
  setKeyResultProjects,
  updateActual,
  updateKeyResult,
} from '../../../use-cases/monitoring/key-results';
import { requireActor, requireRole } from '../../auth';
import { typed, type AppContext } from '../../context';

const CodeParam = z.object({ code: z.string().min(1).max(40) });
const TargetParam = CodeParam.extend({ no: z.string().min(1).max(20) });
const AsOfQuery = z.object({ asOf: PeriodString.optional() });
const VersionQuery = z.object({ version: z.coerce.number().int().positive().max(2_147_483_647) });

export function outcomeRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['outcomes'];

  r.get(
    '/api/plans/:code/key-results',
    {
      schema: {
        tags,
        summary: "The plan's key results with their actuals",
        params: CodeParam,
        querystring: KeyResultsQuery,
        response: { 200: KeyResultsResponse },
      },
    },
    async (req) =>
      listKeyResults(db, requireActor(req), {
        planCode: req.params.code,
        fiscalYear: req.query.fiscalYear,
        asOf: req.query.asOf,
      }),
  );
  r.post(
    '/api/plans/:code/key-results',
    {
      schema: {
        tags,
        summary: 'Add a key result (central office)',
        params: CodeParam,
        body: KeyResultCreate,
        response: { 201: KeyResultView },
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, ['admin']);
      const id = await createKeyResult(db, actor, req.params.code, req.body);
      return reply.code(201).send(await getKeyResult(db, actor, id));
    },
  );
  r.get(
    '/api/key-results/:id',
    {
      schema: {
        tags,
        summary: 'A key result with its actuals',
        params: IdParam,
        querystring: AsOfQuery,
        response: { 200: KeyResultView },
      },
    },
    async (req) => getKeyResult(db, requireActor(req), req.params.id, req.query.asOf),
  );
  r.patch(
    '/api/key-results/:id',
    {
      schema: {
        tags,
        summary: 'Change a key result (central office)',
        params: IdParam,
        body: KeyResultUpdate,
        response: { 200: KeyResultView },
      },
    },
    async (req) => {
      const actor = requireRole(req, ['admin']);
      await updateKeyResult(db, actor, req.params.id, req.body);
      return getKeyResult(db, actor, req.params.id);
    },
  );
  r.delete(
    '/api/key-results/:id',
    {
      schema: {
        tags,
        summary: 'Delete a key result (central office; needs its version)',
        params: IdParam,
        querystring: VersionQuery,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await deleteKeyResult(db, requireRole(req, ['admin']), req.params.id, req.query.version);
      return reply.code(204).send(null);
    },
  );
  r.post(
    '/api/key-results/:id/actuals',
    {
      schema: {
        tags,
        summary: 'Record an actual value of a key result (central office)',
        params: IdParam,
        body: KeyResultActualInput,
        response: { 201: KeyResultView },
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, ['admin']);
      await addActual(db, actor, req.params.id, req.body);
      return reply.code(201).send(await getKeyResult(db, actor, req.params.id));
    },
  );
  r.patch(
    '/api/key-result-actuals/:id',
    {
      schema: {
        tags,
        summary: 'Change an actual value (central office)',
        params: IdParam,
        body: KeyResultActualUpdate,
        response: { 200: KeyResultView },
      },
    },
    async (req) => {
      const actor = requireRole(req, ['admin']);
      const keyResultId = await updateActual(db, actor, req.params.id, req.body);
      return getKeyResult(db, actor, keyResultId);
    },
  );
  r.delete(
    '/api/key-result-actuals/:id',
    {
      schema: {
        tags,
        summary: 'Delete an actual value (central office; needs its version)',
        params: IdParam,
        querystring: VersionQuery,
        response: { 200: KeyResultView },
      },
    },
    async (req) => {
      const actor = requireRole(req, ['admin']);
      const keyResultId = await deleteActual(db, actor, req.params.id, req.query.version);
      return getKeyResult(db, actor, keyResultId);
    },
  );
  r.put(
    '/api/key-results/:id/projects',
    {
      schema: {
        tags,
        summary: 'Set the projects linked to a key result (central office)',
        params: IdParam,
        body: KeyResultLinks,
        response: { 200: KeyResultView },
      },
    },
    async (req) => {
      const actor = requireRole(req, ['admin']);
      await setKeyResultProjects(db, actor, req.params.id, req.body.projectIds);
      return getKeyResult(db, actor, req.params.id);
    },
  );
  r.get(
    '/api/plans/:code/targets/:no/outcome',
    {
      schema: {
        tags,
        summary: "A target's page: its progress beside its key results",
        params: TargetParam,
        querystring: TargetOutcomeQuery,
        response: { 200: TargetOutcomeResponse },
      },
    },
    async (req) =>
      getTargetOutcome(db, requireActor(req), {
        planCode: req.params.code,
        targetNo: req.params.no,
        asOf: req.query.asOf,
        fiscalYear: req.query.fiscalYear,
        basis: req.query.basis,
      }),
  );
  r.get(
    '/api/plans/:code/action-plan',
    {
      schema: {
        tags,
        summary: 'The action plan of a fiscal year',
        params: CodeParam,
        querystring: ActionPlanQuery,
        response: { 200: ActionPlanResponse },
      },
    },
    async (req) =>
      getActionPlan(db, requireActor(req), {
        planCode: req.params.code,
        fiscalYear: req.query.fiscalYear,
        asOf: req.query.asOf,
      }),
  );
  r.patch(
    '/api/projects/:id/action-plan/:fiscalYear',
    {
      schema: {
        tags,
        summary: "Change a project's plan for a fiscal year (central office)",
        params: YearPlanParams,
        body: YearPlanUpdate,
        response: { 200: YearPlanView },
      },
    },
    async (req) =>
      updateYearPlan(db, requireRole(req, ['admin']), req.params.id, req.params.fiscalYear, req.body),
  );
}
