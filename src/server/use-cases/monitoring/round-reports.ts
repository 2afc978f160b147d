/**
 * Round reports (issue 14.12): the rounds of 3, 6, 9 and 12 months of a fiscal year, each counted from the
 * accepted monthly reports as of its last month, beside the same round of the previous fiscal year.
 *
 * Per fiscal year a handful of set-based reads (the plan overview's own: projects and their reports, the
 * action plan's money, the key results with their actuals), then the pure domain for every round at once:
 * progressTrend (progressSummary per month, so a round equals the summary page as of its last month),
 * budgetView's month-by-month cumulative spending, latestPoint of each key result.
 *
 * Scope as the plan overview (docs/decisions/0005): progress and key results are aggregate and every role
 * reads them whole; money is read per project, so focal points and approvers see their own unit's figures.
 */
import { fiscalYearOfPeriod, formatPeriod, periodFromKey } from '../../../domain';
import { COUNTED_STATES, levelScaleProblems } from '../../../domain/monitoring';
import { fiscalMonthKeys } from '../../../domain/monitoring/action-plan';
import { progressTrend, type TrendProject } from '../../../domain/monitoring/dashboard';
import { keyResultTrend, latestPoint } from '../../../domain/monitoring/key-results';
import {
  fiscalRounds,
  previousRound,
  roundChange,
  spentShare,
  tallyKeyResults,
  type Round,
} from '../../../domain/monitoring/rounds';
import type { RoundFigures, RoundsQuery, RoundsResponse } from '../../../shared/api/monitoring/rounds';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { invalidInput, notFound } from '../../errors';
import { selectActionPlanProjects } from '../../repositories/monitoring/action-plan';
import { selectTrendProjects, selectTrendReports } from '../../repositories/monitoring/dashboard';
import { selectActuals, selectKeyResults } from '../../repositories/monitoring/key-results';
import { selectRoundPlan, type RoundPlanRow } from '../../repositories/monitoring/rounds';
import { budgetView } from './budget-overview';

const STATES = COUNTED_STATES.accepted;
const period = (key: number) => formatPeriod(periodFromKey(key));

/** The figures of the given rounds of one fiscal year (all of the same year). */
async function yearFigures(
  db: Queryable,
  actor: Actor,
  plan: RoundPlanRow,
  rounds: readonly Round[],
): Promise<Map<number, RoundFigures>> {
  if (rounds.length === 0) return new Map();
  const fy = rounds[0]!.fiscalYear;
  const ends = rounds.map((r) => r.lastKey);
  const october = rounds[0]!.firstKey;
  const september = fiscalMonthKeys(fy)[11]!;
  const [projects, reports, moneyProjects, keyResults] = await Promise.all([
    selectTrendProjects(db, plan.id, fy),
    selectTrendReports(db, plan.id, fy, october, Math.max(...ends), STATES),
    selectActionPlanProjects(db, actor, plan.id, fy),
    selectKeyResults(db, { planId: plan.id, fiscalYear: fy }),
  ]);
  const [budget, actuals] = await Promise.all([
    budgetView(db, moneyProjects, plan.targets, fy, september, STATES),
    selectActuals(
      db,
      keyResults.map((k) => k.id),
    ),
  ]);
  const reportsOf = new Map<number, TrendProject['reports'][number][]>();
  for (const r of reports) {
    const own = reportsOf.get(r.project_id) ?? [];
    own.push({ period: r.period, status: r.status });
    reportsOf.set(r.project_id, own);
  }
  const scale =
    plan.level_scale && levelScaleProblems(plan.level_scale).length === 0 ? plan.level_scale : undefined;
  const progress = progressTrend({
    targets: plan.targets,
    fiscalYear: fy,
    months: ends,
    levelScale: scale,
    projects: projects.map((p) => ({
      targetNo: p.target_no,
      fiscalYearFrom: p.fiscal_year_from,
      fiscalYearTo: p.fiscal_year_to,
      reports: reportsOf.get(p.id) ?? [],
    })),
  });
  const trends = keyResults.map((kr) =>
    keyResultTrend(
      {
        direction: kr.direction,
        baseline: kr.baseline,
        target: kr.target_value,
        rangeLow: kr.range_low,
        rangeHigh: kr.range_high,
      },
      actuals.filter((a) => a.key_result_id === kr.id),
    ),
  );
  const cumulative = new Map(budget.months.map((m) => [m.period, m.cumulative]));
  return new Map(
    progress.map(({ period: key, summary: { overall } }) => {
      const spent = cumulative.get(period(key)) ?? '0';
      const figures: RoundFigures = {
        asOf: period(key),
        fiscalYear: fy,
        status: {
          total: overall.total,
          completed: overall.completed,
          inProgress: overall.inProgress,
          notStarted: overall.notStarted,
          cancelled: overall.cancelled,
          unreported: overall.unreported,
          progressPct: overall.progressPct,
          level: overall.level,
        },
        keyResults: tallyKeyResults(trends.map((trend) => latestPoint(trend, key))),
        budget: {
          planned: budget.overall.planned,
          spent,
          spentPct: spentShare(budget.overall.planned, spent),
        },
      };
      return [key, figures];
    }),
  );
}

export async function getRoundReports(
  db: Queryable,
  actor: Actor,
  planCode: string,
  query: RoundsQuery,
): Promise<RoundsResponse> {
  const plan = await selectRoundPlan(db, planCode, STATES);
  if (!plan) throw notFound({ th: `แผน ${planCode}`, en: `Plan ${planCode}` });
  const latest = plan.last_period === null ? null : periodFromKey(plan.last_period);
  const latestYear = latest ? fiscalYearOfPeriod(latest) : plan.start_year;
  const fy = query.fiscalYear ?? Math.min(Math.max(latestYear, plan.start_year), plan.end_year);
  if (fy < plan.start_year || fy > plan.end_year) {
    throw invalidInput([
      {
        field: 'fiscalYear',
        th: `ปีงบประมาณ ${fy} ไม่อยู่ในแผน ${plan.code} (${plan.start_year}–${plan.end_year})`,
        en: `fiscal year ${fy} is not in plan ${plan.code} (${plan.start_year} to ${plan.end_year})`,
      },
    ]);
  }
  const rounds = fiscalRounds(fy, plan.first_period);
  const previous = rounds.map((r) =>
    previousRound(r, { startYear: plan.start_year, firstKey: plan.first_period }),
  );
  const earlier = previous.filter((r): r is Round => r !== null);
  const now = await yearFigures(db, actor, plan, rounds);
  const before = await yearFigures(db, actor, plan, earlier);
  return {
    plan: plan.code,
    planName: plan.name,
    fiscalYear: fy,
    basis: 'accepted',
    budgetScope: actor.role === 'admin' || actor.role === 'viewer' ? 'all' : 'own_unit',
    latestMonth: plan.last_period === null ? null : period(plan.last_period),
    rounds: rounds.map((round, i) => {
      const current = now.get(round.lastKey)!;
      const prior = previous[i] ? (before.get(previous[i].lastKey) ?? null) : null;
      return {
        months: round.months,
        from: period(round.firstKey),
        to: period(round.lastKey),
        coveredMonths: round.coveredMonths,
        reached: plan.last_period !== null && round.lastKey <= plan.last_period,
        current,
        previous: prior,
        change: prior ? roundChange(current, prior) : null,
      };
    }),
  };
}
