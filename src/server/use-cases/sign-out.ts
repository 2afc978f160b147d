/**
 * Signing out, one session or all of a user's, each audited (entity sign_in, id = the account name) in
 * the same transaction as the sessions it ends.
 */
import type { Actor } from '../actor';
import type { Database } from '../db/database';
import { recordAudit } from '../repositories/audit';
import { endSession } from '../repositories/sessions';
import { deleteUserSessions } from '../repositories/users';

/** Ends the session of this token. A token that is no session (expired, forged) changes and audits nothing. */
export async function signOut(db: Database, token: string, address: string | null): Promise<void> {
  await db.transaction(async (tx) => {
    const ended = await endSession(tx, token);
    if (!ended) return;
    // The audit row needs only who (id and name); role and unit are not written.
    const actor: Actor = { userId: ended.userId, label: ended.username, role: 'viewer', unitId: null };
    await recordAudit(tx, actor, {
      action: 'sign_out',
      entity: 'sign_in',
      entityId: ended.username,
      after: { address },
    });
  });
}

/** Sign out everywhere: ends every session of the signed-in user, this one included. */
export async function signOutEverywhere(db: Database, actor: Actor, address: string | null): Promise<void> {
  const userId = actor.userId;
  if (userId === null) return; // the operator has no sessions
  await db.transaction(async (tx) => {
    const sessions = await deleteUserSessions(tx, userId);
    await recordAudit(tx, actor, {
      action: 'sign_out_all',
      entity: 'sign_in',
      entityId: actor.label,
      after: { address, sessions },
    });
  });
}
