/**
 * Round reports (GET /api/plans/:code/rounds): the rounds of 3, 6, 9 and 12 months of a fiscal year, each
 * from the accepted monthly reports as of its last month, beside the same round of the previous fiscal year.
 * Money is exact decimal strings ("1250000.50"), never numbers.
 */
import { z } from 'zod';
import { FiscalYear } from '../common';
import { PAPER_FONTS } from './papers';

export const RoundsQuery = z.object({
  /** Default: the fiscal year of the latest month with an accepted report of the plan. */
  fiscalYear: FiscalYear.optional(),
});
export type RoundsQuery = z.infer<typeof RoundsQuery>;

export const RoundFigures = z.object({
  /** "2567-03": the round's last month, as of which everything is counted. */
  asOf: z.string(),
  fiscalYear: z.number(),
  status: z.object({
    total: z.number(),
    completed: z.number(),
    inProgress: z.number(),
    notStarted: z.number(),
    cancelled: z.number(),
    unreported: z.number(),
    progressPct: z.number(),
    level: z.string().nullable(),
  }),
  keyResults: z.object({ total: z.number(), met: z.number(), notMet: z.number(), noData: z.number() }),
  budget: z.object({ planned: z.string(), spent: z.string(), spentPct: z.number() }),
});
export type RoundFigures = z.infer<typeof RoundFigures>;

export const RoundChange = z.object({
  total: z.number(),
  completed: z.number(),
  inProgress: z.number(),
  notStarted: z.number(),
  cancelled: z.number(),
  progressPct: z.number(),
  keyResultsMet: z.number(),
  keyResultsTotal: z.number(),
  planned: z.string(),
  spent: z.string(),
  spentPct: z.number(),
});
export type RoundChange = z.infer<typeof RoundChange>;

export const RoundView = z.object({
  months: z.union([z.literal(3), z.literal(6), z.literal(9), z.literal(12)]),
  /** "2566-10" to "2566-12" for the first round of 2567. */
  from: z.string(),
  to: z.string(),
  /** How many of the round's months the plan reports in (fewer when it started mid-year; 0: none). */
  coveredMonths: z.number(),
  /** Every month of the round has ended in the plan's reporting (its last month ≤ the latest accepted month). */
  reached: z.boolean(),
  current: RoundFigures,
  /** The same round of the previous fiscal year, or null when the plan has none. */
  previous: RoundFigures.nullable(),
  /** current − previous (null with previous). */
  change: RoundChange.nullable(),
});
export type RoundView = z.infer<typeof RoundView>;

export const RoundsResponse = z.object({
  plan: z.string(),
  planName: z.string(),
  fiscalYear: z.number(),
  /** Always accepted: round reports count the accepted monthly reports only. */
  basis: z.literal('accepted'),
  /** Money: all (admin, viewer) or own_unit (the projects the reader may read); progress is always whole. */
  budgetScope: z.enum(['all', 'own_unit']),
  /** The latest month with an accepted report of the plan, or null. */
  latestMonth: z.string().nullable(),
  rounds: z.array(RoundView),
});
export type RoundsResponse = z.infer<typeof RoundsResponse>;

export const RoundPaperQuery = RoundsQuery.extend({
  /** The Word paper's typeface, as the committee paper's (decision 0017). */
  font: z.enum(PAPER_FONTS).default('sarabun'),
});
export type RoundPaperQuery = z.infer<typeof RoundPaperQuery>;
