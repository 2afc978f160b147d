/**
 * Which e-mails the committee's assignments call for on a day (Bangkok calendar dates, YYYY-MM-DD). Pure.
 *
 * - due soon: an assignment still waiting for the unit (open, or progress reported without a proposed
 *   closing) whose due day is within `remindDaysBefore` days (the due day itself included) → the unit's
 *   focal points;
 * - overdue: from the day after the due day (overdue.ts) → the unit's focal points;
 * - escalated: overdue by `escalateAfterDays` days or more → the unit's approvers (its head), or the
 *   secretariat (admins) when the unit has no approver.
 * A unit that proposed closing has done its part (the secretariat closes at a meeting): no reminder. A
 * unit without a focal point gets the due-soon and overdue e-mails through its approvers instead.
 * Each (kind, assignment, recipient) is sent once: the ledger's claim (reminder_item) holds it.
 */
import type { AssignmentState } from './assignment';
import { dueOn, type DueRule } from './overdue';

export type AssignmentReminderKind = 'assignment_due_soon' | 'assignment_overdue' | 'assignment_escalated';

export interface AssignmentReminderSettings {
  remindDaysBefore: number;
  escalateAfterDays: number;
}

export const DEFAULT_ASSIGNMENT_REMINDER_SETTINGS: AssignmentReminderSettings = {
  remindDaysBefore: 7,
  escalateAfterDays: 14,
};

export interface AssignmentFact extends DueRule {
  id: number;
  unitId: number;
  state: AssignmentState;
}

export interface ReminderRecipient {
  userId: number;
  role: string;
  unitId: number | null;
}

export interface AssignmentReminder {
  kind: AssignmentReminderKind;
  assignmentId: number;
  unitId: number;
  dueOn: string;
  /** Days from today to the due day: negative when overdue. */
  daysLeft: number;
  userIds: number[];
}

const WAITING_FOR_UNIT: readonly AssignmentState[] = ['open', 'progress_reported'];

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function decideAssignmentReminders(
  assignments: readonly AssignmentFact[],
  meetingDates: readonly string[],
  people: readonly ReminderRecipient[],
  today: string,
  settings: AssignmentReminderSettings = DEFAULT_ASSIGNMENT_REMINDER_SETTINGS,
): AssignmentReminder[] {
  const ofUnit = (role: string, unitId: number) =>
    people.filter((p) => p.role === role && p.unitId === unitId).map((p) => p.userId);
  const admins = people.filter((p) => p.role === 'admin').map((p) => p.userId);
  const out: AssignmentReminder[] = [];
  for (const a of assignments) {
    if (!WAITING_FOR_UNIT.includes(a.state)) continue;
    const due = dueOn(a, meetingDates);
    if (due === null) continue;
    const daysLeft = daysBetween(today, due);
    const approvers = ofUnit('approver', a.unitId);
    const focal = ofUnit('focal_point', a.unitId);
    const unitPeople = focal.length > 0 ? focal : approvers;
    const base = { assignmentId: a.id, unitId: a.unitId, dueOn: due, daysLeft };
    if (daysLeft >= 0 && daysLeft <= settings.remindDaysBefore && unitPeople.length > 0)
      out.push({ ...base, kind: 'assignment_due_soon', userIds: unitPeople });
    if (daysLeft < 0 && unitPeople.length > 0)
      out.push({ ...base, kind: 'assignment_overdue', userIds: unitPeople });
    if (-daysLeft >= settings.escalateAfterDays) {
      const heads = approvers.length > 0 ? approvers : admins;
      if (heads.length > 0) out.push({ ...base, kind: 'assignment_escalated', userIds: heads });
    }
  }
  return out;
}

/** The reminder ledger's month key of a due day: Buddhist-era year × 100 + month (2566-08 → 256608). */
export function ledgerPeriod(isoDate: string): number {
  const [year, month] = isoDate.split('-').map(Number);
  return (year! + 543) * 100 + month!;
}
