/** The e-mail with a password reset link (Thai first, then English). The token rides in the fragment. */
import type { MailMessage } from './mailer';
import { RESET_MINUTES } from '../repositories/passwords';

export function resetLink(publicUrl: string, token: string): string {
  // After '#': browsers send no fragment to servers or in Referer headers, so the token stays out of logs.
  return `${publicUrl.replace(/\/+$/, '')}/reset-password#token=${token}`;
}

export function passwordResetMessage(to: string, username: string, link: string): MailMessage {
  return {
    to,
    subject: 'ตั้งรหัสผ่านใหม่ ระบบติดตาม (tidtam password reset)',
    text: [
      `มีการขอตั้งรหัสผ่านใหม่ของบัญชี ${username}`,
      `เปิดลิงก์นี้ภายใน ${RESET_MINUTES} นาทีเพื่อตั้งรหัสผ่านใหม่ (ใช้ได้ครั้งเดียว):`,
      link,
      'หากท่านไม่ได้ขอ ไม่ต้องทำอะไร รหัสผ่านเดิมยังใช้ได้',
      '',
      `Someone asked to reset the password of ${username}. Open this link within ${RESET_MINUTES} minutes`,
      '(it works once) to choose a new password. If it was not you, do nothing: your password stays.',
    ].join('\n'),
  };
}
