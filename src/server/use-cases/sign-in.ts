import type { CurrentUser, LoginRequest } from '../../shared/api/auth';
import type { Actor } from '../actor';
import type { Database } from '../db/database';
import { AppError } from '../errors';
import { recordAuditMany, type AuditEntry } from '../repositories/audit';
import { findUserByUsername, toCurrentUser } from '../repositories/users';
import { decoyHash, verifyPassword } from './passwords';
import { startSession } from './start-session';

const WRONG = new AppError('unauthorized', {
  th: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง',
  en: 'Wrong username or password',
});

/** Who a refused sign-in is attributed to in the audit trail: nobody is signed in. */
export const ANONYMOUS: Actor = { userId: null, label: 'anonymous', role: 'viewer', unitId: null };

/**
 * What limits sign-in attempts (the HTTP layer's counts per account and address): `before` throws to
 * refuse an attempt before any password is checked; `failed` reports a failure and returns the locks it
 * started (audited as sign_in_locked); `succeeded` reports a success.
 */
export interface SignInAttempts {
  before(username: string): void;
  failed(username: string): readonly string[];
  succeeded(username: string): void;
}

/**
 * Password sign-in. Every outcome but a refusal by the limits is audited (entity sign_in, id = the
 * account name as stored): the success in the session's own transaction; a failure with the username
 * as typed, the client address and why — never the password; the failure that starts a lock with it.
 */
export async function signIn(
  db: Database,
  input: LoginRequest,
  sessionHours: number,
  options: {
    attempts?: SignInAttempts;
    /** The session the browser still presents, if any: it is ended, never reused (no session fixation). */
    previousToken?: string | undefined;
    /** The client address, for the audit trail. */
    address?: string | undefined;
  } = {},
): Promise<{ user: CurrentUser; token: string }> {
  const address = options.address ?? null;
  options.attempts?.before(input.username);
  const user = await findUserByUsername(db, input.username);
  // An account without a password ('!': staff made in bulk, single sign-on only) never signs in by one,
  // and takes as long to refuse as any other.
  const usable = user && user.password_hash.startsWith('$') ? user.password_hash : null;
  const ok = (await verifyPassword(usable ?? (await decoyHash()), input.password)) && usable !== null;
  if (!user || !ok || !user.active) {
    const locks = options.attempts?.failed(input.username) ?? [];
    const reason = !user ? 'unknown_user' : !ok ? 'wrong_password' : 'inactive';
    const entityId = input.username.trim().toLowerCase();
    const after = { username: input.username, address, reason };
    const entries: AuditEntry[] = [
      { action: 'sign_in_failed', entity: 'sign_in', entityId, after },
      ...locks.map((scope): AuditEntry => ({
        action: 'sign_in_locked',
        entity: 'sign_in',
        entityId,
        after: { username: input.username, address, scope },
      })),
    ];
    await db.transaction((tx) => recordAuditMany(tx, ANONYMOUS, entries));
    throw WRONG;
  }
  options.attempts?.succeeded(input.username);
  const token = await startSession(db, user, {
    sessionHours,
    previousToken: options.previousToken,
    details: { method: 'password', address },
  });
  return { user: toCurrentUser(user), token };
}
