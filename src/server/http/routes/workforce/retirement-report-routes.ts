/**
 * The retirements report of formats.md as a route: what `tidtam workforce retirements` asks the running
 * server for when the server holds the data directory (src/cli/backend.ts). Admin and committee (BMA-wide).
 */
import type { FastifyInstance } from 'fastify';
import { RetirementReport, RetirementReportQuery } from '../../../../shared/api/workforce/retirement-report';
import { getRetirementReport } from '../../../use-cases/workforce/retirement-report';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

export function workforceRetirementReportRoutes(app: FastifyInstance, { db }: AppContext) {
  typed(app).get(
    '/api/workforce/retirements/report',
    {
      schema: {
        tags: ['workforce'],
        summary: 'People in service (no exit date) retiring at the end of each fiscal year FY … FY+N−1',
        description:
          'The JSON of `tidtam workforce retirements --json` (formats.md): by staff type and by the type of ' +
          'the position held today (`none`: holds none), every key present. BMA-wide: admins and the ' +
          "committee (viewer); 403 for others (focal points see their unit's figures at /api/workforce/retirements).",
        querystring: RetirementReportQuery,
        response: { 200: RetirementReport },
      },
    },
    async (req) => getRetirementReport(db, requireActor(req), req.query),
  );
}
