/** Plans as the plan list and the plan tree show them. */
import { formatPeriod, parsePeriod, periodFromKey, periodKey } from '../../../domain';
import type { PlanListItem, PlanTree } from '../../../shared/api/monitoring/plans';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { notFound } from '../../errors';
import { canEditPlans, readableProjectsSql } from '../../policies/monitoring/project-policy';
import { PROJECT_SELECT, toListItem, type ProjectRow } from './projects';

/** Every plan, the current one first; `lastPlanId`: the user's last chosen plan; `asOf`: default months. */
export async function listPlans(
  db: Queryable,
  lastPlanId: number | null = null,
  asOf: Map<number, number> = new Map(),
): Promise<PlanListItem[]> {
  const { rows } = await db.query<{
    id: number;
    code: string;
    name: string;
    start_year: number;
    end_year: number;
    project_count: number;
    latest: number | null;
    version: number;
    state: PlanListItem['state'];
  }>(
    `select plan.id, plan.code, plan.name, plan.start_year, plan.end_year, plan.version, plan.state,
            (select count(*)::int from project p where p.plan_id = plan.id) as project_count,
            (select max(m.period) from monthly_report m join project p on p.id = m.project_id
              where p.plan_id = plan.id and m.superseded_at is null) as latest
       from plan order by plan.state = 'current' desc, plan.state = 'archived', plan.start_year desc, plan.code`,
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    startYear: r.start_year,
    endYear: r.end_year,
    projectCount: r.project_count,
    version: r.version,
    latestPeriod: r.latest === null ? null : formatPeriod(periodFromKey(r.latest)),
    state: r.state,
    lastChosen: r.id === lastPlanId,
    defaultAsOf: asOf.has(r.id) ? formatPeriod(periodFromKey(asOf.get(r.id)!)) : null,
  }));
}

export async function getPlanTree(
  db: Queryable,
  actor: Actor,
  code: string,
  asOf?: string,
): Promise<PlanTree> {
  const { rows: plans } = await db.query<{
    id: number;
    code: string;
    name: string;
    start_year: number;
    end_year: number;
  }>('select id, code, name, start_year, end_year from plan where code = $1', [code]);
  const plan = plans[0];
  if (!plan) throw notFound({ th: `แผน ${code}`, en: `Plan ${code}` });
  const period = asOf ? parsePeriod(asOf) : null;
  const scope = readableProjectsSql(actor, 3);
  const [targets, strategies, projects] = await Promise.all([
    db.query<{ id: number; no: string; name: string; value_delivered: string | null }>(
      'select id, no, name, value_delivered from strategic_target where plan_id = $1',
      [plan.id],
    ),
    db.query<{ id: number; target_id: number; no: string; name: string; kpi: string | null }>(
      `select s.id, s.target_id, s.no, s.name, s.kpi from strategy s
         join strategic_target t on t.id = s.target_id where t.plan_id = $1`,
      [plan.id],
    ),
    db.query<ProjectRow>(`${PROJECT_SELECT} where p.plan_id = $2 and ${scope.sql} order by p.code`, [
      period ? periodKey(period) : 999_912,
      plan.id,
      ...scope.params,
    ]),
  ]);
  const byNo = new Intl.Collator('en', { numeric: true });
  return {
    id: plan.id,
    code: plan.code,
    name: plan.name,
    startYear: plan.start_year,
    endYear: plan.end_year,
    abilities: { update: canEditPlans(actor) },
    targets: targets.rows
      .sort((a, b) => byNo.compare(a.no, b.no))
      .map((t) => ({
        id: t.id,
        no: t.no,
        name: t.name,
        valueDelivered: t.value_delivered,
        strategies: strategies.rows
          .filter((s) => s.target_id === t.id)
          .sort((a, b) => byNo.compare(a.no, b.no))
          .map((s) => ({
            id: s.id,
            no: s.no,
            name: s.name,
            kpi: s.kpi,
            projects: projects.rows.filter((p) => p.strategy_id === s.id).map((p) => toListItem(actor, p)),
          })),
      })),
  };
}
