/**
 * Pure statistics of the benchmark: percentiles, the median of several runs and its spread, ratios.
 * No I/O; unit-tested in tests/unit/bench-stats.test.ts.
 */

/** The p-th percentile (0–100) of samples by linear interpolation between closest ranks (NaN if none). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile ${p} is not between 0 and 100`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export interface Distribution {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  /** Interquartile range: q3 − q1. */
  iqr: number;
}

export function distribution(samples: readonly number[]): Distribution {
  if (samples.length === 0) return { n: 0, median: NaN, p95: NaN, min: NaN, max: NaN, iqr: NaN };
  return {
    n: samples.length,
    median: median(samples),
    p95: percentile(samples, 95),
    min: Math.min(...samples),
    max: Math.max(...samples),
    iqr: percentile(samples, 75) - percentile(samples, 25),
  };
}

/**
 * Several runs of one figure, each run one number (a run's p50, p95, wall time, reports/s …):
 * the median of the runs and their spread (min–max).
 */
export interface RunSummary {
  runs: number;
  median: number;
  min: number;
  max: number;
}

export function summarizeRuns(values: readonly number[]): RunSummary {
  if (values.length === 0) return { runs: 0, median: NaN, min: NaN, max: NaN };
  return { runs: values.length, median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** figure ÷ limit: how many times the floor a figure costs (NaN when either is missing or the limit is 0). */
export function ratio(figure: number, limit: number): number {
  if (!Number.isFinite(figure) || !Number.isFinite(limit) || limit <= 0) return Number.NaN;
  return figure / limit;
}

/** Growth of a cost from one scale to the next, beside the growth of the data (both as factors). */
export function growth(from: number, to: number): number {
  return ratio(to, from);
}

/** A number for a table: 3 significant digits, no exponent ("0.412", "41.2", "4123"); "–" when not a number. */
export function fmt(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 100) return String(Math.round(value));
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}

/** A ratio for a table: "2.4×", "–" when not a number. */
export const fmtRatio = (value: number) => (Number.isFinite(value) ? `${fmt(value)}×` : '–');
