import { z } from 'zod';
import { PROJECT_STATUSES } from '../../domain/project-status';
import { REPORT_STATES } from '../../domain/report-workflow';
import { bi, Id, LongText, PeriodString } from './common';

export const ReviewAction = z.enum(['approve', 'accept', 'return']);

export const ReviewRequest = z.object({
  action: ReviewAction,
  /** Required when returning: what must be corrected. */
  comment: LongText.nullable().optional(),
});

export const BulkReviewRequest = z.object({
  action: z.enum(['approve', 'accept']),
  ids: z.array(Id).min(1, bi('เลือกอย่างน้อยหนึ่งรายงาน', 'choose at least one report')).max(500),
});

export const BulkReviewResult = z.array(
  z.object({
    id: z.number(),
    ok: z.boolean(),
    reason: z.object({ th: z.string(), en: z.string() }).optional(),
  }),
);

export const ReviewQueueQuery = z.object({
  state: z.enum(REPORT_STATES).optional(),
  period: PeriodString.optional(),
  unit: Id.optional(),
});

export const ReviewQueueItem = z.object({
  id: z.number(),
  projectId: z.number(),
  projectCode: z.string(),
  projectName: z.string(),
  unit: z.object({ id: z.number(), name: z.string() }).nullable(),
  period: z.string(),
  status: z.enum(PROJECT_STATUSES),
  percent: z.string().nullable(),
  state: z.enum(REPORT_STATES),
  submittedAt: z.string().nullable(),
  reportedBy: z.string(),
  reviewComment: z.string().nullable(),
  /** What the current user may do with it now (the server decides). */
  abilities: z.object({ approve: z.boolean(), accept: z.boolean(), return: z.boolean() }),
});
export type ReviewQueueItem = z.infer<typeof ReviewQueueItem>;

export const ReportChanges = z.object({
  /** The last accepted version this one is compared with; null when none was ever accepted. */
  since: z.object({ id: z.number(), acceptedAt: z.string() }).nullable(),
  fields: z.array(
    z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() }),
  ),
});
