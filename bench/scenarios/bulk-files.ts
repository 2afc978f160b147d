/**
 * The large files of the workforce and development imports (formats.md), and their floor. A file is read
 * from the generated database a chunk of rows at a time (keyset on the id) into two forms of the same rows:
 * the CSV a user uploads (codes: person_no, position_no, unit codes) and COPY's input for the same table
 * (ids). The floor loads the COPY inputs into the same tables, with their constraints and indexes, inside one
 * transaction that is rolled back (so the import then starts from the same empty tables) — COPY FROM STDIN
 * with node-postgres, COPY FROM '/dev/blob' on PGlite — timing each table's COPY.
 */
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Queryable } from '../../src/server/db/database';
import { CSRF, type Client } from '../http';
import type { Target } from '../targets';
import { copyIn, csvCell, multipart } from './import';

const CHUNK = 100_000;

export interface BulkFile {
  /** the import's kind in its route, e.g. 'history' */
  kind: string;
  table: string;
  csv: Buffer;
  copyColumns: string[];
  copy: Buffer;
  rows: number;
}

export interface BulkSpec<R> {
  kind: string;
  table: string;
  /** one chunk: rows with id > $1, ordered by id, limit $2 */
  sql: string;
  id(row: R): number;
  header: string[];
  csv(row: R): (string | null)[];
  copyColumns: string[];
  copy(row: R): (string | null)[];
}

export const yesNo = (b: boolean | null) => (b === null ? null : b ? 'yes' : 'no');
export const tf = (b: boolean | null) => (b === null ? null : b ? 't' : 'f');
export const str = (x: number | string | null) => (x === null ? null : String(x));

const line = (cells: (string | null)[]) => `${cells.map(csvCell).join(',')}\n`;

/** Reads every row of `spec` a chunk at a time into the CSV file and COPY's input. */
export async function exportBulk<R>(db: Queryable, spec: BulkSpec<R>): Promise<BulkFile> {
  const csv: Buffer[] = [Buffer.from(line(spec.header))];
  const copy: Buffer[] = [];
  let last = 0;
  let rows = 0;
  for (;;) {
    const chunk = (await db.query<R>(spec.sql, [last, CHUNK])).rows;
    if (chunk.length === 0) break;
    csv.push(Buffer.from(chunk.map((r) => line(spec.csv(r))).join('')));
    copy.push(Buffer.from(chunk.map((r) => line(spec.copy(r))).join('')));
    last = spec.id(chunk[chunk.length - 1]!);
    rows += chunk.length;
  }
  return {
    kind: spec.kind,
    table: spec.table,
    csv: Buffer.concat(csv),
    copyColumns: spec.copyColumns,
    copy: Buffer.concat(copy),
    rows,
  };
}

/**
 * COPY of every file, in order, into its table in one transaction rolled back afterwards: ms per file. The
 * database must not be open elsewhere (PGlite: one process per directory).
 */
export async function copyFloorBulk(target: Target, files: readonly BulkFile[]): Promise<number[]> {
  const out: number[] = [];
  const sqlOf = (f: BulkFile, from: string) =>
    `copy ${f.table} (${f.copyColumns.join(', ')}) from ${from} with (format csv)`;
  if (target.kind === 'postgres') {
    const client = new pg.Client({ connectionString: target.databaseUrl });
    await client.connect();
    try {
      await client.query('begin');
      for (const f of files) {
        const started = performance.now();
        const copied = await copyIn(client, sqlOf(f, 'stdin'), f.copy);
        out.push(performance.now() - started);
        if (copied !== f.rows) throw new Error(`COPY ${f.table}: ${copied} rows of ${f.rows}`);
      }
      await client.query('rollback');
    } finally {
      await client.end();
    }
    return out;
  }
  const db = await PGlite.create(join(target.dataDir, 'pgdata'));
  try {
    await db.exec('begin');
    for (const f of files) {
      const blob = new Blob([f.copy]);
      const started = performance.now();
      await db.query(sqlOf(f, `'/dev/blob'`), [], { blob });
      out.push(performance.now() - started);
      const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from ${f.table}`);
      if (rows[0]!.n !== f.rows) throw new Error(`COPY ${f.table}: ${rows[0]!.n} rows of ${f.rows}`);
    }
    await db.exec('rollback');
  } finally {
    await db.close();
  }
  return out;
}

/** Uploads one file (multipart, committed) to `path`/kind; checks that every row was created; ms. */
export async function uploadBulk(admin: Client, path: string, file: BulkFile): Promise<number> {
  const { body, type } = multipart(file.csv, `${file.kind}.csv`);
  const answer = await admin.send(
    'POST',
    `${path}/${file.kind}?dryRun=false`,
    body,
    { ...CSRF, 'content-type': type },
    3_600_000,
  );
  if (answer.status !== 200)
    throw new Error(
      `POST ${path}/${file.kind}: ${answer.status} ${answer.error ?? answer.body.toString('utf8').slice(0, 800)}`,
    );
  const result = JSON.parse(answer.body.toString('utf8')) as { created: number; rows: number };
  if (result.created !== file.rows || result.rows !== file.rows)
    throw new Error(
      `POST ${path}/${file.kind}: ${result.created} created of ${result.rows} rows read, the file has ${file.rows}`,
    );
  return answer.ms;
}
