/**
 * The workforce reads as migration 0027 left them (decision 0019), kept word for word as the reference that
 * decision 0026's faster forms must equal row for row (tests/api/workforce-search-sql.test.ts).
 */
import type { Queryable } from '../../src/server/db/database';
import type { DirectoryFilters } from '../../src/server/repositories/workforce/directory-search';

export async function searchPeople0027(db: Queryable, f: DirectoryFilters) {
  const { rows } = await db.query(
    `select p.person_no, p.first_name, p.last_name, p.title as title_name, p.staff_type, h.title, h.level,
            u.code as unit_code, u.name as unit_name, count(*) over ()::int as total
       from person p
       left join (
         select distinct on (h.person_id) h.person_id, h.title, h.level, h.unit_id from position_history h
          where h.role = 'holds' and coalesce(h.to_date, '9999-12-31'::date) >= $1::date
            and h.from_date <= $1::date
          order by h.person_id, h.from_date desc) h on h.person_id = p.id
       left join org_unit u on u.id = coalesce(h.unit_id, p.unit_id)
      where ($2::text is null or p.person_no ilike $2 || '%'
             or (p.first_name || ' ' || p.last_name) ilike '%' || $2 || '%'
             or h.title ilike '%' || $2 || '%' or u.name ilike '%' || $2 || '%')
        and ($3::int is null or coalesce(h.unit_id, p.unit_id) = $3)
        and ($4::text is null or h.title = $4)
      order by p.first_name collate "C", p.last_name collate "C", p.person_no
      limit $5 offset $6`,
    [f.today, f.q, f.unitId, f.title, f.limit, f.offset],
  );
  return rows;
}

const IN_SERVICE = `
  select p.id, p.staff_type, p.birth_date, p.retirement_fiscal_year,
         coalesce(h.unit_id, p.unit_id) as unit_id, h.position_type, h.level, h.line
    from person p
    left join (
      select distinct on (h.person_id) h.person_id, h.unit_id, h.position_type, h.level, h.line
        from position_history h
       where h.role = 'holds' and coalesce(h.to_date, '9999-12-31'::date) >= $1::date and h.from_date <= $1::date
       order by h.person_id, h.from_date desc) h on h.person_id = p.id
   where (p.entry_date is null or p.entry_date <= $1::date) and (p.exit_date is null or p.exit_date > $1::date)`;

const scoped = `($2::int is null or s.unit_id = $2::int)`;

/** Headcount, age and retirement groups as 0027 counted them, in a stable order. */
export async function inServiceFigures0027(db: Queryable, asOf: string, unitId: number | null) {
  const headcount = await db.query(
    `with s as (${IN_SERVICE}) select unit_id, staff_type, position_type, level, line, count(*)::int as n
       from s where ${scoped} group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`,
    [asOf, unitId],
  );
  const ages = await db.query(
    `with s as (${IN_SERVICE})
     select extract(year from age($1::date + 1, s.birth_date))::int as age, staff_type, count(*)::int as n
       from s where ${scoped} group by 1, 2 order by 1, 2`,
    [asOf, unitId],
  );
  const year = Number(asOf.slice(0, 4)) + 543;
  const retirements = await db.query(
    `with s as (${IN_SERVICE})
     select retirement_fiscal_year as fiscal_year, unit_id, staff_type, position_type, level, null as line,
            count(*)::int as n
       from s where ${scoped} and retirement_fiscal_year between $3 and $4
      group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`,
    [asOf, unitId, year, year + 4],
  );
  return { headcount: headcount.rows, ages: ages.rows, retirements: retirements.rows };
}

const NOT_HELD = `(pos.abolished_date is null or pos.abolished_date > $1::date) and ($2::int is null or pos.unit_id = $2::int)
  and not exists (select 1 from position_history h where h.position_id = pos.id and h.role = 'holds'
                    and h.from_date <= $1::date and (h.to_date is null or h.to_date >= $1::date))`;

export async function vacancies0027(db: Queryable, asOf: string, unitId: number | null) {
  const list = await db.query(
    `select pos.position_no, pos.title, pos.position_type, pos.level, pos.unit_id, pos.section,
            to_char(last.to_date + 1, 'YYYY-MM-DD') as vacant_since,
            ($1::date - (last.to_date + 1))::int + 1 as vacant_days
       from position pos
       left join lateral (
         select max(h.to_date) as to_date from position_history h
          where h.position_id = pos.id and h.role = 'holds' and h.from_date <= $1::date) last on true
      where ${NOT_HELD}
      order by last.to_date nulls first, pos.position_no
      limit 1000`,
    [asOf, unitId],
  );
  const byUnit = await db.query(
    `select pos.unit_id, count(*)::int as n from position pos where ${NOT_HELD} group by 1 order by 1`,
    [asOf, unitId],
  );
  return { list: list.rows, byUnit: byUnit.rows };
}
