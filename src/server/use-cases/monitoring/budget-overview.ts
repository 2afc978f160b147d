/**
 * Money planned against money spent for a set of action-plan projects (the dashboard's and the agency
 * page's budget): the action plan's own reads (year plans, the year's reports, the figure before the
 * year), then the pure budgetOverview. Shared by plan-overview.ts and unit-overview.ts.
 */
import { formatPeriod, periodFromKey } from '../../../domain';
import { compareTargetNo, type ReportState } from '../../../domain/monitoring';
import { fiscalMonthKeys } from '../../../domain/monitoring/action-plan';
import { budgetOverview, plannedBudget } from '../../../domain/monitoring/dashboard';
import { canonicalDecimal } from '../../../domain/monitoring/key-results';
import type { BudgetView } from '../../../shared/api/monitoring/dashboard';
import type { Queryable } from '../../db/database';
import {
  selectBeforeYear,
  selectYearReports,
  type ActionPlanProjectRow,
} from '../../repositories/monitoring/action-plan';

const ZERO = { planned: '0', spent: '0' };

export async function budgetView(
  db: Queryable,
  projects: readonly ActionPlanProjectRow[],
  targets: readonly { no: string; name: string }[],
  fiscalYear: number,
  asOfKey: number,
  states: readonly ReportState[],
): Promise<Omit<BudgetView, 'scope'>> {
  const months = fiscalMonthKeys(fiscalYear);
  const ids = projects.map((p) => p.id);
  const [reports, before] = await Promise.all([
    selectYearReports(db, ids, months[0]!, months[11]!, states),
    selectBeforeYear(db, ids, months[0]!, states),
  ]);
  // Grouped once: a plan may have thousands of projects, so never a scan of all reports per project.
  const spentOf = new Map<number, Map<number, string | null>>();
  for (const r of reports) {
    const own = spentOf.get(r.project_id) ?? new Map<number, string | null>();
    own.set(r.period, canonicalDecimal(r.spent));
    spentOf.set(r.project_id, own);
  }
  const beforeOf = new Map(before.map((b) => [b.project_id, canonicalDecimal(b.spent)]));
  const overview = budgetOverview(
    projects.map((p) => ({
      targetNo: p.target_no,
      planned: plannedBudget({
        allocated: canonicalDecimal(p.budget_allocated),
        requested: canonicalDecimal(p.budget_requested),
        projectBudget: canonicalDecimal(p.budget),
      }),
      spentReports: spentOf.get(p.id) ?? new Map(),
      spentBefore: beforeOf.get(p.id) ?? null,
    })),
    fiscalYear,
    asOfKey,
  );
  return {
    overall: overview.overall,
    targets: [...targets]
      .sort((a, b) => compareTargetNo(a.no, b.no))
      .map((t) => ({ no: t.no, name: t.name, ...(overview.byTarget[t.no] ?? ZERO) })),
    months: overview.months.map((m) => ({ ...m, period: formatPeriod(periodFromKey(m.period)) })),
  };
}
