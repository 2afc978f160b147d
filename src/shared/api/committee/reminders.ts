/** The committee's assignment reminder run: what it sent (or would send) to whom. */
import { z } from 'zod';
import { ReminderEmailBase, ReminderRunRequest, reminderRunResult } from '../reminders';

export const ASSIGNMENT_REMINDER_KINDS = [
  'assignment_due_soon',
  'assignment_overdue',
  'assignment_escalated',
] as const;

export const AssignmentReminderRunRequest = ReminderRunRequest;

export const AssignmentReminderEmail = ReminderEmailBase.extend({
  kind: z.enum(ASSIGNMENT_REMINDER_KINDS),
  assignmentIds: z.array(z.number()),
});
export type AssignmentReminderEmail = z.infer<typeof AssignmentReminderEmail>;

export const AssignmentReminderRunResult = reminderRunResult(AssignmentReminderEmail);
export type AssignmentReminderRunResult = z.infer<typeof AssignmentReminderRunResult>;
