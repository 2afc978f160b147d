/** Users and their sessions. Session tokens are stored only as SHA-256 hashes. */
import { createHash, randomBytes } from 'node:crypto';
import type { CurrentUser } from '../../shared/api/auth';
import type { Role } from '../../shared/limits';
import type { Queryable } from '../db/database';

export interface UserRecord {
  id: number;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  role: Role;
  unit_id: number | null;
  unit_code: string | null;
  unit_name: string | null;
  active: boolean;
  must_change_password: boolean;
  person_id: number | null;
}

const USER_SELECT = `select a.id, a.username, a.display_name, a.email, a.password_hash, a.role, a.unit_id,
                            u.code as unit_code, u.name as unit_name, a.active,
                            a.must_change_password, a.person_id
                       from app_user a left join org_unit u on u.id = a.unit_id`;

export async function findUserByUsername(db: Queryable, username: string): Promise<UserRecord | null> {
  const { rows } = await db.query<UserRecord>(`${USER_SELECT} where a.username = $1`, [
    username.trim().toLowerCase(),
  ]);
  return rows[0] ?? null;
}

export function toCurrentUser(u: UserRecord): CurrentUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    unit: u.unit_id === null ? null : { id: u.unit_id, code: u.unit_code!, name: u.unit_name! },
    mustChangePassword: u.must_change_password,
  };
}

/** The form a session token is stored and looked up in (never the token itself). */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Queryable, userId: number, hours: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `insert into user_session (token_hash, user_id, expires_at)
     values ($1, $2, now() + $3::float8 * interval '1 hour')`,
    [hashToken(token), userId, hours],
  );
  return token;
}

/** A session ends after this many hours without a request (and in any case at its expires_at). */
export const SESSION_IDLE_HOURS = 2;

/** The user of a live session; touches last_seen at most once a minute. Idle sessions end after 2 hours. */
export async function userOfSession(db: Queryable, token: string): Promise<UserRecord | null> {
  const { rows } = await db.query<UserRecord & { token_hash: string }>(
    `${USER_SELECT} join user_session s on s.user_id = a.id
      where s.token_hash = $1 and s.expires_at > now()
        and s.last_seen_at > now() - make_interval(hours => $2) and a.active`,
    [hashToken(token), SESSION_IDLE_HOURS],
  );
  const user = rows[0];
  if (user) {
    await db.query(
      `update user_session set last_seen_at = now()
        where token_hash = $1 and last_seen_at < now() - interval '1 minute'`,
      [hashToken(token)],
    );
  }
  return user ?? null;
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('delete from user_session where token_hash = $1', [hashToken(token)]);
}

/** Sign out everywhere: ends every session of the user; returns how many there were. */
export async function deleteUserSessions(db: Queryable, userId: number): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `with gone as (delete from user_session where user_id = $1 returning 1) select count(*)::int as n from gone`,
    [userId],
  );
  return rows[0]?.n ?? 0;
}

/** Removes the user's sessions that can no longer be used (expired or idle too long). */
export async function deleteExpiredSessions(db: Queryable, userId: number): Promise<void> {
  await db.query(
    `delete from user_session
      where user_id = $1 and (expires_at <= now() or last_seen_at <= now() - make_interval(hours => $2))`,
    [userId, SESSION_IDLE_HOURS],
  );
}
