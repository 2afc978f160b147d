import { defineMessages } from '../../shared/i18n/useMessages';

/** Changing one's password, the forced change, and the reset link by e-mail. */
export const passwordMessages = defineMessages({
  th: {
    'change.title': 'เปลี่ยนรหัสผ่าน',
    'change.forcedTitle': 'ตั้งรหัสผ่านของท่านเองก่อนใช้งาน',
    'change.forcedHint': 'ผู้ดูแลระบบสร้างบัญชีหรือรีเซ็ตรหัสผ่านให้ท่าน กรุณาตั้งรหัสผ่านใหม่ที่มีเพียงท่านรู้ จึงจะใช้งานหน้าอื่นได้',
    'change.old': 'รหัสผ่านเดิม',
    'change.new': 'รหัสผ่านใหม่',
    'change.repeat': 'พิมพ์รหัสผ่านใหม่อีกครั้ง',
    'change.rules': 'อย่างน้อย 12 ตัวอักษร ใช้ประโยคยาว ๆ ได้ ห้ามมีชื่อผู้ใช้ และต้องไม่ซ้ำรหัสผ่านเดิม',
    'change.mismatch': 'รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน',
    'change.submit': 'เปลี่ยนรหัสผ่าน',
    'change.done': 'เปลี่ยนรหัสผ่านแล้ว อุปกรณ์อื่นที่เข้าสู่ระบบอยู่ถูกออกจากระบบแล้ว',
    'change.signOut': 'ออกจากระบบ',
    'forgot.title': 'ลืมรหัสผ่าน',
    'forgot.hint': 'กรอกชื่อผู้ใช้หรืออีเมลของท่าน ระบบจะส่งลิงก์ตั้งรหัสผ่านใหม่ไปที่อีเมลของบัญชี (ใช้ได้ 30 นาที)',
    'forgot.login': 'ชื่อผู้ใช้หรืออีเมล',
    'forgot.submit': 'ส่งลิงก์',
    'reset.title': 'ตั้งรหัสผ่านใหม่',
    'reset.submit': 'ตั้งรหัสผ่านใหม่',
    'reset.done': 'ตั้งรหัสผ่านใหม่แล้ว กรุณาเข้าสู่ระบบด้วยรหัสผ่านใหม่',
    'reset.noToken': 'ลิงก์ไม่ครบ กรุณาเปิดลิงก์จากอีเมลอีกครั้ง หรือขอลิงก์ใหม่',
    back: 'กลับไปหน้าเข้าสู่ระบบ',
  },
  en: {
    'change.title': 'Change password',
    'change.forcedTitle': 'Choose your own password first',
    'change.forcedHint':
      'An administrator created this account or reset its password: choose a new one that only you know to go on.',
    'change.old': 'Current password',
    'change.new': 'New password',
    'change.repeat': 'New password again',
    'change.rules':
      'At least 12 characters (a long phrase is fine), without your username, not the current one',
    'change.mismatch': 'The two new passwords differ',
    'change.submit': 'Change password',
    'change.done': 'Password changed; your other devices have been signed out',
    'change.signOut': 'Sign out',
    'forgot.title': 'Forgotten password',
    'forgot.hint':
      "Enter your username or e-mail: a link to choose a new password goes to the account's e-mail (it works for 30 minutes)",
    'forgot.login': 'Username or e-mail',
    'forgot.submit': 'Send the link',
    'reset.title': 'Choose a new password',
    'reset.submit': 'Set the new password',
    'reset.done': 'Your new password is set: sign in with it',
    'reset.noToken': 'The link is incomplete: open it from the e-mail again, or ask for a new one',
    back: 'Back to sign-in',
  },
});
