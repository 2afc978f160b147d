/**
 * The signed-in user's own change of password: the current one proves who they are, the new one follows
 * the strength rules (src/domain/password-rules.ts), every other session of theirs ends, and the change is
 * audited (never a password or a hash) in the same transaction. Also ends an admin's forced change.
 */
import { passwordProblems } from '../../domain/password-rules';
import type { PasswordChange } from '../../shared/api/password';
import type { Actor } from '../actor';
import type { Database } from '../db/database';
import { forbidden, invalidInput } from '../errors';
import { recordAudit } from '../repositories/audit';
import { endSessionsExcept, passwordOwner, setPassword } from '../repositories/passwords';
import { hashPassword, verifyPassword } from './passwords';

export const weakPassword = (problems: { th: string; en: string }[], field = 'newPassword') =>
  invalidInput(
    problems.map((p) => ({ field, th: p.th, en: p.en })),
    { th: 'รหัสผ่านใหม่ยังไม่ปลอดภัยพอ', en: 'The new password is not strong enough' },
  );

export async function changePassword(
  db: Database,
  actor: Actor,
  currentToken: string | null,
  input: PasswordChange,
  address: string | null,
): Promise<{ sessionsEnded: number }> {
  const userId = actor.userId;
  if (userId === null)
    throw forbidden({ th: 'ผู้ดูแลจากบรรทัดคำสั่งไม่มีรหัสผ่าน', en: 'The operator has no password' });
  const owner = await passwordOwner(db, userId);
  if (!owner) throw forbidden();
  if (!(await verifyPassword(owner.password_hash, input.oldPassword))) {
    // Its own transaction: the refusal is recorded even though nothing changes.
    await db.transaction((tx) =>
      recordAudit(tx, actor, {
        action: 'password_change_failed',
        entity: 'app_user',
        entityId: userId,
        after: { address, reason: 'wrong_password' },
      }),
    );
    throw invalidInput([
      { field: 'oldPassword', th: 'รหัสผ่านเดิมไม่ถูกต้อง', en: 'the current password is wrong' },
    ]);
  }
  const problems = passwordProblems(input.newPassword, {
    username: owner.username,
    oldPassword: input.oldPassword,
  });
  if (problems.length > 0) throw weakPassword(problems);
  const newHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    // The hash it was checked against must still be the one stored (no change in between).
    const locked = await passwordOwner(tx, userId, true);
    if (locked?.password_hash !== owner.password_hash) throw forbidden();
    await setPassword(tx, userId, newHash);
    const sessionsEnded = await endSessionsExcept(tx, userId, currentToken);
    await recordAudit(tx, actor, {
      action: 'password_change',
      entity: 'app_user',
      entityId: userId,
      after: { address, sessions_ended: sessionsEnded },
    });
    return { sessionsEnded };
  });
}
