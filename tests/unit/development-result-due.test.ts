import { describe, expect, it } from 'vitest';
import { checkResult, countTimeliness, resultDueOn, resultTimeliness } from '../../src/domain/development';

describe('the due date of a result on form สพข. ๒: end + 14 calendar days', () => {
  it('crosses month and year ends', () => {
    expect(resultDueOn('2023-01-31')).toBe('2023-02-14');
    expect(resultDueOn('2023-12-20')).toBe('2024-01-03');
    expect(resultDueOn('2023-09-30')).toBe('2023-10-14');
  });
  it('counts 29 February in a leap year and not in another', () => {
    expect(resultDueOn('2024-02-20')).toBe('2024-03-05');
    expect(resultDueOn('2023-02-20')).toBe('2023-03-06');
    expect(resultDueOn('2024-02-15')).toBe('2024-02-29');
    expect(resultDueOn('2100-02-20')).toBe('2100-03-06'); // 2100 is not a leap year
  });
  it('a project without an end date has no due date', () => {
    expect(resultDueOn(null)).toBeNull();
  });
});

describe('timeliness as of a date', () => {
  const end = '2024-02-20'; // due 2024-03-05
  it('filed on the due day is on time, one day after is late', () => {
    expect(resultTimeliness(end, '2024-03-05', '2024-12-31')).toBe('on_time');
    expect(resultTimeliness(end, '2024-03-06', '2024-12-31')).toBe('late');
    expect(resultTimeliness(end, '2024-02-21', '2024-02-21')).toBe('on_time');
  });
  it('unfiled: not yet due through the due day, missing from the day after', () => {
    expect(resultTimeliness(end, null, '2024-03-04')).toBe('not_yet_due');
    expect(resultTimeliness(end, null, '2024-03-05')).toBe('not_yet_due');
    expect(resultTimeliness(end, null, '2024-03-06')).toBe('missing');
  });
  it('a result filed after the date asked about was not filed then', () => {
    expect(resultTimeliness(end, '2024-03-10', '2024-03-05')).toBe('not_yet_due');
    expect(resultTimeliness(end, '2024-03-10', '2024-03-09')).toBe('missing');
    expect(resultTimeliness(end, '2024-03-10', '2024-03-10')).toBe('late');
  });
  it('a project ending in the future is not due; one without an end is never missing', () => {
    expect(resultTimeliness('2030-01-01', null, '2024-03-06')).toBe('not_yet_due');
    expect(resultTimeliness(null, null, '2099-12-31')).toBe('not_yet_due');
    expect(resultTimeliness(null, '2024-01-01', '2099-12-31')).toBe('on_time');
  });
  it('counts every state, zero when none', () => {
    expect(countTimeliness(['late', 'on_time', 'late'])).toEqual({
      on_time: 1,
      late: 2,
      missing: 0,
      not_yet_due: 0,
    });
  });
});

describe('the fields of a result that must agree', () => {
  const ok = { actualStart: '2024-01-10', actualEnd: '2024-01-12', participants: 30, passed: 30 };
  it('accepts a one-day project and passed equal to participants', () => {
    expect(checkResult({ ...ok, actualEnd: '2024-01-10' }, '2024-01-10')).toEqual([]);
    expect(checkResult(ok, '2024-02-01')).toEqual([]);
  });
  it('names the field: end before start, end after today, passed above participants', () => {
    const fields = (r: Partial<typeof ok>, today = '2024-02-01') =>
      checkResult({ ...ok, ...r }, today).map((i) => i.field);
    expect(fields({ actualEnd: '2024-01-09' })).toEqual(['actualEnd']);
    expect(fields({}, '2024-01-11')).toEqual(['actualEnd']);
    expect(fields({ passed: 31 })).toEqual(['passed']);
    expect(checkResult({ ...ok, passed: 31 }, '2024-02-01')[0]).toMatchObject({
      th: 'จำนวนผู้ผ่านต้องไม่เกินจำนวนผู้เข้าร่วมจริง',
      en: 'passed must not exceed the actual participants',
    });
  });
});
