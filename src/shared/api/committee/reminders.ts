/** The committee's assignment reminder run: what it sent (or would send) to whom. */
import { z } from 'zod';

export const ASSIGNMENT_REMINDER_KINDS = [
  'assignment_due_soon',
  'assignment_overdue',
  'assignment_escalated',
] as const;

export const AssignmentReminderRunRequest = z.object({ dryRun: z.boolean().optional() });

export const AssignmentReminderEmail = z.object({
  kind: z.enum(ASSIGNMENT_REMINDER_KINDS),
  userId: z.number(),
  username: z.string(),
  email: z.string().nullable(),
  subject: z.string(),
  assignmentIds: z.array(z.number()),
  outcome: z.enum([
    'sent',
    'failed',
    'skipped_no_email',
    'would_send',
    'would_skip_no_email',
    'not_sent_no_smtp',
  ]),
  /** The reminder record (null when nothing was written: dry run, no SMTP). */
  reminderId: z.number().nullable(),
  error: z.string().nullable(),
});
export type AssignmentReminderEmail = z.infer<typeof AssignmentReminderEmail>;

export const AssignmentReminderRunResult = z.object({
  /** The Bangkok date the run judged by. */
  today: z.string(),
  dryRun: z.boolean(),
  smtp: z.boolean(),
  emails: z.array(AssignmentReminderEmail),
});
export type AssignmentReminderRunResult = z.infer<typeof AssignmentReminderRunResult>;
