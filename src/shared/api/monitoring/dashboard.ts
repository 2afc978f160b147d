/**
 * The plan overview dashboard (GET /api/plans/:code/overview) and the agency page
 * (GET /api/agencies/:code/overview). Money is exact decimal strings ("1250000.50"), never numbers.
 */
import { z } from 'zod';
import { PROJECT_STATUSES } from '../../../domain/monitoring/project-status';
import { SUMMARY_BASES } from '../../../domain/monitoring/report-workflow';
import { ProblemView, AttentionProject } from './follow-up';
import { Code, FiscalYear, PeriodString } from '../common';
import { StatusCounts, SummaryResponse } from './summary';
import { TimelinessCounts } from './timeliness';

export const OverviewQuery = z.object({
  /** The month to look from; it must fall in the fiscal year. */
  asOf: PeriodString,
  /** Default: the fiscal year of asOf. */
  fiscalYear: FiscalYear.optional(),
  /** submitted: every report sent up (submitted, approved, accepted); accepted: accepted reports only. */
  basis: z.enum(SUMMARY_BASES).default('submitted'),
});
export type OverviewQuery = z.infer<typeof OverviewQuery>;

export const UnitOverviewQuery = OverviewQuery.extend({ plan: Code });
export type UnitOverviewQuery = z.infer<typeof UnitOverviewQuery>;

export const TrendPoint = z.object({
  /** "2566-05" */
  period: z.string(),
  overall: z.object({ progressPct: z.number(), level: z.string().nullable() }),
  /** One per strategic target, in target order: the progress summary as of this month. */
  targets: z.array(z.object({ no: z.string(), progressPct: z.number(), level: z.string().nullable() })),
});
export type TrendPoint = z.infer<typeof TrendPoint>;

export const BudgetFigures = z.object({ planned: z.string(), spent: z.string() });
export type BudgetFigures = z.infer<typeof BudgetFigures>;

export const BudgetView = z.object({
  /** all: every project of the plan; own_unit: only the projects the reader may read (their unit's). */
  scope: z.enum(['all', 'own_unit']),
  overall: BudgetFigures,
  /** Every strategic target, in target order (zeros where the reader sees no project). */
  targets: z.array(BudgetFigures.extend({ no: z.string(), name: z.string() })),
  /** October up to the as-of month: spent during each month and from October to its end. */
  months: z.array(z.object({ period: z.string(), spent: z.string(), cumulative: z.string() })),
});
export type BudgetView = z.infer<typeof BudgetView>;

export const PlanOverviewResponse = z.object({
  /** The progress summary as of asOf, exactly as GET /api/plans/:code/summary answers it. */
  summary: SummaryResponse,
  trend: z.array(TrendPoint),
  budget: BudgetView,
});
export type PlanOverviewResponse = z.infer<typeof PlanOverviewResponse>;

export const UnitProject = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  targetNo: z.string(),
  /** The latest counted report ≤ asOf; null: none (counted as not started). */
  status: z.enum(PROJECT_STATUSES).nullable(),
  percent: z.string().nullable(),
  reportedPeriod: z.string().nullable(),
});
export type UnitProject = z.infer<typeof UnitProject>;

export const UnitOverviewResponse = z.object({
  unit: z.object({
    id: z.number(),
    code: z.string(),
    name: z.string(),
    status: z.enum(['active', 'closed']),
  }),
  plan: z.string(),
  planName: z.string(),
  fiscalYear: z.number(),
  asOf: z.string(),
  basis: z.enum(SUMMARY_BASES),
  /** The unit's projects that run in the fiscal year, by code. */
  projects: z.array(UnitProject),
  counts: StatusCounts,
  /** The opened months of the fiscal year up to asOf (the timeliness page's figures for this unit). */
  timeliness: z.object({
    months: z.array(TimelinessCounts.extend({ period: z.string() })),
    totals: TimelinessCounts,
  }),
  /** Problems of the unit's projects (or that it must act on) still open or being resolved. */
  problems: z.array(ProblemView),
  /** The unit's projects among those that need attention as of asOf. */
  attention: z.array(AttentionProject),
  budget: BudgetView.omit({ scope: true }),
});
export type UnitOverviewResponse = z.infer<typeof UnitOverviewResponse>;
