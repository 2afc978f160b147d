/**
 * The HR Dashboard's counts: set-based SQL, one query per figure. What everyone holds on a date is one range
 * of the index position_history_holds_on (migration 0027: holds rows ending on or after the date, begun on or
 * before it), read from the index alone and joined to the people by hash — never a lookup per person. The
 * rules are the domain's (src/domain/workforce/dashboard.ts): in service on D = entered on or before D (or
 * unknown) and not left by D; a person's unit is the unit of the position held on D (by law), else the unit
 * on their record; age under Thai age law.
 */
import { LEVEL_RANK } from '../../../domain/workforce';
import type { Queryable } from '../../db/database';

/** The holds row covering $1 of each person holding something then (the latest begun, as ever). */
const HELD_ON = `
  select distinct on (h.person_id) h.person_id, h.unit_id, h.position_type, h.level, h.line
    from position_history h
   where h.role = 'holds' and coalesce(h.to_date, '9999-12-31'::date) >= $1::date and h.from_date <= $1::date
   order by h.person_id, h.from_date desc`;

/** People in service on $1 with what they hold then (unit, type, level, line). */
const IN_SERVICE_FROM = (source: string, held: string) => `
  select p.id, p.staff_type, p.birth_date, p.retirement_fiscal_year,
         coalesce(h.unit_id, p.unit_id) as unit_id, h.position_type, h.level, h.line
    from ${source}
    ${held}
   where (p.entry_date is null or p.entry_date <= $1::date) and (p.exit_date is null or p.exit_date > $1::date)`;

/** Everyone: what everyone holds on $1 as one index range, joined by hash. */
const IN_SERVICE_ALL = IN_SERVICE_FROM('person p', `left join (${HELD_ON}) h on h.person_id = p.id`);

/**
 * One unit ($2): only the people who may count for it (decision 0026) — holding on $1 a position of the
 * unit (index position_history_unit_holds), or recorded in it — each with the latest begun holds row
 * covering $1 (as HELD_ON keeps); the caller's filter on the unit then decides, as for everyone.
 */
const IN_SERVICE_OF_UNIT = IN_SERVICE_FROM(
  `(select h.person_id as id from position_history h
     where h.role = 'holds' and h.unit_id = $2::int and coalesce(h.to_date, '9999-12-31'::date) >= $1::date
       and h.from_date <= $1::date
    union
    select p.id from person p where p.unit_id = $2::int) c
   join person p on p.id = c.id`,
  `left join lateral (
     select h.unit_id, h.position_type, h.level, h.line from position_history h
      where h.person_id = p.id and h.role = 'holds' and coalesce(h.to_date, '9999-12-31'::date) >= $1::date
        and h.from_date <= $1::date
      order by h.from_date desc limit 1) h on true`,
);

const inService = (unitId: number | null) => (unitId === null ? IN_SERVICE_ALL : IN_SERVICE_OF_UNIT);

/** The same with the title, section and position held, for the few people already chosen by $3..$4. */
const IN_SERVICE_RETIRING = `
  select p.person_no, p.retirement_fiscal_year, p.first_name, p.last_name,
         coalesce(h.unit_id, p.unit_id) as unit_id, h.title, h.section, h.section_head, h.position_id
    from person p
    left join lateral (
      select * from position_history h
       where h.person_id = p.id and h.role = 'holds' and h.from_date <= $1::date
         and (h.to_date is null or h.to_date >= $1::date)
       order by h.from_date desc limit 1) h on true
   where (p.entry_date is null or p.entry_date <= $1::date) and (p.exit_date is null or p.exit_date > $1::date)
     and p.retirement_fiscal_year between $3 and $4`;

const scoped = (alias: string) => `($2::int is null or ${alias}.unit_id = $2::int)`;

export interface GroupCount {
  unit_id: number | null;
  staff_type: string;
  position_type: string | null;
  level: string | null;
  line: string | null;
  n: number;
}

export async function headcountGroups(db: Queryable, asOf: string, unitId: number | null) {
  const { rows } = await db.query<GroupCount>(
    `with s as (${inService(unitId)}) select unit_id, staff_type, position_type, level, line, count(*)::int as n
       from s where ${scoped('s')} group by 1, 2, 3, 4, 5`,
    [asOf, unitId],
  );
  return rows;
}

export interface AgeGroup {
  age: number;
  staff_type: string;
  n: number;
}

export async function ageGroups(db: Queryable, asOf: string, unitId: number | null) {
  // Age N is reached on the day before the Nth anniversary: the age on the next day, in whole years.
  const { rows } = await db.query<AgeGroup>(
    `with s as (${inService(unitId)})
     select extract(year from age($1::date + 1, s.birth_date))::int as age, staff_type, count(*)::int as n
       from s where ${scoped('s')} group by 1, 2`,
    [asOf, unitId],
  );
  return rows;
}

export interface RetirementGroup extends GroupCount {
  fiscal_year: number;
}

/** People with no exit date retiring in FY $3..$4, by what they hold on $1 (today). */
export async function retirementGroups(
  db: Queryable,
  today: string,
  unitId: number | null,
  from: number,
  to: number,
) {
  const { rows } = await db.query<RetirementGroup>(
    `with s as (${inService(unitId)})
     select retirement_fiscal_year as fiscal_year, unit_id, staff_type, position_type, level, null as line,
            count(*)::int as n
       from s where ${scoped('s')} and retirement_fiscal_year between $3 and $4
      group by 1, 2, 3, 4, 5`,
    [today, unitId, from, to],
  );
  return rows;
}

export interface RetiringHolder {
  fiscal_year: number;
  person_no: string;
  first_name: string;
  last_name: string;
  title: string;
  section: string | null;
  section_head: boolean;
  position_no: string | null;
  unit_id: number;
}

/** Holders of a key position (built-in titles, section heads, marked titles) who retire in FY $3..$4. */
export async function retiringKeyHolders(
  db: Queryable,
  today: string,
  unitId: number | null,
  from: number,
  to: number,
  builtInTitles: readonly string[],
) {
  const { rows } = await db.query<RetiringHolder>(
    `with s as (${IN_SERVICE_RETIRING})
     select s.retirement_fiscal_year as fiscal_year, s.person_no, s.first_name, s.last_name, s.title,
            s.section, s.section_head, pos.position_no, s.unit_id
       from s left join position pos on pos.id = s.position_id
      where ${scoped('s')} and s.retirement_fiscal_year between $3 and $4 and s.title is not null
        and (s.title = any($5::text[]) or s.section_head
             or exists (select 1 from key_position_title k where k.title = s.title))
      order by 1, s.unit_id, s.title, s.person_no`,
    [today, unitId, from, to, builtInTitles],
  );
  return rows;
}

const RANK_SQL = `case h.position_type || ':' || h.level ${Object.entries(LEVEL_RANK)
  .map(([key, rank]) => `when '${key}' then ${rank}`)
  .join(' ')} else 0 end`;

export interface MovementRow {
  fiscal_year: number;
  kind: 'entry' | 'exit' | 'promotion' | 'transfer';
  reason: string | null;
  n: number;
}

/** Entries, exits by reason, promotions and transfers per fiscal year between dates $1 and $3. */
export async function movementCounts(db: Queryable, from: string, unitId: number | null, to: string) {
  const fy = (col: string) =>
    `(extract(year from ${col})::int + 543 + case when extract(month from ${col}) >= 10 then 1 else 0 end)`;
  const { rows } = await db.query<MovementRow>(
    `with moves as (
       -- one ordered pass over the index position_history_holds_seq: no sort, no second scan
       select h.from_date, h.unit_id,
              ${RANK_SQL} as rank,
              lag(${RANK_SQL}) over w as prev_rank,
              lag(h.unit_id) over w as prev_unit
         from position_history h where h.role = 'holds'
       window w as (partition by h.person_id order by h.from_date)),
     per_year as (
       select ${fy('m.from_date')} as fiscal_year,
              count(*) filter (where m.rank > m.prev_rank)::int as promotions,
              count(*) filter (where m.unit_id <> m.prev_unit)::int as transfers
         from moves m where m.from_date between $1::date and $3::date and ${scoped('m')}
        group by 1)
     select fiscal_year, 'promotion' as kind, null as reason, promotions as n from per_year where promotions > 0
     union all
     select fiscal_year, 'transfer', null, transfers from per_year where transfers > 0
     union all
     select ${fy('p.entry_date')}, 'entry', null, count(*)::int
       from person p where p.entry_date between $1::date and $3::date and ${scoped('p')} group by 1
     union all
     select ${fy('p.exit_date')}, 'exit', coalesce(p.exit_reason, 'other'), count(*)::int
       from person p where p.exit_date between $1::date and $3::date and ${scoped('p')} group by 1, 3`,
    [from, unitId, to],
  );
  return rows;
}
