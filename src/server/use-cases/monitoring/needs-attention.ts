/**
 * Projects that need attention, for a plan as of a month: a few set-based queries for all the plan's
 * projects (never one per project), then the pure rules of src/domain/monitoring/attention-flags.ts.
 * A project's status is its latest report sent up (submitted, approved, accepted), as in the summary.
 */
import { fiscalYearOfPeriod, formatPeriod, parsePeriod, periodFromKey, periodKey } from '../../../domain';
import { COUNTED_STATES, compareTargetNo, type ProjectStatus } from '../../../domain/monitoring';
import {
  ATTENTION_KINDS,
  attentionDate,
  attentionFlags,
  DEFAULT_ATTENTION_SETTINGS,
  type AttentionKind,
  type AttentionProblem,
  type AttentionReport,
  type ProblemSeverity,
  type ProblemStatus,
} from '../../../domain/monitoring/attention-flags';
import type { AttentionProject, AttentionResponse } from '../../../shared/api/monitoring/follow-up';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { invalidInput, notFound } from '../../errors';
import { readableProjectsSql } from '../../policies/monitoring/project-policy';
import { currentPeriodKey } from '../clock';
import { todayInBangkok } from './problems';

const SENT_UP = COUNTED_STATES.submitted;

/** The setting no_progress_months (app_setting), a whole number of months ≥ 1. */
export async function noProgressMonths(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ value: unknown }>(
    `select value from app_setting where key = 'no_progress_months'`,
  );
  const value = Number(rows[0]?.value);
  return Number.isInteger(value) && value >= 1 ? value : DEFAULT_ATTENTION_SETTINGS.noProgressMonths;
}

export async function getNeedsAttention(
  db: Queryable,
  actor: Actor,
  query: { planCode: string; asOf?: string | undefined },
  now: Date = new Date(),
): Promise<AttentionResponse> {
  const thisMonth = currentPeriodKey(now);
  const asOf = query.asOf === undefined ? periodFromKey(thisMonth) : parsePeriod(query.asOf);
  if (!asOf || periodKey(asOf) > thisMonth) {
    throw invalidInput([
      {
        field: 'asOf',
        th: asOf ? 'เดือนนี้ยังมาไม่ถึง' : `"${query.asOf}" ไม่ใช่เดือน เช่น 2566-05`,
        en: asOf ? 'this month has not happened yet' : `"${query.asOf}" is not a month like 2566-05`,
      },
    ]);
  }
  const date = attentionDate(asOf, todayInBangkok(now));
  const asOfKey = periodKey(asOf);

  const { rows: plans } = await db.query<{ id: number; code: string; name: string }>(
    'select id, code, name from plan where code = $1',
    [query.planCode],
  );
  const plan = plans[0];
  if (!plan) throw notFound({ th: `แผน ${query.planCode}`, en: `Plan ${query.planCode}` });
  const months = await noProgressMonths(db);

  const scope = readableProjectsSql(actor, 2);
  const [targets, projects, reports, deps, problems] = await Promise.all([
    db.query<{ no: string; name: string }>('select no, name from strategic_target where plan_id = $1', [
      plan.id,
    ]),
    db.query<{
      id: number;
      code: string;
      name: string;
      target_no: string;
      strategy_no: string;
      owner_unit_id: number | null;
      owner_code: string | null;
      owner_name: string | null;
      fiscal_year_from: number;
      fiscal_year_to: number;
      start_date: string | null;
      end_date: string | null;
      budget: string | null;
    }>(
      `select p.id, p.code, p.name, t.no as target_no, s.no as strategy_no, p.owner_unit_id,
              u.code as owner_code, u.name as owner_name, p.fiscal_year_from, p.fiscal_year_to,
              p.start_date, p.end_date, p.budget
         from project p
         join strategy s on s.id = p.strategy_id
         join strategic_target t on t.id = s.target_id
         left join org_unit u on u.id = p.owner_unit_id
        where p.plan_id = $1 and ${scope.sql}
        order by p.code`,
      [plan.id, ...scope.params],
    ),
    // The last N reports sent up of every project of the plan (N = the setting): N rows per project read
    // backwards from the month in the index of current reports, never the project's whole history.
    db.query<{ project_id: number; period: number; status: ProjectStatus; percent: string | null }>(
      `select p.id as project_id, r.period, r.status, r.percent
         from project p
         cross join lateral (
           select m.period, m.status, m.percent from monthly_report m
            where m.project_id = p.id and m.superseded_at is null and m.period <= $2 and m.state = any($3::text[])
            order by m.period desc limit $4
         ) r
        where p.plan_id = $1`,
      [plan.id, asOfKey, SENT_UP, months],
    ),
    // Predecessors with their own latest report sent up (they may belong to another plan).
    db.query<{ project_id: number; code: string; status: ProjectStatus | null }>(
      `select pd.project_id, d.code, r.status
         from project_dependency pd
         join project p on p.id = pd.project_id
         join project d on d.id = pd.depends_on_id
         left join lateral (
           select m.status from monthly_report m
            where m.project_id = d.id and m.superseded_at is null and m.period <= $2
              and m.state = any($3::text[])
            order by m.period desc limit 1
         ) r on true
        where p.plan_id = $1
        order by d.code`,
      [plan.id, asOfKey, SENT_UP],
    ),
    db.query<{
      project_id: number;
      period: number;
      severity: ProblemSeverity | null;
      status: ProblemStatus;
      due_date: string | null;
    }>(
      `select pr.project_id, pr.period, pr.severity, pr.status, pr.due_date
         from problem pr join project p on p.id = pr.project_id
        where p.plan_id = $1 and pr.period <= $2 and pr.status in ('open', 'in_progress')`,
      [plan.id, asOfKey],
    ),
  ]);

  const group = <T extends { project_id: number }, U>(rows: T[], map: (row: T) => U) => {
    const byProject = new Map<number, U[]>();
    for (const row of rows) {
      const list = byProject.get(row.project_id) ?? [];
      list.push(map(row));
      byProject.set(row.project_id, list);
    }
    return byProject;
  };
  const reportsOf = group(reports.rows, (r): AttentionReport => ({
    period: formatPeriod(periodFromKey(r.period)),
    status: r.status,
    percent: r.percent,
  }));
  const predecessorsOf = group(deps.rows, (d) => ({ code: d.code, status: d.status }));
  const problemsOf = group(problems.rows, (p): AttentionProblem => ({
    period: formatPeriod(periodFromKey(p.period)),
    severity: p.severity,
    status: p.status,
    dueDate: p.due_date,
  }));

  const counts = Object.fromEntries(ATTENTION_KINDS.map((k) => [k, 0])) as Record<AttentionKind, number>;
  const byTarget = new Map<string, { projectCount: number; projects: AttentionProject[] }>(
    targets.rows.map((t) => [t.no, { projectCount: 0, projects: [] }]),
  );
  let flaggedCount = 0;
  for (const p of projects.rows) {
    const projectReports = (reportsOf.get(p.id) ?? []).sort((a, b) => b.period.localeCompare(a.period));
    const flags = attentionFlags(
      {
        ownerUnitId: p.owner_unit_id,
        fiscalYearFrom: p.fiscal_year_from,
        fiscalYearTo: p.fiscal_year_to,
        startDate: p.start_date,
        endDate: p.end_date,
        budget: p.budget,
        reports: projectReports,
        predecessors: predecessorsOf.get(p.id) ?? [],
        problems: problemsOf.get(p.id) ?? [],
      },
      date,
      { noProgressMonths: months },
    );
    const target = byTarget.get(p.target_no);
    if (!target) continue;
    target.projectCount++;
    if (flags.length === 0) continue;
    flaggedCount++;
    for (const f of flags) counts[f.kind]++;
    const latest = projectReports[0];
    target.projects.push({
      id: p.id,
      code: p.code,
      name: p.name,
      strategyNo: p.strategy_no,
      ownerUnit:
        p.owner_unit_id === null ? null : { id: p.owner_unit_id, code: p.owner_code!, name: p.owner_name! },
      latestReport: latest ? { period: latest.period, status: latest.status, percent: latest.percent } : null,
      flags,
    });
  }

  return {
    plan: plan.code,
    planName: plan.name,
    asOf: formatPeriod(asOf),
    date,
    fiscalYear: fiscalYearOfPeriod(asOf),
    noProgressMonths: months,
    projectCount: projects.rows.length,
    flaggedCount,
    counts,
    targets: [...targets.rows]
      .sort((a, b) => compareTargetNo(a.no, b.no))
      .map((t) => ({ no: t.no, name: t.name, ...byTarget.get(t.no)! })),
  };
}
