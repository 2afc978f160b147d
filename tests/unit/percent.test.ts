import { describe, expect, it } from 'vitest';
import { percentOf, roundHalfUpDiv } from '../../src/domain';

describe('percentOf: exact fraction × 100, rounded half-up to 2 decimals', () => {
  it.each([
    [2, 3, 66.67],
    [1, 3, 33.33],
    [7, 8, 87.5],
    [1, 8, 12.5],
    [1, 6, 16.67],
    [5, 6, 83.33],
    [41, 56, 73.21],
    [15, 56, 26.79],
    [13, 56, 23.21],
    [28, 56, 50],
    [3, 13, 23.08],
    [8, 13, 61.54],
    [2, 13, 15.38],
    [11, 13, 84.62],
    [1, 200, 0.5],
    [1, 400, 0.25],
    [1, 80000, 0],
    [1, 20000, 0.01],
    [3, 40000, 0.01],
    [1, 40000, 0],
    [0, 5, 0],
    [5, 5, 100],
    [0, 0, 0],
  ])('%i/%i → %d', (part, whole, expected) => {
    expect(percentOf(part, whole)).toBe(expected);
  });

  it('rounds an exact half up where binary floating point would round down', () => {
    // 1.005 % = 201/20000: Math.round(1.005 * 100) / 100 gives 1 in floating point.
    expect(percentOf(201, 20000)).toBe(1.01);
    // 0.015 %: 3/20000
    expect(percentOf(3, 20000)).toBe(0.02);
  });

  it('refuses negative or non-integer counts', () => {
    expect(() => percentOf(-1, 3)).toThrow(RangeError);
    expect(() => percentOf(1, -3)).toThrow(RangeError);
    expect(() => percentOf(1.5, 3)).toThrow(RangeError);
  });

  it('roundHalfUpDiv rounds .5 away from zero', () => {
    expect(roundHalfUpDiv(5n, 2n)).toBe(3n);
    expect(roundHalfUpDiv(7n, 3n)).toBe(2n);
    expect(roundHalfUpDiv(8n, 3n)).toBe(3n);
    expect(roundHalfUpDiv(0n, 7n)).toBe(0n);
  });
});
