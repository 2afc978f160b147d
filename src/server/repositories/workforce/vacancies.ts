/**
 * The HR Dashboard's vacancies: positions not abolished on a date that nobody holds then (a holds row
 * covering it), with how long each has been vacant.
 */
import type { Queryable } from '../../db/database';

const scoped = (alias: string) => `($2::int is null or ${alias}.unit_id = $2::int)`;

export interface VacancyDbRow {
  position_no: string;
  title: string;
  position_type: string;
  level: string;
  unit_id: number;
  section: string | null;
  vacant_since: string | null;
  vacant_days: number | null;
}

const NOT_HELD = `(pos.abolished_date is null or pos.abolished_date > $1::date) and ${scoped('pos')}
  and not exists (select 1 from position_history h where h.position_id = pos.id and h.role = 'holds'
                    and coalesce(h.to_date, '9999-12-31'::date) >= $1::date and h.from_date <= $1::date)`;

/**
 * Positions not abolished on $1 with no holds row covering it; vacant since the day after the last holding.
 * The vacant positions are found first (an anti-join with the holds rows covering $1), and only theirs
 * are searched for the last holding (decision 0026: before, every position's was).
 */
export async function vacantPositions(db: Queryable, asOf: string, unitId: number | null) {
  const { rows } = await db.query<VacancyDbRow>(
    `with vacant as materialized (
       select pos.id, pos.position_no, pos.title, pos.position_type, pos.level, pos.unit_id, pos.section
         from position pos where ${NOT_HELD})
     select pos.position_no, pos.title, pos.position_type, pos.level, pos.unit_id, pos.section,
            to_char(last.to_date + 1, 'YYYY-MM-DD') as vacant_since,
            ($1::date - (last.to_date + 1))::int + 1 as vacant_days
       from vacant pos
       left join lateral (
         select max(h.to_date) as to_date from position_history h
          where h.position_id = pos.id and h.role = 'holds' and h.from_date <= $1::date) last on true
      order by last.to_date nulls first, pos.position_no
      limit 1000`,
    [asOf, unitId],
  );
  return rows;
}

export async function vacanciesByUnit(db: Queryable, asOf: string, unitId: number | null) {
  const { rows } = await db.query<{ unit_id: number; n: number }>(
    `select pos.unit_id, count(*)::int as n from position pos
      where ${NOT_HELD} group by 1`,
    [asOf, unitId],
  );
  return rows;
}
