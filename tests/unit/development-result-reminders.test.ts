/** Who gets which result reminder (form สพข. ๒) on a day: the boundaries of src/domain/development/result-reminders.ts. */
import { describe, expect, it } from 'vitest';
import { decideResultReminders } from '../../src/domain/development';

const PEOPLE = [
  { userId: 1, role: 'focal_point', unitId: 10 },
  { userId: 2, role: 'approver', unitId: 10 },
  { userId: 3, role: 'focal_point', unitId: 99 },
  { userId: 4, role: 'approver', unitId: 99 },
  { userId: 5, role: 'approver', unitId: 20 },
  { userId: 6, role: 'admin', unitId: null },
];
/** End 2024-03-01: due 2024-03-15. */
const project = (unitId: number, filedOn: string | null = null) => [
  { projectId: 7, unitId, endDate: '2024-03-01', filedOn },
];
const on = (today: string, unitId = 10, filedOn: string | null = null) =>
  decideResultReminders(project(unitId, filedOn), PEOPLE, 99, today).map(
    (r) => `${r.kind} ${r.daysLeft} ${r.userIds.join(',')}`,
  );

describe('decideResultReminders', () => {
  it('due soon from 3 days before the due day to the due day, to the focal points', () => {
    expect(on('2024-03-11')).toEqual([]);
    expect(on('2024-03-12')).toEqual(['result_due_soon 3 1']);
    expect(on('2024-03-15')).toEqual(['result_due_soon 0 1']);
  });
  it('overdue from the day after; escalated to the approvers and the institute from the 15th day', () => {
    expect(on('2024-03-16')).toEqual(['result_overdue -1 1']);
    expect(on('2024-03-29')).toEqual(['result_overdue -14 1']);
    expect(on('2024-03-30')).toEqual(['result_overdue -15 1', 'result_escalated -15 2,3,4']);
  });
  it('an agency without a focal point: its approvers; the institute’s own project: no one twice', () => {
    expect(on('2024-03-16', 20)).toEqual(['result_overdue -1 5']);
    expect(on('2024-03-30', 99)).toEqual(['result_overdue -15 3', 'result_escalated -15 4,3']);
  });
  it('nothing once filed, nor more than 90 days overdue, nor without an end date', () => {
    expect(on('2024-03-30', 10, '2024-03-20')).toEqual([]);
    expect(on('2024-06-13')).toEqual(['result_overdue -90 1', 'result_escalated -90 2,3,4']);
    expect(on('2024-06-14')).toEqual([]);
    expect(
      decideResultReminders(
        [{ projectId: 1, unitId: 10, endDate: null, filedOn: null }],
        PEOPLE,
        99,
        '2024-03-30',
      ),
    ).toEqual([]);
  });
});
