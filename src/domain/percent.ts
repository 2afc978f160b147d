/**
 * Percentages on committee papers are exact fractions rounded half-up to 2 decimals
 * (2/3 → 66.67, 7/8 → 87.5). Integer arithmetic only: binary floats round 1.005 the wrong way.
 */

/** part/whole × 100, rounded half-up to 2 decimals; 0 when whole is 0. Inputs are counts (integers ≥ 0). */
export function percentOf(part: number, whole: number): number {
  if (!Number.isInteger(part) || !Number.isInteger(whole) || part < 0 || whole < 0) {
    throw new RangeError(`percentOf needs non-negative integers, got ${part}/${whole}`);
  }
  if (whole === 0) return 0;
  const hundredths = roundHalfUpDiv(BigInt(part) * 10000n, BigInt(whole));
  return Number(hundredths) / 100;
}

/** n/d rounded half-up (away from zero at .5) for non-negative n, positive d. */
export function roundHalfUpDiv(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}
