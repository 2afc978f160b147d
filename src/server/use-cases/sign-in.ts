import type { CurrentUser, LoginRequest } from '../../shared/api/auth';
import type { Database } from '../db/database';
import { AppError } from '../errors';
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  findUserByUsername,
  toCurrentUser,
} from '../repositories/users';
import { decoyHash, verifyPassword } from './passwords';

const WRONG = new AppError('unauthorized', {
  th: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง',
  en: 'Wrong username or password',
});

/**
 * What limits sign-in attempts (the HTTP layer's per-account and per-address counts): `before` throws to
 * refuse an attempt before any password is checked; `failed` and `succeeded` report the outcome.
 */
export interface SignInAttempts {
  before(username: string): void;
  failed(username: string): void;
  succeeded(username: string): void;
}

export async function signIn(
  db: Database,
  input: LoginRequest,
  sessionHours: number,
  options: {
    attempts?: SignInAttempts;
    /** The session the browser still presents, if any: it is ended, never reused (no session fixation). */
    previousToken?: string;
  } = {},
): Promise<{ user: CurrentUser; token: string }> {
  options.attempts?.before(input.username);
  const user = await findUserByUsername(db, input.username);
  const ok = await verifyPassword(user?.password_hash ?? (await decoyHash()), input.password);
  if (!user || !ok || !user.active) {
    options.attempts?.failed(input.username);
    throw WRONG;
  }
  options.attempts?.succeeded(input.username);
  if (options.previousToken) await deleteSession(db, options.previousToken);
  await deleteExpiredSessions(db, user.id);
  const token = await createSession(db, user.id, sessionHours);
  return { user: toCurrentUser(user), token };
}
