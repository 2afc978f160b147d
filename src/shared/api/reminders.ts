/** What every module's reminder run reports (the kernel's delivery: server/use-cases/deliver-reminders.ts). */
import { z } from 'zod';

export const ReminderOutcome = z.enum([
  'sent',
  'failed',
  'skipped_no_email',
  'would_send',
  'would_skip_no_email',
  'not_sent_no_smtp',
]);
export type ReminderOutcome = z.infer<typeof ReminderOutcome>;

export const ReminderRunRequest = z.object({ dryRun: z.boolean().optional() });

/** One e-mail of a run; each module adds its kind and the ids of what it reminds of. */
export const ReminderEmailBase = z.object({
  userId: z.number(),
  username: z.string(),
  email: z.string().nullable(),
  subject: z.string(),
  outcome: ReminderOutcome,
  /** The reminder record (null when nothing was written: dry run, no SMTP). */
  reminderId: z.number().nullable(),
  error: z.string().nullable(),
});

/** A run's answer: the Bangkok date it judged by, whether it sent, and its e-mails. */
export const reminderRunResult = <E extends z.ZodTypeAny>(email: E) =>
  z.object({ today: z.string(), dryRun: z.boolean(), smtp: z.boolean(), emails: z.array(email) });
