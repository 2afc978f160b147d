/**
 * Importing a monthly report file (formats.md) the way the central office does: a CSV uploaded through
 * the web app (multipart `POST /api/imports/reports`). The file covers every project and month of the full
 * dataset (30,000 rows at scale 100); it is imported into the same dataset generated without reports.
 * Several dry runs (`?dryRun=true`: every row parsed, checked and written, then rolled back — the same
 * statements as a real import) give the distribution; one committed import is then checked row by row.
 * The floor: COPY of the same rows into a table of monthly_report's shape (its columns, constraints and
 * indexes), in-process on the same database — COPY FROM STDIN on PostgreSQL, COPY FROM '/dev/blob' on PGlite.
 */
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Queryable } from '../../src/server/db/database';
import type { ImportResult } from '../../src/shared/api/monitoring/plans';
import { CSRF, type Client } from '../http';
import { median } from '../stats';
import type { Target } from '../targets';
import type { ScenarioContext } from './context';

const COLUMNS = [
  'plan_code',
  'project_code',
  'period',
  'status',
  'percent',
  'kpi_actual',
  'spent',
  'problems',
];

interface ReportRow {
  plan_code: string;
  project_code: string;
  period: number;
  status: string;
  percent: string | null;
  kpi_actual: string | null;
  spent: string | null;
  problems: string | null;
}

export const csvCell = (v: string | null) => {
  if (v === null) return '';
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
};

const periodText = (key: number) => `${Math.floor(key / 100)}-${String(key % 100).padStart(2, '0')}`;

export interface ReportFile {
  csv: Buffer;
  rows: ReportRow[];
}

/**
 * The report file of a whole plan: one row per project and month for every month the dataset has reports
 * of (500 projects × 60 months = 30,000 rows at scale 100), each with the project's current report of
 * that month, or — where it has none — an "in progress" row (formats.md, CSV, UTF-8).
 */
export async function exportReportFile(db: Queryable, planCode: string): Promise<ReportFile> {
  const { rows } = await db.query<ReportRow>(
    `with months as (
       select distinct m.period from monthly_report m join project p on p.id = m.project_id
         join plan on plan.id = p.plan_id
        where plan.code = $1 and m.superseded_at is null
     )
     select plan.code as plan_code, p.code as project_code, mo.period, coalesce(m.status, 'in_progress') as status,
            m.percent::text as percent, m.kpi_actual::text as kpi_actual, m.spent::text as spent, m.problems
       from project p join plan on plan.id = p.plan_id cross join months mo
       left join monthly_report m on m.project_id = p.id and m.period = mo.period and m.superseded_at is null
      where plan.code = $1
      order by mo.period, p.code`,
    [planCode],
  );
  const lines = [COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.plan_code,
        r.project_code,
        periodText(r.period),
        r.status,
        r.percent,
        r.kpi_actual,
        r.spent,
        r.problems,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return { csv: Buffer.from(`${lines.join('\n')}\n`, 'utf8'), rows };
}

const COPY_COLUMNS =
  'project_id, period, status, percent, kpi_actual, spent, problems, source, reported_by_label, state';

/** The same rows as COPY input (CSV) for the scratch table: project ids instead of codes. */
function copyInput(file: ReportFile, projectIds: Map<string, number>): string {
  const out: string[] = [];
  for (const r of file.rows) {
    const id = projectIds.get(r.project_code);
    if (id === undefined) throw new Error(`project ${r.project_code} is not in the import database`);
    out.push(
      [
        String(id),
        String(r.period),
        r.status,
        r.percent,
        r.kpi_actual,
        r.spent,
        r.problems,
        'import',
        'bench',
        'accepted',
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${out.join('\n')}\n`;
}

const SCRATCH = `create table bench_copy (like monthly_report including defaults including constraints including indexes)`;

/** A COPY FROM STDIN for node-postgres (a submittable query; pg-copy-streams is not a dependency). */
class CopyIn {
  callback?: (err: Error | null, rows?: number) => void;
  private error: Error | null = null;
  private rows = 0;
  constructor(
    readonly text: string,
    private readonly data: Buffer,
  ) {}
  submit(connection: { query(text: string): void }) {
    connection.query(this.text);
  }
  handleCopyInResponse(connection: { sendCopyFromChunk(b: Buffer): void; endCopyFrom(): void }) {
    for (let i = 0; i < this.data.length; i += 1 << 16)
      connection.sendCopyFromChunk(this.data.subarray(i, i + (1 << 16)));
    connection.endCopyFrom();
  }
  handleCommandComplete(msg: { text?: string }) {
    this.rows = Number(/\d+$/.exec(msg.text ?? '')?.[0] ?? 0);
  }
  handleError(err: Error) {
    this.error = err;
  }
  handleReadyForQuery() {
    this.callback?.(this.error, this.rows);
  }
  handleRowDescription() {}
  handleDataRow() {}
  handleEmptyQuery() {}
  handlePortalSuspended() {}
  handleCopyData() {}
}

export function copyIn(client: pg.Client, text: string, data: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const query = new CopyIn(text, data);
    query.callback = (err, rows) => (err ? reject(err) : resolve(rows ?? 0));
    client.query(query as never);
  });
}

/** COPY of the file's rows, `runs` batches of `count` (p50 each); the database must not be open elsewhere. */
export async function copyFloor(
  target: Target,
  planCode: string,
  file: ReportFile,
  runs: number,
  count: number,
): Promise<number[]> {
  const idsSql = `select p.code, p.id from project p join plan on plan.id = p.plan_id where plan.code = $1`;
  const batches: number[] = [];
  if (target.kind === 'postgres') {
    const client = new pg.Client({ connectionString: target.databaseUrl });
    await client.connect();
    try {
      const ids = new Map(
        (await client.query<{ code: string; id: number }>(idsSql, [planCode])).rows.map((r) => [
          r.code,
          r.id,
        ]),
      );
      const data = Buffer.from(copyInput(file, ids), 'utf8');
      await client.query(SCRATCH);
      for (let run = 0; run < runs; run++) {
        const times: number[] = [];
        for (let i = 0; i < count; i++) {
          await client.query('truncate bench_copy');
          const started = performance.now();
          const copied = await copyIn(
            client,
            `copy bench_copy (${COPY_COLUMNS}) from stdin with (format csv)`,
            data,
          );
          times.push(performance.now() - started);
          if (copied !== file.rows.length)
            throw new Error(`COPY loaded ${copied} rows of ${file.rows.length}`);
        }
        batches.push(median(times));
      }
      await client.query('drop table bench_copy');
    } finally {
      await client.end();
    }
    return batches;
  }
  const db = await PGlite.create(join(target.dataDir, 'pgdata'));
  try {
    const ids = new Map(
      (await db.query<{ code: string; id: number }>(idsSql, [planCode])).rows.map((r) => [r.code, r.id]),
    );
    const blob = new Blob([copyInput(file, ids)]);
    await db.exec(SCRATCH);
    for (let run = 0; run < runs; run++) {
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        await db.exec('truncate bench_copy');
        const started = performance.now();
        await db.query(`copy bench_copy (${COPY_COLUMNS}) from '/dev/blob' with (format csv)`, [], { blob });
        times.push(performance.now() - started);
        const { rows } = await db.query<{ n: number }>('select count(*)::int as n from bench_copy');
        if (rows[0]!.n !== file.rows.length)
          throw new Error(`COPY loaded ${rows[0]!.n} rows of ${file.rows.length}`);
      }
      batches.push(median(times));
    }
    await db.exec('drop table bench_copy');
  } finally {
    await db.close();
  }
  return batches;
}

export function multipart(csv: Buffer, filename = 'reports.csv'): { body: Buffer; type: string } {
  const boundary = `----tidtam-bench-${Math.random().toString(36).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head), csv, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

async function upload(admin: Client, file: ReportFile, dryRun: boolean) {
  const { body, type } = multipart(file.csv);
  const answer = await admin.send('POST', `/api/imports/reports?dryRun=${dryRun}`, body, {
    ...CSRF,
    'content-type': type,
  });
  if (answer.status !== 200) {
    throw new Error(
      `import (dryRun=${dryRun}): ${answer.status} ${answer.error ?? answer.body.toString().slice(0, 800)}`,
    );
  }
  const result = JSON.parse(answer.body.toString('utf8')) as ImportResult;
  const created = result.created.monthly_report ?? 0;
  if (!result.ok || created !== file.rows.length) {
    throw new Error(`import (dryRun=${dryRun}) wrote ${created} reports of ${file.rows.length}`);
  }
  return answer.ms;
}

/** Dry runs (one per run), then one committed import. */
export async function importRuns(
  ctx: ScenarioContext,
  admin: Client,
  file: ReportFile,
  copyBatches: number[],
) {
  const note = `${file.rows.length} rows, ${(file.csv.length / 2 ** 20).toFixed(1)} MB of CSV`;
  await upload(admin, file, true); // warm-up: the import modules load on first use
  for (let run = 0; run < ctx.settings.runs; run++) {
    ctx.rec.add('import-dry', { value: await upload(admin, file, true), limit: copyBatches[run]! });
  }
  ctx.rec.note('import-dry', note);
  ctx.rec.add('import-commit', { value: await upload(admin, file, false), limit: median(copyBatches) });
  ctx.rec.note(
    'import-commit',
    `${note}; every row created (ImportResult.created) and counted in the database afterwards`,
  );
}
