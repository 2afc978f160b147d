/** Overdue detection at its boundaries, and the carry-over rule of the next paper. */
import { describe, expect, it } from 'vitest';
import { carriedOver, daysLate, dueOn, isOverdue } from '../../src/domain/committee';

const MEETINGS = ['2023-05-16', '2023-06-21', '2023-07-26', '2023-08-23'];

describe('overdue on a due date', () => {
  const rule = {
    state: 'open' as const,
    dueDate: '2023-07-31',
    dueNextMeeting: false,
    resolutionMeetingDate: '2023-06-21',
  };
  it('is not overdue on the due date itself, is overdue the day after', () => {
    expect(isOverdue(rule, MEETINGS, '2023-07-30')).toBe(false);
    expect(isOverdue(rule, MEETINGS, '2023-07-31')).toBe(false);
    expect(isOverdue(rule, MEETINGS, '2023-08-01')).toBe(true);
    expect(daysLate(rule, MEETINGS, '2023-08-01')).toBe(1);
    expect(daysLate(rule, MEETINGS, '2023-09-30')).toBe(61);
  });
  it('is never overdue once closed; reported or proposed still counts', () => {
    expect(isOverdue({ ...rule, state: 'closed' }, MEETINGS, '2024-01-01')).toBe(false);
    expect(isOverdue({ ...rule, state: 'progress_reported' }, MEETINGS, '2023-08-01')).toBe(true);
    expect(isOverdue({ ...rule, state: 'closing_proposed' }, MEETINGS, '2023-08-01')).toBe(true);
  });
});

describe('overdue at the next meeting', () => {
  const rule = {
    state: 'open' as const,
    dueDate: null,
    dueNextMeeting: true,
    resolutionMeetingDate: '2023-06-21',
  };
  it('is due at the first meeting after the resolution meeting', () => {
    expect(dueOn(rule, MEETINGS)).toBe('2023-07-26');
  });
  it('is not overdue on the meeting day (it may be closed there), overdue the day after', () => {
    expect(isOverdue(rule, MEETINGS, '2023-07-26')).toBe(false);
    expect(isOverdue(rule, MEETINGS, '2023-07-27')).toBe(true);
    expect(daysLate(rule, MEETINGS, '2023-08-23')).toBe(28);
  });
  it('is not overdue while no later meeting is scheduled', () => {
    expect(dueOn({ ...rule, resolutionMeetingDate: '2023-08-23' }, MEETINGS)).toBeNull();
    expect(isOverdue({ ...rule, resolutionMeetingDate: '2023-08-23' }, MEETINGS, '2030-01-01')).toBe(false);
  });
});

describe('carry-over into the next paper', () => {
  const resolutions = [
    { id: 1, meetingDate: '2023-05-16', agendaNo: 3, seq: 1 },
    { id: 2, meetingDate: '2023-06-21', agendaNo: 3, seq: 1 },
    { id: 3, meetingDate: '2023-06-21', agendaNo: 2, seq: 1 },
    { id: 4, meetingDate: '2023-07-26', agendaNo: 3, seq: 1 },
    { id: 5, meetingDate: '2023-06-21', agendaNo: 4, seq: 1 },
  ];
  const assignments = [
    { id: 10, resolutionId: 1, state: 'closed' as const, closedOn: '2023-06-21' },
    { id: 11, resolutionId: 2, state: 'open' as const, closedOn: null },
    { id: 12, resolutionId: 2, state: 'closing_proposed' as const, closedOn: null },
    { id: 13, resolutionId: 3, state: 'closed' as const, closedOn: '2023-07-26' },
    { id: 14, resolutionId: 4, state: 'open' as const, closedOn: null },
  ];

  it('lists every resolution with an open assignment once, in meeting and agenda order; closed ones not', () => {
    const items = carriedOver('2023-07-26', resolutions, assignments);
    expect(items.map((i) => i.resolution.id)).toEqual([3, 2]);
    expect(items[1]!.assignments.map((a) => a.id)).toEqual([11, 12]);
  });

  it('drops an assignment closed at an earlier meeting, keeps one closed at this or a later meeting', () => {
    const later = carriedOver('2023-08-23', resolutions, assignments);
    expect(later.map((i) => i.resolution.id)).toEqual([2, 4]);
    const ids = carriedOver('2023-07-26', resolutions, assignments).flatMap((i) =>
      i.assignments.map((a) => a.id),
    );
    expect(ids).toEqual([13, 11, 12]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never lists resolutions of the meeting itself or later ones, nor those without assignments', () => {
    // resolution 1 (16 May) was closed at 21 June: the paper for 21 June, written before, still shows it
    expect(carriedOver('2023-06-21', resolutions, assignments).map((i) => i.resolution.id)).toEqual([1]);
    expect(carriedOver('2023-05-16', resolutions, assignments)).toEqual([]);
    expect(carriedOver('2023-07-26', resolutions, assignments).some((i) => i.resolution.id === 5)).toBe(
      false,
    );
  });
});
