/**
 * Plan states (current, draft, archived: exactly one current), deleting an unused plan, each user's last
 * chosen plan, and the default "as of" month (docs/decisions/0012-default-plan-and-month.md).
 */
import type { Queryable } from '../../db/database';
import { notFound } from '../../errors';

export const PLAN_STATES = ['current', 'draft', 'archived'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

/** Share of the projects due in a month that must have sent a report up for the month to count as reported. */
export const REPORTED_SHARE = 0.5;

export async function lockPlan(tx: Queryable, code: string) {
  const { rows } = await tx.query<{ id: number; state: PlanState; reports: number }>(
    `select plan.id, plan.state,
            (select count(*)::int from monthly_report m join project p on p.id = m.project_id
              where p.plan_id = plan.id) as reports
       from plan where code = $1 for update`,
    [code],
  );
  if (!rows[0]) throw notFound({ th: `แผน ${code}`, en: `Plan ${code}` });
  return rows[0];
}

/** The plan now current, locked (null when there is none). */
export async function currentPlan(tx: Queryable): Promise<{ id: number; code: string } | null> {
  const { rows } = await tx.query<{ id: number; code: string }>(
    "select id, code from plan where state = 'current' for update",
  );
  return rows[0] ?? null;
}

export async function setPlanState(tx: Queryable, id: number, state: PlanState): Promise<void> {
  await tx.query('update plan set state = $2, version = version + 1, updated_at = now() where id = $1', [
    id,
    state,
  ]);
}

/** A plan just imported becomes current only when no plan is (the first one); otherwise it is a draft. */
export async function makeCurrentIfNone(tx: Queryable, planId: number): Promise<boolean> {
  const { rows } = await tx.query(
    `update plan set state = 'current' where id = $1
        and not exists (select 1 from plan where state = 'current') returning id`,
    [planId],
  );
  return rows.length > 0;
}

export async function deletePlanRow(tx: Queryable, id: number): Promise<void> {
  await tx.query('delete from plan where id = $1', [id]);
}

export async function rememberPlan(db: Queryable, userId: number, code: string): Promise<boolean> {
  const { rows } = await db.query(
    'update app_user set last_plan_id = (select id from plan where code = $2) where id = $1 returning last_plan_id',
    [userId, code],
  );
  return (rows[0] as { last_plan_id: number | null } | undefined)?.last_plan_id != null;
}

/**
 * Per plan, the default "as of" month (a period key): the latest opened month whose deadline is before
 * `today` and in which at least REPORTED_SHARE of the plan's projects due that fiscal year have a report
 * sent up (submitted, approved or accepted); with none, the latest month any report arrived in.
 */
export async function defaultAsOfByPlan(db: Queryable, today: string): Promise<Map<number, number>> {
  const { rows } = await db.query<{ plan_id: number; period: number | null }>(
    `with due as (
       select p.plan_id, m.period, count(*) as projects,
              count(r.id) filter (where r.state in ('submitted', 'approved', 'accepted')) as sent
         from reporting_month m
         join project p on (m.period / 100 + case when m.period % 100 >= 10 then 1 else 0 end)
                           between p.fiscal_year_from and p.fiscal_year_to
         left join monthly_report r on r.project_id = p.id and r.period = m.period and r.superseded_at is null
        where m.deadline < $1::date
        group by p.plan_id, m.period)
     select plan.id as plan_id,
            coalesce((select max(period) from due where due.plan_id = plan.id and sent >= projects * $2::float8),
                     (select max(r.period) from monthly_report r join project p on p.id = r.project_id
                       where p.plan_id = plan.id and r.superseded_at is null)) as period
       from plan`,
    [today, REPORTED_SHARE],
  );
  return new Map(rows.filter((r) => r.period !== null).map((r) => [r.plan_id, r.period!]));
}

export async function lastPlanOf(db: Queryable, userId: number | null): Promise<number | null> {
  if (userId === null) return null;
  const { rows } = await db.query<{ last_plan_id: number | null }>(
    'select last_plan_id from app_user where id = $1',
    [userId],
  );
  return rows[0]?.last_plan_id ?? null;
}
