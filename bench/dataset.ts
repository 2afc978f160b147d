/**
 * The data the benchmark measures: `generateDataset` (src/server/generate, `bin/tidtam generate --scale S`)
 * at scales 1, 10 and 100, deterministic from a seed.
 */
import type { Database } from '../src/server/db/database';
import { generateDataset, type GeneratedDataset } from '../src/server/generate/generate-dataset';

export type BenchDataset = GeneratedDataset;

export const SEED = 6;

export function makeDataset(
  db: Database,
  options: { scale: number; withReports?: boolean; withWorkforce?: boolean },
): Promise<BenchDataset> {
  return generateDataset(db, {
    scale: options.scale,
    seed: SEED,
    withReports: options.withReports,
    withWorkforce: options.withWorkforce,
  });
}
