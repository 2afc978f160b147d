/** "My work" (GET /api/my-work) and the reminder run (POST /api/reminders/run). */
import { z } from 'zod';
import { CodedRef } from '../common';
import { REMINDER_KINDS } from '../../../domain/monitoring/reminders';
import { REPORT_STATES } from '../../../domain/monitoring/report-workflow';

export const MyWorkItem = z.object({
  projectId: z.number(),
  projectCode: z.string(),
  projectName: z.string(),
  unit: CodedRef.nullable(),
  /** The reporting month, "2566-06". */
  period: z.string(),
  /** The month's deadline (ISO CE date). */
  deadline: z.string(),
  /** Days from today (Bangkok) to the deadline: 0 on the day, negative when late. */
  daysLeft: z.number(),
  /** State of the current report; null when there is none yet. */
  state: z.enum(REPORT_STATES).nullable(),
  reportId: z.number().nullable(),
  /** When the current report was sent up, and how many days it has waited since. */
  submittedAt: z.string().nullable(),
  waitingDays: z.number().nullable(),
  /** Where to do it in the web app (a path). */
  link: z.string(),
});
export type MyWorkItem = z.infer<typeof MyWorkItem>;

export const LateUnit = z.object({
  unit: CodedRef,
  period: z.string(),
  deadline: z.string(),
  /** Days past the deadline (≥ 1). */
  daysLate: z.number(),
  /** Projects without a report sent up. */
  missing: z.number(),
  link: z.string(),
});
export type LateUnit = z.infer<typeof LateUnit>;

export const MyWorkResponse = z.object({
  /** Today in Bangkok (ISO CE date): what "days left" counts from. */
  today: z.string(),
  role: z.string(),
  /** Focal points: projects of the unit without a report sent up, in open, unlocked months. */
  report: z.array(MyWorkItem),
  /** Approvers: the unit's submitted reports they can approve now. */
  approve: z.array(MyWorkItem),
  /** The centre: approved reports waiting for acceptance. */
  accept: z.array(MyWorkItem),
  /** The centre: agencies past a deadline with reports still missing, while they can still send them. */
  lateUnits: z.array(LateUnit),
});
export type MyWorkResponse = z.infer<typeof MyWorkResponse>;

export const ReminderRunRequest = z.object({ dryRun: z.boolean().optional() });

export const ReminderOutcome = z.enum([
  'sent',
  'failed',
  'skipped_no_email',
  'would_send',
  'would_skip_no_email',
  'not_sent_no_smtp',
]);
export type ReminderOutcome = z.infer<typeof ReminderOutcome>;

export const ReminderRunEmail = z.object({
  kind: z.enum(REMINDER_KINDS),
  period: z.string(),
  userId: z.number(),
  username: z.string(),
  email: z.string().nullable(),
  subject: z.string(),
  projectCodes: z.array(z.string()),
  outcome: ReminderOutcome,
  /** The reminder record (absent when nothing was written: dry run, no SMTP). */
  reminderId: z.number().nullable(),
  error: z.string().nullable(),
});
export type ReminderRunEmail = z.infer<typeof ReminderRunEmail>;

export const ReminderRunResult = z.object({
  /** The moment the run judged by (ISO timestamp) and its Bangkok date. */
  now: z.string(),
  today: z.string(),
  dryRun: z.boolean(),
  /** Whether an SMTP server is configured (TIDTAM_SMTP_URL). */
  smtp: z.boolean(),
  /** Claims of interrupted runs given back to be sent again. */
  recovered: z.number(),
  emails: z.array(ReminderRunEmail),
});
export type ReminderRunResult = z.infer<typeof ReminderRunResult>;
