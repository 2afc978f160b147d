/**
 * What reminders and "my work" are computed from, and the reminder records (exactly-once claims).
 * See src/server/mail/README.md for the design.
 */
import type { ReminderKind, ReminderFacts } from '../../../domain/monitoring/reminders';
import { bangkokDate, type ReportState } from '../../../domain/monitoring';
import type { Role } from '../../../shared/limits';
import type { Queryable } from '../../db/database';
import { getSetting } from './reporting-months';

/** A failed e-mail is tried again on later runs, this many attempts in all. */
export const MAX_ATTEMPTS = 5;
/** A claim older than this whose e-mail is still 'sending' belonged to a run that died: given back. */
export const INTERRUPTED_AFTER_MINUTES = 10;

export interface ProjectMonthRow {
  period: number;
  projectId: number;
  code: string;
  name: string;
  unit: { id: number; code: string; name: string };
  report: { id: number; state: ReportState; submittedAt: Date | null; submittedOn: string | null } | null;
}

export interface PersonRow {
  userId: number;
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  unitId: number | null;
}

/** Fiscal year (BE) of a period key column, in SQL. */
const FISCAL_YEAR = (col: string) => `(${col} / 100 + case when ${col} % 100 >= 10 then 1 else 0 end)`;

/**
 * For every opened month: each project its unit must report, with its current report — limited to months
 * the unit may still work on `today`, plus every report still waiting for approval. "Must report" is the
 * "expected" of src/domain/monitoring/timeliness.ts: running in the month's fiscal year, owned by an (active) unit,
 * started by the month's end when it has a start date, not completed or cancelled in an earlier report
 * sent up.
 */
export async function loadProjectMonths(
  db: Queryable,
  today: string,
  unitId: number | null = null,
): Promise<ProjectMonthRow[]> {
  const { rows } = await db.query<{
    period: number;
    project_id: number;
    code: string;
    name: string;
    unit_id: number;
    unit_code: string;
    unit_name: string;
    report_id: number | null;
    state: ReportState | null;
    submitted_at: Date | string | null;
  }>(
    `select rm.period, p.id as project_id, p.code, p.name, u.id as unit_id, u.code as unit_code,
            u.name as unit_name, cur.id as report_id, cur.state, cur.submitted_at
       from reporting_month rm
       join project p on p.fiscal_year_from <= ${FISCAL_YEAR('rm.period')}
                     and p.fiscal_year_to >= ${FISCAL_YEAR('rm.period')}
       join org_unit u on u.id = p.owner_unit_id and u.status = 'active'
       left join reporting_exception e on e.unit_id = u.id and e.period = rm.period
       left join monthly_report cur on cur.project_id = p.id and cur.period = rm.period and cur.superseded_at is null
       left join lateral (
         select f.status from monthly_report f
          where f.project_id = p.id and f.period < rm.period and f.superseded_at is null
            and f.state in ('submitted', 'approved', 'accepted')
          order by f.period desc limit 1
       ) prev on true
      where ($2::int is null or u.id = $2)
        and (cur.state = 'submitted'
         or ((rm.lock_after_days is null or rm.deadline + rm.lock_after_days >= $1::date or e.until >= $1::date)
             and (p.start_date is null
                  or p.start_date < (make_date(rm.period / 100 - 543, rm.period % 100, 1) + interval '1 month')::date)
             and coalesce(prev.status, '') not in ('completed', 'cancelled')))
      order by rm.period, u.id, p.code`,
    [today, unitId],
  );
  return rows.map((r) => {
    const submittedAt = r.submitted_at === null ? null : new Date(r.submitted_at);
    return {
      period: r.period,
      projectId: r.project_id,
      code: r.code,
      name: r.name,
      unit: { id: r.unit_id, code: r.unit_code, name: r.unit_name },
      report:
        r.report_id === null || r.state === null
          ? null
          : {
              id: r.report_id,
              state: r.state,
              submittedAt,
              submittedOn: submittedAt ? bangkokDate(submittedAt) : null,
            },
    };
  });
}

export async function loadMonthsAndExceptions(db: Queryable) {
  const { rows: months } = await db.query<{
    period: number;
    deadline: string;
    lock_after_days: number | null;
  }>('select period, deadline, lock_after_days from reporting_month order by period');
  const { rows: exceptions } = await db.query<{ unit_id: number; period: number; until: string }>(
    'select unit_id, period, until from reporting_exception',
  );
  return {
    months: months.map((m) => ({ period: m.period, deadline: m.deadline, lockAfterDays: m.lock_after_days })),
    exceptions: exceptions.map((e) => ({ unitId: e.unit_id, period: e.period, until: e.until })),
  };
}

export async function loadActivePeople(db: Queryable): Promise<PersonRow[]> {
  const { rows } = await db.query<{
    id: number;
    username: string;
    display_name: string;
    email: string | null;
    role: Role;
    unit_id: number | null;
  }>('select id, username, display_name, email, role, unit_id from app_user where active order by id');
  return rows.map((u) => ({
    userId: u.id,
    username: u.username,
    displayName: u.display_name,
    email: u.email?.trim() ? u.email.trim() : null,
    role: u.role,
    unitId: u.unit_id,
  }));
}

export async function loadReminderSettings(db: Queryable) {
  return {
    remindDaysBefore: await getSetting(db, 'remind_days_before', 3),
    escalateAfterDays: await getSetting(db, 'escalate_after_days', 5),
  };
}

/** Everything decideReminders needs, plus the rows and people to write the e-mails with. */
export async function loadReminderFacts(db: Queryable, today: string) {
  const [rows, monthsAndExceptions, people, settings] = await Promise.all([
    loadProjectMonths(db, today),
    loadMonthsAndExceptions(db),
    loadActivePeople(db),
    loadReminderSettings(db),
  ]);
  const facts: ReminderFacts = {
    today,
    settings,
    ...monthsAndExceptions,
    projects: rows.map((r) => ({
      projectId: r.projectId,
      unitId: r.unit.id,
      period: r.period,
      report: r.report && { id: r.report.id, state: r.report.state, submittedOn: r.report.submittedOn },
    })),
    people: people.map((p) => ({ userId: p.userId, role: p.role, unitId: p.unitId })),
  };
  return { facts, rows, people };
}

/** Item keys already taken for good (sent, skipped, being sent, or given up after MAX_ATTEMPTS). */
export async function takenItemKeys(db: Queryable): Promise<Set<string>> {
  const { rows } = await db.query<{ kind: string; period: number; user_id: number; item_key: string }>(
    'select kind, period, user_id, item_key from reminder_item where reminder_id is not null or attempts >= $1',
    [MAX_ATTEMPTS],
  );
  return new Set(rows.map((r) => itemId(r.kind, r.period, r.user_id, r.item_key)));
}

export const itemId = (kind: string, period: number, userId: number, itemKey: string) =>
  `${kind}|${period}|${userId}|${itemKey}`;

export interface NewReminder {
  kind: ReminderKind;
  period: number;
  userId: number;
  email: string | null;
  status: 'sending' | 'skipped';
  note: string | null;
  subject: string;
  items: unknown;
  judgedOn: string;
}

/**
 * Inserts the e-mail's record and claims its items in one statement set (call inside a transaction):
 * an item is claimed when nobody holds it — new, or given back after a failed send with attempts left.
 * Concurrent runs: the primary key makes one of them wait for the other and then find the item taken.
 * Returns the record id and the keys this call claimed (none: the record is removed again).
 */
export async function claimReminder(
  tx: Queryable,
  reminder: NewReminder,
  itemKeys: readonly string[],
): Promise<{ id: number; claimed: string[] } | null> {
  const { rows } = await tx.query<{ id: number }>(
    `insert into reminder (kind, period, user_id, email, status, note, subject, items, judged_on, finished_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, case when $5::text = 'skipped' then now() end) returning id`,
    [
      reminder.kind,
      reminder.period,
      reminder.userId,
      reminder.email,
      reminder.status,
      reminder.note,
      reminder.subject,
      JSON.stringify(reminder.items),
      reminder.judgedOn,
    ],
  );
  const id = Number(rows[0]!.id);
  const { rows: claimed } = await tx.query<{ item_key: string }>(
    `insert into reminder_item (kind, period, user_id, item_key, reminder_id)
     select $1, $2, $3, k, $4 from unnest($5::text[]) as k
     on conflict (kind, period, user_id, item_key) do update
        set reminder_id = excluded.reminder_id, attempts = reminder_item.attempts + 1
      where reminder_item.reminder_id is null and reminder_item.attempts < $6
     returning item_key`,
    [reminder.kind, reminder.period, reminder.userId, id, [...itemKeys], MAX_ATTEMPTS],
  );
  if (claimed.length === 0) {
    await tx.query('delete from reminder where id = $1', [id]);
    return null;
  }
  return { id, claimed: claimed.map((c) => c.item_key) };
}

export async function updateReminderContent(tx: Queryable, id: number, subject: string, items: unknown) {
  await tx.query('update reminder set subject = $2, items = $3 where id = $1', [
    id,
    subject,
    JSON.stringify(items),
  ]);
}

export async function markSent(tx: Queryable, id: number, messageId: string | null) {
  await tx.query(
    `update reminder set status = 'sent', finished_at = now(), message_id = $2 where id = $1 and status = 'sending'`,
    [id, messageId],
  );
}

/** A failed send: the record keeps the error, the claims are given back for the next run. */
export async function markFailed(tx: Queryable, id: number, error: string) {
  await tx.query(
    `update reminder set status = 'failed', finished_at = now(), note = $2 where id = $1 and status = 'sending'`,
    [id, error.slice(0, 1000)],
  );
  await tx.query('update reminder_item set reminder_id = null where reminder_id = $1', [id]);
}

/**
 * Claims of a run that died between claiming and recording the outcome (still 'sending' after
 * INTERRUPTED_AFTER_MINUTES, by the database clock) are given back. Returns how many e-mails.
 */
export async function recoverInterrupted(tx: Queryable): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(
    `update reminder set status = 'failed', finished_at = now(), note = 'interrupted: the run stopped while sending'
      where status = 'sending' and created_at < now() - make_interval(mins => $1)
      returning id`,
    [INTERRUPTED_AFTER_MINUTES],
  );
  if (rows.length > 0) {
    await tx.query('update reminder_item set reminder_id = null where reminder_id = any($1::bigint[])', [
      rows.map((r) => r.id),
    ]);
  }
  return rows.length;
}

/** The centre's queue: approved reports (any month), for "my work". */
export async function loadApprovedReports(db: Queryable) {
  const { rows } = await db.query<{
    report_id: number;
    period: number;
    project_id: number;
    code: string;
    name: string;
    unit_id: number | null;
    unit_code: string | null;
    unit_name: string | null;
    submitted_at: Date | string | null;
    deadline: string | null;
  }>(
    `select m.id as report_id, m.period, p.id as project_id, p.code, p.name, u.id as unit_id, u.code as unit_code,
            u.name as unit_name, m.submitted_at, rm.deadline
       from monthly_report m
       join project p on p.id = m.project_id
       left join org_unit u on u.id = p.owner_unit_id
       left join reporting_month rm on rm.period = m.period
      where m.state = 'approved' and m.superseded_at is null
      order by m.period, u.id, p.code
      limit 2000`,
  );
  return rows;
}
