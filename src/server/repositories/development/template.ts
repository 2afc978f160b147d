/** What the development file templates pre-fill: the newest opened year, its HRD plan and strategies. */
import type { Queryable } from '../../db/database';

export interface TemplateYear {
  fiscalYear: number;
  hrdPlan: string;
  hrdPlanName: string;
  strategies: { no: string; name: string }[];
}

/** The newest opened development year (null when none is open). One query. */
export async function newestTemplateYear(db: Queryable): Promise<TemplateYear | null> {
  const { rows } = await db.query<{
    fiscal_year: number;
    code: string;
    name: string;
    strategies: { no: string; name: string }[];
  }>(
    `select y.fiscal_year, h.code, h.name,
            coalesce((select json_agg(json_build_object('no', s.no, 'name', s.name)
                                      order by case when s.no ~ '^[0-9]+$' then lpad(s.no, 10, '0') else s.no end)
                        from hrd_strategy s where s.hrd_plan_id = h.id), '[]'::json) as strategies
       from development_year y join hrd_plan h on h.id = y.hrd_plan_id
      order by y.fiscal_year desc limit 1`,
  );
  const r = rows[0];
  return r
    ? { fiscalYear: r.fiscal_year, hrdPlan: r.code, hrdPlanName: r.name, strategies: r.strategies }
    : null;
}
