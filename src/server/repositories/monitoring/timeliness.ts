/**
 * The SQL of reporting timeliness, set-based: one statement counts every agency and month of a range.
 * The rules are those of src/domain/monitoring/timeliness.ts; this file is where they meet the tables.
 */
import { COUNTED_STATES } from '../../../domain/monitoring/report-workflow';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { readableProjectsSql } from '../../policies/monitoring/project-policy';

/**
 * Statuses that end a project's reporting from the month after the report that says so. Written into the
 * SQL as literals (not a parameter), so that the planner can use the partial index of closing reports
 * (monthly_report_closing, migration 0009) for the "not exists" below.
 */
const CLOSING_STATUSES = ['completed', 'cancelled'] as const;
const CLOSING_SQL = CLOSING_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * `expected`: one row (project_id, unit_id, period, deadline) per report expected from a project of
 * plan $1 for an opened month between $2 and $3 (period keys); $4 = the states of a report sent up. `first_submission`: the earliest submitted_at of any version of each
 * expected report (drafts have none).
 */
const EXPECTED_CTE = `
  with months as (
    select rm.period, rm.deadline,
           (make_date(rm.period / 100 - 543, rm.period % 100, 1) + interval '1 month' - interval '1 day')::date
             as last_day,
           case when rm.period % 100 >= 10 then rm.period / 100 + 1 else rm.period / 100 end as fiscal_year
      from reporting_month rm
     where rm.period between $2 and $3
  ),
  expected as (
    select p.id as project_id, p.owner_unit_id as unit_id, mo.period, mo.deadline
      from project p
      join months mo on mo.fiscal_year between p.fiscal_year_from and p.fiscal_year_to
     where p.plan_id = $1
       and p.owner_unit_id is not null
       and (p.start_date is null or p.start_date <= mo.last_day)
       and not exists (
         select 1 from monthly_report done
          where done.project_id = p.id and done.period < mo.period and done.superseded_at is null
            and done.state = any($4::text[]) and done.status in (${CLOSING_SQL}))
  ),
  first_submission as (
    select m.project_id, m.period, min(m.submitted_at) as at
      from monthly_report m
      join expected e on e.project_id = m.project_id and e.period = m.period
     where m.submitted_at is not null
     group by m.project_id, m.period
  )`;

const baseParams = (planId: number, from: number, to: number) => [planId, from, to, COUNTED_STATES.submitted];

export interface TimelinessCellRow {
  unit_id: number;
  unit_code: string;
  unit_name: string;
  period: number;
  expected: number;
  on_time: number;
  late: number;
}

/**
 * Counts per agency and month (only pairs with at least one expected report). On time and late
 * compare the first submission's Bangkok date with the deadline, as timelinessOf does.
 */
export async function timelinessCells(
  db: Queryable,
  planId: number,
  from: number,
  to: number,
): Promise<TimelinessCellRow[]> {
  const { rows } = await db.query<TimelinessCellRow>(
    `${EXPECTED_CTE}
     select e.unit_id, u.code as unit_code, u.name as unit_name, e.period,
            count(*)::int as expected,
            count(f.at) filter (where (f.at at time zone 'Asia/Bangkok')::date <= e.deadline)::int as on_time,
            count(f.at) filter (where (f.at at time zone 'Asia/Bangkok')::date > e.deadline)::int as late
       from expected e
       join org_unit u on u.id = e.unit_id
       left join first_submission f on f.project_id = e.project_id and f.period = e.period
      group by e.unit_id, u.code, u.name, e.period`,
    baseParams(planId, from, to),
  );
  return rows;
}

export interface MissingReportRow {
  project_id: number;
  project_code: string;
  project_name: string;
  unit_id: number;
  unit_code: string;
  unit_name: string;
  focal_points: string[] | null;
}

/** Expected reports of one month that were never submitted, limited to the projects the actor may read. */
export async function missingReports(
  db: Queryable,
  actor: Actor,
  planId: number,
  period: number,
  unitId: number | null,
): Promise<MissingReportRow[]> {
  const params: unknown[] = baseParams(planId, period, period);
  const scope = readableProjectsSql(actor, params.length + 1);
  params.push(...scope.params);
  let unitFilter = '';
  if (unitId !== null) {
    params.push(unitId);
    unitFilter = `and p.owner_unit_id = $${params.length}`;
  }
  const { rows } = await db.query<MissingReportRow>(
    `${EXPECTED_CTE}
     select p.id as project_id, p.code as project_code, p.name as project_name,
            u.id as unit_id, u.code as unit_code, u.name as unit_name,
            (select array_agg(a.display_name) from app_user a
              where a.unit_id = u.id and a.role = 'focal_point' and a.active) as focal_points
       from expected e
       join project p on p.id = e.project_id
       join org_unit u on u.id = e.unit_id
       left join first_submission f on f.project_id = e.project_id and f.period = e.period
      where f.at is null and ${scope.sql} ${unitFilter}`,
    params,
  );
  return rows;
}
