/**
 * The idempotency_key table (migration 0007): one row per (actor, Idempotency-Key) for 24 hours.
 * claim → the caller does the work → finish (success: the answer is kept) or abandon (no answer kept,
 * the key may be used again). A claim without an answer older than STALE_SECONDS belongs to a request
 * that never finished (the process died): the next request with the key takes it over.
 */
import type { Queryable } from './database';

export const KEEP_HOURS = 24;
const STALE_SECONDS = 60;

export type IdempotencyLookup =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; response: string }
  | { kind: 'in_progress' }
  | { kind: 'mismatch' };

export async function claimIdempotencyKey(
  db: Queryable,
  actor: string,
  key: string,
  requestHash: string,
): Promise<IdempotencyLookup> {
  await db.query(`delete from idempotency_key where created_at < now() - make_interval(hours => $1)`, [
    KEEP_HOURS,
  ]);
  const { rows: claimed } = await db.query(
    `insert into idempotency_key (actor, key, request_hash) values ($1, $2, $3)
     on conflict (actor, key) do nothing returning 1`,
    [actor, key, requestHash],
  );
  if (claimed.length > 0) return { kind: 'claimed' };
  const { rows } = await db.query<{ request_hash: string; status: number | null; response: string | null }>(
    'select request_hash, status, response from idempotency_key where actor = $1 and key = $2',
    [actor, key],
  );
  const row = rows[0];
  if (!row) return claimIdempotencyKey(db, actor, key, requestHash); // expired in between
  if (row.request_hash !== requestHash) return { kind: 'mismatch' };
  if (row.status !== null && row.response !== null)
    return { kind: 'replay', status: row.status, response: row.response };
  const { rows: takenOver } = await db.query(
    `update idempotency_key set created_at = now()
      where actor = $1 and key = $2 and status is null
        and created_at < now() - make_interval(secs => $3)
      returning 1`,
    [actor, key, STALE_SECONDS],
  );
  return takenOver.length > 0 ? { kind: 'claimed' } : { kind: 'in_progress' };
}

export async function finishIdempotencyKey(
  db: Queryable,
  actor: string,
  key: string,
  status: number,
  response: string,
): Promise<void> {
  await db.query('update idempotency_key set status = $3, response = $4 where actor = $1 and key = $2', [
    actor,
    key,
    status,
    response,
  ]);
}

export async function abandonIdempotencyKey(db: Queryable, actor: string, key: string): Promise<void> {
  await db.query('delete from idempotency_key where actor = $1 and key = $2 and status is null', [
    actor,
    key,
  ]);
}
