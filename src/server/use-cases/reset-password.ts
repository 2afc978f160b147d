/**
 * Forgotten passwords: a reset link by e-mail. Asking answers the same whether or not the account exists
 * (no enumeration: the mail is sent after the answer); the link's token is random, stored hashed, works once
 * and for 30 minutes; using it sets the new password, ends every session and every other link. Audited.
 */
import { passwordProblems } from '../../domain/password-rules';
import type { PasswordResetConfirm } from '../../shared/api/password';
import { ANONYMOUS } from './sign-in';
import type { Database } from '../db/database';
import { invalidInput } from '../errors';
import type { Mailer } from '../mail/mailer';
import { passwordResetMessage, resetLink } from '../mail/password-reset-message';
import { recordAudit } from '../repositories/audit';
import {
  createResetToken,
  endSessionsExcept,
  ownerByLogin,
  passwordOwner,
  resetTokenState,
  setPassword,
} from '../repositories/passwords';
import { weakPassword } from './change-password';
import { hashPassword } from './passwords';

export const RESET_ACCEPTED = {
  th: 'หากมีบัญชีนี้และมีอีเมลไว้ ระบบได้ส่งลิงก์ตั้งรหัสผ่านใหม่ไปแล้ว ลิงก์ใช้ได้ 30 นาที',
  en: 'If this account exists and has an e-mail address, a reset link has been sent; it works for 30 minutes',
};

/**
 * Creates the token (audited) for an active account with an e-mail address and returns the sending to do
 * after answering, or null. The caller answers RESET_ACCEPTED either way.
 */
export async function requestPasswordReset(
  db: Database,
  login: string,
  options: { mailer: Mailer; publicUrl: string; address: string | null },
): Promise<(() => Promise<void>) | null> {
  const owner = await ownerByLogin(db, login);
  if (!owner?.email) return null;
  const email = owner.email;
  const token = await db.transaction(async (tx) => {
    const created = await createResetToken(tx, owner.id);
    await recordAudit(tx, ANONYMOUS, {
      action: 'password_reset_requested',
      entity: 'app_user',
      entityId: owner.id,
      after: { address: options.address },
    });
    return created;
  });
  const message = passwordResetMessage(email, owner.username, resetLink(options.publicUrl, token));
  return async () => {
    await options.mailer.send(message);
  };
}

const REFUSED = {
  used: { th: 'ลิงก์นี้ถูกใช้ไปแล้ว กรุณาขอลิงก์ใหม่', en: 'This link has been used already; ask for a new one' },
  expired: {
    th: 'ลิงก์นี้หมดอายุแล้ว (ใช้ได้ 30 นาที) กรุณาขอลิงก์ใหม่',
    en: 'This link has expired (it works for 30 minutes); ask for a new one',
  },
  unknown: { th: 'ลิงก์นี้ไม่ถูกต้อง กรุณาขอลิงก์ใหม่', en: 'This link is not valid; ask for a new one' },
};

export async function confirmPasswordReset(
  db: Database,
  input: PasswordResetConfirm,
  address: string | null,
): Promise<void> {
  const newHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const found = await resetTokenState(tx, input.token);
    if (found.state !== 'valid') {
      const why = REFUSED[found.state];
      throw invalidInput([{ field: 'token', ...why }], why);
    }
    const owner = await passwordOwner(tx, found.userId, true);
    if (!owner?.active) throw invalidInput([{ field: 'token', ...REFUSED.unknown }], REFUSED.unknown);
    const problems = passwordProblems(input.newPassword, { username: owner.username });
    if (problems.length > 0) throw weakPassword(problems);
    await setPassword(tx, owner.id, newHash); // marks this link and every other one used
    const sessionsEnded = await endSessionsExcept(tx, owner.id, null);
    await recordAudit(
      tx,
      { userId: owner.id, label: owner.username, role: 'viewer', unitId: null },
      {
        action: 'password_reset',
        entity: 'app_user',
        entityId: owner.id,
        after: { address, sessions_ended: sessionsEnded },
      },
    );
  });
}
