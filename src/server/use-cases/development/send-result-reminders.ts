/**
 * The development results' reminder run (form สพข. ๒): decide (src/domain/development/result-reminders.ts),
 * then the shared ledger's cycle of claim, send, record (src/server/repositories/reminder-ledger.ts; design in
 * src/server/mail/README.md): one e-mail per recipient, kind and month of the due day, each project at most
 * once per kind and recipient. Follows the committee's run (committee/send-assignment-reminders.ts).
 */
import { periodKey, periodOfIsoDate } from '../../../domain';
import {
  DEFAULT_RESULT_REMINDER_SETTINGS,
  addDays,
  decideResultReminders,
  RESULT_DUE_DAYS,
  type ResultReminderKind,
} from '../../../domain/development';
import type { ResultReminderEmail, ResultReminderRunResult } from '../../../shared/api/development/reminders';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import {
  composeResultReminder,
  type ResultReminderLine,
} from '../../mail/development/result-reminder-message';
import { isUnreachable, type Mailer } from '../../mail/mailer';
import { recordAudit } from '../../repositories/audit';
import { instituteUnitId, unfiledResultRows } from '../../repositories/development/result-reminders';
import {
  claimReminder,
  itemId,
  loadActivePeople,
  markFailed,
  markSent,
  takenItemKeys,
  type PersonRow,
} from '../../repositories/reminder-ledger';
import { bangkokToday } from '../clock';

export const DEVELOPMENT_REMINDER_JOB: Actor = {
  userId: null,
  label: 'reminders',
  role: 'admin',
  unitId: null,
};

export interface ResultReminderRunOptions {
  now?: Date;
  dryRun?: boolean;
  /** null: no SMTP configured — nothing is sent or written. */
  mailer: Mailer | null;
  publicUrl: string;
  actor?: Actor;
}

interface Planned {
  kind: ResultReminderKind;
  period: number;
  person: PersonRow;
  lines: ResultReminderLine[];
}

const itemKey = (projectId: number) => `development_project:${projectId}`;

export async function runResultReminders(
  db: Database,
  options: ResultReminderRunOptions,
): Promise<ResultReminderRunResult> {
  const today = bangkokToday(options.now);
  const dryRun = options.dryRun ?? false;
  const writes = !dryRun && options.mailer !== null;
  const actor = options.actor ?? DEVELOPMENT_REMINDER_JOB;
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  const settings = DEFAULT_RESULT_REMINDER_SETTINGS;

  const [rows, people, institute, taken] = await Promise.all([
    unfiledResultRows(
      db,
      RESULT_DUE_DAYS,
      addDays(today, -settings.lookBackDays),
      addDays(today, settings.remindDaysBefore),
    ),
    loadActivePeople(db),
    instituteUnitId(db),
    takenItemKeys(db),
  ]);
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const personById = new Map(people.map((p) => [p.userId, p]));
  const decisions = decideResultReminders(
    rows.map((r) => ({ projectId: r.id, unitId: r.unit_id, endDate: r.end_date, filedOn: null })),
    people,
    institute,
    today,
    settings,
  );

  // One e-mail per recipient, kind and month of the due day; only what has not been sent yet.
  const planned = new Map<string, Planned>();
  for (const d of decisions) {
    const period = periodKey(periodOfIsoDate(d.dueOn));
    const row = rowById.get(d.projectId)!;
    for (const userId of d.userIds) {
      if (taken.has(itemId(d.kind, period, userId, itemKey(d.projectId)))) continue;
      const person = personById.get(userId)!;
      const key = `${d.kind}|${period}|${userId}`;
      const plan = planned.get(key) ?? { kind: d.kind, period, person, lines: [] };
      plan.lines.push({
        projectId: d.projectId,
        fiscalYear: row.fiscal_year,
        projectCode: row.project_code,
        projectName: row.project_name,
        unitName: row.unit_name,
        endDate: row.end_date,
        dueOn: d.dueOn,
        daysLeft: d.daysLeft,
      });
      planned.set(key, plan);
    }
  }

  const emails: ResultReminderEmail[] = [];
  let unreachable: string | null = null;
  for (const plan of planned.values()) {
    const { person } = plan;
    const compose = (lines: ResultReminderLine[]) =>
      composeResultReminder({
        kind: plan.kind,
        recipientName: person.displayName,
        escalateAfterDays: settings.escalateAfterDays,
        lines,
        publicUrl,
      });
    const report = (
      lines: ResultReminderLine[],
      outcome: ResultReminderEmail['outcome'],
      reminderId: number | null = null,
      error: string | null = null,
    ) =>
      emails.push({
        kind: plan.kind,
        userId: person.userId,
        username: person.username,
        email: person.email,
        subject: compose(lines).subject,
        projectIds: lines.map((l) => l.projectId),
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
          items: plan.lines.map((l) => ({ itemKey: itemKey(l.projectId), projectId: l.projectId })),
          judgedOn: today,
        },
        plan.lines.map((l) => itemKey(l.projectId)),
      );
      if (!claimed) return null;
      const mine = new Set(claimed.claimed);
      const lines = plan.lines.filter((l) => mine.has(itemKey(l.projectId)));
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
            projectIds: claim.lines.map((l) => l.projectId),
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

/** One line for the log and the command line: "development reminders 2023-07-05: sent 2". */
export function summariseResultRun(result: ResultReminderRunResult): string {
  const counts = new Map<string, number>();
  for (const e of result.emails) counts.set(e.outcome, (counts.get(e.outcome) ?? 0) + 1);
  const parts = [...counts].map(([outcome, n]) => `${outcome} ${n}`);
  return `development reminders ${result.today}: ${parts.length > 0 ? parts.join(', ') : 'nothing due'}`;
}
