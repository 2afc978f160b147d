import { describe, expect, it } from 'vitest';
import {
  consolidate,
  developmentYear,
  resultDueOn,
  resultTimeliness,
  salaryBudgetShare,
  type PlannedProject,
} from '../../src/domain/development';

describe('result on form สพข. ๒ due 14 days after the end', () => {
  it('computes the due date across a month end', () => {
    expect(resultDueOn('2021-01-25')).toBe('2021-02-08');
  });
  it('is on time on the due date and late the day after', () => {
    expect(resultTimeliness('2021-01-25', '2021-02-08', '2021-03-01')).toBe('on_time');
    expect(resultTimeliness('2021-01-25', '2021-02-09', '2021-03-01')).toBe('late');
  });
  it('is not yet due through the due date and missing the day after', () => {
    expect(resultTimeliness('2021-01-25', null, '2021-02-08')).toBe('not_yet_due');
    expect(resultTimeliness('2021-01-25', null, '2021-02-09')).toBe('missing');
    // filed after the date asked about: as of that date it was not yet filed
    expect(resultTimeliness('2021-01-25', '2021-02-20', '2021-02-10')).toBe('missing');
  });
});

/** FY2564 per seed 004: projects and participants by strategy, budget spread so the total is 353,166,405 baht. */
function fy2564(): PlannedProject[] {
  const strategies: [number, number, number][] = [
    [1, 236, 46_504],
    [2, 15, 1_276],
    [3, 33, 2_991],
    [4, 48, 7_982],
  ];
  const rows: PlannedProject[] = [];
  for (const [no, count, seats] of strategies) {
    for (let i = 0; i < count; i++) {
      const participants = Math.floor(seats / count) + (i < seats % count ? 1 : 0);
      rows.push({ agencyId: `a${i % 80}`, strategyNo: no, participants, budgetSatang: 0n });
    }
  }
  const total = 353_166_405n * 100n;
  const each = total / BigInt(rows.length);
  rows.forEach((r, i) => (r.budgetSatang = each + (BigInt(i) < total % BigInt(rows.length) ? 1n : 0n)));
  return rows;
}

describe('consolidation of the HRD plan', () => {
  it("reproduces FY2564's totals and strategy split", () => {
    const c = consolidate(fy2564());
    expect(c.projects).toBe(332);
    expect(c.participants).toBe(58_753);
    expect(c.budgetSatang).toBe(35_316_640_500n);
    expect([1, 2, 3, 4].map((s) => c.byStrategy.get(s)!.projects)).toEqual([236, 15, 33, 48]);
    expect([1, 2, 3, 4].map((s) => c.byStrategy.get(s)!.participants)).toEqual([46_504, 1_276, 2_991, 7_982]);
    expect(c.byAgency.size).toBe(80);
    expect(c.byAgency.get('a0')!.projects).toBe(3 + 1 + 1 + 1);
  });
  it('gives the share of the salary budget rounded half up', () => {
    // stated salary-and-wage budget for the demo: 15,092,000,000 baht (formats.md) → 2.3400… % → 2.34
    expect(salaryBudgetShare(35_316_640_500n, 1_509_200_000_000n)).toBe('2.34');
    expect(salaryBudgetShare(1n, 200n)).toBe('0.50');
    expect(salaryBudgetShare(1n, 40_000n)).toBe('0.00');
    expect(salaryBudgetShare(1n, 20_000n)).toBe('0.01');
    expect(salaryBudgetShare(5n, 0n)).toBe('0.00');
  });
});

describe("a person's development year", () => {
  it('sums days by 70:20:10 and finds the shortfall', () => {
    const y = developmentYear([
      { category: 'experiential', tenthDays: 35 },
      { category: 'social', tenthDays: 20 },
      { category: 'formal', tenthDays: 15 },
      { category: 'experiential', tenthDays: 10 },
    ]);
    expect(y.tenthDays).toEqual({ experiential: 45, social: 20, formal: 15 });
    expect(y.totalTenthDays).toBe(80);
    expect(y.meetsTarget).toBe(false);
    expect(y.shortfallTenthDays).toBe(20);
    expect(y.mixPercent).toEqual({ experiential: 56, social: 25, formal: 19 });
  });
  it('meets the target at exactly 10 days', () => {
    const y = developmentYear([{ category: 'formal', tenthDays: 100 }]);
    expect(y.meetsTarget).toBe(true);
    expect(y.shortfallTenthDays).toBe(0);
    expect(developmentYear([]).mixPercent).toEqual({ experiential: 0, social: 0, formal: 0 });
  });
});
