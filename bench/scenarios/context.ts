/** What every scenario is given: the database and scale, the dataset, the run's settings, the recorder. */
import type { BenchDataset } from '../dataset';
import type { Recorder } from '../figures';
import type { Target } from '../targets';

export interface Settings {
  runs: number;
  /** Sequential requests per run for a latency figure. */
  requests: number;
  /** Requests per run of a slow figure (papers). */
  slowRequests: number;
  /** Concurrent focal points submitting. */
  submitters: number;
  /** Concurrent clients of the summary's concurrency figure. */
  concurrentClients: number;
  /** COPY loads per run of the import's floor. */
  copies: number;
}

export interface ScenarioContext {
  target: Target;
  scale: number;
  dataset: BenchDataset;
  settings: Settings;
  rec: Recorder;
  log(line: string): void;
}

/** Times an async function, in ms. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

/** `count` timings of fn (after one unmeasured warm-up), in ms. */
export async function repeat(fn: () => Promise<unknown>, count: number, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push((await timed(fn)).ms);
  return out;
}

/** Period text 'YYYY-MM' (BE) → key YYYYMM. */
export const keyOf = (period: string) => Number(period.slice(0, 4)) * 100 + Number(period.slice(5, 7));

/** The period `months` months before a 'YYYY-MM'. */
export function monthsBefore(period: string, months: number): string {
  const total = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 - months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}
