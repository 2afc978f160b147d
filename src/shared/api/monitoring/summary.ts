import { z } from 'zod';
import { SUMMARY_BASES } from '../../../domain/monitoring/report-workflow';
import { FiscalYear, PeriodString } from '../common';

export const SummaryQuery = z.object({
  asOf: PeriodString,
  fiscalYear: FiscalYear.optional(),
  /** submitted: every report sent up (submitted, approved, accepted); accepted: accepted reports only. */
  basis: z.enum(SUMMARY_BASES).default('submitted'),
});

/** The status counts of one target or of the whole plan (formats.md). */
export const StatusCounts = z.object({
  total: z.number(),
  completed: z.number(),
  inProgress: z.number(),
  notStarted: z.number(),
  cancelled: z.number(),
  unreported: z.number(),
  completedPct: z.number(),
  inProgressPct: z.number(),
  notStartedPct: z.number(),
  progressPct: z.number(),
  level: z.string().nullable(),
});

/** The summary of formats.md; planName is an added optional field. */
export const SummaryResponse = z.object({
  plan: z.string(),
  planName: z.string().optional(),
  fiscalYear: z.number(),
  asOf: z.string(),
  /** Which reports were counted (added field; formats.md's contract is unchanged). */
  basis: z.enum(SUMMARY_BASES).optional(),
  overall: StatusCounts,
  targets: z.array(z.object({ no: z.string(), name: z.string() }).extend(StatusCounts.shape)),
});
export type SummaryResponse = z.infer<typeof SummaryResponse>;
