import { z } from 'zod';
import { bi, Id, IsoDate, LongText, PeriodString } from '../common';

export const ReportingMonthView = z.object({
  period: z.string(),
  deadline: z.string(),
  lockAfterDays: z.number().nullable(),
  /** The last day agencies may work on it; null when it never locks by itself. */
  lockDate: z.string().nullable(),
  locked: z.boolean(),
  openedAt: z.string(),
  openedBy: z.string(),
  exceptions: z.array(
    z.object({ unitId: z.number(), unitName: z.string(), until: z.string(), reason: z.string().nullable() }),
  ),
});
export type ReportingMonthView = z.infer<typeof ReportingMonthView>;

const LockDays = z
  .number()
  .int()
  .min(0, bi('จำนวนวันต้องไม่ติดลบ', 'days cannot be negative'))
  .max(365, bi('ไม่เกิน 365 วัน', 'at most 365 days'));

export const OpenMonthRequest = z.object({
  period: PeriodString,
  /** Default: the 5th of the next month. */
  deadline: IsoDate.optional(),
  /** Default: the lock_after_days setting; null: never locks by itself. */
  lockAfterDays: LockDays.nullable().optional(),
});

export const UpdateMonthRequest = z.object({
  deadline: IsoDate.optional(),
  lockAfterDays: LockDays.nullable().optional(),
});

export const GrantExceptionRequest = z.object({
  unitId: Id,
  until: IsoDate,
  reason: LongText.nullable().optional(),
});

export const PeriodParam = z.object({ period: PeriodString });
