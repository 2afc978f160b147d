/** Assignments of the committee's resolutions: what a unit must bring back, its progress and its closing. */
import { z } from 'zod';
import { ASSIGNMENT_STATES } from '../../../domain/committee/assignment';
import { RETURN_KINDS } from '../../../domain/committee/agenda';
import { bi, CodedRef, Id, LongText } from '../common';
import { AttachmentView } from './attachments';

const Meeting = z.object({ id: z.number(), no: z.number(), yearBe: z.number(), heldOn: z.string() });

export const AssignmentView = z.object({
  id: z.number(),
  resolutionId: z.number(),
  resolutionText: z.string(),
  meeting: Meeting,
  unit: CodedRef,
  returnKind: z.enum(RETURN_KINDS),
  dueDate: z.string().nullable(),
  dueNextMeeting: z.boolean(),
  /** The date it is due: the due date, or the next meeting's date (null: no next meeting yet). */
  dueOn: z.string().nullable(),
  state: z.enum(ASSIGNMENT_STATES),
  overdue: z.boolean(),
  daysLate: z.number(),
  closedAt: Meeting.nullable(),
  closedNote: z.string().nullable(),
  version: z.number(),
});
export type AssignmentView = z.infer<typeof AssignmentView>;

export const ProgressView = z.object({
  id: z.number(),
  at: z.string(),
  author: z.string(),
  text: z.string(),
  proposesClosing: z.boolean(),
});
export type ProgressView = z.infer<typeof ProgressView>;

export const AssignmentDetail = AssignmentView.extend({
  progress: z.array(ProgressView),
  /** Files attached to the progress entries, oldest first (each names its entry). */
  attachments: z.array(AttachmentView),
});
export type AssignmentDetail = z.infer<typeof AssignmentDetail>;

export const AssignmentListQuery = z.object({
  unitId: Id.optional(),
  status: z.enum(['open', 'overdue', 'closed', 'all']).default('all'),
});
export type AssignmentListQuery = z.infer<typeof AssignmentListQuery>;

export const ProgressCreate = z.object({
  text: LongText.min(1, bi('กรุณากรอกความคืบหน้า', 'the progress text is required')),
  proposesClosing: z.boolean().default(false),
  version: z.number().int(),
});
export type ProgressCreate = z.infer<typeof ProgressCreate>;

export const AssignmentClose = z.object({
  meetingId: Id,
  note: LongText.nullable().optional(),
  version: z.number().int(),
});
export type AssignmentClose = z.infer<typeof AssignmentClose>;

export const UnitAssignmentCounts = z.object({
  unit: CodedRef,
  open: z.number(),
  overdue: z.number(),
  closed: z.number(),
});
export type UnitAssignmentCounts = z.infer<typeof UnitAssignmentCounts>;
