/**
 * People of the workforce module: personal data under Thailand's PDPA. The national ID and the birth
 * date are shown masked to every role; only an admin may ask for them unmasked, one person at a time
 * (POST /api/people/:id/reveal, which needs the CSRF header like every change), and that read is written to the audit trail.
 */
import { z } from 'zod';
import { bi, Id, IsoDate, Name } from '../common';

/** The check digit of a Thai national ID: (11 − Σ dᵢ × (14 − i) mod 11) mod 10 over the first 12 digits. */
export function thaiNationalIdValid(id: string): boolean {
  if (!/^\d{13}$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(id[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(id[12]);
}

/** "1-2345-xxxxx-xx-3": the first five digits and the check digit, in the printed grouping. */
export function maskNationalId(id: string): string {
  return `${id.slice(0, 1)}-${id.slice(1, 5)}-xxxxx-xx-${id.slice(12, 13)}`;
}

/** 13 digits; dashes and spaces as printed on the card are accepted and dropped. */
export const NationalId = z
  .string()
  .transform((s) => s.replace(/[\s-]/g, ''))
  .refine((s) => /^\d{13}$/.test(s), bi('เลขประจำตัวประชาชนต้องมี 13 หลัก', 'a national ID has 13 digits'))
  .refine(
    (s) => !/^\d{13}$/.test(s) || thaiNationalIdValid(s),
    bi('เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบไม่ตรง)', 'not a valid national ID (check digit)'),
  );

const ShortText = z.string().trim().max(200, bi('ยาวเกิน 200 ตัวอักษร', 'longer than 200 characters'));

export const PersonCreate = z.object({
  nationalId: NationalId,
  birthDate: IsoDate.refine(
    (d) => d >= '1900-01-01' && d <= new Date().toISOString().slice(0, 10),
    bi('วันเกิดต้องอยู่ระหว่าง ค.ศ. 1900 ถึงวันนี้', 'birth date must be between 1900 and today'),
  ),
  title: ShortText.nullable().optional(),
  firstName: Name,
  lastName: Name,
  unitId: Id.nullable().optional(),
  position: ShortText.nullable().optional(),
});
export type PersonCreate = z.infer<typeof PersonCreate>;

export const PersonView = z.object({
  id: z.number(),
  /** Masked ("1-2345-xxxxx-xx-3") unless revealed. */
  nationalId: z.string(),
  /** The year of birth (CE), always. */
  birthYear: z.number(),
  /** The full date (YYYY-MM-DD) only when revealed; null when masked. */
  birthDate: z.string().nullable(),
  title: z.string().nullable(),
  firstName: z.string(),
  lastName: z.string(),
  unit: z.object({ id: z.number(), name: z.string() }).nullable(),
  position: z.string().nullable(),
  masked: z.boolean(),
});
export type PersonView = z.infer<typeof PersonView>;

/** No query parameters: the old `?reveal=true` is refused rather than silently ignored. */
export const PersonQuery = z.object({}).strict();

export const PeopleListQuery = z.object({
  unitId: Id.optional(),
});
