/**
 * PUT /api/users/:id/sso: an admin links the subject the agency's IT gave them to a user, at the
 * configured issuer (docs/decisions/0007). Unlike the command line (link-sso.ts), the page never moves a
 * link from one user to another silently: a subject held by someone else is refused (409), to be unlinked
 * there first. The link replaces the user's earlier one at that issuer; a replaced identity no longer gets
 * in, so the user's sessions end (as with a new password). Audited (link_sso) in the same transaction.
 */
import type { SsoLinkInput, UserAdminView } from '../../shared/api/users';
import type { Actor } from '../actor';
import type { Database } from '../db/database';
import { AppError, conflict } from '../errors';
import { recordAudit } from '../repositories/audit';
import { identityOwner, replaceUserIdentity } from '../repositories/oidc';
import { getUser, lockUser } from '../repositories/user-admin';
import { deleteUserSessions } from '../repositories/users';

const NOT_CONFIGURED = new AppError('invalid_input', {
  th: 'ยังไม่ได้ตั้งค่าการเข้าสู่ระบบด้วยบัญชีหน่วยงาน (SSO) บนเซิร์ฟเวอร์นี้ จึงผูกบัญชีไม่ได้ (ผู้ดูแลเซิร์ฟเวอร์ตั้งค่า TIDTAM_OIDC_*)',
  en: 'Single sign-on is not set up on this server, so no identity can be linked (the operator sets TIDTAM_OIDC_*)',
});

export async function linkUserSso(
  db: Database,
  actor: Actor,
  issuer: string | null,
  userId: number,
  input: SsoLinkInput,
): Promise<UserAdminView> {
  if (!issuer) throw NOT_CONFIGURED;
  return db.transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user.active) {
      throw conflict({
        th: `ผู้ใช้ ${user.username} ถูกปิดการใช้งานอยู่ จึงผูกบัญชี SSO ไม่ได้ (เปิดการใช้งานก่อน)`,
        en: `${user.username} is deactivated, so no single sign-on identity can be linked (activate them first)`,
      });
    }
    const owner = await identityOwner(tx, issuer, input.subject);
    if (owner !== null && owner !== userId) {
      const other = await lockUser(tx, owner);
      throw conflict({
        th: `รหัสผู้ใช้ (subject) นี้ผูกกับผู้ใช้ ${other.username} อยู่แล้ว ยกเลิกการผูกที่ผู้ใช้นั้นก่อน`,
        en: `This subject is already linked to ${other.username}; unlink it there first`,
      });
    }
    const replaced = await replaceUserIdentity(tx, { issuer, subject: input.subject, userId });
    // Linked already, and nothing else: the same request again changes nothing and writes no audit row.
    if (owner === userId && replaced.length === 0) return getUser(tx, userId);
    await recordAudit(tx, actor, {
      action: 'link_sso',
      entity: 'app_user',
      entityId: userId,
      // Several only where the command line linked more than one subject at this issuer.
      before: replaced.length === 0 ? null : { issuer, subject: replaced.join(', ') },
      after: { issuer, subject: input.subject },
    });
    if (replaced.length > 0 && userId !== actor.userId) await deleteUserSessions(tx, userId);
    return getUser(tx, userId);
  });
}
