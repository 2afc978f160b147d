import { describe, expect, it } from 'vitest';
import {
  distribution,
  fmt,
  fmtRatio,
  growth,
  median,
  percentile,
  ratio,
  summarizeRuns,
} from '../../bench/stats';

describe('bench statistics', () => {
  it('percentile interpolates between closest ranks, whatever the order of the samples', () => {
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10, 20], 95)).toBeCloseTo(19.5);
    expect(percentile([7], 95)).toBe(7);
    expect(
      percentile(
        Array.from({ length: 101 }, (_, i) => i),
        95,
      ),
    ).toBe(95);
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('median of an even and an odd number of samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('distribution: n, median, p95, min, max and interquartile range', () => {
    const d = distribution([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(d).toMatchObject({ n: 10, median: 5.5, min: 1, max: 10, iqr: 4.5 });
    expect(d.p95).toBeCloseTo(9.55);
    expect(distribution([]).n).toBe(0);
  });

  it('runs summarised as the median and the spread min–max', () => {
    expect(summarizeRuns([30, 10, 20])).toEqual({ runs: 3, median: 20, min: 10, max: 30 });
    expect(summarizeRuns([]).runs).toBe(0);
  });

  it('ratio and growth are figure ÷ limit; missing or zero limits give NaN', () => {
    expect(ratio(6, 2)).toBe(3);
    expect(ratio(6, 0)).toBeNaN();
    expect(ratio(NaN, 2)).toBeNaN();
    expect(growth(10, 45)).toBe(4.5);
  });

  it('formats numbers with three significant digits and ratios with ×', () => {
    expect(fmt(0.41234)).toBe('0.412');
    expect(fmt(4.1234)).toBe('4.12');
    expect(fmt(41.234)).toBe('41.2');
    expect(fmt(4123.4)).toBe('4123');
    expect(fmt(0)).toBe('0');
    expect(fmt(NaN)).toBe('–');
    expect(fmtRatio(2.345)).toBe('2.35×');
    expect(fmtRatio(Infinity)).toBe('–');
  });
});
