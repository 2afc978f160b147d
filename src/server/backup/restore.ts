/**
 * Restores a backup (format.ts) in ONE transaction: either the database is exactly the backup (upgraded
 * by the migrations newer than it) or, on any error, it is left as it was.
 *
 * 1. Refuse unless the database is empty (no rows outside the migration ledger and the settings the
 *    migrations seed), unless `force`.
 * 2. Drop every object of the schema, apply the migrations the backup lists (its schema, exactly).
 * 3. Empty the tables (migrations seed some rows), load every table in the file's order: rows go into a
 *    temporary copy first, then into the table in one statement (a table referring to itself loads
 *    whole; references are checked at the end of each statement).
 * 4. Set every sequence to its value in the backup, so new rows never collide with restored ids.
 * 5. Apply the migrations newer than the backup.
 */
import { AppError } from '../errors';
import type { Database, Queryable } from '../db/database';
import { applyMigrationsIn, listMigrations } from '../db/migrate';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupEnd,
  type BackupHeader,
  type BackupSummary,
  type SequenceValue,
  type TableHeader,
} from './format';
import { noRetry } from './no-retry';
import { dropSchemaObjects, listForeignKeys, listTables, primaryKey, quoteIdent } from './schema';

/** Rows the migrations themselves write: a database holding only these is empty. */
export const SEEDED_BY_MIGRATIONS = new Set([
  'schema_migration',
  'app_setting',
  'digital_skill_area',
  'workforce_data_version',
  'development_data_version',
]);
const BATCH_ROWS = 2_000;
const BATCH_CHARS = 4_000_000;

const badFile = (th: string, en: string) =>
  new AppError('invalid_input', { th: `ไฟล์สำรองข้อมูลใช้ไม่ได้: ${th}`, en: `Not a usable backup file: ${en}` });

/** Pulls lines one at a time from any async source of lines (readline, an array in tests). */
class LineReader {
  private readonly it: AsyncIterator<string>;
  lineNo = 0;
  constructor(lines: AsyncIterable<string>) {
    this.it = lines[Symbol.asyncIterator]();
  }
  async next(): Promise<string | null> {
    for (;;) {
      const r = await this.it.next();
      if (r.done) return null;
      this.lineNo += 1;
      if (r.value.trim() !== '') return r.value;
    }
  }
  async json<T>(what: string): Promise<T> {
    const line = await this.next();
    if (line === null)
      throw badFile(`ไฟล์จบก่อน${what} (ไฟล์ไม่ครบ)`, `the file ends before ${what} (truncated)`);
    try {
      return JSON.parse(line) as T;
    } catch {
      throw badFile(`บรรทัด ${this.lineNo} ไม่ใช่ JSON`, `line ${this.lineNo} is not JSON`);
    }
  }
}

/** Reads and checks the first line; returns the migrations to build the backup's schema with. */
async function readHeader(reader: LineReader) {
  const header = await reader.json<BackupHeader>('ส่วนหัว');
  if (header?.format !== BACKUP_FORMAT)
    throw badFile('ไม่ใช่ไฟล์สำรองข้อมูลของ tidtam', 'it is not a tidtam backup');
  if (header.version !== BACKUP_VERSION)
    throw badFile(`รูปแบบรุ่น ${header.version} ไม่รองรับ`, `format version ${header.version} is not supported`);
  const known = await listMigrations();
  const names = known.map((m) => m.version);
  const prefixOk =
    Array.isArray(header.migrations) &&
    header.migrations.length <= names.length &&
    header.migrations.every((v, i) => names[i] === v);
  if (!prefixOk) {
    throw badFile(
      'สร้างจาก tidtam รุ่นที่ใหม่กว่าหรือต่างจากรุ่นนี้ กรุณากู้คืนด้วยรุ่นที่สร้างไฟล์',
      `it was made by a newer or different tidtam (schema ${header.migrations?.at(-1) ?? '?'}, ` +
        `this program knows up to ${names.at(-1)}); restore it with the version that made it`,
    );
  }
  return {
    header,
    own: known.slice(0, header.migrations.length),
    newer: known.slice(header.migrations.length),
  };
}

export async function isRestoreTargetEmpty(db: Queryable): Promise<string[]> {
  const nonEmpty: string[] = [];
  for (const table of await listTables(db)) {
    if (SEEDED_BY_MIGRATIONS.has(table)) continue;
    const { rows } = await db.query<{ any: boolean }>(
      `select exists (select 1 from ${quoteIdent(table)}) as any`,
    );
    if (rows[0]?.any) nonEmpty.push(table);
  }
  return nonEmpty;
}

export async function restoreDatabase(
  db: Database,
  lines: AsyncIterable<string>,
  options: { force?: boolean } = {},
): Promise<BackupSummary> {
  const reader = new LineReader(lines);
  const { header, own, newer } = await readHeader(reader);
  return db.transaction((tx) =>
    noRetry(() => restoreIn(tx, reader, header, own, newer, options.force ?? false)),
  );
}

async function restoreIn(
  tx: Queryable,
  reader: LineReader,
  header: BackupHeader,
  own: Awaited<ReturnType<typeof listMigrations>>,
  newer: Awaited<ReturnType<typeof listMigrations>>,
  force: boolean,
): Promise<BackupSummary> {
  {
    if (!force) {
      const nonEmpty = await isRestoreTargetEmpty(tx);
      if (nonEmpty.length > 0) {
        throw new AppError('conflict', {
          th: `ฐานข้อมูลมีข้อมูลอยู่แล้ว (${nonEmpty.slice(0, 5).join(', ')}) จะไม่เขียนทับ เว้นแต่สั่ง --force`,
          en:
            `the database is not empty (${nonEmpty.slice(0, 5).join(', ')}${nonEmpty.length > 5 ? ', …' : ''}); ` +
            'restore replaces everything in it only with --force',
        });
      }
    }
    // The rows come back as they were, the workforce and development data versions' tokens too (migrations
    // 0027, 0031): each names exactly the data restored, so their triggers must not change them while the
    // rows are loaded.
    await tx.query(`select set_config('tidtam.restoring', 'on', true)`);
    await dropSchemaObjects(tx);
    await applyMigrationsIn(tx, own);
    const tables = await listTables(tx);
    if (tables.length > 0)
      await tx.query(`truncate ${tables.map(quoteIdent).join(', ')} restart identity cascade`);
    const keys = await listForeignKeys(tx);

    const loaded: string[] = [];
    const later: { table: string; column: string; temp: string }[] = [];
    let total = 0;
    let sequences: SequenceValue[] | null = null;
    for (;;) {
      const doc = await reader.json<
        Partial<TableHeader> & { sequences?: SequenceValue[] } & Partial<BackupEnd>
      >('จุดสิ้นสุด');
      if (doc.end === true) {
        if (sequences === null) throw badFile('ไม่มีค่าลำดับเลข', 'the sequences are missing');
        if (doc.tables !== loaded.length || doc.rows !== total)
          throw badFile(
            'จำนวนแถวไม่ตรงกับที่บันทึกไว้',
            `it says ${doc.rows} rows in ${doc.tables} tables, it holds ${total} in ${loaded.length}`,
          );
        break;
      }
      if (doc.sequences) {
        sequences = doc.sequences;
        continue;
      }
      if (typeof doc.table !== 'string' || !Array.isArray(doc.columns) || typeof doc.rows !== 'number')
        throw badFile(`บรรทัด ${reader.lineNo} ไม่ถูกต้อง`, `line ${reader.lineNo} is not a table header`);
      const table = doc as TableHeader;
      if (!tables.includes(table.table))
        throw badFile(
          `ไม่มีตาราง ${table.table} ในโครงสร้างของไฟล์`,
          `table ${table.table} is not in the backup's schema`,
        );
      const temp = `_tidtam_restore_${loaded.length}`;
      // References to tables loaded later (a cycle between tables): filled in after everything is loaded.
      const deferred = keys
        .filter(
          (k) => k.table === table.table && k.references !== table.table && !loaded.includes(k.references),
        )
        .map((k) => k.column);
      total += await loadTable(tx, reader, table, temp, deferred);
      for (const column of deferred) later.push({ table: table.table, column, temp });
      loaded.push(table.table);
    }
    for (const { table, column, temp } of later) {
      const key = await primaryKey(tx, table);
      if (key.length === 0)
        throw new Error(`cannot restore ${table}.${column}: the table has no primary key`);
      await tx.query(
        `update ${quoteIdent(table)} t set ${quoteIdent(column)} = s.${quoteIdent(column)} from ${temp} s
          where ${key.map((c) => `t.${quoteIdent(c)} = s.${quoteIdent(c)}`).join(' and ')}`,
      );
    }
    for (const s of sequences ?? []) {
      await tx.query('select setval(quote_ident($1)::regclass, $2::bigint, $3)', [
        s.name,
        s.lastValue,
        s.isCalled,
      ]);
    }
    const upgradedWith = await applyMigrationsIn(tx, newer);
    return {
      createdAt: header.createdAt,
      source: header.source,
      tables: loaded.length,
      rows: total,
      upgradedWith,
    };
  }
}

async function loadTable(
  tx: Queryable,
  reader: LineReader,
  table: TableHeader,
  temp: string,
  deferred: readonly string[],
): Promise<number> {
  const name = quoteIdent(table.table);
  await tx.query(`create temporary table ${temp} (like ${name}) on commit drop`);
  let batch: string[] = [];
  let chars = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await tx.query(`insert into ${temp} select * from jsonb_populate_recordset(null::${temp}, $1::jsonb)`, [
      `[${batch.join(',')}]`,
    ]);
    batch = [];
    chars = 0;
  };
  for (let i = 0; i < table.rows; i++) {
    const line = await reader.next();
    if (line === null)
      throw badFile(
        `ตาราง ${table.table} ขาดแถว (ไฟล์ไม่ครบ)`,
        `table ${table.table} is cut short (truncated)`,
      );
    batch.push(line);
    chars += line.length;
    if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush();
  }
  await flush();
  const columns = table.columns.map(quoteIdent);
  const values = table.columns.map((c) => (deferred.includes(c) ? 'null' : quoteIdent(c)));
  await tx.query(
    `insert into ${name} (${columns.join(', ')}) overriding system value select ${values.join(', ')} from ${temp}`,
  );
  return table.rows;
}
