/**
 * SQL of the annual action plan: one set-based query per table for a plan and fiscal year (projects with
 * their year plan, milestones, the year's reports, the latest report before the year), and the writes of
 * a project's year plan and milestones, audited with the same handle.
 */
import type { ProjectStatus } from '../../../domain/monitoring/project-status';
import type { ReportState } from '../../../domain/monitoring/report-workflow';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { readableProjectsSql } from '../../policies/monitoring/project-policy';
import { recordAudit } from '../audit';

export interface ActionPlanProjectRow {
  id: number;
  code: string;
  name: string;
  target_no: string;
  strategy_id: number;
  strategy_no: string;
  owner_unit_id: number | null;
  owner_code: string | null;
  owner_name: string | null;
  start_date: string | null;
  end_date: string | null;
  fiscal_year_from: number;
  fiscal_year_to: number;
  budget: string | null;
  extra_target_nos: string[];
  key_result_ids: number[];
  plan_id: number | null;
  priority: number | null;
  budget_requested: string | null;
  budget_allocated: string | null;
  plan_version: number | null;
}

/** The plan's projects that run in the fiscal year and the actor may read, with their plan row for the year. */
export async function selectActionPlanProjects(
  db: Queryable,
  actor: Actor,
  planId: number,
  fiscalYear: number,
): Promise<ActionPlanProjectRow[]> {
  const scope = readableProjectsSql(actor, 3);
  const { rows } = await db.query<ActionPlanProjectRow>(
    `select p.id, p.code, p.name, t.no as target_no, s.id as strategy_id, s.no as strategy_no,
            p.owner_unit_id, u.code as owner_code, u.name as owner_name,
            p.start_date::text as start_date, p.end_date::text as end_date,
            p.fiscal_year_from, p.fiscal_year_to, p.budget::text as budget,
            coalesce((select array_agg(et.no order by et.no) from project_extra_target x
                        join strategic_target et on et.id = x.target_id where x.project_id = p.id),
                     '{}') as extra_target_nos,
            coalesce((select array_agg(l.key_result_id order by l.key_result_id) from project_key_result l
                        join key_result kr on kr.id = l.key_result_id
                       where l.project_id = p.id and kr.fiscal_year = $2),
                     '{}') as key_result_ids,
            yp.id as plan_id, yp.priority, yp.budget_requested::text as budget_requested,
            yp.budget_allocated::text as budget_allocated, yp.version as plan_version
       from project p
       join strategy s on s.id = p.strategy_id
       join strategic_target t on t.id = s.target_id
       left join org_unit u on u.id = p.owner_unit_id
       left join project_year_plan yp on yp.project_id = p.id and yp.fiscal_year = $2
      where p.plan_id = $1 and p.fiscal_year_from <= $2 and p.fiscal_year_to >= $2 and ${scope.sql}
      order by p.code`,
    [planId, fiscalYear, ...scope.params],
  );
  return rows;
}

/** Milestones of the given projects within [from, to] (period keys). */
export async function selectMilestones(
  db: Queryable,
  projectIds: readonly number[],
  from: number,
  to: number,
): Promise<{ project_id: number; period: number; planned_percent: string }[]> {
  if (projectIds.length === 0) return [];
  const { rows } = await db.query<{ project_id: number; period: number; planned_percent: string }>(
    `select project_id, period, planned_percent::text as planned_percent from project_milestone
      where project_id = any($1::int[]) and period between $2 and $3`,
    [projectIds, from, to],
  );
  return rows;
}

export interface YearReportRow {
  project_id: number;
  period: number;
  status: ProjectStatus;
  percent: string | null;
  spent: string | null;
}

/** The current reports in the counted states of the given projects for the months [from, to]. */
export async function selectYearReports(
  db: Queryable,
  projectIds: readonly number[],
  from: number,
  to: number,
  states: readonly ReportState[],
): Promise<YearReportRow[]> {
  if (projectIds.length === 0) return [];
  const { rows } = await db.query<YearReportRow>(
    `select project_id, period, status, percent::text as percent, spent::text as spent from monthly_report
      where project_id = any($1::int[]) and superseded_at is null and period between $2 and $3
        and state = any($4::text[])`,
    [projectIds, from, to, states],
  );
  return rows;
}

/**
 * Per project, before the month `before`: the latest counted report (its percent and period) and the latest
 * cumulative spent reported.
 */
export async function selectBeforeYear(
  db: Queryable,
  projectIds: readonly number[],
  before: number,
  states: readonly ReportState[],
): Promise<{ project_id: number; period: number | null; percent: string | null; spent: string | null }[]> {
  if (projectIds.length === 0) return [];
  const { rows } = await db.query<{
    project_id: number;
    period: number | null;
    percent: string | null;
    spent: string | null;
  }>(
    `select ids.id as project_id, last.period, last.percent, money.spent
       from unnest($1::int[]) as ids(id)
       left join lateral (
         select m.period, m.percent::text as percent from monthly_report m
          where m.project_id = ids.id and m.superseded_at is null and m.period < $2 and m.state = any($3::text[])
          order by m.period desc limit 1
       ) last on true
       left join lateral (
         select m.spent::text as spent from monthly_report m
          where m.project_id = ids.id and m.superseded_at is null and m.period < $2 and m.state = any($3::text[])
            and m.spent is not null
          order by m.period desc limit 1
       ) money on true`,
    [projectIds, before, states],
  );
  return rows;
}

/** The latest month with a counted report of the plan within [from, to], or null. */
export async function latestReportedMonth(
  db: Queryable,
  planId: number,
  from: number,
  to: number,
  states: readonly ReportState[],
): Promise<number | null> {
  const { rows } = await db.query<{ period: number | null }>(
    `select max(m.period) as period from monthly_report m join project p on p.id = m.project_id
      where p.plan_id = $1 and m.superseded_at is null and m.period between $2 and $3 and m.state = any($4::text[])`,
    [planId, from, to, states],
  );
  return rows[0]?.period ?? null;
}

export interface YearPlanRow {
  id: number;
  project_id: number;
  fiscal_year: number;
  priority: number | null;
  budget_requested: string | null;
  budget_allocated: string | null;
  version: number;
}

export async function selectYearPlan(
  tx: Queryable,
  projectId: number,
  fiscalYear: number,
  lock = false,
): Promise<YearPlanRow | null> {
  const { rows } = await tx.query<YearPlanRow>(
    `select id, project_id, fiscal_year, priority, budget_requested::text as budget_requested,
            budget_allocated::text as budget_allocated, version
       from project_year_plan where project_id = $1 and fiscal_year = $2 ${lock ? 'for update' : ''}`,
    [projectId, fiscalYear],
  );
  return rows[0] ?? null;
}

/** Creates a project's plan row for a year; null when one appeared meanwhile. */
export async function insertYearPlan(
  tx: Queryable,
  actor: Actor,
  values: {
    project_id: number;
    fiscal_year: number;
    priority: number | null;
    budget_requested: string | null;
    budget_allocated: string | null;
  },
): Promise<number | null> {
  const { rows } = await tx.query<{ id: number }>(
    `insert into project_year_plan (project_id, fiscal_year, priority, budget_requested, budget_allocated)
     values ($1, $2, $3, $4, $5)
     on conflict (project_id, fiscal_year) do nothing
     returning id`,
    [
      values.project_id,
      values.fiscal_year,
      values.priority,
      values.budget_requested,
      values.budget_allocated,
    ],
  );
  const id = rows[0]?.id;
  if (id === undefined) return null;
  await recordAudit(tx, actor, {
    action: 'create',
    entity: 'project_year_plan',
    entityId: id,
    after: values,
  });
  return id;
}

/**
 * Replaces a project's milestones within [from, to] (a fiscal year); audits the two sets, as
 * { "2566-01": "25" } maps, when they differ. Returns whether anything changed.
 */
export async function replaceMilestones(
  tx: Queryable,
  actor: Actor,
  spec: {
    projectId: number;
    fiscalYear: number;
    from: number;
    to: number;
    milestones: readonly { period: number; plannedPercent: string }[];
    label: (period: number) => string;
    canonical: (percent: string) => string;
  },
): Promise<boolean> {
  const before = await selectMilestones(tx, [spec.projectId], spec.from, spec.to);
  const asMap = (list: readonly { period: number; percent: string }[]) =>
    Object.fromEntries(
      [...list]
        .sort((a, b) => a.period - b.period)
        .map((m) => [spec.label(m.period), spec.canonical(m.percent)]),
    );
  const beforeMap = asMap(before.map((m) => ({ period: m.period, percent: m.planned_percent })));
  const afterMap = asMap(spec.milestones.map((m) => ({ period: m.period, percent: m.plannedPercent })));
  if (JSON.stringify(beforeMap) === JSON.stringify(afterMap)) return false;
  await tx.query('delete from project_milestone where project_id = $1 and period between $2 and $3', [
    spec.projectId,
    spec.from,
    spec.to,
  ]);
  if (spec.milestones.length > 0) {
    await tx.query(
      `insert into project_milestone (project_id, period, planned_percent)
       select $1::int, m.period, m.percent::numeric from unnest($2::int[], $3::text[]) as m(period, percent)`,
      [spec.projectId, spec.milestones.map((m) => m.period), spec.milestones.map((m) => m.plannedPercent)],
    );
  }
  await recordAudit(tx, actor, {
    action: 'update',
    entity: 'project_milestone',
    entityId: `${spec.projectId}:${spec.fiscalYear}`,
    before: beforeMap,
    after: afterMap,
  });
  return true;
}
