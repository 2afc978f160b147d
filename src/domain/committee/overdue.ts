/**
 * When an assignment is overdue (Bangkok calendar dates, YYYY-MM-DD):
 * - due on a date: from the day after that date, while not closed (the due date itself is not late);
 * - due "at the next meeting": the first meeting held after the resolution's meeting; from the day after that
 *   meeting's date, while not closed (it may still be closed at that meeting). No next meeting yet: not overdue.
 * A closed assignment is never overdue.
 */
import type { AssignmentState } from './assignment';

export interface DueRule {
  state: AssignmentState;
  dueDate: string | null;
  dueNextMeeting: boolean;
  resolutionMeetingDate: string;
}

/** The date by which the assignment is due: the due date, or the next meeting's date (null: none yet). */
export function dueOn(rule: DueRule, meetingDates: readonly string[]): string | null {
  if (!rule.dueNextMeeting) return rule.dueDate;
  const after = meetingDates.filter((d) => d > rule.resolutionMeetingDate).sort();
  return after[0] ?? null;
}

export function isOverdue(rule: DueRule, meetingDates: readonly string[], today: string): boolean {
  if (rule.state === 'closed') return false;
  const due = dueOn(rule, meetingDates);
  return due !== null && today > due;
}

/** Days late (0 when not overdue), counted in whole calendar days. */
export function daysLate(rule: DueRule, meetingDates: readonly string[], today: string): number {
  if (!isOverdue(rule, meetingDates, today)) return 0;
  const due = dueOn(rule, meetingDates)!;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${due}T00:00:00Z`)) / 86_400_000);
}
