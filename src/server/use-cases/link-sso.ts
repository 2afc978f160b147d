/**
 * An admin links an identity of the agency's OpenID provider (issuer, subject) to a tidtam user
 * (docs/decisions/0007). The link is the only way single sign-on reaches an account; it is audited
 * (link_sso on the user) in the same transaction. Linking a subject again moves it to the new user.
 */
import type { Actor } from '../actor';
import type { Database } from '../db/database';
import { invalidInput } from '../errors';
import { recordAudit } from '../repositories/audit';
import { linkIdentity } from '../repositories/oidc';
import { findUserByUsername } from '../repositories/users';

export async function linkSsoIdentity(
  db: Database,
  actor: Actor,
  input: { username: string; issuer: string; subject: string },
): Promise<{ userId: number; movedFrom: number | null }> {
  const subject = input.subject.trim();
  if (subject.length < 1 || subject.length > 255) {
    throw invalidInput([
      {
        field: 'subject',
        th: 'รหัสผู้ใช้ (subject) ต้องยาว 1–255 ตัวอักษร',
        en: 'subject must be 1–255 characters',
      },
    ]);
  }
  const user = await findUserByUsername(db, input.username);
  if (!user) {
    throw invalidInput([
      { field: 'username', th: `ไม่พบผู้ใช้ ${input.username}`, en: `no user ${input.username}` },
    ]);
  }
  return db.transaction(async (tx) => {
    const movedFrom = await linkIdentity(tx, { issuer: input.issuer, subject, userId: user.id });
    await recordAudit(tx, actor, {
      action: 'link_sso',
      entity: 'app_user',
      entityId: user.id,
      before: movedFrom === null ? null : { issuer: input.issuer, subject, userId: movedFrom },
      after: { issuer: input.issuer, subject, userId: user.id },
    });
    return { userId: user.id, movedFrom };
  });
}
