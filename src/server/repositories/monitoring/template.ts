/** What the monitoring file templates offer in their drop-down lists. One query. */
import type { Queryable } from '../../db/database';

export interface MonitoringTemplateLists {
  /** Active agencies' names (the plan file's owner_unit), in Thai order (sorted by the caller). */
  units: string[];
  /** Plans not archived, the current one first. */
  plans: string[];
  /** The current plan's projects (an agency's: its own), by code. */
  projects: string[];
}

export async function monitoringTemplateLists(
  db: Queryable,
  unitId: number | null,
): Promise<MonitoringTemplateLists> {
  const { rows } = await db.query<MonitoringTemplateLists>(
    `select coalesce((select json_agg(name order by code)
                        from org_unit where status = 'active'), '[]'::json) as units,
            coalesce((select json_agg(code order by state <> 'current', start_year desc, code)
                        from plan where state <> 'archived'), '[]'::json) as plans,
            coalesce((select json_agg(p.code order by p.code)
                        from project p join plan on plan.id = p.plan_id
                       where plan.state = 'current' and ($1::int is null or p.owner_unit_id = $1)),
                     '[]'::json) as projects`,
    [unitId],
  );
  return rows[0]!;
}
