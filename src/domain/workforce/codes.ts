/**
 * The workforce files' codes (formats.md, "Workforce files") and their Thai names: a file may give either.
 * Matching ignores case and spacing; an unknown word is `null` and the import names the column.
 */
export const STAFF_TYPES = {
  civil_servant: 'ข้าราชการกรุงเทพมหานครสามัญ',
  teacher: 'ข้าราชการครูและบุคลากรทางการศึกษา',
  university: 'ข้าราชการในสถาบันอุดมศึกษา',
  permanent_employee: 'ลูกจ้างประจำ',
  temporary_employee: 'ลูกจ้างชั่วคราว',
} as const;

export const POSITION_TYPES = {
  executive: 'บริหาร',
  managerial: 'อำนวยการ',
  academic: 'วิชาการ',
  general: 'ทั่วไป',
} as const;

export const LEVELS = {
  senior: 'สูง',
  junior: 'ต้น',
  practitioner: 'ปฏิบัติการ',
  professional: 'ชำนาญการ',
  senior_professional: 'ชำนาญการพิเศษ',
  expert: 'เชี่ยวชาญ',
  advisory: 'ทรงคุณวุฒิ',
  operational: 'ปฏิบัติงาน',
  experienced: 'ชำนาญงาน',
  senior_general: 'อาวุโส',
  special_skill: 'ทักษะพิเศษ',
} as const;

export const HISTORY_ROLES = {
  holds: 'ครองตำแหน่ง',
  acting: 'รักษาราชการแทน',
  oversees: 'กำกับดูแล',
} as const;

export const EXIT_REASONS = {
  retired: 'เกษียณอายุราชการ',
  resigned: 'ลาออก',
  transferred: 'โอนย้าย',
  dismissed: 'ให้ออก',
  died: 'ถึงแก่กรรม',
  other: 'อื่น ๆ',
} as const;

export const GENDERS = { male: 'ชาย', female: 'หญิง' } as const;

export const YES_NO = { yes: 'ใช่', no: 'ไม่ใช่' } as const;

export type StaffType = keyof typeof STAFF_TYPES;
export type PositionType = keyof typeof POSITION_TYPES;
export type Level = keyof typeof LEVELS;
export type HistoryRole = keyof typeof HISTORY_ROLES;
export type ExitReason = keyof typeof EXIT_REASONS;
export type Gender = keyof typeof GENDERS;

/** The levels each position type has (formats.md: "a level must fit its type"). */
export const LEVELS_OF_TYPE: Record<PositionType, readonly Level[]> = {
  executive: ['senior', 'junior'],
  managerial: ['senior', 'junior'],
  academic: ['practitioner', 'professional', 'senior_professional', 'expert', 'advisory'],
  general: ['operational', 'experienced', 'senior_general', 'special_skill'],
};

export function levelFitsType(type: PositionType, level: Level): boolean {
  return LEVELS_OF_TYPE[type].includes(level);
}

const key = (text: string) => text.normalize('NFC').replace(/\s+/g, '').toLowerCase();

/** Extra Thai words people write for the same code. */
const ALSO: Record<string, string> = {
  [key('ครอง')]: 'holds',
  [key('รักษาการ')]: 'acting',
  [key('รักษาการแทน')]: 'acting',
  [key('ดูแล')]: 'oversees',
  [key('กำกับ')]: 'oversees',
  [key('เกษียณ')]: 'retired',
  [key('อื่นๆ')]: 'other',
  [key('อื่น')]: 'other',
  [key('ตาย')]: 'died',
  [key('y')]: 'yes',
  [key('n')]: 'no',
  [key('true')]: 'yes',
  [key('false')]: 'no',
  [key('ไม่')]: 'no',
  [key('เป็น')]: 'yes',
  [key('ไม่เป็น')]: 'no',
};

/** A parser from code or Thai name to the code, for one set of codes. */
export function codeParser<C extends string>(names: Record<C, string>): (raw: string) => C | null {
  const byKey = new Map<string, C>();
  for (const [code, thai] of Object.entries(names) as [C, string][]) {
    byKey.set(key(code), code);
    byKey.set(key(thai), code);
  }
  for (const [word, code] of Object.entries(ALSO)) {
    if (code in names && !byKey.has(word)) byKey.set(word, code as C);
  }
  return (raw) => byKey.get(key(raw)) ?? null;
}

export const parseStaffType = codeParser(STAFF_TYPES);
export const parsePositionType = codeParser(POSITION_TYPES);
export const parseLevel = codeParser(LEVELS);
export const parseHistoryRole = codeParser(HISTORY_ROLES);
export const parseExitReason = codeParser(EXIT_REASONS);
export const parseGender = codeParser(GENDERS);
const yesNo = codeParser(YES_NO);
/** `yes` / `no` (ใช่ / ไม่ใช่, y / n, true / false) → boolean; null when neither. */
export function parseYesNo(raw: string): boolean | null {
  const code = yesNo(raw);
  return code === null ? null : code === 'yes';
}

/** "Text of the codes" for an error message: `holds (ครองตำแหน่ง), acting (…)`. */
export function describeCodes(names: Record<string, string>): string {
  return Object.entries(names)
    .map(([code, thai]) => `${code} (${thai})`)
    .join(', ');
}
