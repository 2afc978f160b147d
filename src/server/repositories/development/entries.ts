/**
 * A person's own entries of outside learning (development_record, source 'self'): written with the person's
 * unit, position and level as of the first day (position_history, role holds; else the person's unit), listed
 * per person and year, locked for a change, and the approval queue per unit (set-based, bounded).
 */
import type { Queryable } from '../../db/database';

export interface EntryRow {
  id: string;
  person_id: number;
  fiscal_year: number;
  activity: string;
  start_date: string;
  end_date: string;
  days: string;
  mode: 'experiential' | 'social' | 'formal';
  provider: string | null;
  note: string | null;
  digital: boolean;
  state: 'pending' | 'approved' | 'rejected';
  source: string;
  unit_id: number | null;
  unit_name: string | null;
  position_title: string | null;
  level: string | null;
  decision_comment: string | null;
  decided_at: Date | null;
  version: number;
}

const SELECT = `select r.id::text, r.person_id, r.fiscal_year, r.activity,
    to_char(r.start_date, 'YYYY-MM-DD') as start_date, to_char(r.end_date, 'YYYY-MM-DD') as end_date,
    r.days::text, r.mode, r.provider, r.note, r.digital, r.state, r.source, r.unit_id, u.name as unit_name,
    r.position_title, r.level, r.decision_comment, r.decided_at, r.version
  from development_record r left join org_unit u on u.id = r.unit_id`;

export interface EntryFields {
  fiscalYear: number;
  activity: string;
  startDate: string;
  endDate: string;
  days: number;
  mode: string;
  provider: string | null;
  note: string | null;
  digital: boolean;
}

/** The unit, title and level at the time: the position held on the date, else the person's unit. */
const AT_THE_TIME = `left join lateral (
    select coalesce(x.work_unit_id, x.unit_id) as unit_id, x.title, x.level from position_history x
     where x.person_id = p.id and x.role = 'holds' and x.from_date <= $4::date
       and (x.to_date is null or x.to_date >= $4::date)
     order by x.from_date desc limit 1) h on true`;

export async function insertEntry(tx: Queryable, personId: number, userId: number, f: EntryFields) {
  const { rows } = await tx.query<{ id: string }>(
    `insert into development_record (person_id, fiscal_year, activity, start_date, end_date, days, mode,
       provider, note, digital, unit_id, position_title, level, source, state, entered_by)
     select p.id, $2, $3, $4, $5, $6, $7, $8, $9, $10, coalesce(h.unit_id, p.unit_id), h.title, h.level,
            'self', 'pending', $11
       from person p ${AT_THE_TIME}
      where p.id = $1
     returning id::text`,
    [
      personId,
      f.fiscalYear,
      f.activity,
      f.startDate,
      f.endDate,
      f.days,
      f.mode,
      f.provider,
      f.note,
      f.digital,
      userId,
    ],
  );
  return rows[0]!.id;
}

/** Edits a pending entry in place; the unit, position and level follow the (possibly new) first day. */
export async function updateEntry(tx: Queryable, id: string, personId: number, f: EntryFields) {
  await tx.query(
    `update development_record r set fiscal_year = $2, activity = $3, start_date = $4, end_date = $5, days = $6,
            mode = $7, provider = $8, note = $9, digital = $10, unit_id = coalesce(h.unit_id, p.unit_id),
            position_title = h.title, level = h.level, version = r.version + 1
       from person p ${AT_THE_TIME}
      where r.id = $1::bigint and p.id = $11 and r.person_id = p.id`,
    [
      id,
      f.fiscalYear,
      f.activity,
      f.startDate,
      f.endDate,
      f.days,
      f.mode,
      f.provider,
      f.note,
      f.digital,
      personId,
    ],
  );
}

export async function deleteEntry(tx: Queryable, id: string) {
  await tx.query('delete from development_record where id = $1::bigint', [id]);
}

export async function lockEntry(tx: Queryable, id: number) {
  const { rows } = await tx.query<EntryRow>(`${SELECT} where r.id = $1::bigint for update of r`, [id]);
  return rows[0] ?? null;
}

export async function findEntry(db: Queryable, id: string) {
  const { rows } = await db.query<EntryRow>(`${SELECT} where r.id = $1::bigint`, [id]);
  return rows[0]!;
}

export async function decideEntry(
  tx: Queryable,
  id: number,
  d: { state: 'approved' | 'rejected'; comment: string | null; userId: number | null; at: Date },
) {
  await tx.query(
    `update development_record set state = $2, decision_comment = $3, decided_by = $4, decided_at = $5,
            version = version + 1
      where id = $1::bigint`,
    [id, d.state, d.comment, d.userId, d.at],
  );
}

/** A person's own entries of a fiscal year, every state, by first day. */
export async function ownEntries(db: Queryable, personId: number, fiscalYear: number) {
  const { rows } = await db.query<EntryRow>(
    `${SELECT} where r.person_id = $1 and r.fiscal_year = $2 and r.source = 'self' order by r.start_date, r.id`,
    [personId, fiscalYear],
  );
  return rows;
}

export interface QueueRow extends EntryRow {
  person_no: string;
  title: string | null;
  first_name: string;
  last_name: string;
}

/** Pending entries of a unit (null: every unit), oldest first, at most `limit`. */
export async function pendingEntries(db: Queryable, unitId: number | null, limit: number) {
  const { rows } = await db.query<QueueRow>(
    `select e.*, p.person_no, p.title, p.first_name, p.last_name
       from (${SELECT} where r.state = 'pending' and ($1::int is null or r.unit_id = $1::int)) e
       join person p on p.id = e.person_id
      order by e.start_date, e.id::bigint limit $2`,
    [unitId, limit],
  );
  return rows;
}

/** Pending entries per unit (null: every unit). */
export async function pendingCounts(db: Queryable, unitId: number | null) {
  const { rows } = await db.query<{ unit_id: number; unit_name: string; pending: number }>(
    `select u.id as unit_id, u.name as unit_name, count(*)::int as pending
       from development_record r join org_unit u on u.id = r.unit_id
      where r.state = 'pending' and ($1::int is null or r.unit_id = $1::int)
      group by u.id, u.name order by u.name, u.id`,
    [unitId],
  );
  return rows;
}
