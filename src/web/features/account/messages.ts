import { defineMessages } from '../../shared/i18n/useMessages';

export const accountMessages = defineMessages({
  th: {
    title: 'บัญชีของฉัน',
    name: 'ชื่อ',
    username: 'ชื่อผู้ใช้',
    role: 'บทบาท',
    unit: 'หน่วยงาน',
    noUnit: 'ไม่สังกัดหน่วยงาน (ทั้งกรุงเทพมหานคร)',
    'sessions.title': 'อุปกรณ์ที่เข้าสู่ระบบอยู่',
    'sessions.hint':
      'แต่ละรายการคือเบราว์เซอร์หรืออุปกรณ์ที่ยังเข้าสู่ระบบด้วยบัญชีนี้ หากพบรายการที่ไม่ใช่ของท่าน ให้ออกจากระบบทุกอุปกรณ์แล้วเปลี่ยนรหัสผ่าน',
    'sessions.created': 'เข้าสู่ระบบเมื่อ',
    'sessions.lastSeen': 'ใช้งานล่าสุด',
    'sessions.expires': 'หมดอายุไม่เกิน',
    'sessions.this': 'อุปกรณ์นี้',
    'sessions.none': 'ไม่มี',
    'everywhere.button': 'ออกจากระบบทุกอุปกรณ์',
    'everywhere.confirm': 'ออกจากระบบในทุกอุปกรณ์ รวมทั้งอุปกรณ์นี้ใช่หรือไม่ ท่านจะต้องเข้าสู่ระบบใหม่ในทุกเครื่อง',
    'everywhere.yes': 'ยืนยัน ออกจากระบบทุกอุปกรณ์',
    'everywhere.cancel': 'ยกเลิก',
    'everywhere.busy': 'กำลังออกจากระบบ…',
  },
  en: {
    title: 'My account',
    name: 'Name',
    username: 'Username',
    role: 'Role',
    unit: 'Unit',
    noUnit: 'No unit (the whole BMA)',
    'sessions.title': 'Where you are signed in',
    'sessions.hint':
      'Each row is a browser or device still signed in with this account. If one is not yours, sign out everywhere and change your password.',
    'sessions.created': 'Signed in',
    'sessions.lastSeen': 'Last used',
    'sessions.expires': 'Ends at the latest',
    'sessions.this': 'this device',
    'sessions.none': 'None',
    'everywhere.button': 'Sign out everywhere',
    'everywhere.confirm':
      'Sign out on every device, this one included? You will have to sign in again everywhere.',
    'everywhere.yes': 'Yes, sign out everywhere',
    'everywhere.cancel': 'Cancel',
    'everywhere.busy': 'Signing out…',
  },
});
