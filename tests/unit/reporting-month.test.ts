/** Reporting months (docs/decisions/0006): default deadline, lock date, lock with an exception, timeliness in Bangkok time. */
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/domain';
import {
  addDays,
  bangkokDate,
  defaultDeadline,
  isMonthLocked,
  lockDate,
  timelinessOf,
} from '../../src/domain/monitoring';

const deadlineOf = (period: string) => defaultDeadline(parsePeriod(period)!);

describe('defaultDeadline: the 5th of the next month (CE date)', () => {
  it.each([
    ['2566-05', '2023-06-05'],
    ['2566-12', '2024-01-05'],
    ['2565-10', '2022-11-05'],
    ['2566-09', '2023-10-05'],
    ['2567-01', '2024-02-05'],
    ['2566-01', '2023-02-05'],
  ])('%s → %s', (period, deadline) => {
    expect(deadlineOf(period)).toBe(deadline);
  });
});

describe('addDays and lockDate', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2023-06-05', 10)).toBe('2023-06-15');
    expect(addDays('2023-06-25', 10)).toBe('2023-07-05');
    expect(addDays('2023-12-28', 5)).toBe('2024-01-02');
    expect(addDays('2024-02-25', 5)).toBe('2024-03-01');
    expect(addDays('2023-02-25', 5)).toBe('2023-03-02');
    expect(addDays('2023-06-05', 0)).toBe('2023-06-05');
  });

  it('the lock date is the deadline plus the lock days; null lock days never lock', () => {
    expect(lockDate('2023-06-05', 10)).toBe('2023-06-15');
    expect(lockDate('2024-01-05', 10)).toBe('2024-01-15');
    expect(lockDate('2023-06-05', 0)).toBe('2023-06-05');
    expect(lockDate('2023-06-05', null)).toBeNull();
  });
});

describe('isMonthLocked', () => {
  const may = { deadline: '2023-06-05', lockAfterDays: 10 };

  it('open through the lock date itself, locked from the day after', () => {
    expect(isMonthLocked({ ...may, today: '2023-06-05' })).toBe(false);
    expect(isMonthLocked({ ...may, today: '2023-06-14' })).toBe(false);
    expect(isMonthLocked({ ...may, today: '2023-06-15' })).toBe(false);
    expect(isMonthLocked({ ...may, today: '2023-06-16' })).toBe(true);
    expect(isMonthLocked({ ...may, today: '2026-01-01' })).toBe(true);
  });

  it('with 0 lock days: the deadline day is the last', () => {
    expect(isMonthLocked({ deadline: '2023-06-05', lockAfterDays: 0, today: '2023-06-05' })).toBe(false);
    expect(isMonthLocked({ deadline: '2023-06-05', lockAfterDays: 0, today: '2023-06-06' })).toBe(true);
  });

  it('never locks with null lock days', () => {
    expect(isMonthLocked({ deadline: '2023-07-05', lockAfterDays: null, today: '2099-12-31' })).toBe(false);
  });

  it('an exception keeps it open for the unit through its last day, then it is locked again', () => {
    expect(isMonthLocked({ ...may, today: '2023-06-20', exceptionUntil: '2023-06-20' })).toBe(false);
    expect(isMonthLocked({ ...may, today: '2023-06-21', exceptionUntil: '2023-06-20' })).toBe(true);
    expect(isMonthLocked({ ...may, today: '2023-06-20', exceptionUntil: '2023-06-19' })).toBe(true);
    expect(isMonthLocked({ ...may, today: '2023-06-20', exceptionUntil: null })).toBe(true);
  });

  it('an exception that ended before the lock date does not lock the month early', () => {
    expect(isMonthLocked({ ...may, today: '2023-06-10', exceptionUntil: '2023-06-01' })).toBe(false);
  });
});

describe('bangkokDate and timelinessOf (Bangkok is UTC+7)', () => {
  it('the Bangkok date changes at 17:00 UTC', () => {
    expect(bangkokDate(new Date('2023-06-05T16:59:59Z'))).toBe('2023-06-05');
    expect(bangkokDate(new Date('2023-06-05T17:00:00Z'))).toBe('2023-06-06');
    expect(bangkokDate(new Date('2023-06-04T17:00:00Z'))).toBe('2023-06-05');
    expect(bangkokDate(new Date('2023-12-31T17:00:00Z'))).toBe('2024-01-01');
  });

  it('a first submission up to 23:59:59 Bangkok time on the deadline day is on time; a second later is late', () => {
    expect(timelinessOf(new Date('2023-06-05T16:59:59Z'), '2023-06-05')).toBe('on_time');
    expect(timelinessOf(new Date('2023-06-05T16:59:59.999Z'), '2023-06-05')).toBe('on_time');
    expect(timelinessOf(new Date('2023-06-05T17:00:00Z'), '2023-06-05')).toBe('late');
    // Early on the deadline day in Bangkok is still the previous UTC day.
    expect(timelinessOf(new Date('2023-06-04T17:00:00Z'), '2023-06-05')).toBe('on_time');
    expect(timelinessOf(new Date('2023-05-01T00:00:00Z'), '2023-06-05')).toBe('on_time');
  });

  it('no submission is missing', () => {
    expect(timelinessOf(null, '2023-06-05')).toBe('missing');
  });
});
