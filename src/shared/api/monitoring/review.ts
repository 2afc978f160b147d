import { z } from 'zod';
import { PROJECT_STATUSES } from '../../../domain/monitoring/project-status';
import { REPORT_STATES } from '../../../domain/monitoring/report-workflow';
import { bi, Id, LongText, PeriodString } from '../common';

export const ReviewAction = z.enum(['approve', 'accept', 'return']);

export const ReviewRequest = z.object({
  action: ReviewAction,
  /** Required when returning: what must be corrected. */
  comment: LongText.nullable().optional(),
});

/** The most reports one bulk review may name; the web page sends more in several requests. */
export const REVIEW_BULK_MAX = 500;

export const BulkReviewRequest = z.object({
  action: z.enum(['approve', 'accept']),
  ids: z.array(Id).min(1, bi('เลือกอย่างน้อยหนึ่งรายงาน', 'choose at least one report')).max(REVIEW_BULK_MAX),
});

export const BulkReviewResult = z.array(
  z.object({
    id: z.number(),
    ok: z.boolean(),
    reason: z.object({ th: z.string(), en: z.string() }).optional(),
  }),
);

/** Rows per page of the review queue: the page asks for the default, a script may ask for up to max. */
export const REVIEW_PAGE_SIZE = { default: 100, max: 500 } as const;

const LIMIT_MESSAGE = bi(
  `จำนวนต่อหน้า (limit) ต้องเป็นจำนวนเต็ม 1–${REVIEW_PAGE_SIZE.max}`,
  `limit must be a whole number from 1 to ${REVIEW_PAGE_SIZE.max}`,
);
const CURSOR_MESSAGE = bi(
  'ตำแหน่งหน้าถัดไป (cursor) ไม่ถูกต้อง กรุณาเริ่มจากหน้าแรก',
  'cursor is not valid; start again from the first page',
);

export const ReviewQueueQuery = z.object({
  state: z.enum(REPORT_STATES).optional(),
  period: PeriodString.optional(),
  unit: Id.optional(),
  limit: z.coerce
    .number(LIMIT_MESSAGE)
    .int(LIMIT_MESSAGE)
    .min(1, LIMIT_MESSAGE)
    .max(REVIEW_PAGE_SIZE.max, LIMIT_MESSAGE)
    .default(REVIEW_PAGE_SIZE.default),
  /**
   * Opaque: the previous page's `nextCursor`, given with the same filters. Only its form is checked here
   * (base64url "payload.check"); what it says is checked by the server (src/server/repositories/monitoring/review-queue-cursor.ts).
   */
  cursor: z
    .string()
    .max(4000, CURSOR_MESSAGE)
    .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, CURSOR_MESSAGE)
    .optional(),
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
  /** Spent (cumulative) above the project's budget: the reviewer's flag (domain/monitoring/budget-check). */
  overBudget: z.boolean(),
  /** What the current user may do with it now (the server decides). */
  abilities: z.object({ approve: z.boolean(), accept: z.boolean(), return: z.boolean() }),
});
export type ReviewQueueItem = z.infer<typeof ReviewQueueItem>;

export const ReviewStateCounts = z.record(z.enum(REPORT_STATES), z.number().int());

/** One page of the queue, newest month first, then agency name, project code and report id. */
export const ReviewQueuePage = z.object({
  items: z.array(ReviewQueueItem),
  /** The state listed: the one asked for, or the reader's default (approver submitted, centre approved). */
  state: z.enum(REPORT_STATES),
  /** Reports in `state` matching the filters, all pages together. */
  total: z.number().int(),
  /** Reports in each state matching the other filters (month, unit, the reader's scope). */
  counts: ReviewStateCounts,
  limit: z.number().int(),
  /** Give it back as `cursor` (with the same filters) for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type ReviewQueuePage = z.infer<typeof ReviewQueuePage>;

const FieldChange = z.object({
  field: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

export const ReportChanges = z.object({
  /** The last accepted version this one is compared with; null when none was ever accepted. */
  since: z.object({ id: z.number(), acceptedAt: z.string() }).nullable(),
  fields: z.array(FieldChange),
  /** Last month's accepted report (issue 14, item 7); null when the month before has none accepted. */
  lastMonth: z.object({ id: z.number(), period: z.string(), acceptedAt: z.string() }).nullable(),
  /** Every compared field, last month's accepted value → this report's (all of them, changed or not). */
  fromLastMonth: z.array(FieldChange.extend({ changed: z.boolean() })),
  /** The project's budget and whether this report's spent is above it (a warning, not a refusal). */
  budget: z.string().nullable(),
  overBudget: z.boolean(),
  /** spent − budget when over. */
  overBy: z.string().nullable(),
});
export type ReportChanges = z.infer<typeof ReportChanges>;
