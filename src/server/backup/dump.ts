/** Writes a logical backup (format.ts) of the whole database, from one consistent snapshot. */
import type { Database, Queryable } from '../db/database';
import { noRetry } from './no-retry';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type SequenceValue } from './format';
import {
  dependencyOrder,
  listColumns,
  listForeignKeys,
  listSequences,
  listTables,
  primaryKey,
  quoteIdent,
} from './schema';

const FETCH = 2_000;

/** Each call gets one line without its newline; it may wait (backpressure) before the next. */
export type LineSink = (line: string) => Promise<void>;

export async function dumpDatabase(
  db: Database,
  write: LineSink,
  now: Date = new Date(),
): Promise<{ tables: number; rows: number }> {
  // Lines already written cannot be taken back: the transaction must never be re-run (noRetry).
  return db.transaction((tx) =>
    noRetry(async () => {
      // One snapshot for every table, and nothing written: the file is the database at one moment.
      await tx.query('set transaction isolation level repeatable read, read only');
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: now.toISOString(),
        source: db.kind,
        migrations: await migrationsOf(tx),
      };
      await write(JSON.stringify(header));
      const tables = dependencyOrder(await listTables(tx), await listForeignKeys(tx));
      let total = 0;
      for (const table of tables) total += await dumpTable(tx, table, write);
      const sequences: SequenceValue[] = [];
      for (const name of await listSequences(tx)) {
        const { rows } = await tx.query<{ last_value: string; is_called: boolean }>(
          `select last_value::text as last_value, is_called from ${quoteIdent(name)}`,
        );
        sequences.push({ name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called });
      }
      await write(JSON.stringify({ sequences }));
      await write(JSON.stringify({ end: true, tables: tables.length, rows: total }));
      return { tables: tables.length, rows: total };
    }),
  );
}

async function migrationsOf(tx: Queryable): Promise<string[]> {
  const { rows } = await tx.query<{ version: string }>(
    'select version from schema_migration order by version',
  );
  return rows.map((r) => r.version);
}

async function dumpTable(tx: Queryable, table: string, write: LineSink): Promise<number> {
  const columns = await listColumns(tx, table);
  const { rows: counted } = await tx.query<{ n: number }>(
    `select count(*)::int as n from ${quoteIdent(table)}`,
  );
  const count = Number(counted[0]!.n);
  await write(JSON.stringify({ table, columns, rows: count }));
  if (count === 0) return 0;
  const cursor = `tidtam_backup_${table.replace(/\W/g, '_')}`;
  // In primary key order, so two backups of the same data are the same file.
  const key = await primaryKey(tx, table);
  const order = key.length > 0 ? `order by ${key.map((c) => `t.${quoteIdent(c)}`).join(', ')}` : '';
  await tx.query(
    `declare ${cursor} no scroll cursor for select to_jsonb(t)::text as r from ${quoteIdent(table)} t ${order}`,
  );
  let written = 0;
  for (;;) {
    const { rows } = await tx.query<{ r: string }>(`fetch ${FETCH} from ${cursor}`);
    for (const row of rows) await write(row.r);
    written += rows.length;
    if (rows.length < FETCH) break;
  }
  await tx.query(`close ${cursor}`);
  if (written !== count) throw new Error(`backup of ${table}: counted ${count} rows, read ${written}`);
  return written;
}
