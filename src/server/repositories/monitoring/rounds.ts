/** SQL of the round reports: the plan with its targets and the span of its counted reports, in one statement. */
import type { LevelScale } from '../../../domain/monitoring/level-scale';
import type { ReportState } from '../../../domain/monitoring/report-workflow';
import type { Queryable } from '../../db/database';

export interface RoundPlanRow {
  id: number;
  code: string;
  name: string;
  start_year: number;
  end_year: number;
  level_scale: LevelScale | null;
  targets: { no: string; name: string }[];
  /** The first and latest month with a counted report of the plan's projects (period keys), or null. */
  first_period: number | null;
  last_period: number | null;
}

export async function selectRoundPlan(
  db: Queryable,
  code: string,
  states: readonly ReportState[],
): Promise<RoundPlanRow | null> {
  const { rows } = await db.query<RoundPlanRow>(
    `select plan.id, plan.code, plan.name, plan.start_year, plan.end_year, plan.level_scale,
            coalesce((select json_agg(json_build_object('no', t.no, 'name', t.name))
                        from strategic_target t where t.plan_id = plan.id), '[]') as targets,
            span.first_period, span.last_period
       from plan
       left join lateral (
         select min(m.period) as first_period, max(m.period) as last_period
           from monthly_report m join project p on p.id = m.project_id
          where p.plan_id = plan.id and m.superseded_at is null and m.state = any($2::text[])
       ) span on true
      where plan.code = $1`,
    [code, states],
  );
  return rows[0] ?? null;
}
