import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionPlanTotals,
  fiscalMonthKeys,
  groupDecimal,
  milestoneProblems,
  plannedAt,
  planVsReported,
  spentByMonth,
  subtractDecimals,
  sumDecimals,
  timelineBar,
} from '../../src/domain/monitoring/action-plan';

describe('exact money', () => {
  it('sums decimal strings exactly, where floats drift', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumDecimals(['99999999999999.99', '0.01'])).toBe('100000000000000');
    expect(sumDecimals(['850000.00', '1500000', null, '', undefined, '0.5'])).toBe('2350000.5');
    expect(sumDecimals([])).toBe('0');
    expect(subtractDecimals('637000', '531000.50')).toBe('105999.5');
  });

  it('any list of cent amounts sums to the integer sum of its cents', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000_000_000 }), { maxLength: 60 }), (cents) => {
        const strings = cents.map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`);
        const total = cents.reduce((a, b) => a + BigInt(b), 0n);
        expect(sumDecimals(strings)).toBe(
          groupDecimal(`${total / 100n}.${String(total % 100n).padStart(2, '0')}`).replace(/,/g, ''),
        );
      }),
    );
  });

  it('groups digits without a float', () => {
    expect(groupDecimal('1234567.5', 2)).toBe('1,234,567.50');
    expect(groupDecimal('99999999999999.99', 2)).toBe('99,999,999,999,999.99');
    expect(groupDecimal('-1000')).toBe('-1,000');
    expect(groupDecimal('12')).toBe('12');
    expect(groupDecimal('abc')).toBe('abc');
  });
});

describe('the fiscal year timeline (October … September)', () => {
  it('has twelve months, October first', () => {
    expect(fiscalMonthKeys(2566)).toEqual([
      256510, 256511, 256512, 256601, 256602, 256603, 256604, 256605, 256606, 256607, 256608, 256609,
    ]);
  });

  it('places a bar from the start and end dates (CE) on the months of the year', () => {
    // 1 Dec 2022 = ธ.ค. 2565 (index 2) … 30 Sep 2023 = ก.ย. 2566 (index 11)
    expect(timelineBar('2022-12-01', '2023-09-30', 2566)).toEqual({
      from: 2,
      to: 11,
      startsBefore: false,
      endsAfter: false,
    });
    // a multi-year project is clipped to the year and says so
    expect(timelineBar('2022-10-01', '2024-09-30', 2566)).toEqual({
      from: 0,
      to: 11,
      startsBefore: false,
      endsAfter: true,
    });
    // 30 Sep 2024 is the last day of fiscal year 2567
    expect(timelineBar('2022-10-01', '2024-09-30', 2567)).toEqual({
      from: 0,
      to: 11,
      startsBefore: true,
      endsAfter: false,
    });
    expect(timelineBar('2023-07-01', '2024-03-31', 2567)).toMatchObject({
      from: 0,
      to: 5,
      startsBefore: true,
    });
  });

  it('has no bar without dates or outside the year; a missing end runs to the year’s end', () => {
    expect(timelineBar(null, null, 2566)).toBeNull();
    expect(timelineBar('2023-10-01', '2024-09-30', 2566)).toBeNull();
    expect(timelineBar('2023-02-01', null, 2566)).toEqual({
      from: 4,
      to: 11,
      startsBefore: false,
      endsAfter: false,
    });
  });
});

describe('planned vs reported', () => {
  const milestones = [
    { period: 256512, plannedPercent: '10' },
    { period: 256603, plannedPercent: '40' },
    { period: 256605, plannedPercent: '60' },
  ];

  it('the planned percent of a month is the latest milestone up to it', () => {
    expect(plannedAt(milestones, 256511)).toBeNull();
    expect(plannedAt(milestones, 256512)).toBe('10');
    expect(plannedAt(milestones, 256602)).toBe('10');
    expect(plannedAt(milestones, 256604)).toBe('40');
    expect(plannedAt(milestones, 256609)).toBe('60');
  });

  it('compares exactly: behind when reported is below planned', () => {
    expect(planVsReported('60', '30')).toEqual({ planned: '60', reported: '30', gap: '-30', behind: true });
    expect(planVsReported('33.33', '33.33')).toMatchObject({ gap: '0', behind: false });
    expect(planVsReported('40', '45.5')).toMatchObject({ gap: '5.5', behind: false });
    expect(planVsReported(null, '45')).toEqual({ planned: null, reported: '45', gap: null, behind: false });
  });

  it('checks milestones: in the fiscal year, once each, 0–100, never falling', () => {
    expect(milestoneProblems(2566, [{ period: '2565-10', plannedPercent: '10' }])).toEqual([]);
    const fields = (list: { period: string; plannedPercent: string }[]) =>
      milestoneProblems(2566, list).map((p) => p.field);
    expect(fields([{ period: '2566-10', plannedPercent: '10' }])).toEqual(['milestones.0.period']);
    expect(
      fields([
        { period: '2566-01', plannedPercent: '10' },
        { period: '2566-01', plannedPercent: '20' },
      ]),
    ).toEqual(['milestones.1.period']);
    expect(fields([{ period: '2566-01', plannedPercent: '100.5' }])).toEqual(['milestones.0.plannedPercent']);
    expect(
      fields([
        { period: '2566-03', plannedPercent: '30' },
        { period: '2566-01', plannedPercent: '50' },
      ]),
    ).toEqual(['milestones']);
    const [problem] = milestoneProblems(2566, [{ period: '2567-01', plannedPercent: '5' }]);
    expect(problem!.th).toMatch(/ปีงบประมาณ 2566/);
    expect(problem!.en).toMatch(/fiscal year 2566/);
  });
});

describe('spending by month from the reports’ cumulative spent', () => {
  it('takes differences of the cumulative figures, carrying the last one over unreported months', () => {
    const months = spentByMonth(
      2566,
      new Map([
        [256512, '106000'],
        [256601, '212000'],
        [256603, '425000.50'],
        [256604, null],
      ]),
      null,
    );
    expect(months.map((m) => [m.period, m.cumulative, m.inMonth])).toEqual([
      [256510, null, null],
      [256511, null, null],
      [256512, '106000', '106000'],
      [256601, '212000', '106000'],
      [256602, '212000', null],
      [256603, '425000.50', '213000.5'],
      [256604, '425000.50', null],
      [256605, '425000.50', null],
      [256606, '425000.50', null],
      [256607, '425000.50', null],
      [256608, '425000.50', null],
      [256609, '425000.50', null],
    ]);
  });

  it('starts from the cumulative spent before the year (a project running several years)', () => {
    const [october] = spentByMonth(2567, new Map([[256610, '5000000']]), '4200000');
    expect(october).toMatchObject({ cumulative: '5000000', inMonth: '800000', reported: true });
  });
});

describe('totals: each project once, under its own target', () => {
  const line = (
    targetNo: string,
    requested: string | null,
    allocated: string | null,
    spent: string | null,
  ) => ({
    targetNo,
    budgetRequested: requested,
    budgetAllocated: allocated,
    spent,
    spentInMonth: Array.from({ length: 12 }, (_, i) => (i === 2 ? spent : null)),
  });

  it('sums exactly per target and overall', () => {
    const totals = actionPlanTotals([
      line('1', '850000', '850000', '0.10'),
      line('1', '300000.25', null, '0.20'),
      line('2', null, '0', null),
      line('2', '1200000', '600000', '12.5'),
    ]);
    expect(totals.overall).toMatchObject({
      budgetRequested: '2350000.25',
      budgetAllocated: '1450000',
      spent: '12.8',
    });
    expect(totals.overall.spentInMonth[2]).toBe('12.8');
    expect(totals.overall.spentInMonth[0]).toBe('0');
    expect(totals.byTarget['1']).toMatchObject({ budgetRequested: '1150000.25', spent: '0.3' });
    expect(totals.byTarget['2']).toMatchObject({ budgetRequested: '1200000', budgetAllocated: '600000' });
  });
});
