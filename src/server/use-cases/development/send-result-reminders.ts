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
import type { Mailer } from '../../mail/mailer';
import { instituteUnitId, unfiledResultRows } from '../../repositories/development/result-reminders';
import { itemId, loadActivePeople, takenItemKeys } from '../../repositories/reminder-ledger';
import { deliverReminders, type PlannedReminder } from '../deliver-reminders';
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

type Planned = PlannedReminder<ResultReminderKind, ResultReminderLine>;

const itemKey = (projectId: number) => `development_project:${projectId}`;

export async function runResultReminders(
  db: Database,
  options: ResultReminderRunOptions,
): Promise<ResultReminderRunResult> {
  const today = bangkokToday(options.now);
  const dryRun = options.dryRun ?? false;
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

  const deliveries = await deliverReminders(db, planned.values(), {
    today,
    dryRun,
    mailer: options.mailer,
    actor,
    item: (l) => ({ key: itemKey(l.projectId), record: { projectId: l.projectId } }),
    compose: (plan, lines) =>
      composeResultReminder({
        kind: plan.kind,
        recipientName: plan.person.displayName,
        escalateAfterDays: settings.escalateAfterDays,
        lines,
        publicUrl,
      }),
    audited: (lines) => ({ projectIds: lines.map((l) => l.projectId) }),
  });
  const emails: ResultReminderEmail[] = deliveries.map((d) => ({
    kind: d.plan.kind,
    userId: d.plan.person.userId,
    username: d.plan.person.username,
    email: d.plan.person.email,
    subject: d.subject,
    projectIds: d.lines.map((l) => l.projectId),
    outcome: d.outcome,
    reminderId: d.reminderId,
    error: d.error,
  }));
  return { today, dryRun, smtp: options.mailer !== null, emails };
}

/** One line for the log and the command line: "development reminders 2023-07-05: sent 2". */
export function summariseResultRun(result: ResultReminderRunResult): string {
  const counts = new Map<string, number>();
  for (const e of result.emails) counts.set(e.outcome, (counts.get(e.outcome) ?? 0) + 1);
  const parts = [...counts].map(([outcome, n]) => `${outcome} ${n}`);
  return `development reminders ${result.today}: ${parts.length > 0 ? parts.join(', ') : 'nothing due'}`;
}
