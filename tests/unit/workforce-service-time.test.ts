import { describe, expect, it } from 'vitest';
import {
  addServiceTimes,
  earliestDateMet,
  mergePeriods,
  serviceTime,
  stretchLength,
} from '../../src/domain/workforce';

const p = (fromDate: string, toDate: string | null) => ({ fromDate, toDate });
const ymd = (t: { years: number; months: number; days: number }) => [t.years, t.months, t.days];

describe('one continuous stretch (decision 0011)', () => {
  it('two years from 1 October are complete on 30 September two years later', () => {
    expect(ymd(stretchLength('2020-10-01', '2022-09-30'))).toEqual([2, 0, 0]);
    expect(ymd(serviceTime([p('2020-10-01', null)], '2022-09-30'))).toEqual([2, 0, 0]);
  });
  it('a day short of two years', () => {
    expect(ymd(serviceTime([p('2020-10-01', null)], '2022-09-29'))).toEqual([1, 11, 29]);
  });
  it('starting on 2 October: two years complete on 1 October', () => {
    expect(ymd(stretchLength('2020-10-02', '2022-10-01'))).toEqual([2, 0, 0]);
    expect(ymd(stretchLength('2020-10-02', '2022-09-30'))).toEqual([1, 11, 29]);
  });
  it('from 29 February: a year is complete on 28 February of the next year (anniversary = 1 March)', () => {
    expect(ymd(stretchLength('2020-02-29', '2021-02-28'))).toEqual([1, 0, 0]);
    expect(ymd(stretchLength('2020-02-29', '2021-02-27'))).toEqual([0, 11, 30]);
    expect(ymd(stretchLength('2020-02-29', '2024-02-28'))).toEqual([4, 0, 0]);
    expect(stretchLength('2020-02-29', '2024-02-28').totalDays).toBe(1461);
  });
  it('a single day counts as one day', () => {
    expect(stretchLength('2023-05-31', '2023-05-31')).toEqual({ years: 0, months: 0, days: 1, totalDays: 1 });
  });
  it('a month from 31 January ends at the end of February (1 March is the missing 31st)', () => {
    expect(ymd(stretchLength('2021-01-31', '2021-02-28'))).toEqual([0, 1, 0]);
  });
});

describe('several periods', () => {
  it('adjacent periods merge into one stretch', () => {
    const periods = [p('2020-10-01', '2021-03-31'), p('2021-04-01', '2022-09-30')];
    expect(mergePeriods(periods, '2030-01-01')).toEqual([{ from: '2020-10-01', to: '2022-09-30' }]);
    expect(ymd(serviceTime(periods, '2030-01-01'))).toEqual([2, 0, 0]);
  });
  it('overlapping periods are never counted twice', () => {
    const periods = [p('2020-10-01', '2021-12-31'), p('2021-06-01', '2022-09-30')];
    expect(ymd(serviceTime(periods, '2030-01-01'))).toEqual([2, 0, 0]);
    expect(serviceTime(periods, '2030-01-01').totalDays).toBe(730);
  });
  it('separate periods are summed with 30 days carried into a month', () => {
    // 2020-01-01..2020-01-20 = 20 days; 2021-03-01..2021-03-15 = 15 days → 35 days = 1 month 5 days
    const periods = [p('2020-01-01', '2020-01-20'), p('2021-03-01', '2021-03-15')];
    expect(ymd(serviceTime(periods, '2030-01-01'))).toEqual([0, 1, 5]);
    expect(
      ymd(
        addServiceTimes([
          { years: 1, months: 11, days: 20, totalDays: 0 },
          { years: 0, months: 0, days: 10, totalDays: 0 },
        ]),
      ),
    ).toEqual([2, 0, 0]);
  });
  it('periods after the as-of date are left out, and a lasting one stops at it', () => {
    const periods = [p('2020-10-01', null), p('2031-01-01', null)];
    expect(ymd(serviceTime(periods, '2021-09-30'))).toEqual([1, 0, 0]);
    expect(ymd(serviceTime(periods, '2020-09-30'))).toEqual([0, 0, 0]);
  });
});

describe('the earliest date a time requirement is met by staying', () => {
  it('a lasting period: the day before the anniversary', () => {
    expect(earliestDateMet([p('2020-10-01', null)], '2021-01-01', { years: 4 })).toBe('2024-09-30');
    expect(earliestDateMet([p('2020-10-02', null)], '2021-01-01', { years: 4 })).toBe('2024-10-01');
  });
  it('earlier periods shorten the wait', () => {
    // 2015-10-01..2016-09-30 is one year; three more from 2020-10-01 complete on 2023-09-30
    const periods = [p('2015-10-01', '2016-09-30'), p('2020-10-01', null)];
    expect(earliestDateMet(periods, '2021-01-01', { years: 4 })).toBe('2023-09-30');
  });
  it('already met: the day it was first met', () => {
    expect(earliestDateMet([p('2010-10-01', null)], '2021-01-01', { years: 4 })).toBe('2014-09-30');
  });
  it('not met and nothing runs on: null', () => {
    expect(earliestDateMet([p('2010-10-01', '2011-09-30')], '2021-01-01', { years: 4 })).toBeNull();
  });
});
