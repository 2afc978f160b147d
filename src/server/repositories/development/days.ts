/**
 * Development days (issue 11 item 4), set-based: one person's records of a fiscal year, and per agency the
 * staff in service at the year's end with how many reached 10 days (one GROUP BY over the year's records, read
 * from an index in person order; migration 0028).
 * Only approved records count (counted.ts). A person's agency is the unit of the position held on the date, else the record's.
 */
import type { Queryable } from '../../db/database';
import { COUNTED_PROJECT, COUNTED_RECORD } from './counted';

export interface DaysPersonRow {
  id: number;
  person_no: string;
  title: string | null;
  first_name: string;
  last_name: string;
  unit_id: number | null;
  unit_name: string | null;
}

/** The person (no national ID) and their unit on the year's last day or today, whichever comes first. */
export async function findDaysPerson(
  db: Queryable,
  by: { personNo?: string; id?: number },
  fiscalYear: number,
) {
  const { rows } = await db.query<DaysPersonRow>(
    `with d as (select least((now() at time zone 'Asia/Bangkok')::date, $3::date) as on_date)
     select p.id, p.person_no, p.title, p.first_name, p.last_name, u.id as unit_id, u.name as unit_name
       from person p cross join d
       left join lateral (
         select h.unit_id from position_history h
          where h.person_id = p.id and h.role = 'holds' and h.from_date <= d.on_date
            and (h.to_date is null or h.to_date >= d.on_date)
          order by h.from_date desc limit 1) h on true
       left join org_unit u on u.id = coalesce(h.unit_id, p.unit_id)
      where p.person_no = $1 or p.id = $2`,
    [by.personNo ?? null, by.id ?? null, `${fiscalYear - 543}-09-30`],
  );
  return rows[0] ?? null;
}

export interface DayRecordRow {
  id: string;
  activity: string;
  start_date: string;
  end_date: string;
  days: string;
  mode: 'formal' | 'social' | 'experiential';
  digital: boolean;
  provider: string | null;
}

export async function personDayRecords(db: Queryable, personId: number, fiscalYear: number) {
  const { rows } = await db.query<DayRecordRow>(
    `select r.id::text, r.activity, to_char(r.start_date, 'YYYY-MM-DD') as start_date,
            to_char(r.end_date, 'YYYY-MM-DD') as end_date, r.days::text, r.mode, r.digital, r.provider
       from development_record r
      where r.person_id = $1 and r.fiscal_year = $2 and ${COUNTED_RECORD}
      order by r.start_date, r.id`,
    [personId, fiscalYear],
  );
  return rows;
}

/**
 * People in service on the date `param` (a query parameter), each with the unit of the position held then (the
 * latest begun on or before the date among those not ended before it), else their own unit. Set-based: the
 * positions held on the date come from two index ranges (still open; ended on or after the date) and one
 * DISTINCT ON, joined to the people by hash, rather than one index probe per person (100,000 at scale 100).
 */
export const STAFF_ON = (param: string) => `
       select p.id, coalesce(h.unit_id, p.unit_id) as unit_id
         from person p
         left join (
           select distinct on (h.person_id) h.person_id, h.unit_id
             from (select h.person_id, h.from_date, h.unit_id from position_history h
                    where h.role = 'holds' and h.to_date is null and h.from_date <= ${param}::date
                   union all
                   select h.person_id, h.from_date, h.unit_id from position_history h
                    where h.role = 'holds' and h.to_date >= ${param}::date and h.from_date <= ${param}::date) h
            order by h.person_id, h.from_date desc) h on h.person_id = p.id
        where (p.entry_date is null or p.entry_date <= ${param}::date)
          and (p.exit_date is null or p.exit_date > ${param}::date)`;

export interface UnitDaysRow {
  unit_id: number;
  unit_name: string;
  unit_kind: string;
  staff: number;
  reached: number;
}

/**
 * Per agency: staff in service on $2 (the year's last day) and how many reached 10 days; $3 a unit or null.
 * Counted per unit id first (the people who reached 10 days summed from the index in person order, one hash
 * join with the staff), then the 80-odd units named: no per-person join to org_unit or grouping by its texts.
 */
export async function unitsDays(db: Queryable, fiscalYear: number, unitId: number | null) {
  const yearEnd = `${fiscalYear - 543}-09-30`;
  const { rows } = await db.query<UnitDaysRow>(
    `with staff as (${STAFF_ON('$2')}),
     reached as (
       select r.person_id from development_record r
        where r.fiscal_year = $1 and ${COUNTED_RECORD} group by r.person_id having sum(r.days) >= 10),
     per_unit as (
       select s.unit_id, count(*)::int as staff, count(x.person_id)::int as reached
         from staff s left join reached x on x.person_id = s.id
        where $3::int is null or s.unit_id = $3::int
        group by s.unit_id)
     select u.id as unit_id, u.name as unit_name, u.kind as unit_kind, n.staff, n.reached
       from per_unit n join org_unit u on u.id = n.unit_id
      order by u.name, u.id`,
    [fiscalYear, yearEnd, unitId],
  );
  return rows;
}

export interface CoverageRow {
  unit_id: number;
  unit_name: string;
  unit_kind: string;
  strategy_no: string;
  projects: number;
}

/** Projects per agency and strategy of the year's HRD plan (only the cells that have projects). */
export async function coverageRows(db: Queryable, fiscalYear: number) {
  const { rows } = await db.query<CoverageRow>(
    `select u.id as unit_id, u.name as unit_name, u.kind as unit_kind, s.no as strategy_no,
            count(*)::int as projects
       from development_project p
       join org_unit u on u.id = p.unit_id
       join hrd_strategy s on s.id = p.hrd_strategy_id
      where p.fiscal_year = $1 and ${COUNTED_PROJECT}
      group by u.id, u.name, u.kind, s.no
      order by u.name, u.id, s.no`,
    [fiscalYear],
  );
  return rows;
}

export interface GroupRow {
  grp: 'district' | 'bureau' | 'other';
  projects: number;
  participants: number;
  budget: string;
}

/** Totals by agency group: district offices, bureaus, others (org_unit.kind). */
export async function groupRows(db: Queryable, fiscalYear: number) {
  const { rows } = await db.query<GroupRow>(
    `select g.grp, count(p.id)::int as projects, coalesce(sum(p.participants), 0)::int as participants,
            coalesce(sum(p.budget), 0)::numeric(18, 2)::text as budget
       from (values (1, 'district'), (2, 'bureau'), (3, 'other')) as g (ord, grp)
       left join (development_project p join org_unit u on u.id = p.unit_id)
         on p.fiscal_year = $1 and ${COUNTED_PROJECT}
        and (case when u.kind in ('district', 'bureau') then u.kind else 'other' end) = g.grp
      group by g.ord, g.grp
      order by g.ord`,
    [fiscalYear],
  );
  return rows;
}
