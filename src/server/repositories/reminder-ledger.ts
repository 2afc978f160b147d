/**
 * The reminder ledger every module's reminders share (migration 0003): one record per e-mail, claimed items
 * as the exactly-once key, failed sends given back. The design: src/server/mail/README.md. Each module
 * decides what is due (its domain) and words its e-mails; the claim, send and record cycle is here.
 */
import type { Role } from '../../shared/limits';
import type { Queryable } from '../db/database';

/** A failed e-mail is tried again on later runs, this many attempts in all. */
export const MAX_ATTEMPTS = 5;
/** A claim older than this whose e-mail is still 'sending' belonged to a run that died: given back. */
export const INTERRUPTED_AFTER_MINUTES = 10;

export interface PersonRow {
  userId: number;
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  unitId: number | null;
}

/** Active users: who may receive a reminder. */
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
  kind: string;
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
