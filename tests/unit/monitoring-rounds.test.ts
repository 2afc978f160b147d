/** Round reports (issue 14.12): the rounds' months, a plan that starts mid-year, no previous year, the change. */
import { describe, expect, it } from 'vitest';
import {
  fiscalRounds,
  previousRound,
  roundChange,
  spentShare,
  tallyKeyResults,
  type RoundFigures,
} from '../../src/domain/monitoring/rounds';

describe('fiscalRounds', () => {
  it('ends the rounds of 3, 6, 9 and 12 months in December, March, June and September', () => {
    const rounds = fiscalRounds(2567, 256610);
    expect(rounds.map((r) => [r.months, r.firstKey, r.lastKey, r.coveredMonths])).toEqual([
      [3, 256610, 256612, 3],
      [6, 256610, 256703, 6],
      [9, 256610, 256706, 9],
      [12, 256610, 256709, 12],
    ]);
  });

  it('counts only the months from the plan’s first report when it starts mid-year', () => {
    // First report in February 2567: the first round has none of its months, the second two (Feb, Mar).
    expect(fiscalRounds(2567, 256702).map((r) => r.coveredMonths)).toEqual([0, 2, 5, 8]);
    // A plan that started reporting in an earlier year covers every month.
    expect(fiscalRounds(2567, 256401).map((r) => r.coveredMonths)).toEqual([3, 6, 9, 12]);
    // No report at all: nothing covered.
    expect(fiscalRounds(2567, null).map((r) => r.coveredMonths)).toEqual([0, 0, 0, 0]);
  });
});

describe('previousRound', () => {
  const [q1, h1, , year] = fiscalRounds(2567, 256510);
  it('is the same round one fiscal year before', () => {
    expect(previousRound(h1!, { startYear: 2566, firstKey: 256510 })).toMatchObject({
      fiscalYear: 2566,
      months: 6,
      firstKey: 256510,
      lastKey: 256603,
      coveredMonths: 6,
    });
  });
  it('is null in the plan’s first year', () => {
    expect(previousRound(year!, { startYear: 2567, firstKey: 256510 })).toBeNull();
  });
  it('is null when the plan started reporting after that round of the previous year', () => {
    // First report in January 2566 (FY 2566): its first round (Oct–Dec 2565) has no month of the plan.
    expect(previousRound(q1!, { startYear: 2566, firstKey: 256601 })).toBeNull();
    expect(previousRound(h1!, { startYear: 2566, firstKey: 256601 })?.coveredMonths).toBe(3);
  });
});

const figures = (over: Partial<RoundFigures['status']>, met: number, planned: string, spent: string) =>
  ({
    status: {
      total: 10,
      completed: 2,
      inProgress: 5,
      notStarted: 3,
      cancelled: 0,
      unreported: 1,
      progressPct: 70,
      level: 'ปานกลาง',
      ...over,
    },
    keyResults: { total: 4, met, notMet: 4 - met, noData: 0 },
    budget: { planned, spent, spentPct: spentShare(planned, spent) },
  }) satisfies RoundFigures;

describe('roundChange and the shares', () => {
  it('subtracts the year before, with its sign, money exactly', () => {
    const now = figures(
      { completed: 5, inProgress: 3, notStarted: 2, progressPct: 80 },
      3,
      '1000000.50',
      '250000.25',
    );
    const before = figures(
      { total: 12, completed: 1, inProgress: 6, notStarted: 5, progressPct: 58.33 },
      1,
      '1200000',
      '600000',
    );
    expect(roundChange(now, before)).toEqual({
      total: -2,
      completed: 4,
      inProgress: -3,
      notStarted: -3,
      cancelled: 0,
      progressPct: 21.67,
      keyResultsMet: 2,
      keyResultsTotal: 0,
      planned: '-199999.5',
      spent: '-349999.75',
      spentPct: -25,
    });
  });
  it('shares spent of planned half-up to 2 decimals, 0 with nothing planned', () => {
    expect(spentShare('1000000.50', '250000.25')).toBe(25);
    expect(spentShare('300', '100')).toBe(33.33);
    expect(spentShare('300', '200')).toBe(66.67);
    expect(spentShare('0', '100')).toBe(0);
    expect(spentShare('100', '-10')).toBe(-10);
  });
  it('tallies key results met, not met and without data', () => {
    expect(tallyKeyResults([{ met: true }, { met: false }, null, { met: true }])).toEqual({
      total: 4,
      met: 2,
      notMet: 1,
      noData: 1,
    });
  });
});
