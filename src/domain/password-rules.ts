/**
 * The strength rules for a password a user chooses (change, reset, an admin's new or reset account):
 * at least 12 characters, not the username (nor containing it), not the old password, not one character
 * or a run like "123456789012", not a well-known password. Pure: each broken rule is one bilingual issue.
 */
export const MIN_PASSWORD_LENGTH = 12;

export interface PasswordProblem {
  rule: 'length' | 'username' | 'same_as_old' | 'repetitive' | 'common';
  th: string;
  en: string;
}

/** Well-known passwords of 12 characters or more (the short ones are refused by length already). */
const COMMON = new Set([
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'qwertyuiopasdf',
  'qwerty123456',
  '123456789012',
  '1234567890123',
  'abcdefghijkl',
  'iloveyou1234',
  'administrator',
  'admin1234567',
  'changeme1234',
  'welcome12345',
  'letmein12345',
  'bangkok12345',
  'tidtam123456',
]);

/** One character repeated, or a run going up or down by one (abc…, 987…), is no password. */
function isRepetitive(password: string): boolean {
  const codes = [...password.toLowerCase()].map((c) => c.codePointAt(0)!);
  const steps = new Set(codes.slice(1).map((c, i) => c - codes[i]!));
  return steps.size === 1 && [...steps].every((s) => Math.abs(s) <= 1);
}

export function passwordProblems(
  password: string,
  context: { username: string; oldPassword?: string | undefined },
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const lower = password.toLowerCase();
  const username = context.username.trim().toLowerCase();
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    problems.push({
      rule: 'length',
      th: `รหัสผ่านต้องยาวอย่างน้อย ${MIN_PASSWORD_LENGTH} ตัวอักษร`,
      en: `the password must be at least ${MIN_PASSWORD_LENGTH} characters long`,
    });
  }
  if (username.length > 0 && lower.includes(username)) {
    problems.push({
      rule: 'username',
      th: 'รหัสผ่านต้องไม่ใช่หรือไม่มีชื่อผู้ใช้อยู่ในนั้น',
      en: 'the password must not be or contain the username',
    });
  }
  if (context.oldPassword !== undefined && password === context.oldPassword) {
    problems.push({
      rule: 'same_as_old',
      th: 'รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านเดิม',
      en: 'the new password must differ from the old one',
    });
  }
  if (password.length > 0 && isRepetitive(password)) {
    problems.push({
      rule: 'repetitive',
      th: 'รหัสผ่านต้องไม่เป็นอักษรเดียวซ้ำกันหรือเรียงลำดับกัน',
      en: 'the password must not be one repeated character or a simple sequence',
    });
  } else if (COMMON.has(lower)) {
    problems.push({
      rule: 'common',
      th: 'รหัสผ่านนี้เป็นที่รู้จักกันทั่วไป เดาได้ง่าย',
      en: 'this password is well known and easy to guess',
    });
  }
  return problems;
}
