/**
 * The committee's reminder run: decide (src/domain/committee/reminders.ts), then the shared ledger's cycle
 * of claim, send, record (src/server/repositories/reminder-ledger.ts; design in src/server/mail/README.md):
 * one e-mail per recipient, kind and due month, each assignment at most once per kind and recipient.
 */
import {
  DEFAULT_ASSIGNMENT_REMINDER_SETTINGS,
  decideAssignmentReminders,
  ledgerPeriod,
  type AssignmentReminderKind,
  type AssignmentState,
} from '../../../domain/committee';
import type {
  AssignmentReminderEmail,
  AssignmentReminderRunResult,
} from '../../../shared/api/committee/reminders';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import {
  composeAssignmentReminder,
  type AssignmentReminderLine,
} from '../../mail/committee/assignment-reminder-message';
import type { Mailer } from '../../mail/mailer';
import { assignmentReminderSettings, assignmentRows } from '../../repositories/committee/assignments';
import { meetingDates } from '../../repositories/committee/meetings';
import { itemId, loadActivePeople, takenItemKeys } from '../../repositories/reminder-ledger';
import { deliverReminders, type PlannedReminder } from '../deliver-reminders';
import { bangkokToday } from './today';

export const COMMITTEE_REMINDER_JOB: Actor = {
  userId: null,
  label: 'reminders',
  role: 'admin',
  unitId: null,
};

export interface AssignmentReminderRunOptions {
  now?: Date;
  dryRun?: boolean;
  /** null: no SMTP configured — nothing is sent or written. */
  mailer: Mailer | null;
  publicUrl: string;
  actor?: Actor;
}

type Planned = PlannedReminder<AssignmentReminderKind, AssignmentReminderLine>;

const itemKey = (assignmentId: number) => `assignment:${assignmentId}`;

export async function runAssignmentReminders(
  db: Database,
  options: AssignmentReminderRunOptions,
): Promise<AssignmentReminderRunResult> {
  const today = bangkokToday(options.now);
  const dryRun = options.dryRun ?? false;
  const actor = options.actor ?? COMMITTEE_REMINDER_JOB;
  const publicUrl = options.publicUrl.replace(/\/+$/, '');

  const [rows, dates, people, settings, taken] = await Promise.all([
    assignmentRows(db, { closed: false }),
    meetingDates(db),
    loadActivePeople(db),
    assignmentReminderSettings(db, DEFAULT_ASSIGNMENT_REMINDER_SETTINGS),
    takenItemKeys(db),
  ]);
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const personById = new Map(people.map((p) => [p.userId, p]));
  const decisions = decideAssignmentReminders(
    rows.map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      state: r.state as AssignmentState,
      dueDate: r.due_date,
      dueNextMeeting: r.due_next_meeting,
      resolutionMeetingDate: r.meeting_date,
    })),
    dates,
    people,
    today,
    settings,
  );

  // One e-mail per recipient, kind and month of the due day; only what has not been sent yet.
  const planned = new Map<string, Planned>();
  for (const d of decisions) {
    const period = ledgerPeriod(d.dueOn);
    const row = rowById.get(d.assignmentId)!;
    for (const userId of d.userIds) {
      if (taken.has(itemId(d.kind, period, userId, itemKey(d.assignmentId)))) continue;
      const person = personById.get(userId)!;
      const key = `${d.kind}|${period}|${userId}`;
      const plan = planned.get(key) ?? { kind: d.kind, period, person, lines: [] };
      plan.lines.push({
        assignmentId: d.assignmentId,
        meetingNo: row.meeting_no,
        meetingYearBe: row.meeting_year,
        agendaNo: row.agenda_no,
        resolutionText: row.resolution_text,
        unitName: row.unit_name,
        state: row.state as AssignmentState,
        dueOn: d.dueOn,
        daysLeft: d.daysLeft,
      });
      planned.set(key, plan);
    }
  }

  const deliveries = await deliverReminders(db, planned.values(), {
    today,
    dryRun,
    mailer: options.mailer,
    actor,
    item: (l) => ({ key: itemKey(l.assignmentId), record: { assignmentId: l.assignmentId } }),
    compose: (plan, lines) =>
      composeAssignmentReminder({
        kind: plan.kind,
        recipientName: plan.person.displayName,
        escalateAfterDays: settings.escalateAfterDays,
        lines,
        publicUrl,
      }),
    audited: (lines) => ({ assignmentIds: lines.map((l) => l.assignmentId) }),
  });
  const emails: AssignmentReminderEmail[] = deliveries.map((d) => ({
    kind: d.plan.kind,
    userId: d.plan.person.userId,
    username: d.plan.person.username,
    email: d.plan.person.email,
    subject: d.subject,
    assignmentIds: d.lines.map((l) => l.assignmentId),
    outcome: d.outcome,
    reminderId: d.reminderId,
    error: d.error,
  }));
  return { today, dryRun, smtp: options.mailer !== null, emails };
}

/** One line for the log and the command line: "committee reminders 2026-12-06: sent 2, skipped_no_email 1". */
export function summariseAssignmentRun(result: AssignmentReminderRunResult): string {
  const counts = new Map<string, number>();
  for (const e of result.emails) counts.set(e.outcome, (counts.get(e.outcome) ?? 0) + 1);
  const parts = [...counts].map(([outcome, n]) => `${outcome} ${n}`);
  return `committee reminders ${result.today}: ${parts.length > 0 ? parts.join(', ') : 'nothing due'}`;
}
