/** Assignments and their progress entries: SQL only (the lifecycle is src/domain/committee/assignment.ts). */
import type { Queryable } from '../../db/database';

export interface AssignmentRow {
  id: number;
  resolution_id: number;
  resolution_text: string;
  meeting_id: number;
  meeting_no: number;
  meeting_year: number;
  meeting_date: string;
  agenda_no: number;
  unit_id: number;
  unit_code: string;
  unit_name: string;
  return_kind: string;
  due_date: string | null;
  due_next_meeting: boolean;
  state: string;
  closed_meeting_id: number | null;
  closed_meeting_no: number | null;
  closed_meeting_year: number | null;
  closed_meeting_date: string | null;
  closed_note: string | null;
  version: number;
}

const SELECT = `select a.id, a.resolution_id, r.text as resolution_text, m.id as meeting_id, m.no as meeting_no,
       m.year_be as meeting_year, m.held_on::text as meeting_date, i.no as agenda_no, u.id as unit_id,
       u.code as unit_code, u.name as unit_name, a.return_kind, a.due_date::text as due_date, a.due_next_meeting,
       a.state, c.id as closed_meeting_id, c.no as closed_meeting_no, c.year_be as closed_meeting_year,
       c.held_on::text as closed_meeting_date, a.closed_note, a.version
  from committee_assignment a
  join committee_resolution r on r.id = a.resolution_id
  join committee_agenda_item i on i.id = r.agenda_item_id
  join committee_meeting m on m.id = i.meeting_id
  join org_unit u on u.id = a.unit_id
  left join committee_meeting c on c.id = a.closed_at_meeting_id`;

export interface AssignmentFilter {
  ids?: number[];
  unitId?: number;
  resolutionIds?: number[];
  closed?: boolean;
}

export async function assignmentRows(db: Queryable, f: AssignmentFilter = {}): Promise<AssignmentRow[]> {
  const conds: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    conds.push(sql(`$${params.length}`));
  };
  if (f.ids) add((n) => `a.id = any(${n}::int[])`, f.ids);
  if (f.unitId !== undefined) add((n) => `a.unit_id = ${n}`, f.unitId);
  if (f.resolutionIds) add((n) => `a.resolution_id = any(${n}::int[])`, f.resolutionIds);
  if (f.closed !== undefined) conds.push(f.closed ? "a.state = 'closed'" : "a.state <> 'closed'");
  const where = conds.length > 0 ? `where ${conds.join(' and ')}` : '';
  const { rows } = await db.query<AssignmentRow>(
    `${SELECT} ${where} order by m.held_on, i.no, a.resolution_id, a.id`,
    params,
  );
  return rows;
}

/** Locks the assignment row for a change (lifecycle checks read it inside the transaction). */
export async function lockAssignment(tx: Queryable, id: number): Promise<AssignmentRow | null> {
  await tx.query('select id from committee_assignment where id = $1 for update', [id]);
  return (await assignmentRows(tx, { ids: [id] }))[0] ?? null;
}

export async function insertAssignments(
  tx: Queryable,
  resolutionId: number,
  list: ReadonlyArray<{
    unitId: number;
    returnKind: string;
    dueDate: string | null;
    dueNextMeeting: boolean;
  }>,
): Promise<number[]> {
  if (list.length === 0) return [];
  const { rows } = await tx.query<{ id: number }>(
    `insert into committee_assignment (resolution_id, unit_id, return_kind, due_date, due_next_meeting)
     select $1, e.unit_id, e.return_kind, e.due_date, e.next
       from unnest($2::int[], $3::text[], $4::date[], $5::boolean[]) as e(unit_id, return_kind, due_date, next)
     on conflict (resolution_id, unit_id) do nothing
     returning id`,
    [
      resolutionId,
      list.map((a) => a.unitId),
      list.map((a) => a.returnKind),
      list.map((a) => a.dueDate),
      list.map((a) => a.dueNextMeeting),
    ],
  );
  return rows.map((r) => r.id);
}

export async function setAssignmentState(
  tx: Queryable,
  id: number,
  state: string,
  closing?: { meetingId: number; note: string | null },
): Promise<void> {
  await tx.query(
    `update committee_assignment set state = $2, closed_at_meeting_id = $3, closed_note = $4,
            version = version + 1 where id = $1`,
    [id, state, closing?.meetingId ?? null, closing?.note ?? null],
  );
}

export async function insertProgress(
  tx: Queryable,
  p: { assignmentId: number; userId: number | null; label: string; text: string; proposesClosing: boolean },
): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(
    `insert into committee_progress (assignment_id, author_user_id, author_label, text, proposes_closing)
     values ($1, $2, $3, $4, $5) returning id`,
    [p.assignmentId, p.userId, p.label, p.text, p.proposesClosing],
  );
  return rows[0]!.id;
}

export interface ProgressRow {
  id: number;
  assignment_id: number;
  at: string;
  author: string;
  text: string;
  proposes_closing: boolean;
}

/** Progress of the given assignments, oldest first; latestOnly: the last entry of each. */
export async function progressRows(
  db: Queryable,
  assignmentIds: number[],
  latestOnly = false,
): Promise<ProgressRow[]> {
  const { rows } = await db.query<ProgressRow>(
    `select ${latestOnly ? 'distinct on (p.assignment_id)' : ''} p.id, p.assignment_id,
            to_char(p.at at time zone 'Asia/Bangkok', 'YYYY-MM-DD"T"HH24:MI:SS') as at,
            coalesce(u.display_name, p.author_label) as author, p.text, p.proposes_closing
       from committee_progress p left join app_user u on u.id = p.author_user_id
      where p.assignment_id = any($1::int[])
      order by p.assignment_id, ${latestOnly ? 'p.at desc, p.id desc' : 'p.at, p.id'}`,
    [assignmentIds],
  );
  return rows;
}

/** The reminder settings (app_setting, numbers), falling back to the domain's defaults. */
export async function assignmentReminderSettings(
  db: Queryable,
  fallback: { remindDaysBefore: number; escalateAfterDays: number },
) {
  const { rows } = await db.query<{ key: string; value: unknown }>(
    `select key, value from app_setting
      where key in ('committee_remind_days_before', 'committee_escalate_after_days')`,
  );
  const read = (key: string, value: number) => {
    const n = Number(rows.find((r) => r.key === key)?.value);
    return Number.isInteger(n) && n >= 0 ? n : value;
  };
  return {
    remindDaysBefore: read('committee_remind_days_before', fallback.remindDaysBefore),
    escalateAfterDays: read('committee_escalate_after_days', fallback.escalateAfterDays),
  };
}
