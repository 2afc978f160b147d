import { z } from 'zod';
import { parseDate } from '../../domain/thai-date';
import { LIMITS } from '../limits';

/** Messages carry Thai first, then English: the server splits them into {th, en}. */
export const bi = (th: string, en: string) => `${th} | ${en}`;

export const PeriodString = z
  .string()
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])$/,
    bi('ต้องเป็นเดือนแบบ 2566-05 (ปี พ.ศ.-เดือน)', 'must be a month like 2566-05 (BE year-month)'),
  );

export const FiscalYear = z.coerce
  .number()
  .int()
  .min(2500, bi('ปีงบประมาณต้องเป็นปี พ.ศ.', 'fiscal year must be a Buddhist-Era year'))
  .max(2700, bi('ปีงบประมาณต้องเป็นปี พ.ศ.', 'fiscal year must be a Buddhist-Era year'));

export const IsoDate = z
  .string()
  .refine(
    (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && parseDate(s) === s,
    bi('ไม่ใช่วันที่จริง (แบบ 2023-05-31)', 'not a real date like 2023-05-31'),
  );

/** An exact decimal as a string ("1250000.50"): money never goes through binary floats. */
export const DecimalString = z
  .string()
  .regex(
    /^\d{1,14}(\.\d{1,2})?$/,
    bi('ต้องเป็นจำนวนเงินไม่ติดลบ ทศนิยมไม่เกิน 2 ตำแหน่ง', 'must be a non-negative amount with at most 2 decimals'),
  );

export const Name = z
  .string()
  .trim()
  .min(1, bi('ต้องกรอก', 'is required'))
  .max(
    LIMITS.nameLength,
    bi(`ยาวเกิน ${LIMITS.nameLength} ตัวอักษร`, `longer than ${LIMITS.nameLength} characters`),
  );

export const LongText = z
  .string()
  .trim()
  .max(
    LIMITS.textLength,
    bi(`ยาวเกิน ${LIMITS.textLength} ตัวอักษร`, `longer than ${LIMITS.textLength} characters`),
  );

export const Code = z
  .string()
  .trim()
  .min(1, bi('ต้องกรอกรหัส', 'code is required'))
  .max(LIMITS.codeLength, bi('รหัสยาวเกินไป', 'code is too long'));

/** Database ids are int4: anything larger cannot exist, so it is refused before it reaches SQL. */
export const Id = z.coerce
  .number(bi('ต้องเป็นเลขรหัส', 'must be an id number'))
  .int(bi('ต้องเป็นเลขรหัส', 'must be an id number'))
  .positive(bi('ต้องเป็นเลขรหัส', 'must be an id number'))
  .max(2_147_483_647, bi('ไม่มีรหัสนี้', 'no such id'));

export const IdParam = z.object({ id: Id });

/** A unit or project as other records point to it: enough to show its name and link to its page. */
export const CodedRef = z.object({ id: z.number(), code: z.string(), name: z.string() });

/** How many codes of each kind an import's answer names (the rest are counted): a dry run says what it would write. */
export const IMPORT_NAMED = 10;

/**
 * The records an import wrote (a dry run: would write), named by their codes: the first IMPORT_NAMED created
 * and updated; the answer's counts say how many more (issue 14 item 17).
 */
export const ImportNamed = z.object({ created: z.array(z.string()), updated: z.array(z.string()) });
export type ImportNamed = z.infer<typeof ImportNamed>;
