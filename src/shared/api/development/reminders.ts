/** The development results' reminder run (form สพข. ๒): what it sent (or would send) to whom. */
import { z } from 'zod';
import { ReminderEmailBase, ReminderRunRequest, reminderRunResult } from '../reminders';

export const RESULT_REMINDER_KINDS = ['result_due_soon', 'result_overdue', 'result_escalated'] as const;

export const ResultReminderRunRequest = ReminderRunRequest;

export const ResultReminderEmail = ReminderEmailBase.extend({
  kind: z.enum(RESULT_REMINDER_KINDS),
  projectIds: z.array(z.number()),
});
export type ResultReminderEmail = z.infer<typeof ResultReminderEmail>;

export const ResultReminderRunResult = reminderRunResult(ResultReminderEmail);
export type ResultReminderRunResult = z.infer<typeof ResultReminderRunResult>;
