import type { FastifyInstance } from 'fastify';
import {
  MissingQuery,
  MissingResponse,
  TimelinessQuery,
  TimelinessResponse,
} from '../../../../shared/api/monitoring/timeliness';
import { getTimeliness, listMissingReports } from '../../../use-cases/monitoring/timeliness';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

/**
 * Reporting timeliness. The counts are aggregate: every signed-in role reads them for all agencies.
 * The missing list names projects: focal points and approvers get their own unit's rows only.
 */
export function timelinessRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['timeliness'];
  r.get(
    '/api/timeliness',
    {
      schema: {
        tags,
        summary: 'Timeliness of reports by unit and month',
        querystring: TimelinessQuery,
        response: { 200: TimelinessResponse },
      },
    },
    async (req) => {
      requireActor(req);
      return getTimeliness(db, req.query);
    },
  );
  r.get(
    '/api/timeliness/missing',
    {
      schema: {
        tags,
        summary: 'Reports missing for a month, by unit',
        querystring: MissingQuery,
        response: { 200: MissingResponse },
      },
    },
    async (req) => listMissingReports(db, requireActor(req), req.query),
  );
}
