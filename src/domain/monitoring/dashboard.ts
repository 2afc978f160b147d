/**
 * The plan overview dashboard and the agency page: progress month by month over a fiscal year (each month
 * is the progress summary as of that month, computed by progressSummary itself, so a trend point always
 * equals the summary page for that month) and money planned against money spent. Pure: no I/O.
 */
import { fiscalMonthKeys, spentByMonth, sumDecimals } from './action-plan';
import type { LevelScale } from './level-scale';
import { progressSummary, type ProgressSummary, type SummaryInputTarget } from './progress-summary';
import type { ProjectStatus } from './project-status';

// ---------------------------------------------------------------------------------------------------
// Trend

export interface TrendProject {
  targetNo: string;
  fiscalYearFrom: number;
  fiscalYearTo: number;
  /** The project's counted reports (any order): period key and status. */
  reports: readonly { period: number; status: ProjectStatus }[];
}

/** The status of the latest report with period ≤ month, or null: what the summary calls latestStatus. */
export function statusAsOf(
  reports: readonly { period: number; status: ProjectStatus }[],
  monthKey: number,
): ProjectStatus | null {
  let best: { period: number; status: ProjectStatus } | null = null;
  for (const r of reports) if (r.period <= monthKey && (!best || r.period > best.period)) best = r;
  return best?.status ?? null;
}

/** The months of a fiscal year from October up to and including `asOfKey` (period keys). */
export function monthsUpTo(fiscalYear: number, asOfKey: number): number[] {
  return fiscalMonthKeys(fiscalYear).filter((key) => key <= asOfKey);
}

/** The progress summary as of each month: one entry per month key, in the order given. */
export function progressTrend(input: {
  targets: readonly SummaryInputTarget[];
  projects: readonly TrendProject[];
  fiscalYear: number;
  months: readonly number[];
  levelScale?: LevelScale | undefined;
}): { period: number; summary: ProgressSummary }[] {
  return input.months.map((period) => ({
    period,
    summary: progressSummary({
      targets: input.targets,
      fiscalYear: input.fiscalYear,
      ...(input.levelScale ? { levelScale: input.levelScale } : {}),
      projects: input.projects.map((p) => ({
        targetNo: p.targetNo,
        fiscalYearFrom: p.fiscalYearFrom,
        fiscalYearTo: p.fiscalYearTo,
        latestStatus: statusAsOf(p.reports, period),
      })),
    }),
  }));
}

// ---------------------------------------------------------------------------------------------------
// Budget: planned against spent

/**
 * The money planned for a project in a fiscal year: the budget allocated for the year, else the budget
 * requested for it (project_year_plan), else the project's own budget; null when none is known.
 */
export function plannedBudget(budget: {
  allocated: string | null;
  requested: string | null;
  projectBudget: string | null;
}): string | null {
  return budget.allocated ?? budget.requested ?? budget.projectBudget;
}

export interface BudgetProject {
  targetNo: string;
  planned: string | null;
  /** Cumulative spent of the project's counted reports of the year's months (period key → spent or null). */
  spentReports: ReadonlyMap<number, string | null>;
  /** Cumulative spent of its latest counted report before the year, or null. */
  spentBefore: string | null;
}

export interface BudgetFigures {
  planned: string;
  /** Spent during the fiscal year up to the as-of month (the year's share of the cumulative figures). */
  spent: string;
}

export interface BudgetMonth {
  period: number;
  /** Spent during the month, summed over the projects. */
  spent: string;
  /** Spent from October up to the end of the month. */
  cumulative: string;
}

export interface BudgetOverview {
  overall: BudgetFigures;
  byTarget: Record<string, BudgetFigures>;
  months: BudgetMonth[];
}

/**
 * Planned against spent, exactly (decimal strings), overall, per target (a project counts once, under its
 * own target) and per month from October up to the as-of month. A report's `spent` is cumulative (baht
 * disbursed so far, formats.md), so a month's spending is the difference from the previous known figure —
 * spentByMonth of the action plan, reused.
 */
export function budgetOverview(
  projects: readonly BudgetProject[],
  fiscalYear: number,
  asOfKey: number,
): BudgetOverview {
  const months = monthsUpTo(fiscalYear, asOfKey);
  const lines = projects.map((p) => {
    const inMonth = spentByMonth(fiscalYear, p.spentReports, p.spentBefore)
      .filter((s) => s.period <= asOfKey)
      .map((s) => s.inMonth);
    return { targetNo: p.targetNo, planned: p.planned, inMonth, spent: sumDecimals(inMonth) };
  });
  const figures = (subset: typeof lines): BudgetFigures => ({
    planned: sumDecimals(subset.map((l) => l.planned)),
    spent: sumDecimals(subset.map((l) => l.spent)),
  });
  const targets = [...new Set(lines.map((l) => l.targetNo))];
  let running = '0';
  return {
    overall: figures(lines),
    byTarget: Object.fromEntries(targets.map((no) => [no, figures(lines.filter((l) => l.targetNo === no))])),
    months: months.map((period, i) => {
      const spent = sumDecimals(lines.map((l) => l.inMonth[i]));
      running = sumDecimals([running, spent]);
      return { period, spent, cumulative: running };
    }),
  };
}
