/**
 * The annual action plan of a plan and fiscal year (set-based reads, then the pure domain), and the central
 * office's edit of one project's plan for a year: priority, budgets and milestones in one transaction,
 * audited, guarded by the plan row's version.
 */
import { formatPeriod, parsePeriod, periodFromKey, periodKey } from '../../../domain';
import { COUNTED_STATES, type SummaryBasis } from '../../../domain/monitoring';
import {
  actionPlanTotals,
  fiscalMonthKeys,
  milestoneProblems,
  plannedAt,
  planVsReported,
  spentByMonth,
  sumDecimals,
  timelineBar,
  type Priority,
} from '../../../domain/monitoring/action-plan';
import { canonicalDecimal, keyResultTrend, latestPoint } from '../../../domain/monitoring/key-results';
import type {
  ActionPlanProject,
  ActionPlanResponse,
  YearPlanUpdate,
  YearPlanView,
} from '../../../shared/api/monitoring/action-plan';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { conflict, invalidInput, notFound } from '../../errors';
import { canEditPlans } from '../../policies/monitoring/project-policy';
import {
  insertYearPlan,
  latestReportedMonth,
  replaceMilestones,
  selectActionPlanProjects,
  selectBeforeYear,
  selectMilestones,
  selectYearPlan,
  selectYearReports,
} from '../../repositories/monitoring/action-plan';
import { selectActuals, selectKeyResults } from '../../repositories/monitoring/key-results';
import { updateRecord } from '../../repositories/record-update';
import { planByCode } from './key-results';

/** Which reports count, as in the summary's default: every report sent up (drafts do not). */
const BASIS: SummaryBasis = 'submitted';

const canon = (text: string | null) => canonicalDecimal(text);
const label = (key: number) => formatPeriod(periodFromKey(key));

export async function getActionPlan(
  db: Queryable,
  actor: Actor,
  query: { planCode: string; fiscalYear: number; asOf?: string | undefined },
): Promise<ActionPlanResponse> {
  const plan = await planByCode(db, query.planCode);
  const fy = query.fiscalYear;
  const months = fiscalMonthKeys(fy);
  const first = months[0]!;
  const last = months[11]!;
  const states = COUNTED_STATES[BASIS];
  let asOfKey: number;
  if (query.asOf) {
    const p = parsePeriod(query.asOf);
    if (!p) {
      throw invalidInput([
        { field: 'asOf', th: 'ต้องเป็นเดือนแบบ 2566-05', en: 'must be a month like 2566-05' },
      ]);
    }
    asOfKey = periodKey(p);
  } else {
    asOfKey = (await latestReportedMonth(db, plan.id, first, last, states)) ?? first;
  }

  const [projects, targets, strategies, keyResultRows] = await Promise.all([
    selectActionPlanProjects(db, actor, plan.id, fy),
    db.query<{ id: number; no: string; name: string }>(
      'select id, no, name from strategic_target where plan_id = $1',
      [plan.id],
    ),
    db.query<{ id: number; target_id: number; no: string; name: string }>(
      `select s.id, s.target_id, s.no, s.name from strategy s
         join strategic_target t on t.id = s.target_id where t.plan_id = $1`,
      [plan.id],
    ),
    selectKeyResults(db, { planId: plan.id, fiscalYear: fy }),
  ]);
  const ids = projects.map((p) => p.id);
  const [milestones, reports, before, actuals] = await Promise.all([
    selectMilestones(db, ids, first, last),
    selectYearReports(db, ids, first, last, states),
    selectBeforeYear(db, ids, first, states),
    selectActuals(
      db,
      keyResultRows.map((k) => k.id),
    ),
  ]);

  const editable = canEditPlans(actor);
  const lines: ActionPlanProject[] = projects.map((p) => {
    const own = milestones
      .filter((m) => m.project_id === p.id)
      .map((m) => ({ period: m.period, plannedPercent: canon(m.planned_percent)! }));
    const ownReports = reports.filter((r) => r.project_id === p.id);
    const prior = before.find((b) => b.project_id === p.id);
    const spent = spentByMonth(
      fy,
      new Map(ownReports.map((r) => [r.period, canon(r.spent)])),
      canon(prior?.spent ?? null),
    );
    const monthRows = months.map((key, i) => {
      const report = ownReports.find((r) => r.period === key);
      return {
        period: label(key),
        milestone: own.find((m) => m.period === key)?.plannedPercent ?? null,
        planned: plannedAt(own, key),
        reportedPercent: canon(report?.percent ?? null),
        status: report?.status ?? null,
        spent: spent[i]!.cumulative,
        spentInMonth: spent[i]!.inMonth,
      };
    });
    // The latest report up to the as-of month: this year's, else the last one before the year.
    const reported = [...ownReports]
      .filter((r) => r.period <= asOfKey && r.percent !== null)
      .sort((a, b) => b.period - a.period)[0];
    const reportedPercent = reported
      ? { period: reported.period, percent: canon(reported.percent) }
      : prior?.period != null && prior.period <= asOfKey
        ? { period: prior.period, percent: canon(prior.percent) }
        : null;
    const compared = planVsReported(plannedAt(own, asOfKey), reportedPercent?.percent ?? null);
    const spentInYear = sumDecimals(spent.filter((s) => s.period <= asOfKey).map((s) => s.inMonth));
    const anySpent = spent.some((s) => s.period <= asOfKey && s.inMonth !== null);
    return {
      id: p.id,
      code: p.code,
      name: p.name,
      targetNo: p.target_no,
      strategyId: p.strategy_id,
      strategyNo: p.strategy_no,
      extraTargetNos: p.extra_target_nos.filter((no) => no !== p.target_no),
      ownerUnit:
        p.owner_unit_id === null ? null : { id: p.owner_unit_id, code: p.owner_code!, name: p.owner_name! },
      startDate: p.start_date,
      endDate: p.end_date,
      fiscalYearFrom: p.fiscal_year_from,
      fiscalYearTo: p.fiscal_year_to,
      projectBudget: canon(p.budget),
      yearPlan:
        p.plan_version === null
          ? null
          : {
              priority: (p.priority as Priority | null) ?? null,
              budgetRequested: canon(p.budget_requested),
              budgetAllocated: canon(p.budget_allocated),
              version: p.plan_version,
            },
      bar: timelineBar(p.start_date, p.end_date, fy),
      months: monthRows,
      progress: {
        ...compared,
        reportedPeriod: reportedPercent ? label(reportedPercent.period) : null,
      },
      spent: anySpent ? spentInYear : null,
      keyResultIds: p.key_result_ids,
      abilities: { update: editable },
    };
  });

  const totals = actionPlanTotals(
    lines.map((l) => ({
      targetNo: l.targetNo,
      budgetRequested: l.yearPlan?.budgetRequested ?? null,
      budgetAllocated: l.yearPlan?.budgetAllocated ?? null,
      spent: l.spent,
      spentInMonth: l.months.map((m) => m.spentInMonth),
    })),
  );
  const byNo = new Intl.Collator('en', { numeric: true });
  return {
    plan: plan.code,
    planName: plan.name,
    fiscalYear: fy,
    asOf: label(asOfKey),
    months: months.map(label),
    scope: actor.role === 'admin' || actor.role === 'viewer' ? 'all' : 'own_unit',
    abilities: { update: editable },
    targets: targets.rows
      .sort((a, b) => byNo.compare(a.no, b.no))
      .map((t) => ({
        id: t.id,
        no: t.no,
        name: t.name,
        strategies: strategies.rows
          .filter((s) => s.target_id === t.id)
          .sort((a, b) => byNo.compare(a.no, b.no))
          .map((s) => ({ id: s.id, no: s.no, name: s.name })),
      })),
    projects: lines,
    keyResults: keyResultRows.map((kr) => {
      const trend = keyResultTrend(
        {
          direction: kr.direction,
          baseline: kr.baseline,
          target: kr.target_value,
          rangeLow: kr.range_low,
          rangeHigh: kr.range_high,
        },
        actuals.filter((a) => a.key_result_id === kr.id),
      );
      const latest = latestPoint(trend, asOfKey);
      return {
        id: kr.id,
        targetNo: kr.target_no,
        no: kr.no,
        indicator: kr.indicator,
        unit: kr.unit,
        latestCappedPct: latest?.cappedPct ?? null,
        met: latest ? latest.met : null,
      };
    }),
    totals,
  };
}

const PLAN_WHAT = { th: 'แผนปฏิบัติการของโครงการนี้', en: "This project's action plan" };

/** undefined: not sent (unchanged); blank: cleared; else as the numeric(16, 2) column holds it ("850000.00"). */
function moneyField(text: string | null | undefined): string | null | undefined {
  if (text === undefined) return undefined;
  if (text === null || text.trim() === '') return null;
  const [whole = '0', cents = ''] = canon(text.trim())!.split('.');
  return `${whole}.${cents.padEnd(2, '0')}`;
}

export async function updateYearPlan(
  db: Database,
  actor: Actor,
  projectId: number,
  fiscalYear: number,
  input: YearPlanUpdate,
): Promise<YearPlanView> {
  if (input.milestones) {
    const problems = milestoneProblems(fiscalYear, input.milestones);
    if (problems.length > 0) throw invalidInput(problems);
  }
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ fiscal_year_from: number; fiscal_year_to: number }>(
      'select fiscal_year_from, fiscal_year_to from project where id = $1 for update',
      [projectId],
    );
    const project = rows[0];
    if (!project) throw notFound({ th: 'โครงการนี้', en: 'This project' });
    if (fiscalYear < project.fiscal_year_from || fiscalYear > project.fiscal_year_to) {
      throw invalidInput([
        {
          field: 'fiscalYear',
          th: `โครงการนี้ไม่ได้ดำเนินการในปีงบประมาณ ${fiscalYear} (${project.fiscal_year_from}–${project.fiscal_year_to})`,
          en: `the project does not run in fiscal year ${fiscalYear} (${project.fiscal_year_from}–${project.fiscal_year_to})`,
        },
      ]);
    }
    const fields = {
      priority: input.priority,
      budget_requested: moneyField(input.budgetRequested),
      budget_allocated: moneyField(input.budgetAllocated),
    };
    const stale = () =>
      conflict({
        th: `${PLAN_WHAT.th}ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาโหลดใหม่แล้วแก้อีกครั้ง`,
        en: `${PLAN_WHAT.en} was changed by someone else; reload and edit again`,
      });
    let row = await selectYearPlan(tx, projectId, fiscalYear, true);
    if (row) {
      if (input.version === null) throw stale();
      await updateRecord(tx, actor, {
        table: 'project_year_plan',
        id: row.id,
        version: input.version,
        what: PLAN_WHAT,
        fields,
      });
    } else {
      if (input.version !== null) throw stale();
      const id = await insertYearPlan(tx, actor, {
        project_id: projectId,
        fiscal_year: fiscalYear,
        priority: fields.priority ?? null,
        budget_requested: fields.budget_requested ?? null,
        budget_allocated: fields.budget_allocated ?? null,
      });
      if (id === null) throw stale();
    }
    row = (await selectYearPlan(tx, projectId, fiscalYear))!;
    const months = fiscalMonthKeys(fiscalYear);
    if (input.milestones) {
      const changed = await replaceMilestones(tx, actor, {
        projectId,
        fiscalYear,
        from: months[0]!,
        to: months[11]!,
        milestones: input.milestones.map((m) => ({
          period: periodKey(parsePeriod(m.period)!),
          plannedPercent: canon(m.plannedPercent)!,
        })),
        label,
        canonical: (percent) => canon(percent)!,
      });
      // The milestones belong to the year plan: a change to them alone is a new version too.
      if (changed && input.version !== null && row.version === input.version) {
        await tx.query(
          'update project_year_plan set version = version + 1, updated_at = now() where id = $1',
          [row.id],
        );
        row = (await selectYearPlan(tx, projectId, fiscalYear))!;
      }
    }
    const saved = await selectMilestones(tx, [projectId], months[0]!, months[11]!);
    return {
      projectId,
      fiscalYear,
      priority: (row.priority as Priority | null) ?? null,
      budgetRequested: canon(row.budget_requested),
      budgetAllocated: canon(row.budget_allocated),
      version: row.version,
      milestones: saved
        .sort((a, b) => a.period - b.period)
        .map((m) => ({ period: label(m.period), plannedPercent: canon(m.planned_percent)! })),
    };
  });
}
