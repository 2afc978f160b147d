/**
 * The plan overview dashboard: the progress summary as of a month (getProgressSummary itself), the
 * progress of every month of the fiscal year up to it (two set-based queries, then progressSummary per
 * month, so each point equals the summary of that month), and money planned against spent.
 *
 * Scope (docs/decisions/0005): progress is aggregate and every signed-in role reads it whole; money is
 * read per project like the action plan, so focal points and approvers see their own unit's figures.
 */
import {
  fiscalYearOfPeriod,
  formatPeriod,
  parsePeriod,
  periodFromKey,
  periodKey,
  type Period,
} from '../../../domain';
import { COUNTED_STATES, levelScaleProblems } from '../../../domain/monitoring';
import { monthsUpTo, progressTrend, type TrendProject } from '../../../domain/monitoring/dashboard';
import type { OverviewQuery, PlanOverviewResponse } from '../../../shared/api/monitoring/dashboard';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { invalidInput, notFound } from '../../errors';
import { selectActionPlanProjects } from '../../repositories/monitoring/action-plan';
import { selectPlan, selectTrendProjects, selectTrendReports } from '../../repositories/monitoring/dashboard';
import { budgetView } from './budget-overview';
import { getProgressSummary } from './get-progress-summary';

/** The as-of month, which must lie in the fiscal year asked for (the trend runs from its October). */
export function overviewMonth(asOf: string, fiscalYear: number | undefined): { asOf: Period; fy: number } {
  const period = parsePeriod(asOf);
  if (!period) {
    throw invalidInput([
      { field: 'asOf', th: `"${asOf}" ไม่ใช่เดือน เช่น 2566-05`, en: `"${asOf}" is not a month like 2566-05` },
    ]);
  }
  const fy = fiscalYear ?? fiscalYearOfPeriod(period);
  if (fiscalYearOfPeriod(period) !== fy) {
    throw invalidInput([
      {
        field: 'asOf',
        th: `เดือน ${asOf} ไม่อยู่ในปีงบประมาณ ${fy} (ต.ค. ${fy - 1} – ก.ย. ${fy})`,
        en: `month ${asOf} is not in fiscal year ${fy} (October ${fy - 1} to September ${fy})`,
      },
    ]);
  }
  return { asOf: period, fy };
}

export async function getPlanOverview(
  db: Queryable,
  actor: Actor,
  planCode: string,
  query: OverviewQuery,
): Promise<PlanOverviewResponse> {
  const plan = await selectPlan(db, planCode);
  if (!plan) throw notFound({ th: `แผน ${planCode}`, en: `Plan ${planCode}` });
  const { asOf, fy } = overviewMonth(query.asOf, query.fiscalYear);
  const asOfKey = periodKey(asOf);
  const months = monthsUpTo(fy, asOfKey);
  const states = COUNTED_STATES[query.basis];

  const [summary, projects, reports, budgetProjects] = await Promise.all([
    getProgressSummary(db, { planCode, asOf: query.asOf, fiscalYear: fy, basis: query.basis }),
    selectTrendProjects(db, plan.id, fy),
    selectTrendReports(db, plan.id, fy, months[0]!, asOfKey, states),
    selectActionPlanProjects(db, actor, plan.id, fy),
  ]);

  const reportsOf = new Map<number, TrendProject['reports'][number][]>();
  for (const r of reports) {
    const own = reportsOf.get(r.project_id) ?? [];
    own.push({ period: r.period, status: r.status });
    reportsOf.set(r.project_id, own);
  }
  // The same scale as the summary: the plan's own when it is usable, else the default.
  const scale =
    plan.level_scale && levelScaleProblems(plan.level_scale).length === 0 ? plan.level_scale : undefined;
  const trend = progressTrend({
    targets: summary.targets,
    fiscalYear: fy,
    months,
    levelScale: scale,
    projects: projects.map((p) => ({
      targetNo: p.target_no,
      fiscalYearFrom: p.fiscal_year_from,
      fiscalYearTo: p.fiscal_year_to,
      reports: reportsOf.get(p.id) ?? [],
    })),
  });

  const budget = await budgetView(db, budgetProjects, summary.targets, fy, asOfKey, states);
  return {
    summary,
    trend: trend.map((point) => ({
      period: formatPeriod(periodFromKey(point.period)),
      overall: { progressPct: point.summary.overall.progressPct, level: point.summary.overall.level },
      targets: point.summary.targets.map((t) => ({ no: t.no, progressPct: t.progressPct, level: t.level })),
    })),
    budget: { scope: actor.role === 'admin' || actor.role === 'viewer' ? 'all' : 'own_unit', ...budget },
  };
}
