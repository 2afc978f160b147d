/**
 * Reporting timeliness (definitions in src/domain/monitoring/timeliness.ts): per agency and month, how many
 * reports were expected, came in on time, late, or not at all; and the list of missing reports.
 */
import { z } from 'zod';
import { Code, CodedRef, Id, PeriodString } from '../common';

/** The longest range one request may cover (a five-year plan). */
export const TIMELINESS_MAX_MONTHS = 60;

export const TimelinessQuery = z.object({
  plan: Code,
  /** Default: the sixth-latest opened month (with `to`: the last six opened months). */
  from: PeriodString.optional(),
  /** Default: the latest opened month. */
  to: PeriodString.optional(),
});
export type TimelinessQuery = z.infer<typeof TimelinessQuery>;

export const TimelinessCounts = z.object({
  expected: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
  /** (on time + late) / expected, percent half-up to 2 decimals; 0 when nothing was expected. */
  reportingRate: z.number(),
  /** on time / expected, percent half-up to 2 decimals. */
  onTimeRate: z.number(),
});
export type TimelinessCounts = z.infer<typeof TimelinessCounts>;

export const TimelinessMonth = TimelinessCounts.extend({ period: z.string(), deadline: z.string() });
export type TimelinessMonth = z.infer<typeof TimelinessMonth>;

export const TimelinessAgency = z.object({
  /** Competition rank in the league (ties on both rates share a rank). */
  rank: z.number().int(),
  unit: CodedRef,
  totals: TimelinessCounts,
  /** One cell per month of `months`, in the same order. */
  months: z.array(TimelinessCounts.extend({ period: z.string() })),
});
export type TimelinessAgency = z.infer<typeof TimelinessAgency>;

export const TimelinessResponse = z.object({
  plan: z.string(),
  planName: z.string(),
  /** The range answered (null when no month has been opened yet). */
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Every opened reporting month, oldest first (for choosing a range). */
  openedMonths: z.array(z.string()),
  /** The opened months inside the range, oldest first, with all agencies' totals. */
  months: z.array(TimelinessMonth),
  /** Agencies that owe at least one report in the range, in league order. */
  agencies: z.array(TimelinessAgency),
  overall: TimelinessCounts,
});
export type TimelinessResponse = z.infer<typeof TimelinessResponse>;

export const MissingQuery = z.object({
  plan: Code,
  period: PeriodString,
  /** Only this agency's missing reports. */
  unit: Id.optional(),
});
export type MissingQuery = z.infer<typeof MissingQuery>;

export const MissingReport = z.object({
  projectId: z.number(),
  projectCode: z.string(),
  projectName: z.string(),
  unit: CodedRef,
  /** Display names of the owner unit's focal points (active accounts), Thai order. */
  focalPoints: z.array(z.string()),
});
export type MissingReport = z.infer<typeof MissingReport>;

export const MissingResponse = z.object({
  plan: z.string(),
  period: z.string(),
  deadline: z.string(),
  /** Ordered by agency name (Thai order), then project code. */
  missing: z.array(MissingReport),
});
export type MissingResponse = z.infer<typeof MissingResponse>;
