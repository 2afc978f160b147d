/**
 * The HR Dashboard's rules, shared by the SQL that counts (src/server/repositories/workforce/dashboard.ts)
 * and the tests that recount the same rows here: who is in service, ages and their bands, the fiscal year
 * of a date, and which level ranks above which (a promotion).
 */
import { fiscalYearOfIsoDate } from '../period';
import { stretchLength } from './service-time';

export const STAFF_TYPES = [
  'civil_servant',
  'teacher',
  'university',
  'permanent_employee',
  'temporary_employee',
] as const;
export type StaffType = (typeof STAFF_TYPES)[number];
export const POSITION_TYPES = ['executive', 'managerial', 'academic', 'general'] as const;
export const EXIT_REASONS = ['retired', 'resigned', 'transferred', 'dismissed', 'died', 'other'] as const;

/**
 * Levels on one scale across the four position types (the usual equivalence of the former C-levels), so
 * that "a level above the previous one" means the same whatever the type: 1 ปฏิบัติงาน … 9 บริหารสูง.
 */
export const LEVEL_RANK: Readonly<Record<string, number>> = {
  'general:operational': 1,
  'academic:practitioner': 2,
  'general:experienced': 3,
  'academic:professional': 4,
  'general:senior_general': 5,
  'academic:senior_professional': 6,
  'managerial:junior': 6,
  'academic:expert': 7,
  'general:special_skill': 7,
  'managerial:senior': 7,
  'executive:junior': 8,
  'academic:advisory': 9,
  'executive:senior': 9,
};

export const levelRank = (positionType: string, level: string): number =>
  LEVEL_RANK[`${positionType}:${level}`] ?? 0;

/** In service on `asOf`: entered on or before it (or no entry date known) and not yet left. */
export function inService(
  person: { entryDate: string | null; exitDate: string | null },
  asOf: string,
): boolean {
  return (
    (person.entryDate === null || person.entryDate <= asOf) &&
    (person.exitDate === null || person.exitDate > asOf)
  );
}

/** Age on `asOf` under Thai age law: N is reached on the day before the Nth anniversary of birth. */
export function ageOn(birthDate: string, asOf: string): number {
  return asOf < birthDate ? 0 : stretchLength(birthDate, asOf).years;
}

export const AGE_BANDS = [
  '<25',
  '25-29',
  '30-34',
  '35-39',
  '40-44',
  '45-49',
  '50-54',
  '55-59',
  '60+',
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBand(age: number): AgeBand {
  if (age < 25) return '<25';
  if (age >= 60) return '60+';
  return AGE_BANDS[Math.floor((age - 25) / 5) + 1]!;
}

/** The Buddhist-Era fiscal year (1 October – 30 September) a date falls in. */
export const fiscalYearOf = (isoDate: string): number => fiscalYearOfIsoDate(isoDate);

/** First and last day (ISO, CE) of a BE fiscal year. */
export function fiscalYearBounds(fiscalYear: number): { from: string; to: string } {
  const ce = fiscalYear - 543;
  return { from: `${ce - 1}-10-01`, to: `${ce}-09-30` };
}
