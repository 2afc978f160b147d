/**
 * The reminder run: decide (pure domain), claim, send, record. Exactly once per recipient, kind,
 * month and item, even when two runs overlap: the claim is written before the e-mail is sent, and
 * a failed send gives the claim back for the next run. Design: src/server/mail/README.md.
 */
import { formatPeriod, periodFromKey } from '../../../domain';
import { bangkokDate } from '../../../domain/monitoring';
import {
  decideReminders,
  groupReminderEmails,
  type ReminderDecision,
  type ReminderEmail,
} from '../../../domain/monitoring/reminders';
import type {
  ReminderOutcome,
  ReminderRunEmail,
  ReminderRunResult,
} from '../../../shared/api/monitoring/my-work';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { isUnreachable, type Mailer } from '../../mail/mailer';
import { composeReminder, type ReminderLine } from '../../mail/monitoring/reminder-message';
import { recordAudit } from '../../repositories/audit';
import {
  claimReminder,
  itemId,
  loadReminderFacts,
  markFailed,
  markSent,
  recoverInterrupted,
  takenItemKeys,
  updateReminderContent,
  type PersonRow,
  type ProjectMonthRow,
} from '../../repositories/monitoring/reminders';

/** Who the scheduled run is in the audit trail. */
export const REMINDER_JOB: Actor = { userId: null, label: 'reminders', role: 'admin', unitId: null };

export interface ReminderRunOptions {
  /** The moment to judge by (tests pass a fixed one). Default: now. */
  now?: Date;
  /** Compute and report only: nothing is sent or written. */
  dryRun?: boolean;
  /** null: no SMTP configured — nothing is sent or written; the result says what is due. */
  mailer: Mailer | null;
  /** The web app's address for links (TIDTAM_PUBLIC_URL). */
  publicUrl: string;
  actor?: Actor;
}

interface PlannedEmail {
  email: ReminderEmail;
  person: PersonRow;
}

export async function runReminders(db: Database, options: ReminderRunOptions): Promise<ReminderRunResult> {
  const now = options.now ?? new Date();
  const dryRun = options.dryRun ?? false;
  const writes = !dryRun && options.mailer !== null;
  const actor = options.actor ?? REMINDER_JOB;
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  const today = bangkokDate(now);

  const recovered = writes ? await db.transaction((tx) => recoverInterrupted(tx)) : 0;
  const { facts, rows, people } = await loadReminderFacts(db, today);
  const taken = await takenItemKeys(db);
  const personById = new Map(people.map((p) => [p.userId, p]));
  const rowByKey = new Map(rows.map((r) => [`${r.period}|${r.projectId}`, r]));

  // Only what has not been reminded yet; one e-mail per recipient, kind and month.
  const planned: PlannedEmail[] = [];
  for (const email of groupReminderEmails(decideReminders(facts))) {
    const fresh = email.decisions.filter(
      (d) => !taken.has(itemId(email.kind, email.period, email.userId, d.itemKey)),
    );
    const person = personById.get(email.userId);
    if (fresh.length > 0 && person) planned.push({ email: { ...email, decisions: fresh }, person });
  }

  const compose = (email: ReminderEmail, person: PersonRow) => {
    const first = email.decisions[0]!;
    const message = composeReminder({
      kind: email.kind,
      period: email.period,
      deadline: first.deadline,
      daysLeft: first.daysLeft,
      recipientName: person.displayName,
      escalateAfterDays: facts.settings.escalateAfterDays,
      lines: email.decisions.flatMap((d) => linesOf(d, rowByKey)),
      publicUrl,
    });
    const items = email.decisions.map((d) => ({
      itemKey: d.itemKey,
      unitId: d.unitId,
      reportId: d.reportId,
      projectIds: d.projectIds,
    }));
    const projectCodes = email.decisions.flatMap((d) =>
      d.projectIds.map((id) => rowByKey.get(`${d.period}|${id}`)?.code ?? String(id)),
    );
    return { ...message, items, projectCodes };
  };

  const result: ReminderRunEmail[] = [];
  const report = (
    { email, person }: PlannedEmail,
    content: { subject: string; projectCodes: string[] },
    outcome: ReminderOutcome,
    reminderId: number | null = null,
    error: string | null = null,
  ) =>
    result.push({
      kind: email.kind,
      period: formatPeriod(periodFromKey(email.period)),
      userId: person.userId,
      username: person.username,
      email: person.email,
      subject: content.subject,
      projectCodes: content.projectCodes,
      outcome,
      reminderId,
      error,
    });

  let unreachable: string | null = null;
  for (const plan of planned) {
    const { email, person } = plan;
    const content = compose(email, person);
    if (!writes) {
      const outcome: ReminderOutcome = !person.email
        ? 'would_skip_no_email'
        : dryRun
          ? 'would_send'
          : 'not_sent_no_smtp';
      report(plan, content, outcome);
      continue;
    }
    if (person.email && unreachable !== null) {
      // The SMTP server could not be used for an earlier e-mail: leave the rest unclaimed for the next run.
      report(plan, content, 'failed', null, `not tried: ${unreachable}`);
      continue;
    }

    // 1. Claim first (its own transaction): from here on no other run sends these items.
    const claim = await db.transaction(async (tx) => {
      const claimed = await claimReminder(
        tx,
        {
          kind: email.kind,
          period: email.period,
          userId: person.userId,
          email: person.email,
          status: person.email ? 'sending' : 'skipped',
          note: person.email ? null : 'no_email',
          subject: content.subject,
          items: content.items,
          judgedOn: today,
        },
        email.decisions.map((d) => d.itemKey),
      );
      if (!claimed) return null;
      const mine = new Set(claimed.claimed);
      const decisions = email.decisions.filter((d) => mine.has(d.itemKey));
      const final =
        decisions.length === email.decisions.length ? content : compose({ ...email, decisions }, person);
      if (final !== content) await updateReminderContent(tx, claimed.id, final.subject, final.items);
      return { id: claimed.id, content: final };
    });
    if (!claim) continue; // another run got there first
    if (!person.email) {
      report(plan, claim.content, 'skipped_no_email', claim.id);
      continue;
    }

    // 2. Send, outside any transaction.
    try {
      const sent = await options.mailer!.send({
        to: person.email,
        subject: claim.content.subject,
        text: claim.content.text,
      });
      // 3. Record the outcome with its audit row.
      await db.transaction(async (tx) => {
        await markSent(tx, claim.id, sent.messageId);
        await recordAudit(tx, actor, {
          action: 'create',
          entity: 'reminder',
          entityId: claim.id,
          after: {
            kind: email.kind,
            period: formatPeriod(periodFromKey(email.period)),
            to: { userId: person.userId, username: person.username, email: person.email },
            subject: claim.content.subject,
            projectCodes: claim.content.projectCodes,
            messageId: sent.messageId,
          },
        });
      });
      report(plan, claim.content, 'sent', claim.id);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await db.transaction((tx) => markFailed(tx, claim.id, message));
      report(plan, claim.content, 'failed', claim.id, message);
      if (isUnreachable(err)) unreachable = message;
    }
  }

  return {
    now: now.toISOString(),
    today,
    dryRun,
    smtp: options.mailer !== null,
    recovered,
    emails: result,
  };
}

function linesOf(decision: ReminderDecision, rowByKey: Map<string, ProjectMonthRow>): ReminderLine[] {
  return decision.projectIds.map((projectId) => {
    const row = rowByKey.get(`${decision.period}|${projectId}`);
    return {
      projectId,
      code: row?.code ?? String(projectId),
      name: row?.name ?? '',
      unitId: decision.unitId,
      unitName: row?.unit.name ?? '',
      reportId: decision.reportId,
      state: row?.report?.state ?? null,
      submittedOn: row?.report?.submittedOn ?? null,
      waitingDays: decision.waitingDays,
    };
  });
}
