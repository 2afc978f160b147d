/** Passwords: the user's own change, and the reset link by e-mail (docs/api.md, docs/security.md). */
import { z } from 'zod';
import { bi } from './common';

const NewPassword = z.string().min(1, bi('กรุณากรอกรหัสผ่านใหม่', 'enter the new password')).max(200);

/** POST /api/auth/password: the signed-in user's new password, with the one it replaces. */
export const PasswordChange = z.object({
  oldPassword: z.string().min(1, bi('กรุณากรอกรหัสผ่านเดิม', 'enter the current password')).max(200),
  newPassword: NewPassword,
});
export type PasswordChange = z.infer<typeof PasswordChange>;

/** POST /api/auth/password-reset: a username or an e-mail address. */
export const PasswordResetRequest = z.object({
  login: z.string().trim().min(1, bi('กรุณากรอกชื่อผู้ใช้หรืออีเมล', 'enter your username or e-mail')).max(200),
});
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

/** The same answer whether or not such an account exists (no account enumeration). */
export const PasswordResetAccepted = z.object({
  message: z.object({ th: z.string(), en: z.string() }),
});
export type PasswordResetAccepted = z.infer<typeof PasswordResetAccepted>;

/** POST /api/auth/password-reset/confirm: the token of the link and the new password. */
export const PasswordResetConfirm = z.object({
  token: z.string().min(10).max(200),
  newPassword: NewPassword,
});
export type PasswordResetConfirm = z.infer<typeof PasswordResetConfirm>;
