import { defineMessages } from '../../shared/i18n/useMessages';

/** Single sign-on on the sign-in page (docs/decisions/0007); the password form uses the dictionary. */
export const authMessages = defineMessages({
  th: {
    forgot: 'ลืมรหัสผ่าน?',
    'sso.or': 'หรือ',
    'sso.default': 'เข้าสู่ระบบด้วยบัญชีหน่วยงาน',
    'sso.not_linked': 'บัญชีนี้ยังไม่ได้ผูกกับผู้ใช้ในระบบ ติดต่อผู้ดูแล',
    'sso.failed': 'เข้าสู่ระบบด้วยบัญชีหน่วยงานไม่สำเร็จ กรุณาลองใหม่',
    'sso.unavailable': 'ติดต่อระบบยืนยันตัวตนของหน่วยงานไม่ได้ในขณะนี้ กรุณาลองใหม่ภายหลัง หรือเข้าสู่ระบบด้วยรหัสผ่าน',
  },
  en: {
    forgot: 'Forgot your password?',
    'sso.or': 'or',
    'sso.default': 'Sign in with your agency account',
    'sso.not_linked':
      'This account is not linked to a user of the system yet; please contact the administrators',
    'sso.failed': 'Signing in with your agency account did not complete; please try again',
    'sso.unavailable':
      "The agency's sign-in service cannot be reached right now; try again later, or sign in with your password",
  },
});
