/** The development results' reminder run (form สพข. ๒): what it sent (or would send) to whom. */
import { z } from 'zod';

export const RESULT_REMINDER_KINDS = ['result_due_soon', 'result_overdue', 'result_escalated'] as const;

export const ResultReminderRunRequest = z.object({ dryRun: z.boolean().optional() });

export const ResultReminderEmail = z.object({
  kind: z.enum(RESULT_REMINDER_KINDS),
  userId: z.number(),
  username: z.string(),
  email: z.string().nullable(),
  subject: z.string(),
  projectIds: z.array(z.number()),
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
export type ResultReminderEmail = z.infer<typeof ResultReminderEmail>;

export const ResultReminderRunResult = z.object({
  /** The Bangkok date the run judged by. */
  today: z.string(),
  dryRun: z.boolean(),
  smtp: z.boolean(),
  emails: z.array(ResultReminderEmail),
});
export type ResultReminderRunResult = z.infer<typeof ResultReminderRunResult>;
