import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  OverviewQuery,
  PlanOverviewResponse,
  UnitOverviewQuery,
  UnitOverviewResponse,
} from '../../../../shared/api/monitoring/dashboard';
import { RoundsQuery, RoundsResponse } from '../../../../shared/api/monitoring/rounds';
import { getPlanOverview } from '../../../use-cases/monitoring/plan-overview';
import { getRoundReports } from '../../../use-cases/monitoring/round-reports';
import { getUnitOverview } from '../../../use-cases/monitoring/unit-overview';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

const CodeParam = z.object({ code: z.string().min(1).max(40) });

/** Dashboards: the plan overview (progress trend, budget) and the agency page. */
export function dashboardRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  r.get(
    '/api/plans/:code/overview',
    {
      schema: {
        tags: ['dashboards'],
        summary: 'The plan overview dashboard: progress trend and budget',
        params: CodeParam,
        querystring: OverviewQuery,
        response: { 200: PlanOverviewResponse },
      },
    },
    async (req) => getPlanOverview(db, requireActor(req), req.params.code, req.query),
  );
  r.get(
    '/api/agencies/:code/overview',
    {
      schema: {
        tags: ['dashboards'],
        summary: "An agency's page: its projects, reports and timeliness",
        params: CodeParam,
        querystring: UnitOverviewQuery,
        response: { 200: UnitOverviewResponse },
      },
    },
    async (req) => getUnitOverview(db, requireActor(req), req.params.code, req.query),
  );
  r.get(
    '/api/plans/:code/rounds',
    {
      schema: {
        tags: ['dashboards'],
        summary: 'Round reports: 3, 6, 9 and 12 months of a fiscal year beside the year before',
        params: CodeParam,
        querystring: RoundsQuery,
        response: { 200: RoundsResponse },
      },
    },
    async (req) => getRoundReports(db, requireActor(req), req.params.code, req.query),
  );
}
