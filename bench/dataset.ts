/**
 * The data the benchmark measures: `generateDataset` (src/server/generate, `bin/tidtam generate --scale S`)
 * at scales 1, 10 and 100, deterministic from a seed. Until that module exists, scale 1 falls back to
 * the demo (src/server/demo), so the harness can be built and tried.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from '../src/server/db/database';

export interface BenchDataset {
  scale: number;
  seed: number;
  planCode: string;
  fiscalYears: number[];
  asOf: string;
  openMonth: string;
  password: string;
  admin: string;
  focalPoints: Array<{ username: string; unitCode: string }>;
  counts: {
    targets: number;
    strategies: number;
    projects: number;
    units: number;
    users: number;
    months: number;
    reports: number;
    problems: number;
    keyResults: number;
  };
  /** 'generator' or 'demo' (the fallback). */
  source: 'generator' | 'demo';
}

export const SEED = 6;

const GENERATOR = fileURLToPath(new URL('../src/server/generate/generate-dataset.ts', import.meta.url));

type Generate = (
  db: Database,
  options: { scale: number; seed?: number; withReports?: boolean },
) => Promise<Omit<BenchDataset, 'source'>>;

export const generatorAvailable = () => existsSync(GENERATOR);

export async function makeDataset(
  db: Database,
  options: { scale: number; withReports?: boolean },
): Promise<BenchDataset> {
  if (generatorAvailable()) {
    const { generateDataset } = (await import(GENERATOR)) as { generateDataset: Generate };
    const dataset = await generateDataset(db, {
      scale: options.scale,
      seed: SEED,
      withReports: options.withReports,
    });
    return { ...dataset, source: 'generator' };
  }
  if (options.scale !== 1)
    throw new Error(`scale ${options.scale} needs src/server/generate/generate-dataset.ts`);
  return demoDataset(db, options.withReports ?? true);
}

async function demoDataset(db: Database, withReports: boolean): Promise<BenchDataset> {
  const { loadDemo, DEMO_PASSWORD } = await import('../src/server/demo/load-demo');
  await loadDemo(db);
  if (!withReports) {
    await db.exec('delete from problem; delete from monthly_report;');
  }
  const { rows } = await db.query<BenchDataset['counts']>(
    `select (select count(*)::int from strategic_target) as targets, (select count(*)::int from strategy) as strategies,
            (select count(*)::int from project) as projects, (select count(*)::int from org_unit) as units,
            (select count(*)::int from app_user) as users, (select count(*)::int from reporting_month) as months,
            (select count(*)::int from monthly_report where superseded_at is null) as reports,
            (select count(*)::int from problem) as problems, (select count(*)::int from key_result) as "keyResults"`,
  );
  return {
    scale: 1,
    seed: 0,
    planCode: 'HR-2566-2570',
    fiscalYears: [2566],
    asOf: '2566-05',
    openMonth: '2566-06',
    password: DEMO_PASSWORD,
    admin: 'admin',
    focalPoints: [
      { username: 'focal.bhrdi', unitCode: 'BHRDI' },
      { username: 'focal.pers', unitCode: 'PERS' },
    ],
    counts: rows[0]!,
    source: 'demo',
  };
}
