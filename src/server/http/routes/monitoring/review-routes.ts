import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { REPORT_STATES } from '../../../../domain/monitoring';
import { IdParam } from '../../../../shared/api/common';
import {
  BulkReviewRequest,
  BulkReviewResult,
  ReportChanges,
  ReviewQueuePage,
  ReviewQueueQuery,
  ReviewRequest,
} from '../../../../shared/api/monitoring/review';
import { reportChanges } from '../../../repositories/monitoring/report-changes';
import { listReviewQueue } from '../../../use-cases/monitoring/list-review-queue';
import { reviewReport, reviewReports } from '../../../use-cases/monitoring/review-report';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

export function reviewRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['review'];
  r.get(
    '/api/reports',
    {
      schema: {
        tags,
        summary: 'Reports waiting for review, a page at a time (keyset: pass nextCursor back as cursor)',
        querystring: ReviewQueueQuery,
        response: { 200: ReviewQueuePage },
      },
    },
    async (req) => listReviewQueue(db, requireActor(req), req.query),
  );
  r.get(
    '/api/reports/:id/changes',
    {
      schema: {
        tags,
        summary:
          'What a report changed since its month’s last accepted version and since last month’s accepted report',
        params: IdParam,
        response: { 200: ReportChanges },
      },
    },
    async (req) => reportChanges(db, requireActor(req), req.params.id),
  );
  r.post(
    '/api/reports/:id/review',
    {
      schema: {
        tags,
        summary: 'Approve, accept or return a report (the next reviewer)',
        params: IdParam,
        body: ReviewRequest,
        response: { 200: z.object({ state: z.enum(REPORT_STATES) }) },
      },
    },
    async (req) => ({
      state: await reviewReport(db, requireActor(req), req.params.id, req.body.action, req.body.comment),
    }),
  );
  r.post(
    '/api/reports/review',
    {
      schema: {
        tags,
        summary: 'Review several reports at once (a result per report)',
        body: BulkReviewRequest,
        response: { 200: BulkReviewResult },
      },
    },
    async (req) => reviewReports(db, requireActor(req), req.body.ids, req.body.action),
  );
}
