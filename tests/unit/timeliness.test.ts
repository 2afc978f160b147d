/** The arithmetic of reporting timeliness: counts, exact half-up rates, sums, league order, bands. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NO_REPORTS_EXPECTED,
  onTimeBand,
  rankLeague,
  sumTimeliness,
  timelinessCounts,
} from '../../src/domain/monitoring/timeliness';
import { timelinessOf } from '../../src/domain/monitoring/reporting-month';

describe('timelinessCounts', () => {
  it('missing is what neither came on time nor late; rates are exact, half-up to 2 decimals', () => {
    expect(timelinessCounts({ expected: 10, onTime: 8, late: 1 })).toEqual({
      expected: 10,
      onTime: 8,
      late: 1,
      missing: 1,
      reportingRate: 90,
      onTimeRate: 80,
    });
    // 2/3 = 66.666… → 66.67; 1/3 → 33.33
    expect(timelinessCounts({ expected: 3, onTime: 1, late: 1 })).toMatchObject({
      missing: 1,
      reportingRate: 66.67,
      onTimeRate: 33.33,
    });
    // 7/8 = 87.5 exactly, 1/8 = 12.5
    expect(timelinessCounts({ expected: 8, onTime: 1, late: 6 })).toMatchObject({
      reportingRate: 87.5,
      onTimeRate: 12.5,
    });
    // x.xx5 rounds up, which binary floats get wrong: 1/16 = 6.25, 1/80000 → 0, 1/40000 → 0 (0.0025), 3/40000 → 0.01 (0.0075)
    expect(timelinessCounts({ expected: 16, onTime: 1, late: 0 }).onTimeRate).toBe(6.25);
    expect(timelinessCounts({ expected: 40000, onTime: 3, late: 0 }).onTimeRate).toBe(0.01);
    expect(timelinessCounts({ expected: 40000, onTime: 1, late: 0 }).onTimeRate).toBe(0);
    expect(timelinessCounts({ expected: 200, onTime: 1, late: 0 }).onTimeRate).toBe(0.5);
    // 41/56 of the minutes: 73.21; 176/258 → 68.217… → 68.22; 225/258 → 87.209… → 87.21
    expect(timelinessCounts({ expected: 56, onTime: 41, late: 0 }).onTimeRate).toBe(73.21);
    expect(timelinessCounts({ expected: 258, onTime: 176, late: 49 })).toMatchObject({
      missing: 33,
      reportingRate: 87.21,
      onTimeRate: 68.22,
    });
  });

  it('nothing expected: every count and rate is 0 (not NaN)', () => {
    expect(timelinessCounts({ expected: 0, onTime: 0, late: 0 })).toEqual(NO_REPORTS_EXPECTED);
    expect(NO_REPORTS_EXPECTED).toEqual({
      expected: 0,
      onTime: 0,
      late: 0,
      missing: 0,
      reportingRate: 0,
      onTimeRate: 0,
    });
  });

  it('all on time is 100 / 100; all late is 100 / 0; none is 0 / 0', () => {
    expect(timelinessCounts({ expected: 7, onTime: 7, late: 0 })).toMatchObject({
      reportingRate: 100,
      onTimeRate: 100,
    });
    expect(timelinessCounts({ expected: 7, onTime: 0, late: 7 })).toMatchObject({
      reportingRate: 100,
      onTimeRate: 0,
    });
    expect(timelinessCounts({ expected: 29, onTime: 0, late: 0 })).toMatchObject({
      missing: 29,
      reportingRate: 0,
      onTimeRate: 0,
    });
  });

  it('refuses counts that cannot be: negative, fractional, more received than expected', () => {
    expect(() => timelinessCounts({ expected: 2, onTime: 2, late: 1 })).toThrow(RangeError);
    expect(() => timelinessCounts({ expected: -1, onTime: 0, late: 0 })).toThrow(RangeError);
    expect(() => timelinessCounts({ expected: 2, onTime: 0.5, late: 0 })).toThrow(RangeError);
  });

  it('rates are the exact fraction rounded half-up, for any counts', () => {
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(5000), fc.nat(5000), (a, b, c) => {
        const [onTime, late] = [a, b];
        const expected = a + b + c;
        const r = timelinessCounts({ expected, onTime, late });
        expect(r.missing).toBe(c);
        if (expected === 0) return;
        // |rate − exact| ≤ 0.005 and the rounding goes up at exactly half
        for (const [rate, part] of [
          [r.reportingRate, onTime + late],
          [r.onTimeRate, onTime],
        ] as const) {
          const hundredths = Math.round(rate * 100);
          const twice = 2 * part * 10000 - (2 * hundredths - 1) * expected; // ≥ 0: not below the half below
          expect(twice).toBeGreaterThanOrEqual(0);
          expect(2 * part * 10000 - (2 * hundredths + 1) * expected).toBeLessThan(0);
        }
        expect(r.onTimeRate).toBeLessThanOrEqual(r.reportingRate);
      }),
    );
  });
});

describe('sumTimeliness', () => {
  it('adds the counts and computes the rates again from the sums (never averages the rates)', () => {
    const a = timelinessCounts({ expected: 1, onTime: 1, late: 0 }); // 100 %
    const b = timelinessCounts({ expected: 3, onTime: 0, late: 1 }); // 0 %
    const total = sumTimeliness([a, b]);
    expect(total).toEqual({ expected: 4, onTime: 1, late: 1, missing: 2, reportingRate: 50, onTimeRate: 25 });
    // the average of the rates would be 50 %, not 25 %
    expect((a.onTimeRate + b.onTimeRate) / 2).toBe(50);
    expect(sumTimeliness([])).toEqual(NO_REPORTS_EXPECTED);
  });
});

describe('rankLeague', () => {
  const entry = (name: string, onTimeRate: number, reportingRate: number) => ({
    name,
    totals: { onTimeRate, reportingRate },
  });

  it('orders by on-time rate, then reporting rate, then Thai name; equal rates share a rank', () => {
    const ranked = rankLeague([
      entry('สำนักอนามัย', 71.43, 85.71),
      entry('สำนักงานเขตจตุจักร', 40, 60),
      entry('สำนักการแพทย์', 77.78, 88.89),
      entry('สำนักปลัดกรุงเทพมหานคร', 71.43, 85.71),
      entry('สำนักงานเขตบางรัก', 85.71, 100),
      entry('สำนักการศึกษา', 71.43, 90),
    ]);
    expect(ranked.map((r) => [r.rank, r.name])).toEqual([
      [1, 'สำนักงานเขตบางรัก'],
      [2, 'สำนักการแพทย์'],
      [3, 'สำนักการศึกษา'], // same on-time rate as the next two, better reporting rate
      [4, 'สำนักปลัดกรุงเทพมหานคร'], // tie: ป before อ in Thai order
      [4, 'สำนักอนามัย'],
      [6, 'สำนักงานเขตจตุจักร'],
    ]);
  });

  it('sorts Thai names with the Thai collator, not by code points (leading vowels)', () => {
    // เ is a leading vowel: Thai order sorts เขต by ข, so "เขต" comes before "คลัง"; code points put it last
    const ranked = rankLeague([entry('คลัง', 50, 50), entry('เขต', 50, 50), entry('กอง', 50, 50)]);
    expect(ranked.map((r) => r.name)).toEqual(['กอง', 'เขต', 'คลัง']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 1]);
    expect(['คลัง', 'เขต', 'กอง'].sort()).toEqual(['กอง', 'คลัง', 'เขต']);
  });

  it('does not change its input', () => {
    const input = [entry('ข', 10, 10), entry('ก', 90, 90)];
    rankLeague(input);
    expect(input.map((e) => e.name)).toEqual(['ข', 'ก']);
  });
});

describe('onTimeBand', () => {
  it.each([
    [0, 0, 'none'],
    [10, 100, 'high'],
    [10, 90, 'high'],
    [10, 89.99, 'good'],
    [10, 75, 'good'],
    [10, 74.99, 'fair'],
    [10, 50, 'fair'],
    [10, 49.99, 'low'],
    [10, 0, 'low'],
  ] as const)('expected %i, on time %d %% → %s', (expected, onTimeRate, band) => {
    expect(onTimeBand({ expected, onTimeRate })).toBe(band);
  });
});

describe('timelinessOf: the first submission against the deadline, in the Bangkok calendar', () => {
  it('a submission at 23:30 Bangkok on the deadline day is on time; 00:30 the next day is late', () => {
    expect(timelinessOf(new Date('2023-06-05T16:30:00Z'), '2023-06-05')).toBe('on_time');
    expect(timelinessOf(new Date('2023-06-05T17:30:00Z'), '2023-06-05')).toBe('late');
    expect(timelinessOf(null, '2023-06-05')).toBe('missing');
  });
});
