/** Password changes and reset tokens. Tokens are stored only as SHA-256 hashes, like session tokens. */
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';
import { hashToken } from './users';

/** A reset link works this long after it was asked for. */
export const RESET_MINUTES = 30;

export interface PasswordOwner {
  id: number;
  username: string;
  email: string | null;
  password_hash: string;
  active: boolean;
}

const OWNER = 'select id, username, email, password_hash, active from app_user';

export async function passwordOwner(
  db: Queryable,
  userId: number,
  lock = false,
): Promise<PasswordOwner | null> {
  const { rows } = await db.query<PasswordOwner>(`${OWNER} where id = $1${lock ? ' for update' : ''}`, [
    userId,
  ]);
  return rows[0] ?? null;
}

/** The active account of this username, or of this e-mail address when exactly one account has it. */
export async function ownerByLogin(db: Queryable, login: string): Promise<PasswordOwner | null> {
  const { rows } = await db.query<PasswordOwner>(
    `${OWNER} where active and (username = lower($1)
       or (lower(email) = lower($1) and (select count(*) from app_user where lower(email) = lower($1)) = 1))`,
    [login.trim()],
  );
  return rows[0] ?? null;
}

/** The new password: the forced change is done, pending reset links die. */
export async function setPassword(db: Queryable, userId: number, passwordHash: string): Promise<void> {
  await db.query(
    `update app_user set password_hash = $2, must_change_password = false, password_changed_at = now()
      where id = $1`,
    [userId, passwordHash],
  );
  await db.query('update password_reset set used_at = now() where user_id = $1 and used_at is null', [
    userId,
  ]);
}

/** Ends the user's sessions except the one of `keepToken` (null: all); returns how many ended. */
export async function endSessionsExcept(db: Queryable, userId: number, keepToken: string | null) {
  const { rows } = await db.query<{ n: number }>(
    `with gone as (delete from user_session where user_id = $1 and token_hash is distinct from $2::text returning 1)
     select count(*)::int as n from gone`,
    [userId, keepToken === null ? null : hashToken(keepToken)],
  );
  return rows[0]?.n ?? 0;
}

export async function createResetToken(db: Queryable, userId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `insert into password_reset (token_hash, user_id, expires_at)
     values ($1, $2, now() + make_interval(mins => $3))`,
    [hashToken(token), userId, RESET_MINUTES],
  );
  return token;
}

export type ResetTokenState = { state: 'valid'; userId: number } | { state: 'used' | 'expired' | 'unknown' };

/** Locks the token's row and says whether it may be used now. */
export async function resetTokenState(db: Queryable, token: string): Promise<ResetTokenState> {
  const { rows } = await db.query<{ user_id: number; used: boolean; expired: boolean }>(
    `select user_id, used_at is not null as used, expires_at <= now() as expired
       from password_reset where token_hash = $1 for update`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row) return { state: 'unknown' };
  if (row.used) return { state: 'used' };
  if (row.expired) return { state: 'expired' };
  return { state: 'valid', userId: row.user_id };
}
