/**
 * The one way a session starts, for the password and the single sign-on sign-in alike: the session the
 * browser still presents is ended (no session fixation), dead ones are swept, a new token is issued and
 * the sign-in is audited — all in one transaction, so there is never a session without its audit row.
 */
import type { Database } from '../db/database';
import { recordAudit } from '../repositories/audit';
import { createSession, deleteExpiredSessions, deleteSession, type UserRecord } from '../repositories/users';

export interface SessionStart {
  sessionHours: number;
  /** The session the browser still presents, if any: it is ended, never reused. */
  previousToken?: string | undefined;
  /** What the audit row says about the sign-in: the method, the client address, and so on. */
  details: { method: 'password' | 'oidc'; address: string | null } & Record<string, unknown>;
}

export async function startSession(db: Database, user: UserRecord, start: SessionStart): Promise<string> {
  return db.transaction(async (tx) => {
    if (start.previousToken) await deleteSession(tx, start.previousToken);
    await deleteExpiredSessions(tx, user.id);
    const token = await createSession(tx, user.id, start.sessionHours);
    await recordAudit(
      tx,
      { userId: user.id, label: user.username, role: user.role, unitId: user.unit_id },
      { action: 'sign_in', entity: 'sign_in', entityId: user.username, after: start.details },
    );
    return token;
  });
}
