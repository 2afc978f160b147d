import { describe, expect, it } from 'vitest';
import { fiscalYearEnd, standing, successionView, type CriterionResult } from '../../src/domain/careers';

const result = (met: boolean, metOn: string | null = null): CriterionResult => ({
  kind: 'all',
  ref: null,
  text: null,
  met,
  value: null,
  time: null,
  required: null,
  used: [],
  metOn,
  gap: null,
  children: [],
});

describe('succession of one key title', () => {
  // Four seats: one vacant; holders retiring at the end of FY 2568, 2568 and 2571.
  const seats = [
    { positionId: 1, holder: null },
    { positionId: 2, holder: { personId: 100, retirementFiscalYear: 2568 } },
    { positionId: 3, holder: { personId: 101, retirementFiscalYear: 2568 } },
    { positionId: 4, holder: { personId: 102, retirementFiscalYear: 2571 } },
  ];
  const candidates = [
    { personId: 1, retirementFiscalYear: 2575, result: result(true) },
    // eligible now, but retires at the end of 2568: no successor for seats emptied in 2568 or later
    { personId: 2, retirementFiscalYear: 2568, result: result(true) },
    // met on 2025-09-30 = the last day of FY 2568: counts from 2568
    { personId: 3, retirementFiscalYear: 2580, result: result(false, '2025-09-30') },
    // met on 2025-10-01: the first day of FY 2569
    { personId: 4, retirementFiscalYear: 2580, result: result(false, '2025-10-01') },
    { personId: 5, retirementFiscalYear: 2580, result: result(false, null) },
    // a holder of the title is never their own successor
    { personId: 102, retirementFiscalYear: 2571, result: result(true) },
  ];
  const view = successionView(seats, candidates, {
    asOf: '2024-10-01',
    withinYears: 1,
    fromFiscalYear: 2568,
    years: 5,
  });
  it('counts seats, vacancies, eligible now and by one year on (2025-10-01 included), and coverage = eligible now ÷ seats', () => {
    expect(view).toMatchObject({ seats: 4, vacant: 1, eligibleNow: 2, eligibleWithin: 4, coveragePct: 50 });
  });
  it('per fiscal year: seats emptied by retirement against successors eligible by 30 September and still serving', () => {
    expect(view.years).toEqual([
      { fiscalYear: 2568, emptied: 2, openByYearEnd: 3, successors: 2, shortfall: 1 },
      { fiscalYear: 2569, emptied: 0, openByYearEnd: 3, successors: 3, shortfall: 0 },
      { fiscalYear: 2570, emptied: 0, openByYearEnd: 3, successors: 3, shortfall: 0 },
      { fiscalYear: 2571, emptied: 1, openByYearEnd: 4, successors: 3, shortfall: 1 },
      { fiscalYear: 2572, emptied: 0, openByYearEnd: 4, successors: 3, shortfall: 1 },
    ]);
  });
  it('fiscal year 2568 ends on 30 September 2025; standing within one year is to the day', () => {
    expect(fiscalYearEnd(2568)).toBe('2025-09-30');
    expect(standing(result(false, '2025-10-01'), '2024-10-01', 1)).toBe('within');
    expect(standing(result(false, '2025-10-02'), '2024-10-01', 1)).toBe('not');
    expect(standing(result(true), '2024-10-01', 1)).toBe('eligible');
  });
  it('no seats: coverage is null', () => {
    expect(
      successionView([], [], { asOf: '2024-10-01', withinYears: 1, fromFiscalYear: 2568, years: 1 })
        .coveragePct,
    ).toBeNull();
  });
});
