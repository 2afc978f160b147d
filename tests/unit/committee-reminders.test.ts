/** Which assignment reminders a day calls for: at the boundaries of "due soon", "overdue" and "escalated". */
import { describe, expect, it } from 'vitest';
import {
  decideAssignmentReminders,
  ledgerPeriod,
  type AssignmentFact,
  type ReminderRecipient,
} from '../../src/domain/committee';

const PEOPLE: ReminderRecipient[] = [
  { userId: 1, role: 'focal_point', unitId: 10 },
  { userId: 2, role: 'focal_point', unitId: 10 },
  { userId: 3, role: 'approver', unitId: 10 },
  { userId: 4, role: 'approver', unitId: 20 }, // unit 20 has no focal point
  { userId: 5, role: 'admin', unitId: 1 },
  { userId: 6, role: 'focal_point', unitId: 30 }, // unit 30 has no approver
  { userId: 7, role: 'viewer', unitId: null },
];
const SETTINGS = { remindDaysBefore: 7, escalateAfterDays: 14 };

const due = (dueDate: string, over: Partial<AssignmentFact> = {}): AssignmentFact => ({
  id: 100,
  unitId: 10,
  state: 'open',
  dueDate,
  dueNextMeeting: false,
  resolutionMeetingDate: '2026-01-15',
  ...over,
});
const decide = (a: AssignmentFact, today: string, meetings: string[] = []) =>
  decideAssignmentReminders([a], meetings, PEOPLE, today, SETTINGS).map((r) => [
    r.kind,
    r.daysLeft,
    r.userIds,
  ]);

describe('decideAssignmentReminders', () => {
  it('due soon from 7 days before the due day to the due day itself, to the unit’s focal points', () => {
    expect(decide(due('2026-03-10'), '2026-03-02')).toEqual([]);
    expect(decide(due('2026-03-10'), '2026-03-03')).toEqual([['assignment_due_soon', 7, [1, 2]]]);
    expect(decide(due('2026-03-10'), '2026-03-10')).toEqual([['assignment_due_soon', 0, [1, 2]]]);
  });

  it('overdue from the day after; escalated to the unit’s approvers from 14 days late', () => {
    expect(decide(due('2026-03-10'), '2026-03-11')).toEqual([['assignment_overdue', -1, [1, 2]]]);
    expect(decide(due('2026-03-10'), '2026-03-23')).toEqual([['assignment_overdue', -13, [1, 2]]]);
    expect(decide(due('2026-03-10'), '2026-03-24')).toEqual([
      ['assignment_overdue', -14, [1, 2]],
      ['assignment_escalated', -14, [3]],
    ]);
  });

  it('a unit without a focal point hears through its approvers; without an approver, escalation goes to the secretariat', () => {
    expect(decide(due('2026-03-10', { unitId: 20 }), '2026-03-24')).toEqual([
      ['assignment_overdue', -14, [4]],
      ['assignment_escalated', -14, [4]],
    ]);
    expect(decide(due('2026-03-10', { unitId: 30 }), '2026-03-24')).toEqual([
      ['assignment_overdue', -14, [6]],
      ['assignment_escalated', -14, [5]],
    ]);
  });

  it('closed or proposed for closing: nothing; progress reported: still reminded', () => {
    expect(decide(due('2026-03-10', { state: 'closed' }), '2026-04-30')).toEqual([]);
    expect(decide(due('2026-03-10', { state: 'closing_proposed' }), '2026-04-30')).toEqual([]);
    expect(decide(due('2026-03-10', { state: 'progress_reported' }), '2026-03-12')).toEqual([
      ['assignment_overdue', -2, [1, 2]],
    ]);
  });

  it('"at the next meeting": due on the first meeting after the resolution’s; no next meeting yet, nothing', () => {
    const next = due('', { dueDate: null, dueNextMeeting: true });
    expect(decide(next, '2026-04-01')).toEqual([]);
    const meetings = ['2025-12-01', '2026-01-15', '2026-04-20', '2026-06-01'];
    expect(decide(next, '2026-04-13', meetings)).toEqual([['assignment_due_soon', 7, [1, 2]]]);
    expect(decide(next, '2026-04-21', meetings)).toEqual([['assignment_overdue', -1, [1, 2]]]);
  });

  it('the ledger month of a due day is its Buddhist-era year and month', () => {
    expect(ledgerPeriod('2026-03-10')).toBe(256903);
    expect(ledgerPeriod('2023-12-31')).toBe(256612);
  });
});
