/** Ending and listing sessions, for sign-out (audited) and "my account". Tokens never leave this file. */
import type { SessionView } from '../../shared/api/account';
import type { Queryable } from '../db/database';
import { hashToken, SESSION_IDLE_HOURS } from './users';

/** Ends the session of this token; returns whose it was (null when there was none) for the audit row. */
export async function endSession(
  tx: Queryable,
  token: string,
): Promise<{ userId: number; username: string } | null> {
  const { rows } = await tx.query<{ user_id: number; username: string }>(
    `with gone as (delete from user_session where token_hash = $1 returning user_id)
     select g.user_id, a.username from gone g join app_user a on a.id = g.user_id`,
    [hashToken(token)],
  );
  const row = rows[0];
  return row ? { userId: row.user_id, username: row.username } : null;
}

interface SessionRow {
  created_at: Date | string;
  last_seen_at: Date | string;
  expires_at: Date | string;
  current: boolean;
}

/**
 * The user's sessions that still work, newest first. Only times leave the database: neither the token
 * nor its hash (the hash is the lookup key of the table and is kept out of every answer too).
 */
export async function listLiveSessions(db: Queryable, userId: number, token: string): Promise<SessionView[]> {
  const { rows } = await db.query<SessionRow>(
    `select created_at, last_seen_at, expires_at, token_hash = $2 as current
       from user_session
      where user_id = $1 and expires_at > now() and last_seen_at > now() - make_interval(hours => $3)
      order by created_at desc`,
    [userId, hashToken(token), SESSION_IDLE_HOURS],
  );
  const iso = (d: Date | string) => new Date(d).toISOString();
  return rows.map((r) => ({
    createdAt: iso(r.created_at),
    lastSeenAt: iso(r.last_seen_at),
    expiresAt: iso(r.expires_at),
    current: r.current,
  }));
}
