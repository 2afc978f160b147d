import { describe, expect, it } from 'vitest';
import {
  addMonths,
  fiscalYearOfIsoDate,
  fiscalYearOfPeriod,
  fiscalYearPeriods,
  formatPeriod,
  parseFiscalYears,
  parsePeriod,
  periodFromKey,
  periodKey,
  periodOfIsoDate,
} from '../../src/domain';

const p = (yearBE: number, month: number) => ({ yearBE, month });

describe('fiscal year of a month', () => {
  it.each([
    ['2565-10', 2566],
    ['2565-12', 2566],
    ['2566-01', 2566],
    ['2566-09', 2566],
    ['2566-10', 2567],
    ['2566-11', 2567],
  ])('%s belongs to fiscal year %i', (period, fy) => {
    expect(fiscalYearOfPeriod(parsePeriod(period)!)).toBe(fy);
  });

  it('of an ISO (CE) date', () => {
    expect(fiscalYearOfIsoDate('2022-10-01')).toBe(2566);
    expect(fiscalYearOfIsoDate('2023-09-30')).toBe(2566);
    expect(fiscalYearOfIsoDate('2023-10-01')).toBe(2567);
    expect(periodOfIsoDate('2023-05-31')).toEqual(p(2566, 5));
  });
});

describe('fiscalYearPeriods', () => {
  it('lists October of the year before through September, in order', () => {
    expect(fiscalYearPeriods(2566).map(formatPeriod)).toEqual([
      '2565-10',
      '2565-11',
      '2565-12',
      '2566-01',
      '2566-02',
      '2566-03',
      '2566-04',
      '2566-05',
      '2566-06',
      '2566-07',
      '2566-08',
      '2566-09',
    ]);
  });

  it('every month it lists belongs to that fiscal year', () => {
    for (const period of fiscalYearPeriods(2570)) expect(fiscalYearOfPeriod(period)).toBe(2570);
  });
});

describe('addMonths', () => {
  it.each([
    [p(2566, 5), 1, p(2566, 6)],
    [p(2566, 12), 1, p(2567, 1)],
    [p(2566, 11), 3, p(2567, 2)],
    [p(2566, 1), -1, p(2565, 12)],
    [p(2566, 3), -15, p(2564, 12)],
    [p(2566, 12), 13, p(2568, 1)],
    [p(2566, 5), 0, p(2566, 5)],
    [p(2566, 5), 24, p(2568, 5)],
  ])('%j + %i = %j', (start, months, expected) => {
    expect(addMonths(start, months)).toEqual(expected);
  });
});

describe('parsePeriod', () => {
  it.each([
    ['2566-05', p(2566, 5)],
    ['๒๕๖๖-๐๕', p(2566, 5)],
    [' 2566-12 ', p(2566, 12)],
    ['2566-5', p(2566, 5)],
    ['2565-10', p(2565, 10)],
  ])('%j → %j', (raw, expected) => {
    expect(parsePeriod(raw)).toEqual(expected);
  });

  it.each([
    '2566-13',
    '2566-00',
    '66-05',
    '2566/05',
    '2566-005',
    '05-2566',
    '2023-05-31',
    '',
    'abcd-ef',
    '1999-05',
  ])('rejects %j', (raw) => {
    expect(parsePeriod(raw)).toBeNull();
  });

  it('formats with two-digit months and keys sort like periods', () => {
    expect(formatPeriod(p(2566, 5))).toBe('2566-05');
    expect(periodKey(p(2566, 5))).toBe(256605);
    expect(periodFromKey(256612)).toEqual(p(2566, 12));
    expect(periodKey(p(2565, 12))).toBeLessThan(periodKey(p(2566, 1)));
  });
});

describe('parseFiscalYears', () => {
  it.each([
    ['2566', { from: 2566, to: 2566 }],
    ['2566-2568', { from: 2566, to: 2568 }],
    ['2566 – 2568', { from: 2566, to: 2568 }],
    ['๒๕๖๖-๒๕๗๐', { from: 2566, to: 2570 }],
  ])('%j → %j', (raw, expected) => {
    expect(parseFiscalYears(raw)).toEqual(expected);
  });

  it.each(['2568-2566', '66', '2566-68', '2566;2567', 'ปี 2566', ''])('rejects %j', (raw) => {
    expect(parseFiscalYears(raw)).toBeNull();
  });
});
