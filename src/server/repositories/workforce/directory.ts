/** One person's record and history (the directory's search: directory-search.ts). */
import type { Queryable } from '../../db/database';

export interface PersonRecordRow {
  id: number;
  person_no: string;
  national_id: string | null;
  birth_date: string;
  title: string | null;
  first_name: string;
  last_name: string;
  gender: string | null;
  staff_type: string;
  entry_date: string | null;
  exit_date: string | null;
  exit_reason: string | null;
  retirement_fiscal_year: number;
  unit_id: number | null;
  unit_name: string | null;
}

/** The person and their unit on $2 (the unit of the position held then, else the record's). */
export async function findPersonRecord(db: Queryable, by: { personNo?: string; id?: number }, asOf: string) {
  const { rows } = await db.query<PersonRecordRow>(
    `select p.id, p.person_no, p.national_id, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date, p.title,
            p.first_name, p.last_name, p.gender, p.staff_type,
            to_char(p.entry_date, 'YYYY-MM-DD') as entry_date, to_char(p.exit_date, 'YYYY-MM-DD') as exit_date,
            p.exit_reason, p.retirement_fiscal_year, u.id as unit_id, u.name as unit_name
       from person p
       left join lateral (
         select h.unit_id from position_history h
          where h.person_id = p.id and h.role = 'holds' and h.from_date <= $3::date
            and (h.to_date is null or h.to_date >= $3::date)
          order by h.from_date desc limit 1) h on true
       left join org_unit u on u.id = coalesce(h.unit_id, p.unit_id)
      where p.person_no = $1 or p.id = $2`,
    [by.personNo ?? null, by.id ?? null, asOf],
  );
  return rows[0] ?? null;
}

export interface HistoryDbRow {
  from_date: string;
  to_date: string | null;
  role: 'holds' | 'acting' | 'oversees';
  title: string;
  position_type: string;
  level: string;
  position_id: number | null;
  position_no: string | null;
  unit_id: number;
  work_unit_id: number | null;
  unit_name: string;
  work_unit_name: string | null;
  unit_kind: 'bureau' | 'district' | 'office' | 'institute' | 'other';
  section: string | null;
  section_head: boolean;
  order_ref: string | null;
}

/** A person's history, oldest first; unit_kind is the kind of the unit worked in. */
export async function personHistory(db: Queryable, personId: number) {
  const { rows } = await db.query<HistoryDbRow>(
    `select to_char(h.from_date, 'YYYY-MM-DD') as from_date, to_char(h.to_date, 'YYYY-MM-DD') as to_date,
            h.role, h.title, h.position_type, h.level, h.position_id, pos.position_no, h.unit_id, h.work_unit_id,
            u.name as unit_name, w.name as work_unit_name, coalesce(w.kind, u.kind) as unit_kind,
            h.section, h.section_head, h.order_ref
       from position_history h
       join org_unit u on u.id = h.unit_id
       left join org_unit w on w.id = h.work_unit_id
       left join position pos on pos.id = h.position_id
      where h.person_id = $1
      order by h.from_date, h.role`,
    [personId],
  );
  return rows;
}
