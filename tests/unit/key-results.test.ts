import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  achievement,
  canonicalDecimal,
  compareDecimals,
  completedButBelowTarget,
  divRoundHalfAway,
  keyResultSpecProblems,
  keyResultTrend,
  latestPoint,
  parseExactDecimal,
  parseKrPeriod,
  trendDirection,
  type KeyResultSpec,
} from '../../src/domain/monitoring/key-results';

const higher = (baseline: string, target: string): KeyResultSpec => ({
  direction: 'higher_is_better',
  baseline,
  target,
  rangeLow: null,
  rangeHigh: null,
});
const lower = (baseline: string, target: string): KeyResultSpec => ({
  ...higher(baseline, target),
  direction: 'lower_is_better',
});
const range = (low: string, high: string, baseline: string | null = null): KeyResultSpec => ({
  direction: 'range',
  baseline,
  target: null,
  rangeLow: low,
  rangeHigh: high,
});

describe('achievement = (actual − baseline) / (target − baseline), exact', () => {
  it('baseline 60, target 80: actual 70 → 50 %, actual 90 → 150 % uncapped and 100 % capped', () => {
    expect(achievement(higher('60', '80'), '70')).toEqual({ pct: '50', cappedPct: '50', met: false });
    expect(achievement(higher('60', '80'), '90')).toEqual({ pct: '150', cappedPct: '100', met: true });
    expect(achievement(higher('60', '80'), '80')).toEqual({ pct: '100', cappedPct: '100', met: true });
  });

  it('below the baseline is negative uncapped and 0 % capped', () => {
    expect(achievement(higher('60', '80'), '55')).toEqual({ pct: '-25', cappedPct: '0', met: false });
  });

  it('lower is better uses the same formula with target < baseline: 20 → 10, actual 15 → 50 %', () => {
    expect(achievement(lower('20', '10'), '15')).toEqual({ pct: '50', cappedPct: '50', met: false });
    expect(achievement(lower('20', '10'), '10')).toEqual({ pct: '100', cappedPct: '100', met: true });
    expect(achievement(lower('20', '10'), '5')).toEqual({ pct: '150', cappedPct: '100', met: true });
    expect(achievement(lower('20', '10'), '25')).toEqual({ pct: '-50', cappedPct: '0', met: false });
    // ranking: from 18th to the top 5, now 12th → 6/13
    expect(achievement(lower('18', '5'), '12').pct).toBe('46.15');
  });

  it('rounds half away from zero to 2 decimals, in integers (no binary float)', () => {
    // 1/3 and 2/3 of the way
    expect(achievement(higher('0', '3'), '1').pct).toBe('33.33');
    expect(achievement(higher('0', '3'), '2').pct).toBe('66.67');
    // 1.005 %: floats print 1 (Math.round(1.005 * 100) / 100); exactly it is 1.01
    expect(achievement(higher('0', '20000'), '201').pct).toBe('1.01');
    // and symmetric below zero: −1.005 % → −1.01
    expect(achievement(higher('0', '20000'), '-201').pct).toBe('-1.01');
    // decimals of different lengths: (0.1 + 0.2) of the way from 0 to 0.3 → exactly 100
    expect(achievement(higher('0', '0.3'), '0.3').pct).toBe('100');
    expect(achievement(higher('62.5', '70'), '66.2').pct).toBe('49.33');
    expect(achievement(higher('0.0001', '0.0004'), '0.0002').pct).toBe('33.33');
  });

  it('target = baseline ("hold the level"): 100 % when at least as good as the target, else 0 %', () => {
    expect(achievement(higher('75', '75'), '75')).toEqual({ pct: '100', cappedPct: '100', met: true });
    expect(achievement(higher('75', '75'), '80')).toEqual({ pct: '100', cappedPct: '100', met: true });
    expect(achievement(higher('75', '75'), '74.9')).toEqual({ pct: '0', cappedPct: '0', met: false });
    expect(achievement(lower('3', '3'), '2')).toEqual({ pct: '100', cappedPct: '100', met: true });
    expect(achievement(lower('3', '3'), '3.5')).toEqual({ pct: '0', cappedPct: '0', met: false });
  });

  it('capped is always between 0 and 100 and met means uncapped ≥ 100 (any numbers)', () => {
    const decimal = fc
      .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 3 }))
      .map(([units, scale]) => canonicalDecimal((units / 10 ** scale).toFixed(scale))!);
    fc.assert(
      fc.property(decimal, decimal, decimal, (a, b, c) => {
        const [baseline, target] = compareDecimals(a, b) <= 0 ? [a, b] : [b, a];
        const result = achievement(higher(baseline, target), c);
        expect(compareDecimals(result.cappedPct, '0')).toBeGreaterThanOrEqual(0);
        expect(compareDecimals(result.cappedPct, '100')).toBeLessThanOrEqual(0);
        expect(result.met).toBe(compareDecimals(result.pct, '100') >= 0);
        // the same key result written lower-is-better from the other side gives the same answer
        const mirrored = achievement(lower(neg(baseline), neg(target)), neg(c));
        expect(mirrored).toEqual(result);
      }),
    );
  });
});

const neg = (d: string) => canonicalDecimal(d.startsWith('-') ? d.slice(1) : `-${d}`)!;

describe('a range [low, high]: 100 % inside, then one range-width of distance costs 100 points', () => {
  it('inside and on the edges → 100 %', () => {
    for (const actual of ['8', '10', '12', '11.9999']) {
      expect(achievement(range('8', '12'), actual)).toEqual({ pct: '100', cappedPct: '100', met: true });
    }
  });

  it('outside: 100 × (1 − distance / width), either side', () => {
    expect(achievement(range('8', '12'), '14')).toEqual({ pct: '50', cappedPct: '50', met: false });
    expect(achievement(range('8', '12'), '7')).toEqual({ pct: '75', cappedPct: '75', met: false });
    expect(achievement(range('8', '12'), '16')).toEqual({ pct: '0', cappedPct: '0', met: false });
    expect(achievement(range('8', '12'), '20')).toEqual({ pct: '-100', cappedPct: '0', met: false });
    expect(achievement(range('8', '12'), '12.5').pct).toBe('87.5');
  });

  it('a point range (low = high) is 100 % on the point and 0 % anywhere else', () => {
    expect(achievement(range('5', '5'), '5').pct).toBe('100');
    expect(achievement(range('5', '5'), '5.01')).toEqual({ pct: '0', cappedPct: '0', met: false });
  });

  it('the baseline of a range is shown, not used', () => {
    expect(achievement(range('8', '12', '28'), '14')).toEqual(achievement(range('8', '12'), '14'));
  });
});

describe('checking a key result', () => {
  it('accepts sound ones', () => {
    expect(keyResultSpecProblems(higher('60', '80'))).toEqual([]);
    expect(keyResultSpecProblems(lower('20', '10'))).toEqual([]);
    expect(keyResultSpecProblems(higher('60', '60'))).toEqual([]);
    expect(keyResultSpecProblems(range('8', '12'))).toEqual([]);
  });

  it('refuses a target on the wrong side of the baseline for the direction, in Thai and English', () => {
    const [problem] = keyResultSpecProblems(higher('80', '60'));
    expect(problem).toMatchObject({ field: 'target' });
    expect(problem!.th).toMatch(/ยิ่งมากยิ่งดี/);
    expect(problem!.en).toMatch(/higher-is-better/);
    expect(keyResultSpecProblems(lower('10', '20'))[0]).toMatchObject({ field: 'target' });
  });

  it('needs baseline and target, or low ≤ high for a range', () => {
    expect(keyResultSpecProblems({ ...higher('1', '2'), baseline: null }).map((p) => p.field)).toEqual([
      'baseline',
    ]);
    expect(keyResultSpecProblems({ ...higher('1', '2'), target: 'abc' }).map((p) => p.field)).toEqual([
      'target',
    ]);
    expect(keyResultSpecProblems(range('12', '8')).map((p) => p.field)).toEqual(['rangeHigh']);
    expect(keyResultSpecProblems({ ...range('8', '12'), rangeLow: null }).map((p) => p.field)).toEqual([
      'rangeLow',
    ]);
  });
});

describe('exact decimals', () => {
  it('parses and prints without floats', () => {
    expect(parseExactDecimal('-12.50')).toEqual({ units: -1250n, scale: 2 });
    expect(parseExactDecimal('๑,๒๕๐.๕')).toEqual({ units: 12505n, scale: 1 });
    expect(parseExactDecimal('1e3')).toBeNull();
    expect(canonicalDecimal('60.0000')).toBe('60');
    expect(canonicalDecimal('-0.50')).toBe('-0.5');
    expect(canonicalDecimal('-0.00')).toBe('0');
    expect(compareDecimals('0.3', '0.30')).toBe(0);
    expect(compareDecimals('9007199254740993', '9007199254740992')).toBe(1);
  });

  it('divides rounding half away from zero, any signs', () => {
    expect(divRoundHalfAway(5n, 2n)).toBe(3n);
    expect(divRoundHalfAway(-5n, 2n)).toBe(-3n);
    expect(divRoundHalfAway(5n, -2n)).toBe(-3n);
    expect(divRoundHalfAway(-7n, -2n)).toBe(4n);
    expect(divRoundHalfAway(4n, 3n)).toBe(1n);
    expect(() => divRoundHalfAway(1n, 0n)).toThrow(RangeError);
  });
});

describe('periods of actuals: months and fiscal quarters', () => {
  it('a month belongs to its fiscal year', () => {
    expect(parseKrPeriod('month', '2565-10')).toEqual({
      granularity: 'month',
      period: '2565-10',
      fiscalYear: 2566,
      endKey: 256510,
      quarter: null,
    });
    expect(parseKrPeriod('month', '2566-13')).toBeNull();
    expect(parseKrPeriod('month', '2566-Q1')).toBeNull();
  });

  it('quarter 1 of fiscal year 2566 ends in December 2565, quarter 4 in September 2566', () => {
    expect(parseKrPeriod('quarter', '2566-Q1')?.endKey).toBe(256512);
    expect(parseKrPeriod('quarter', '2566-q2')?.endKey).toBe(256603);
    expect(parseKrPeriod('quarter', '๒๕๖๖-Q3')).toMatchObject({ period: '2566-Q3', endKey: 256606 });
    expect(parseKrPeriod('quarter', '2566-Q4')).toMatchObject({
      fiscalYear: 2566,
      endKey: 256609,
      quarter: 4,
    });
    expect(parseKrPeriod('quarter', '2566-Q5')).toBeNull();
  });
});

describe('trend: the actuals over time', () => {
  const spec = higher('60', '80');
  const actuals = [
    { granularity: 'month' as const, period: '2566-03', value: '66' },
    { granularity: 'quarter' as const, period: '2566-Q1', value: '62' },
    { granularity: 'month' as const, period: '2565-12', value: '61' },
    { granularity: 'month' as const, period: '2566-05', value: '70' },
  ];

  it('orders by the period’s last month (a month before the quarter ending with it), each with achievement', () => {
    const trend = keyResultTrend(spec, actuals);
    expect(trend.map((p) => [p.actual.period, p.endKey, p.pct])).toEqual([
      ['2565-12', 256512, '5'],
      ['2566-Q1', 256512, '10'],
      ['2566-03', 256603, '30'],
      ['2566-05', 256605, '50'],
    ]);
    expect(trendDirection(trend)).toBe('improving');
  });

  it('the latest point as of a month, and the direction of the last two', () => {
    const trend = keyResultTrend(spec, actuals);
    expect(latestPoint(trend, 256604)?.actual.period).toBe('2566-03');
    expect(latestPoint(trend, 256511)).toBeNull();
    expect(latestPoint(trend, null)?.actual.period).toBe('2566-05');
    expect(trendDirection([{ pct: '50' }, { pct: '40' }])).toBe('worsening');
    expect(trendDirection([{ pct: '50' }, { pct: '50.00' }])).toBe('steady');
    expect(trendDirection([{ pct: '50' }])).toBeNull();
  });

  it('for lower-is-better, falling values are an improving trend', () => {
    const trend = keyResultTrend(lower('20', '10'), [
      { granularity: 'month', period: '2566-01', value: '18' },
      { granularity: 'month', period: '2566-02', value: '15' },
    ]);
    expect(trend.map((p) => p.pct)).toEqual(['20', '50']);
    expect(trendDirection(trend)).toBe('improving');
  });
});

describe('ดำเนินการครบแต่ผลลัพธ์ยังไม่ถึงเป้า: all projects completed, outcome below target', () => {
  const below = { met: false };
  const met = { met: true };
  it('flags when completed = total and a latest achievement is below 100 %', () => {
    expect(completedButBelowTarget({ total: 3, completed: 3 }, [met, below])).toBe(true);
  });
  it('does not flag while projects remain, when every key result is met, or without evidence', () => {
    expect(completedButBelowTarget({ total: 3, completed: 2 }, [below])).toBe(false);
    expect(completedButBelowTarget({ total: 3, completed: 3 }, [met, met])).toBe(false);
    expect(completedButBelowTarget({ total: 3, completed: 3 }, [null])).toBe(false);
    expect(completedButBelowTarget({ total: 0, completed: 0 }, [below])).toBe(false);
  });
});
