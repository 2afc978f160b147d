/**
 * Digital skills per agency and fiscal year (issue 11 item 5), set-based over the staff in service at the
 * year's end (days.ts STAFF_ON): how many were assessed in the year (any area), how many have counted digital
 * development records and their days; per skill area, of the people assessed in it (their latest level of the
 * year), how many are below the area's expected level.
 */
import type { Queryable } from '../../db/database';
import { COUNTED_RECORD } from './counted';
import { STAFF_ON } from './days';

export interface UnitDigitalRow {
  unit_id: number;
  unit_name: string;
  staff: number;
  assessed: number;
  digital_people: number;
  digital_days: string;
}

const yearRange = (fy: number) => [`${fy - 544}-10-01`, `${fy - 543}-09-30`] as const;

export async function unitsDigital(db: Queryable, fiscalYear: number, unitId: number | null) {
  const [from, to] = yearRange(fiscalYear);
  const { rows } = await db.query<UnitDigitalRow>(
    `with staff as (${STAFF_ON('$2')}),
     assessed as (
       select distinct a.person_id from digital_assessment a where a.assessed_on between $1::date and $2::date),
     digital as (
       select r.person_id, sum(r.days) as days from development_record r
        where r.fiscal_year = $4 and r.digital and ${COUNTED_RECORD} group by r.person_id)
     select u.id as unit_id, u.name as unit_name, count(*)::int as staff,
            count(a.person_id)::int as assessed, count(d.person_id)::int as digital_people,
            coalesce(sum(d.days), 0)::numeric(12, 1)::text as digital_days
       from staff s join org_unit u on u.id = s.unit_id
       left join assessed a on a.person_id = s.id
       left join digital d on d.person_id = s.id
      where $3::int is null or s.unit_id = $3::int
      group by u.id, u.name
      order by u.name, u.id`,
    [from, to, unitId, fiscalYear],
  );
  return rows;
}

export interface AreaGapRow {
  code: string;
  name_th: string;
  name_en: string;
  expected_level: number;
  assessed: number;
  below: number;
}

export async function areaGaps(db: Queryable, fiscalYear: number, unitId: number | null) {
  const [from, to] = yearRange(fiscalYear);
  const { rows } = await db.query<AreaGapRow>(
    `with staff as (${STAFF_ON('$2')}),
     latest as (
       select distinct on (a.person_id, a.skill_area) a.person_id, a.skill_area, a.level
         from digital_assessment a join staff s on s.id = a.person_id
        where a.assessed_on between $1::date and $2::date and ($3::int is null or s.unit_id = $3::int)
        order by a.person_id, a.skill_area, a.assessed_on desc)
     select k.code, k.name_th, k.name_en, k.expected_level, count(l.person_id)::int as assessed,
            count(*) filter (where l.level < k.expected_level)::int as below
       from digital_skill_area k left join latest l on l.skill_area = k.code
      group by k.code, k.ord, k.name_th, k.name_en, k.expected_level
      order by k.ord`,
    [from, to, unitId],
  );
  return rows;
}

/**
 * The fiscal year (BE) of the latest digital data of a unit's people (every unit when null): an assessment,
 * or a counted digital development record; null when there is none. The year starts on 1 October, so a
 * date three months on falls in the fiscal year's own CE year.
 */
export async function latestDigitalYear(db: Queryable, unitId: number | null): Promise<number | null> {
  const { rows } = await db.query<{ fy: number | null }>(
    `select greatest(
       (select extract(year from max(a.assessed_on) + interval '3 months')::int + 543
          from digital_assessment a join person p on p.id = a.person_id
         where $1::int is null or p.unit_id = $1::int),
       (select max(r.fiscal_year) from development_record r
         where r.digital and ${COUNTED_RECORD} and ($1::int is null or r.unit_id = $1::int))) as fy`,
    [unitId],
  );
  return rows[0]?.fy ?? null;
}
