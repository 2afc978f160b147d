/**
 * A person's own entries of outside learning (issue 11 item 4): coaching, on-the-job, e-learning, a course
 * elsewhere. The person enters, edits and withdraws them while pending; a focal point or approver of the
 * person's unit at the time approves or rejects each with a comment. Only approved entries count.
 */
import { z } from 'zod';
import { bi, FiscalYear, IsoDate, LongText, Name } from '../common';

const Version = z.coerce.number().int().min(0).max(2_147_483_647);
export const ENTRY_MODES = ['experiential', 'social', 'formal'] as const;
export const ENTRY_STATES = ['pending', 'approved', 'rejected'] as const;

export const EntryInput = z.object({
  activity: Name,
  startDate: IsoDate,
  endDate: IsoDate,
  days: z
    .number()
    .min(0.1, bi('อย่างน้อย 0.1 วัน', 'at least 0.1 day'))
    .max(366, bi('ไม่เกิน 366 วัน', 'at most 366 days'))
    .multipleOf(0.1, bi('ทศนิยมได้ 1 ตำแหน่ง', 'at most one decimal')),
  mode: z.enum(ENTRY_MODES),
  provider: LongText.nullish(),
  note: LongText.nullish(),
  digital: z.boolean().default(false),
});
export type EntryInput = z.infer<typeof EntryInput>;
export const EntryUpdate = EntryInput.extend({ version: Version });
export type EntryUpdate = z.infer<typeof EntryUpdate>;
export const EntryWithdraw = z.object({ version: Version });

export const EntryDecision = z
  .object({ decision: z.enum(['approve', 'reject']), comment: LongText.optional(), version: Version })
  .refine((d) => d.decision === 'approve' || (d.comment ?? '').length > 0, {
    message: bi('ต้องระบุเหตุผลที่ไม่อนุมัติ', 'a comment is required to reject an entry'),
    path: ['comment'],
  });
export type EntryDecision = z.infer<typeof EntryDecision>;

export const EntryParam = z.object({
  id: z.coerce
    .number(bi('ต้องเป็นเลขรหัส', 'must be an id number'))
    .int(bi('ต้องเป็นเลขรหัส', 'must be an id number'))
    .positive(bi('ต้องเป็นเลขรหัส', 'must be an id number'))
    .max(Number.MAX_SAFE_INTEGER, bi('ไม่มีรหัสนี้', 'no such id')),
});
export const EntriesQuery = z.object({ fiscalYear: FiscalYear });

export const EntryView = z.object({
  id: z.number(),
  fiscalYear: z.number(),
  activity: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  days: z.number(),
  mode: z.enum(ENTRY_MODES),
  provider: z.string().nullable(),
  note: z.string().nullable(),
  digital: z.boolean(),
  state: z.enum(ENTRY_STATES),
  /** The person's unit, position and level on the first day (from the dated position history). */
  unitName: z.string().nullable(),
  positionTitle: z.string().nullable(),
  level: z.string().nullable(),
  decisionComment: z.string().nullable(),
  decidedAt: z.string().nullable(),
  version: z.number(),
});
export type EntryView = z.infer<typeof EntryView>;

export const MyEntriesView = z.object({ fiscalYear: z.number(), entries: z.array(EntryView) });
export type MyEntriesView = z.infer<typeof MyEntriesView>;

export const EntryQueueView = z.object({
  /** Pending entries the actor may decide, in all (the list shows the first 500, oldest first). */
  pending: z.number(),
  units: z.array(z.object({ unitId: z.number(), unitName: z.string(), pending: z.number() })),
  entries: z.array(
    EntryView.extend({
      person: z.object({
        personNo: z.string(),
        title: z.string().nullable(),
        firstName: z.string(),
        lastName: z.string(),
      }),
    }),
  ),
});
export type EntryQueueView = z.infer<typeof EntryQueueView>;
