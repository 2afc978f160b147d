/** Exceptions the central office grants (issue 12, item 4; seed 002, suggestion 7): requests and answers. */
import { z } from 'zod';
import { bi, Code, IsoDate, LongText, Name } from '../common';

const Version = z.coerce.number().int().min(1).max(2_000_000_000);
const Required = LongText.min(1, bi('ต้องระบุ', 'is required'));

export const ExceptionGrant = z
  .object({
    personNo: Code,
    /** The criterion's ref (e.g. "DD-3"); null or absent: the whole path. */
    criterionRef: z.string().trim().min(1).max(40).nullable().optional(),
    reason: Required,
    /** The order that decided it (เลขที่คำสั่ง). */
    orderRef: Name,
    validFrom: IsoDate,
    validUntil: IsoDate,
  })
  .refine((g) => g.validUntil >= g.validFrom, {
    path: ['validUntil'],
    message: bi('วันสิ้นสุดต้องไม่ก่อนวันเริ่ม', 'the end date must not be before the start'),
  });
export type ExceptionGrant = z.infer<typeof ExceptionGrant>;

export const ExceptionRevoke = z.object({ reason: Required, version: Version });
export type ExceptionRevoke = z.infer<typeof ExceptionRevoke>;

export const EXCEPTION_STATES = ['in_force', 'future', 'ended', 'revoked'] as const;

export const ExceptionView = z.object({
  id: z.number(),
  person: z.object({ personNo: z.string(), name: z.string(), unit: z.string().nullable() }),
  criterionRef: z.string().nullable(),
  reason: z.string(),
  orderRef: z.string().nullable(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  /** On today's date (Bangkok). */
  state: z.enum(EXCEPTION_STATES),
  grantedBy: z.string().nullable(),
  grantedAt: z.string(),
  revokedBy: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
  version: z.number(),
});
export type ExceptionView = z.infer<typeof ExceptionView>;
