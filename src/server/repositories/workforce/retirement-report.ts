/**
 * The counts behind `tidtam workforce retirements` (formats.md): people with no exit date whose retirement
 * fiscal year (person.retirement_fiscal_year, the domain's rule in SQL) lies in $2..$3, by staff type and by
 * the type of the position they hold on $1 (today); one GROUP BY over the partial index person_retirement.
 */
import type { Queryable } from '../../db/database';

export interface RetirementReportGroup {
  fiscal_year: number;
  staff_type: string;
  /** Null: holds no position on the day. */
  position_type: string | null;
  n: number;
}

export async function retirementReportGroups(db: Queryable, today: string, from: number, to: number) {
  const { rows } = await db.query<RetirementReportGroup>(
    `select p.retirement_fiscal_year as fiscal_year, p.staff_type, h.position_type, count(*)::int as n
       from person p
       left join lateral (
         select h.position_type from position_history h
          where h.person_id = p.id and h.role = 'holds' and h.from_date <= $1::date
            and (h.to_date is null or h.to_date >= $1::date)
          order by h.from_date desc limit 1) h on true
      where p.exit_date is null and p.retirement_fiscal_year between $2::int and $3::int
      group by 1, 2, 3`,
    [today, from, to],
  );
  return rows;
}
