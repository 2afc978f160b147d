import { z } from 'zod';
import { bi, Code, Id, Name } from './common';

export const UNIT_KINDS = ['bureau', 'district', 'office', 'institute', 'other'] as const;

export const UnitView = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  status: z.enum(['active', 'closed']),
  successor: z.object({ id: z.number(), name: z.string() }).nullable(),
  formerNames: z.array(z.object({ name: z.string(), validTo: z.string() })),
  projectCount: z.number(),
  /** Users whose unit this is (active or not). */
  userCount: z.number(),
  closedAt: z.string().nullable(),
});
export type UnitView = z.infer<typeof UnitView>;

export const UnitCreate = z.object({ code: Code, name: Name, kind: z.enum(UNIT_KINDS).default('office') });
export const UnitUpdate = z.object({ name: Name.optional(), kind: z.enum(UNIT_KINDS).optional() });

/** Closing a unit: its projects (and, unless told otherwise, its users) move to the successor. */
export const UnitClose = z.object({
  successorId: Id,
  movePeople: z.boolean().default(true),
});
export type UnitClose = z.infer<typeof UnitClose>;

/** Merging several units into one successor: each is closed into it, in one transaction. */
export const UnitMerge = z.object({
  unitIds: z
    .array(Id)
    .min(1, bi('ต้องเลือกหน่วยงานอย่างน้อยหนึ่งหน่วย', 'choose at least one unit'))
    .max(100, bi('เลือกได้ไม่เกิน 100 หน่วยงานต่อครั้ง', 'at most 100 units at a time')),
  successorId: Id,
  movePeople: z.boolean().default(true),
});
export type UnitMerge = z.infer<typeof UnitMerge>;

export const UnitCloseResult = z.object({
  closed: z.array(UnitView),
  successor: UnitView,
  movedProjects: z.number(),
  movedUsers: z.number(),
});
export type UnitCloseResult = z.infer<typeof UnitCloseResult>;
