import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  GrantExceptionRequest,
  OpenMonthRequest,
  PeriodParam,
  ReportingMonthView,
  UpdateMonthRequest,
} from '../../../../shared/api/monitoring/months';
import {
  grantException,
  listReportingMonths,
  openReportingMonth,
  updateReportingMonth,
} from '../../../use-cases/monitoring/reporting-months';
import { requireActor, requireRole } from '../../auth';
import { typed, type AppContext } from '../../context';

export function monthRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['reporting months'];
  r.get(
    '/api/reporting-months',
    {
      schema: {
        tags,
        summary: 'Reporting months with their deadlines and exceptions',
        response: { 200: z.array(ReportingMonthView) },
      },
    },
    async (req) => {
      requireActor(req);
      return listReportingMonths(db);
    },
  );
  r.post(
    '/api/reporting-months',
    {
      schema: {
        tags,
        summary: 'Open a reporting month (central office)',
        body: OpenMonthRequest,
        response: { 201: z.array(ReportingMonthView) },
      },
    },
    async (req, reply) => {
      await openReportingMonth(db, requireRole(req, ['admin']), req.body);
      return reply.code(201).send(await listReportingMonths(db));
    },
  );
  r.patch(
    '/api/reporting-months/:period',
    {
      schema: {
        tags,
        summary: "Change a reporting month's deadline or lock (central office)",
        params: PeriodParam,
        body: UpdateMonthRequest,
        response: { 200: z.array(ReportingMonthView) },
      },
    },
    async (req) => {
      await updateReportingMonth(db, requireRole(req, ['admin']), req.params.period, req.body);
      return listReportingMonths(db);
    },
  );
  r.post(
    '/api/reporting-months/:period/exceptions',
    {
      schema: {
        tags,
        summary: 'Grant a unit a later deadline for a month (central office)',
        params: PeriodParam,
        body: GrantExceptionRequest,
        response: { 200: z.array(ReportingMonthView) },
      },
    },
    async (req) => {
      await grantException(db, requireRole(req, ['admin']), req.params.period, req.body);
      return listReportingMonths(db);
    },
  );
}
