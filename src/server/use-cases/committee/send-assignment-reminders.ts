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
import { isUnreachable, type Mailer } from '../../mail/mailer';
import { recordAudit } from '../../repositories/audit';
import { assignmentReminderSettings, assignmentRows } from '../../repositories/committee/assignments';
import { meetingDates } from '../../repositories/committee/meetings';
import {
  claimReminder,
  itemId,
  loadActivePeople,
  markFailed,
  markSent,
  takenItemKeys,
  type PersonRow,
} from '../../repositories/reminder-ledger';
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

interface Planned {
  kind: AssignmentReminderKind;
  period: number;
  person: PersonRow;
  lines: AssignmentReminderLine[];
}

const itemKey = (assignmentId: number) => `assignment:${assignmentId}`;

export async function runAssignmentReminders(
  db: Database,
  options: AssignmentReminderRunOptions,
): Promise<AssignmentReminderRunResult> {
  const today = bangkokToday(options.now);
  const dryRun = options.dryRun ?? false;
  const writes = !dryRun && options.mailer !== null;
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

  const emails: AssignmentReminderEmail[] = [];
  let unreachable: string | null = null;
  for (const plan of planned.values()) {
    const { person } = plan;
    const compose = (lines: AssignmentReminderLine[]) =>
      composeAssignmentReminder({
        kind: plan.kind,
        recipientName: person.displayName,
        escalateAfterDays: settings.escalateAfterDays,
        lines,
        publicUrl,
      });
    const report = (
      lines: AssignmentReminderLine[],
      outcome: AssignmentReminderEmail['outcome'],
      reminderId: number | null = null,
      error: string | null = null,
    ) =>
      emails.push({
        kind: plan.kind,
        userId: person.userId,
        username: person.username,
        email: person.email,
        subject: compose(lines).subject,
        assignmentIds: lines.map((l) => l.assignmentId),
        outcome,
        reminderId,
        error,
      });
    if (!writes) {
      report(plan.lines, !person.email ? 'would_skip_no_email' : dryRun ? 'would_send' : 'not_sent_no_smtp');
      continue;
    }
    if (person.email && unreachable !== null) {
      report(plan.lines, 'failed', null, `not tried: ${unreachable}`);
      continue;
    }
    // 1. Claim first, in its own transaction: from here on no other run sends these items.
    const claim = await db.transaction(async (tx) => {
      const content = compose(plan.lines);
      const claimed = await claimReminder(
        tx,
        {
          kind: plan.kind,
          period: plan.period,
          userId: person.userId,
          email: person.email,
          status: person.email ? 'sending' : 'skipped',
          note: person.email ? null : 'no_email',
          subject: content.subject,
          items: plan.lines.map((l) => ({ itemKey: itemKey(l.assignmentId), assignmentId: l.assignmentId })),
          judgedOn: today,
        },
        plan.lines.map((l) => itemKey(l.assignmentId)),
      );
      if (!claimed) return null;
      const mine = new Set(claimed.claimed);
      const lines = plan.lines.filter((l) => mine.has(itemKey(l.assignmentId)));
      return { id: claimed.id, lines, content: compose(lines) };
    });
    if (!claim) continue; // another run got there first
    if (!person.email) {
      report(claim.lines, 'skipped_no_email', claim.id);
      continue;
    }
    // 2. Send, outside any transaction; 3. record the outcome with its audit row.
    try {
      const sent = await options.mailer!.send({ to: person.email, ...claim.content });
      await db.transaction(async (tx) => {
        await markSent(tx, claim.id, sent.messageId);
        await recordAudit(tx, actor, {
          action: 'create',
          entity: 'reminder',
          entityId: claim.id,
          after: {
            kind: plan.kind,
            to: { userId: person.userId, username: person.username, email: person.email },
            subject: claim.content.subject,
            assignmentIds: claim.lines.map((l) => l.assignmentId),
            messageId: sent.messageId,
          },
        });
      });
      report(claim.lines, 'sent', claim.id);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await db.transaction((tx) => markFailed(tx, claim.id, message));
      report(claim.lines, 'failed', claim.id, message);
      if (isUnreachable(err)) unreachable = message;
    }
  }
  return { today, dryRun, smtp: options.mailer !== null, emails };
}

/** One line for the log and the command line: "committee reminders 2026-12-06: sent 2, skipped_no_email 1". */
export function summariseAssignmentRun(result: AssignmentReminderRunResult): string {
  const counts = new Map<string, number>();
  for (const e of result.emails) counts.set(e.outcome, (counts.get(e.outcome) ?? 0) + 1);
  const parts = [...counts].map(([outcome, n]) => `${outcome} ${n}`);
  return `committee reminders ${result.today}: ${parts.length > 0 ? parts.join(', ') : 'nothing due'}`;
}
