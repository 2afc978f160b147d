/**
 * The large imports of one scale (issues 10 and 11): the workforce files and the development records file,
 * exported from the full dataset (bench/scenarios/workforce-import.ts, development-import.ts), imported once
 * each — committed, through the server — into the dataset generated without its workforce, after COPY of the
 * same rows into the same tables (rolled back) as their floor. One run: each import writes up to 2,000,000
 * rows and takes minutes at scale 100, so its figure has no spread (the report says "1 run").
 */
import type { Queryable } from '../src/server/db/database';
import { copyFloorBulk, uploadBulk, type BulkFile } from './scenarios/bulk-files';
import type { ScenarioContext } from './scenarios/context';
import { exportRecordsFile } from './scenarios/development-import';
import { exportWorkforceFiles } from './scenarios/workforce-import';
import { fmt } from './stats';
import type { Target } from './targets';
import { MB, withServer } from './with-server';

export interface BulkFiles {
  workforce: BulkFile[];
  records: BulkFile | null;
}

export async function exportBulkFiles(
  db: Queryable,
  want: { workforce: boolean; records: boolean },
): Promise<BulkFiles | null> {
  if (!want.workforce) return null;
  return {
    workforce: await exportWorkforceFiles(db),
    records: want.records ? await exportRecordsFile(db) : null,
  };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const mb = (b: number) => `${fmt(b / MB)} MB`;

export async function bulkImports(ctx: ScenarioContext, target: Target, files: BulkFiles): Promise<void> {
  const { rec, log } = ctx;
  const all = [...files.workforce, ...(files.records ? [files.records] : [])];
  log(`COPY floor: ${all.map((f) => `${f.rows} ${f.kind}`).join(', ')}`);
  const copies = await copyFloorBulk(target, all);
  await withServer(ctx, target, 'bulk-memory', async (server, admin, idle) => {
    const times: number[] = [];
    for (const f of files.workforce) {
      log(`importing the ${f.kind} file (${f.rows} rows, ${mb(f.csv.length)})`);
      times.push(await uploadBulk(admin, '/api/workforce/imports', f));
    }
    const peak = server.maxRss();
    const n = files.workforce.length;
    rec.add('bulk-wf-import', { value: sum(times), limit: sum(copies.slice(0, n)) });
    rec.note(
      'bulk-wf-import',
      files.workforce
        .map(
          (f, i) =>
            `${f.kind} ${f.rows} rows (${mb(f.csv.length)}): ${fmt(times[i]!)} ms, COPY ${fmt(copies[i]!)} ms`,
        )
        .join('; '),
    );
    rec.add('bulk-wf-memory', { value: peak / MB, limit: idle / MB });
    rec.note('bulk-wf-memory', `${fmt((peak - idle) / MB)} MB over the idle server`);
    if (files.records) {
      const f = files.records;
      log(`importing the development records file (${f.rows} rows, ${mb(f.csv.length)})`);
      const ms = await uploadBulk(admin, '/api/development/imports', f);
      rec.add('bulk-dev-import', { value: ms, limit: copies[n]! });
      rec.note('bulk-dev-import', `${f.rows} rows, ${mb(f.csv.length)} of CSV`);
    }
  });
  const opened = await target.open();
  try {
    for (const f of all) {
      const { rows } = await opened.db.query<{ n: number }>(`select count(*)::int as n from ${f.table}`);
      if (rows[0]!.n !== f.rows)
        throw new Error(`after the imports ${f.table} has ${rows[0]!.n} rows, not ${f.rows}`);
    }
  } finally {
    await opened.close();
  }
}
