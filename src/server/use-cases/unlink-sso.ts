/**
 * DELETE /api/users/:id/sso and `bin/tidtam user unlink-oidc`: an admin removes every single sign-on
 * identity linked to a user (docs/decisions/0007), so the provider's next sign-in for them is refused.
 * Sessions the identity may have started end with it (as with a new password); the acting admin keeps
 * their own. Nothing linked: nothing changes and no audit row is written (the same request twice is
 * harmless). Audited (unlink_sso, the identities as before) in the same transaction.
 */
import type { UserAdminView } from '../../shared/api/users';
import type { Actor } from '../actor';
import type { Database } from '../db/database';
import { recordAudit } from '../repositories/audit';
import { unlinkUserIdentities } from '../repositories/oidc';
import { getUser, lockUser } from '../repositories/user-admin';
import { deleteUserSessions } from '../repositories/users';

export async function unlinkUserSso(
  db: Database,
  actor: Actor,
  userId: number,
): Promise<{ user: UserAdminView; removed: { issuer: string; subject: string }[] }> {
  return db.transaction(async (tx) => {
    await lockUser(tx, userId);
    const removed = await unlinkUserIdentities(tx, userId);
    if (removed.length > 0) {
      await recordAudit(tx, actor, {
        action: 'unlink_sso',
        entity: 'app_user',
        entityId: userId,
        before: {
          issuer: [...new Set(removed.map((r) => r.issuer))].join(', '),
          subject: removed.map((r) => r.subject).join(', '),
        },
        after: null,
      });
      if (userId !== actor.userId) await deleteUserSessions(tx, userId);
    }
    return { user: await getUser(tx, userId), removed };
  });
}
