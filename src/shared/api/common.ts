import { z } from 'zod';
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
  .regex(/^\d{4}-\d{2}-\d{2}$/, bi('วันที่ต้องเป็นแบบ 2023-05-31', 'date must look like 2023-05-31'));

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

export const IdParam = z.object({ id: z.coerce.number().int().positive() });
