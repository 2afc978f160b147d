/**
 * The agency page: one unit's projects of a plan in a fiscal year with their latest report, its status
 * counts and level, its timeliness over the year's opened months, its open problems, its projects that
 * need attention and its money planned against spent. Each part comes from the use case that owns it
 * (timeliness, problems register, needs attention, action plan), narrowed to the unit.
 *
 * Scope (docs/decisions/0005): the central office and the committee may open any unit; a focal point or
 * an approver only their own (403 for another, 404 for a code no unit has).
 */
import { formatPeriod, periodFromKey, periodKey } from '../../../domain';
import { COUNTED_STATES, levelScaleProblems } from '../../../domain/monitoring';
import { fiscalMonthKeys } from '../../../domain/monitoring/action-plan';
import { canonicalDecimal } from '../../../domain/monitoring/key-results';
import { progressSummary } from '../../../domain/monitoring/progress-summary';
import { NO_REPORTS_EXPECTED } from '../../../domain/monitoring/timeliness';
import type { UnitOverviewQuery, UnitOverviewResponse } from '../../../shared/api/monitoring/dashboard';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { forbidden, notFound } from '../../errors';
import { selectActionPlanProjects } from '../../repositories/monitoring/action-plan';
import { selectPlan, selectUnitByCode, selectUnitProjects } from '../../repositories/monitoring/dashboard';
import { budgetView } from './budget-overview';
import { getNeedsAttention } from './needs-attention';
import { overviewMonth } from './plan-overview';
import { listProblemRegister } from './problems';
import { getTimeliness } from './timeliness';

export function mayOpenUnit(actor: Actor, unitId: number): boolean {
  if (actor.role === 'admin' || actor.role === 'viewer') return true;
  if (actor.role === 'focal_point' || actor.role === 'approver') return actor.unitId === unitId;
  return false;
}

export async function getUnitOverview(
  db: Queryable,
  actor: Actor,
  unitCode: string,
  query: UnitOverviewQuery,
): Promise<UnitOverviewResponse> {
  const unit = await selectUnitByCode(db, unitCode);
  if (!unit) throw notFound({ th: `หน่วยงาน ${unitCode}`, en: `Unit ${unitCode}` });
  if (!mayOpenUnit(actor, unit.id)) {
    throw forbidden({
      th: 'ท่านเปิดได้เฉพาะหน้าของหน่วยงานของท่าน',
      en: "You may open your own unit's page only",
    });
  }
  const plan = await selectPlan(db, query.plan);
  if (!plan) throw notFound({ th: `แผน ${query.plan}`, en: `Plan ${query.plan}` });
  const { asOf, fy } = overviewMonth(query.asOf, query.fiscalYear);
  const asOfKey = periodKey(asOf);
  const states = COUNTED_STATES[query.basis];
  const october = formatPeriod(periodFromKey(fiscalMonthKeys(fy)[0]!));

  const [targets, projects, timeliness, problems, attention, planProjects] = await Promise.all([
    db.query<{ no: string; name: string }>('select no, name from strategic_target where plan_id = $1', [
      plan.id,
    ]),
    selectUnitProjects(db, plan.id, unit.id, fy, asOfKey, states),
    getTimeliness(db, { plan: plan.code, from: october, to: query.asOf }),
    listProblemRegister(db, actor, { plan: plan.code, unit: unit.id, status: 'unresolved' }),
    getNeedsAttention(db, actor, { planCode: plan.code, asOf: query.asOf }),
    selectActionPlanProjects(db, actor, plan.id, fy),
  ]);

  const scale =
    plan.level_scale && levelScaleProblems(plan.level_scale).length === 0 ? plan.level_scale : undefined;
  const { overall: counts } = progressSummary({
    targets: [],
    fiscalYear: fy,
    ...(scale ? { levelScale: scale } : {}),
    projects: projects.map((p) => ({
      targetNo: p.target_no,
      fiscalYearFrom: p.fiscal_year_from,
      fiscalYearTo: p.fiscal_year_to,
      latestStatus: p.status,
    })),
  });
  const agency = timeliness.agencies.find((a) => a.unit.id === unit.id);
  const budget = await budgetView(
    db,
    planProjects.filter((p) => p.owner_unit_id === unit.id),
    targets.rows,
    fy,
    asOfKey,
    states,
  );

  return {
    unit,
    plan: plan.code,
    planName: plan.name,
    fiscalYear: fy,
    asOf: formatPeriod(asOf),
    basis: query.basis,
    projects: projects.map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      targetNo: p.target_no,
      status: p.status,
      percent: canonicalDecimal(p.percent),
      reportedPeriod: p.period === null ? null : formatPeriod(periodFromKey(p.period)),
    })),
    counts,
    timeliness: agency
      ? { months: agency.months, totals: agency.totals }
      : {
          months: timeliness.months.map((m) => ({ period: m.period, ...NO_REPORTS_EXPECTED })),
          totals: NO_REPORTS_EXPECTED,
        },
    problems,
    attention: attention.targets.flatMap((t) => t.projects).filter((p) => p.ownerUnit?.id === unit.id),
    budget,
  };
}
