/** Read models of projects: the list (with filters), the plan tree and one project with its history. */
import { formatPeriod, parsePeriod, periodFromKey, periodKey } from '../../../domain';
import { type ProjectStatus } from '../../../domain/monitoring';
import type { ProjectListItem, ProjectListQuery } from '../../../shared/api/monitoring/plans';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { projectAbilities, readableProjectsSql } from '../../policies/monitoring/project-policy';

export interface ProjectRow {
  id: number;
  plan_code: string;
  code: string;
  name: string;
  target_no: string;
  strategy_id: number;
  strategy_no: string;
  owner_unit_id: number | null;
  owner_code: string | null;
  owner_name: string | null;
  fiscal_year_from: number;
  fiscal_year_to: number;
  budget: string | null;
  report_period: number | null;
  report_status: ProjectStatus | null;
  report_percent: string | null;
}

/** Selects project rows (alias p) with their latest report up to $1 (a period key). */
export const PROJECT_SELECT = `
  select p.id, plan.code as plan_code, p.code, p.name, t.no as target_no, s.id as strategy_id, s.no as strategy_no,
         p.owner_unit_id, u.code as owner_code, u.name as owner_name,
         p.fiscal_year_from, p.fiscal_year_to, p.budget,
         r.period as report_period, r.status as report_status, r.percent as report_percent
    from project p
    join plan on plan.id = p.plan_id
    join strategy s on s.id = p.strategy_id
    join strategic_target t on t.id = s.target_id
    left join org_unit u on u.id = p.owner_unit_id
    left join lateral (
      select period, status, percent from monthly_report m
       where m.project_id = p.id and m.superseded_at is null and m.period <= $1
       order by m.period desc limit 1
    ) r on true`;

export function toListItem(actor: Actor, row: ProjectRow): ProjectListItem {
  return {
    id: row.id,
    planCode: row.plan_code,
    code: row.code,
    name: row.name,
    targetNo: row.target_no,
    strategyNo: row.strategy_no,
    ownerUnit:
      row.owner_unit_id === null
        ? null
        : { id: row.owner_unit_id, code: row.owner_code!, name: row.owner_name! },
    fiscalYearFrom: row.fiscal_year_from,
    fiscalYearTo: row.fiscal_year_to,
    budget: row.budget,
    latestReport:
      row.report_period === null
        ? null
        : {
            period: formatPeriod(periodFromKey(row.report_period)),
            status: row.report_status!,
            percent: row.report_percent,
          },
    abilities: projectAbilities(actor, { ownerUnitId: row.owner_unit_id }),
  };
}

const FAR_FUTURE = 999_912;

export async function listProjects(
  db: Queryable,
  actor: Actor,
  query: ProjectListQuery,
): Promise<ProjectListItem[]> {
  const asOf = query.asOf ? parsePeriod(query.asOf) : null;
  const params: unknown[] = [asOf ? periodKey(asOf) : FAR_FUTURE];
  const where: string[] = [];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(sql(params.length));
  };
  const scope = readableProjectsSql(actor, params.length + 1);
  where.push(scope.sql);
  params.push(...scope.params);
  if (query.plan) add((n) => `plan.code = $${n}`, query.plan);
  if (query.target) add((n) => `t.no = $${n}`, query.target);
  if (query.owner) add((n) => `p.owner_unit_id = $${n}`, query.owner);
  if (query.fiscalYear)
    add((n) => `p.fiscal_year_from <= $${n} and p.fiscal_year_to >= $${n}`, query.fiscalYear);
  if (query.q) {
    add(
      (n) => `(p.code ilike $${n} or p.name ilike $${n} or u.name ilike $${n})`,
      `%${query.q.replace(/[\\%_]/g, '\\$&')}%`,
    );
  }
  if (query.status === 'unreported') where.push('r.status is null');
  else if (query.status === 'not_started') where.push(`coalesce(r.status, 'not_started') = 'not_started'`);
  else if (query.status) add((n) => `r.status = $${n}`, query.status);
  const { rows } = await db.query<ProjectRow>(
    `${PROJECT_SELECT} where ${where.join(' and ')} order by plan.code, p.code limit 5000`,
    params,
  );
  return rows.map((row) => toListItem(actor, row));
}
