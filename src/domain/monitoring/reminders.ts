/**
 * Who is reminded of what, on a given day (src/server/mail/README.md). Pure: the server gathers the facts
 * (reporting months, the projects each unit must report with their current report, the people) and
 * asks; it then sends one e-mail per recipient, kind and month, and records each item so it is
 * reminded exactly once.
 *
 * - before_deadline: from `remindDaysBefore` days before the deadline up to the deadline itself, the
 *   focal points of a unit that still has projects without a report sent up (missing, draft, returned).
 * - late: from the day after the deadline while the month is still open to the unit (not locked, or
 *   under an exception), the same units' focal points and approvers.
 * - awaiting_approval: a report submitted more than `escalateAfterDays` days ago and still not approved,
 *   while the approver can still act on it (the month open to the unit) → the unit's approvers.
 * - escalated_to_centre: still waiting after more than twice that → the centre (admins), whether or not
 *   the month is locked: only the centre can move a report that is stuck in a locked month.
 *
 * Dates are ISO CE strings of the Bangkok calendar; periods are keys like 256607.
 */
import type { Role } from '../../shared/limits';
import { fiscalYearOfPeriod, periodFromKey } from '../period';
import { isMonthLocked } from './reporting-month';
import type { ReportState } from './report-workflow';

export const REMINDER_KINDS = [
  'before_deadline',
  'late',
  'awaiting_approval',
  'escalated_to_centre',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface ReminderSettings {
  /** Setting remind_days_before (default 3). */
  remindDaysBefore: number;
  /** Setting escalate_after_days (default 5): the approver after more than this, the centre after twice. */
  escalateAfterDays: number;
}

export interface ReportingMonthFacts {
  period: number;
  deadline: string;
  lockAfterDays: number | null;
}

export interface ProjectMonthFacts {
  projectId: number;
  unitId: number;
  period: number;
  /** The current (not superseded) report of this project and month; null when there is none. */
  report: { id: number; state: ReportState; submittedOn: string | null } | null;
}

export interface ReminderPerson {
  userId: number;
  role: Role;
  unitId: number | null;
}

export interface ReminderFacts {
  /** Today in Bangkok. */
  today: string;
  settings: ReminderSettings;
  months: readonly ReportingMonthFacts[];
  /** The centre's extensions: the unit may work on the (locked) month until `until`. */
  exceptions: readonly { unitId: number; period: number; until: string }[];
  /** Each project that must be reported for an opened month, with its current report (see needsReport). */
  projects: readonly ProjectMonthFacts[];
  /** Active users only. */
  people: readonly ReminderPerson[];
}

/** One thing to remind of, for one unit and month (and, for the waiting kinds, one report). */
export interface ReminderDecision {
  kind: ReminderKind;
  period: number;
  unitId: number;
  /** The waiting report (awaiting_approval, escalated_to_centre); null for a unit's missing reports. */
  reportId: number | null;
  /** The projects concerned: those without a report sent up, or the project of the waiting report. */
  projectIds: number[];
  deadline: string;
  /** Days from today to the deadline: 0 on the day, negative when late. */
  daysLeft: number;
  /** Days the report has waited since it was submitted (waiting kinds only). */
  waitingDays: number | null;
  /** The exactly-once key of this item for one recipient, kind and month. */
  itemKey: string;
  recipients: number[];
}

/** One e-mail: everything of one kind and month for one recipient. */
export interface ReminderEmail {
  userId: number;
  kind: ReminderKind;
  period: number;
  decisions: ReminderDecision[];
}

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y!, m! - 1, d!);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** A project still owes its month's report until one has been sent up (submitted or further). */
export function needsReport(state: ReportState | null): boolean {
  return state === null || state === 'draft' || state === 'returned';
}

/** The unit may still work on the month today: opened, not locked, or under an exception. */
export function monthOpenTo(
  month: ReportingMonthFacts,
  today: string,
  exceptionUntil: string | null | undefined,
): boolean {
  return !isMonthLocked({
    today,
    deadline: month.deadline,
    lockAfterDays: month.lockAfterDays,
    exceptionUntil: exceptionUntil ?? null,
  });
}

/** The fiscal year a period key belongs to (the projects that must report are those running in it). */
export const fiscalYearOfPeriodKey = (period: number) => fiscalYearOfPeriod(periodFromKey(period));

const byNumber = (a: number, b: number) => a - b;

export function decideReminders(facts: ReminderFacts): ReminderDecision[] {
  const { today, settings } = facts;
  const months = new Map(facts.months.map((m) => [m.period, m]));
  const exceptions = new Map(facts.exceptions.map((e) => [`${e.unitId}|${e.period}`, e.until]));
  const people = (roles: readonly Role[], unitId: number | null) =>
    facts.people
      .filter((p) => roles.includes(p.role) && (unitId === null || p.unitId === unitId))
      .map((p) => p.userId)
      .sort(byNumber);

  // Group the projects by unit and month, in a stable order.
  const groups = new Map<string, { unitId: number; period: number; rows: ProjectMonthFacts[] }>();
  for (const row of facts.projects) {
    const key = `${row.period}|${row.unitId}`;
    const group = groups.get(key) ?? { unitId: row.unitId, period: row.period, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  const ordered = [...groups.values()].sort((a, b) => a.period - b.period || a.unitId - b.unitId);

  const decisions: ReminderDecision[] = [];
  for (const { unitId, period, rows } of ordered) {
    const month = months.get(period);
    if (!month) continue; // not opened: nobody is asked to report it
    const open = monthOpenTo(month, today, exceptions.get(`${unitId}|${period}`));
    const daysLeft = daysBetween(today, month.deadline);
    const base = { period, unitId, deadline: month.deadline, daysLeft };

    const missing = rows
      .filter((r) => needsReport(r.report?.state ?? null))
      .map((r) => r.projectId)
      .sort(byNumber);
    if (open && missing.length > 0) {
      const unitItem = {
        ...base,
        reportId: null,
        projectIds: missing,
        waitingDays: null,
        itemKey: `unit:${unitId}`,
      };
      if (daysLeft >= 0 && daysLeft <= settings.remindDaysBefore) {
        decisions.push({ ...unitItem, kind: 'before_deadline', recipients: people(['focal_point'], unitId) });
      } else if (daysLeft < 0) {
        decisions.push({
          ...unitItem,
          kind: 'late',
          recipients: people(['focal_point', 'approver'], unitId),
        });
      }
    }

    const waiting = rows
      .filter((r) => r.report?.state === 'submitted' && r.report.submittedOn !== null)
      .sort((a, b) => a.report!.id - b.report!.id);
    for (const row of waiting) {
      const report = row.report!;
      const waitingDays = daysBetween(report.submittedOn!, today);
      const item = {
        ...base,
        reportId: report.id,
        projectIds: [row.projectId],
        waitingDays,
        itemKey: `report:${report.id}`,
      };
      if (open && waitingDays > settings.escalateAfterDays) {
        decisions.push({ ...item, kind: 'awaiting_approval', recipients: people(['approver'], unitId) });
      }
      if (waitingDays > 2 * settings.escalateAfterDays) {
        decisions.push({ ...item, kind: 'escalated_to_centre', recipients: people(['admin'], null) });
      }
    }
  }
  return decisions.filter((d) => d.recipients.length > 0);
}

/** One e-mail per recipient, kind and month, listing all of that recipient's items. */
export function groupReminderEmails(decisions: readonly ReminderDecision[]): ReminderEmail[] {
  const emails = new Map<string, ReminderEmail>();
  for (const decision of decisions) {
    for (const userId of decision.recipients) {
      const key = `${userId}|${decision.kind}|${decision.period}`;
      const email = emails.get(key) ?? {
        userId,
        kind: decision.kind,
        period: decision.period,
        decisions: [],
      };
      email.decisions.push(decision);
      emails.set(key, email);
    }
  }
  const kindOrder = (k: ReminderKind) => REMINDER_KINDS.indexOf(k);
  return [...emails.values()].sort(
    (a, b) => a.userId - b.userId || a.period - b.period || kindOrder(a.kind) - kindOrder(b.kind),
  );
}
