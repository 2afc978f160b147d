/**
 * The generated dataset's sizes and timeline (src/server/generate/sizes.ts): the three anchors exactly as
 * the brief sets them, interpolation in between, and months that never run past what can be reported today.
 */
import { describe, expect, it } from 'vitest';
import { isValidScale, sizesForScale, timelineFor } from '../../src/server/generate/sizes';

describe('dataset sizes', () => {
  it('has the documented sizes at scales 1, 10 and 100', () => {
    expect(sizesForScale(1)).toEqual({
      targets: 5,
      strategies: 15,
      projects: 56,
      units: 8,
      users: 20,
      months: 8,
    });
    expect(sizesForScale(10)).toEqual({
      targets: 6,
      strategies: 30,
      projects: 150,
      units: 25,
      users: 200,
      months: 24,
    });
    expect(sizesForScale(100)).toEqual({
      targets: 8,
      strategies: 60,
      projects: 500,
      units: 80,
      users: 2000,
      months: 60,
    });
  });

  it('interpolates geometrically in between, growing with the scale', () => {
    // scale √10 ≈ 3.16 is half-way from 1 to 10 on a log scale: 3 is a little before it
    const t = Math.log(3) / Math.log(10);
    expect(sizesForScale(3).projects).toBe(Math.round(56 * (150 / 56) ** t));
    expect(sizesForScale(3).users).toBe(Math.round(20 * 10 ** t));
    let previous = sizesForScale(1);
    for (let s = 2; s <= 100; s++) {
      const now = sizesForScale(s);
      for (const key of Object.keys(now) as (keyof typeof now)[])
        expect(now[key]).toBeGreaterThanOrEqual(previous[key]);
      previous = now;
    }
  });

  it('accepts whole scales from 1 to 100 only', () => {
    for (const bad of [0, -1, 101, 1.5, Number.NaN, '10']) {
      expect(isValidScale(bad)).toBe(false);
      expect(() => sizesForScale(bad as number)).toThrow(RangeError);
    }
    expect(isValidScale(1) && isValidScale(100)).toBe(true);
  });

  it('reports from 2565-10, or earlier when the history would run past 2569-09', () => {
    expect(timelineFor(8)).toEqual({
      first: { yearBE: 2565, month: 10 },
      last: { yearBE: 2566, month: 5 },
      open: { yearBE: 2566, month: 6 },
      planStartYear: 2566,
      planEndYear: 2570,
    });
    expect(timelineFor(24)).toEqual({
      first: { yearBE: 2565, month: 10 },
      last: { yearBE: 2567, month: 9 },
      open: { yearBE: 2567, month: 10 },
      planStartYear: 2566,
      planEndYear: 2570,
    });
    // 60 months from 2565-10 would end in 2570-09, a month nobody can report yet: they end in 2569-09
    expect(timelineFor(60)).toEqual({
      first: { yearBE: 2564, month: 10 },
      last: { yearBE: 2569, month: 9 },
      open: { yearBE: 2569, month: 10 },
      planStartYear: 2565,
      planEndYear: 2570,
    });
  });
});
