/** The talent pool's pure rules: coverage, bench strength, and the five-year view with its flags. */
import { describe, expect, it } from 'vitest';
import {
  benchStrength,
  poolYears,
  readyFor,
  type PoolNominee,
  type PoolPosition,
} from '../../src/domain/careers';

const positions: PoolPosition[] = [
  { positionId: 1, holderRetiresFy: 2568, vacant: false },
  { positionId: 2, holderRetiresFy: 2570, vacant: false },
  { positionId: 3, holderRetiresFy: null, vacant: true },
  { positionId: 4, holderRetiresFy: 2570, vacant: false },
];
const nominee = (n: Partial<PoolNominee> & Pick<PoolNominee, 'positionId' | 'personId'>): PoolNominee => ({
  readiness: 'ready_now',
  consent: 'yes',
  retirementFiscalYear: 2590,
  eligibleNow: true,
  eligibleOn: null,
  ...n,
});

describe('bench strength and coverage', () => {
  it('counts distinct successors (consent not refused) over key positions, and positions with a ready-now one', () => {
    const b = benchStrength(positions, [
      nominee({ positionId: 1, personId: 10 }),
      nominee({ positionId: 2, personId: 10 }), // the same person for two seats: one successor
      nominee({ positionId: 2, personId: 11, readiness: 'later' }),
      nominee({ positionId: 4, personId: 12, consent: 'no' }), // refused: not counted
      nominee({ positionId: 3, personId: 13, consent: 'pending', readiness: 'one_to_two_years' }),
    ]);
    expect(b).toEqual({
      keyPositions: 4,
      successors: 3,
      coverage: 0.75,
      positionsReadyNow: 2,
      benchStrengthPct: 50,
    });
    expect(benchStrength([], [])).toEqual({
      keyPositions: 0,
      successors: 0,
      coverage: null,
      positionsReadyNow: 0,
      benchStrengthPct: null,
    });
  });
});

describe('the five-year view', () => {
  it('a 1–2 years nominee is ready from the year two after; eligibility by 30 September; retiring the same year does not count', () => {
    const n = nominee({ positionId: 2, personId: 1, readiness: 'one_to_two_years' });
    expect([2568, 2569, 2570].map((fy) => readyFor(n, fy, 2568))).toEqual([false, false, true]);
    const later = nominee({ positionId: 2, personId: 1, eligibleNow: false, eligibleOn: '2027-09-30' });
    expect([2569, 2570].map((fy) => readyFor(later, fy, 2568))).toEqual([false, true]); // FY2570 ends 2027-09-30
    const dayLate = { ...later, eligibleOn: '2027-10-01' };
    expect(readyFor(dayLate, 2570, 2568)).toBe(false);
    const retiring = nominee({ positionId: 2, personId: 1, retirementFiscalYear: 2570 });
    expect(readyFor(retiring, 2570, 2568)).toBe(false);
  });

  it('flags the emptied positions with no ready, eligible successor', () => {
    const years = poolYears(
      positions,
      [
        nominee({ positionId: 1, personId: 10, readiness: 'one_to_two_years' }), // not ready in 2568
        nominee({ positionId: 2, personId: 11 }),
        nominee({ positionId: 4, personId: 11 }),
        nominee({ positionId: 4, personId: 12, eligibleNow: false, eligibleOn: null }),
      ],
      2568,
      3,
    );
    expect(years).toEqual([
      { fiscalYear: 2568, emptied: 1, uncovered: [1], readySuccessors: 0 },
      { fiscalYear: 2569, emptied: 0, uncovered: [], readySuccessors: 0 },
      { fiscalYear: 2570, emptied: 2, uncovered: [], readySuccessors: 1 },
    ]);
  });
});
