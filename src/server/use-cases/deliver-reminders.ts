/**
 * The reminder ledger's cycle for any module (design in src/server/mail/README.md): for each planned e-mail,
 * claim its items in its own transaction (from then on no other run sends them), send outside any
 * transaction, then record the outcome with its audit row. The modules decide who is reminded of what
 * (committee assignments, development results); this is the one place that sends.
 */
import type { ReminderOutcome } from '../../shared/api/reminders';
import type { Actor } from '../actor';
import { isUnreachable, type Mailer, type MailMessage } from '../mail/mailer';
import { recordAudit } from '../repositories/audit';
import { claimReminder, markFailed, markSent, type PersonRow } from '../repositories/reminder-ledger';
import type { Database } from '../db/database';

/** One e-mail to one person: a kind, the ledger's period (the due month) and the lines it reminds of. */
export interface PlannedReminder<K extends string, L> {
  kind: K;
  period: number;
  person: PersonRow;
  lines: L[];
}

export type DeliveryOutcome = ReminderOutcome;

export interface Delivery<K extends string, L> {
  plan: PlannedReminder<K, L>;
  /** The lines this e-mail carried (a concurrent run may have taken some). */
  lines: L[];
  subject: string;
  outcome: DeliveryOutcome;
  reminderId: number | null;
  error: string | null;
}

export interface DeliveryOptions<K extends string, L> {
  today: string;
  dryRun: boolean;
  /** null: no SMTP configured — nothing is sent or written. */
  mailer: Mailer | null;
  actor: Actor;
  /** A line's item in the ledger: its key (one send per key) and what the e-mail's record keeps of it. */
  item: (line: L) => { key: string; record: Record<string, unknown> };
  compose: (plan: PlannedReminder<K, L>, lines: L[]) => Omit<MailMessage, 'to'>;
  /** What the audit row names of the lines sent, e.g. { projectIds: […] }. */
  audited: (lines: L[]) => Record<string, unknown>;
}

export async function deliverReminders<K extends string, L>(
  db: Database,
  plans: Iterable<PlannedReminder<K, L>>,
  o: DeliveryOptions<K, L>,
): Promise<Delivery<K, L>[]> {
  const writes = !o.dryRun && o.mailer !== null;
  const done: Delivery<K, L>[] = [];
  let unreachable: string | null = null;
  for (const plan of plans) {
    const { person } = plan;
    const report = (
      lines: L[],
      outcome: DeliveryOutcome,
      reminderId: number | null = null,
      error: string | null = null,
    ) => done.push({ plan, lines, subject: o.compose(plan, lines).subject, outcome, reminderId, error });
    if (!writes) {
      report(
        plan.lines,
        !person.email ? 'would_skip_no_email' : o.dryRun ? 'would_send' : 'not_sent_no_smtp',
      );
      continue;
    }
    // After the mail server proved unreachable, the rest are not tried (and stay unclaimed for the next run).
    if (person.email && unreachable !== null) {
      report(plan.lines, 'failed', null, `not tried: ${unreachable}`);
      continue;
    }
    const keyOf = (line: L) => o.item(line).key;
    // 1. Claim first, in its own transaction: from here on no other run sends these items.
    const claim = await db.transaction(async (tx) => {
      const claimed = await claimReminder(
        tx,
        {
          kind: plan.kind,
          period: plan.period,
          userId: person.userId,
          email: person.email,
          status: person.email ? 'sending' : 'skipped',
          note: person.email ? null : 'no_email',
          subject: o.compose(plan, plan.lines).subject,
          items: plan.lines.map((l) => ({ itemKey: keyOf(l), ...o.item(l).record })),
          judgedOn: o.today,
        },
        plan.lines.map(keyOf),
      );
      if (!claimed) return null;
      const mine = new Set(claimed.claimed);
      const lines = plan.lines.filter((l) => mine.has(keyOf(l)));
      return { id: claimed.id, lines, content: o.compose(plan, lines) };
    });
    if (!claim) continue; // another run got there first
    if (!person.email) {
      report(claim.lines, 'skipped_no_email', claim.id);
      continue;
    }
    // 2. Send, outside any transaction; 3. record the outcome with its audit row.
    try {
      const sent = await o.mailer!.send({ to: person.email, ...claim.content });
      await db.transaction(async (tx) => {
        await markSent(tx, claim.id, sent.messageId);
        await recordAudit(tx, o.actor, {
          action: 'create',
          entity: 'reminder',
          entityId: claim.id,
          after: {
            kind: plan.kind,
            to: { userId: person.userId, username: person.username, email: person.email },
            subject: claim.content.subject,
            ...o.audited(claim.lines),
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
  return done;
}
