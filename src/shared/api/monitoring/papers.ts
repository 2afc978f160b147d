/**
 * Published monthly snapshots, their comparison, committee papers and list exports (docs/api.md).
 * A snapshot holds the summary of formats.md as it stood when the month was published.
 */
import { z } from 'zod';
import { SUMMARY_BASES } from '../../../domain/monitoring/report-workflow';
import { ATTENTION_KINDS } from '../../../domain/monitoring/attention-flags';
import { bi, Code, Id, PeriodString } from '../common';
import { ActionPlanQuery } from './action-plan';
import { ReviewQueueQuery } from './review';
import { TimelinessQuery } from './timeliness';
import { ProjectListQuery } from './plans';
import { SummaryResponse } from './summary';

const Basis = z.enum(SUMMARY_BASES, bi('ต้องเป็น submitted หรือ accepted', 'must be submitted or accepted'));

export const PublishSnapshotBody = z.object({ period: PeriodString, basis: Basis.default('submitted') });
export type PublishSnapshotBody = z.infer<typeof PublishSnapshotBody>;

export const SnapshotListItem = z.object({
  id: z.number(),
  plan: z.string(),
  period: z.string(),
  fiscalYear: z.number(),
  basis: Basis,
  /** manual: published by the central office; auto: stored when the locked month was first asked for. */
  kind: z.enum(['manual', 'auto']),
  publishedAt: z.string(),
  publishedBy: z.string(),
  /** The newest publication of its month and basis (older ones are kept as history). */
  latest: z.boolean(),
  progressPct: z.number(),
  level: z.string().nullable(),
  total: z.number(),
});
export type SnapshotListItem = z.infer<typeof SnapshotListItem>;

export const SnapshotDetail = SnapshotListItem.extend({ summary: SummaryResponse });
export type SnapshotDetail = z.infer<typeof SnapshotDetail>;

export const SnapshotListQuery = z.object({ period: PeriodString.optional(), basis: Basis.optional() });

/** Two months (their newest publication of the basis) or two snapshots by id. */
export const SnapshotCompareQuery = z.object({
  a: PeriodString.optional(),
  b: PeriodString.optional(),
  aId: Id.optional(),
  bId: Id.optional(),
  basis: Basis.default('submitted'),
});
export type SnapshotCompareQuery = z.infer<typeof SnapshotCompareQuery>;

export const COMPARE_ROWS = [
  'completed',
  'inProgress',
  'notStarted',
  'total',
  'cancelled',
  'unreported',
] as const;
export type CompareRow = (typeof COMPARE_ROWS)[number];

const Side = z.object({ count: z.number(), pct: z.number().nullable() }).nullable();
const ProgressSide = z.object({ pct: z.number(), level: z.string().nullable() }).nullable();

export const CompareColumn = z.object({
  /** A target number, or "all" for the whole plan. */
  key: z.string(),
  name: z.string(),
});

export const SnapshotCompareResponse = z.object({
  plan: z.string(),
  a: SnapshotListItem,
  b: SnapshotListItem,
  columns: z.array(CompareColumn),
  cells: z.array(
    z.object({
      row: z.enum(COMPARE_ROWS),
      column: z.string(),
      a: Side,
      b: Side,
      /** b − a; null where either side is missing. */
      countDiff: z.number().nullable(),
      pctDiff: z.number().nullable(),
      changed: z.boolean(),
    }),
  ),
  progress: z.array(
    z.object({
      column: z.string(),
      a: ProgressSide,
      b: ProgressSide,
      pctDiff: z.number().nullable(),
      levelChanged: z.boolean(),
      changed: z.boolean(),
    }),
  ),
});
export type SnapshotCompareResponse = z.infer<typeof SnapshotCompareResponse>;

export const PAPER_FORMATS = ['docx', 'xlsx', 'html'] as const;
export type PaperFormat = (typeof PAPER_FORMATS)[number];

export const PAPER_FONTS = ['sarabun', 'th-sarabun-new'] as const;

export const PaperQuery = z.object({
  asOf: PeriodString.optional(),
  basis: Basis.default('submitted'),
  /** A published snapshot's id: the paper is reproduced from it exactly. */
  snapshot: Id.optional(),
  /** The Word paper's typeface: Sarabun 15 pt, or TH Sarabun New 16 pt where readers have it (decision 0017). */
  font: z.enum(PAPER_FONTS).default('sarabun'),
});
export type PaperQuery = z.infer<typeof PaperQuery>;

export const EXPORT_LISTS = [
  'projects',
  'reports',
  'problems',
  'key-results',
  'review-queue',
  'timeliness',
  'attention',
  'action-plan',
] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];
export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;

/** GET /api/exports/projects.(xlsx|csv): the filters of GET /api/projects. */
export const ProjectExportQuery = ProjectListQuery;

export const ReportExportQuery = z.object({
  plan: z.string().trim().max(40).optional(),
  from: PeriodString.optional(),
  to: PeriodString.optional(),
  unit: Id.optional(),
  status: z.enum(['not_started', 'in_progress', 'completed', 'cancelled']).optional(),
  state: z.enum(['draft', 'submitted', 'approved', 'accepted', 'returned']).optional(),
});
export type ReportExportQuery = z.infer<typeof ReportExportQuery>;

export const KeyResultExportQuery = z.object({
  plan: z.string().trim().min(1).max(40),
  fiscalYear: z.coerce.number().int().min(2500).max(2700),
  asOf: PeriodString.optional(),
});

/** GET /api/exports/review-queue.(xlsx|csv): the review page's filters; every page of the queue, not one. */
export const ReviewExportQuery = ReviewQueueQuery.pick({ state: true, period: true, unit: true });

/** GET /api/exports/timeliness.(xlsx|csv): the grid of GET /api/timeliness, one row per agency. */
export const TimelinessExportQuery = TimelinessQuery;

/** GET /api/exports/attention.(xlsx|csv): the needs-attention page (plan, month, and its kind filter). */
export const AttentionExportQuery = z.object({
  plan: Code,
  asOf: PeriodString.optional(),
  kind: z.enum(ATTENTION_KINDS, bi('ประเภทไม่ถูกต้อง', 'unknown kind')).optional(),
});
export type AttentionExportQuery = z.infer<typeof AttentionExportQuery>;

/** GET /api/exports/action-plan.(xlsx|csv): the action plan of a plan's fiscal year. */
export const ActionPlanExportQuery = ActionPlanQuery.extend({ plan: Code });
export type ActionPlanExportQuery = z.infer<typeof ActionPlanExportQuery>;
