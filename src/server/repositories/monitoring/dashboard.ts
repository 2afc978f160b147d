/**
 * SQL of the plan overview dashboard and the agency page, set-based: the reports of every month of a
 * fiscal year in one statement (never one query per project or per month).
 */
import type { LevelScale } from '../../../domain/monitoring/level-scale';
import type { ProjectStatus } from '../../../domain/monitoring/project-status';
import type { ReportState } from '../../../domain/monitoring/report-workflow';
import type { Queryable } from '../../db/database';

export interface PlanRow {
  id: number;
  code: string;
  name: string;
  level_scale: LevelScale | null;
}

export async function selectPlan(db: Queryable, code: string): Promise<PlanRow | null> {
  const { rows } = await db.query<PlanRow>('select id, code, name, level_scale from plan where code = $1', [
    code,
  ]);
  return rows[0] ?? null;
}

export interface TrendProjectRow {
  id: number;
  target_no: string;
  fiscal_year_from: number;
  fiscal_year_to: number;
}

/** The plan's projects that run in the fiscal year, with their (primary) target, as the summary counts them. */
export async function selectTrendProjects(
  db: Queryable,
  planId: number,
  fiscalYear: number,
): Promise<TrendProjectRow[]> {
  const { rows } = await db.query<TrendProjectRow>(
    `select p.id, t.no as target_no, p.fiscal_year_from, p.fiscal_year_to
       from project p
       join strategy s on s.id = p.strategy_id
       join strategic_target t on t.id = s.target_id
      where p.plan_id = $1 and p.fiscal_year_from <= $2 and p.fiscal_year_to >= $2`,
    [planId, fiscalYear],
  );
  return rows;
}

/**
 * Every current counted report of those projects from `first` up to `last` (period keys), plus each
 * project's latest one before `first`: enough to know its status as of any month in between.
 */
export async function selectTrendReports(
  db: Queryable,
  planId: number,
  fiscalYear: number,
  first: number,
  last: number,
  states: readonly ReportState[],
): Promise<{ project_id: number; period: number; status: ProjectStatus }[]> {
  const { rows } = await db.query<{ project_id: number; period: number; status: ProjectStatus }>(
    `select m.project_id, m.period, m.status
       from monthly_report m
       join project p on p.id = m.project_id
      where p.plan_id = $1 and p.fiscal_year_from <= $2 and p.fiscal_year_to >= $2
        and m.superseded_at is null and m.state = any($5::text[]) and m.period <= $4
        and m.period >= coalesce(
          (select max(b.period) from monthly_report b
            where b.project_id = m.project_id and b.superseded_at is null and b.period < $3
              and b.state = any($5::text[])),
          $3)`,
    [planId, fiscalYear, first, last, states],
  );
  return rows;
}

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  status: 'active' | 'closed';
}

export async function selectUnitByCode(db: Queryable, code: string): Promise<UnitRow | null> {
  const { rows } = await db.query<UnitRow>('select id, code, name, status from org_unit where code = $1', [
    code,
  ]);
  return rows[0] ?? null;
}

export interface UnitProjectRow {
  id: number;
  code: string;
  name: string;
  target_no: string;
  fiscal_year_from: number;
  fiscal_year_to: number;
  status: ProjectStatus | null;
  percent: string | null;
  period: number | null;
}

/** A unit's projects of a plan that run in the fiscal year, each with its latest counted report ≤ asOf. */
export async function selectUnitProjects(
  db: Queryable,
  planId: number,
  unitId: number,
  fiscalYear: number,
  asOfKey: number,
  states: readonly ReportState[],
): Promise<UnitProjectRow[]> {
  const { rows } = await db.query<UnitProjectRow>(
    `select p.id, p.code, p.name, t.no as target_no, p.fiscal_year_from, p.fiscal_year_to,
            r.status, r.percent::text as percent, r.period
       from project p
       join strategy s on s.id = p.strategy_id
       join strategic_target t on t.id = s.target_id
       left join lateral (
         select m.status, m.percent, m.period from monthly_report m
          where m.project_id = p.id and m.superseded_at is null and m.period <= $4
            and m.state = any($5::text[])
          order by m.period desc limit 1
       ) r on true
      where p.plan_id = $1 and p.owner_unit_id = $2 and p.fiscal_year_from <= $3 and p.fiscal_year_to >= $3
      order by p.code`,
    [planId, unitId, fiscalYear, asOfKey, states],
  );
  return rows;
}
