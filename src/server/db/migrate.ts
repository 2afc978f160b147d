/** Versioned SQL migrations in ./migrations, applied in name order, each in its own transaction. */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database, Queryable } from './database';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
// Any fixed number: serialises concurrent migrators on a shared PostgreSQL server.
export const MIGRATION_LOCK = 727_001;

const CREATE_LEDGER =
  'create table if not exists schema_migration (version text primary key, applied_at timestamptz not null default now())';

export interface Migration {
  version: string;
  sql: string;
}

/** Every migration this program knows, in the order they are applied. */
export async function listMigrations(): Promise<Migration[]> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort();
  return Promise.all(
    files.map(async (file) => ({
      version: file.replace(/\.sql$/, ''),
      sql: await readFile(MIGRATIONS_DIR + file, 'utf8'),
    })),
  );
}

export async function migrate(db: Database): Promise<string[]> {
  await db.query(CREATE_LEDGER);
  const applied: string[] = [];
  for (const { version, sql } of await listMigrations()) {
    const done = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      return applyOne(tx, version, sql);
    });
    if (done) applied.push(version);
  }
  return applied;
}

/**
 * Applies the given migrations not yet recorded, inside the caller's transaction (a restore builds the
 * schema of its backup, loads the data, then applies the newer migrations, all in one transaction).
 */
export async function applyMigrationsIn(tx: Queryable, migrations: readonly Migration[]): Promise<string[]> {
  await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
  await tx.query(CREATE_LEDGER);
  const applied: string[] = [];
  for (const { version, sql } of migrations) {
    if (await applyOne(tx, version, sql)) applied.push(version);
  }
  return applied;
}

async function applyOne(tx: Queryable, version: string, sql: string): Promise<boolean> {
  const { rows } = await tx.query('select 1 from schema_migration where version = $1', [version]);
  if (rows.length > 0) return false;
  await tx.exec(sql);
  await tx.query('insert into schema_migration (version) values ($1)', [version]);
  return true;
}
