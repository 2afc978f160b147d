/**
 * A fresh, migrated, empty database for a test, of the kind TIDTAM_TEST_DB selects:
 *
 * - 'pglite' (default): a copy of the PGlite template directory made by the global set-up, opened with
 *   openPglite() (~0.5 s; opening an in-memory PGlite and migrating it takes 2–3 s).
 * - 'postgres': `create database <unique> template tidtam_template` on the embedded server, opened with
 *   openPostgres().
 *
 * close() closes the database and then deletes it (drops the PostgreSQL database, removes the PGlite copy).
 * Databases a test forgets to close disappear with the global teardown. Safe across parallel test files.
 * Only usable in the test runs whose config has tests/setup/postgres-global-setup.ts (tests/api, tests/cli).
 */
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { openPglite } from '../../src/server/db/pglite';
import { openPostgres } from '../../src/server/db/postgres';
import { testDbKindFromEnv, type TestDbInfo } from '../setup/test-db-info';

export const testDbKind: 'pglite' | 'postgres' = testDbKindFromEnv();

export async function createTestDatabase(): Promise<Database> {
  const info = testDbSetup();
  return info.kind === 'postgres'
    ? copyPostgresDatabase(info.adminUrl, info.templateDatabase)
    : copyPgliteDatabase(info.workDir, info.templateDir);
}

/** What the global set-up provided (tests/setup/test-db-info.ts), checked against TIDTAM_TEST_DB. */
export function testDbSetup(): TestDbInfo {
  const info = inject('tidtamTestDb');
  if (!info) {
    throw new Error(
      'createTestDatabase(): no test database template. It works in the vitest projects whose ' +
        'globalSetup is tests/setup/postgres-global-setup.ts (tests/api, tests/cli in vitest.config.ts).',
    );
  }
  if (info.kind !== testDbKind) {
    throw new Error(`test database set up as ${info.kind} but TIDTAM_TEST_DB asks for ${testDbKind}`);
  }
  return info;
}

/** A copy of the closed PGlite data directory `templateDir`, opened; close() removes it. */
export async function copyPgliteDatabase(workDir: string, templateDir: string): Promise<Database> {
  const dir = await mkdtemp(join(workDir, 'db-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  let db: Database;
  try {
    const dataDir = join(dir, 'pgdata');
    await cp(templateDir, dataDir, { recursive: true });
    db = await openPglite(dataDir);
  } catch (err) {
    await remove();
    throw err;
  }
  return withDisposal(db, remove);
}

let created = 0;

/** `create database … template <template>` on the embedded server, opened; close() drops it. */
export async function copyPostgresDatabase(adminUrl: string, template: string): Promise<Database> {
  created += 1;
  const name = `tidtam_test_${process.pid}_${created}_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name} template ${template}`);
  const drop = () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  let db: Database;
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    db = await openPostgres(url.toString());
  } catch (err) {
    await drop();
    throw err;
  }
  return withDisposal(db, drop);
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The same database whose close() also deletes it; closing twice is harmless. */
function withDisposal(db: Database, dispose: () => Promise<void>): Database {
  let closing: Promise<void> | undefined;
  return {
    kind: db.kind,
    query: db.query.bind(db),
    exec: db.exec.bind(db),
    transaction: db.transaction.bind(db),
    close() {
      closing ??= (async () => {
        try {
          await db.close();
        } finally {
          await dispose();
        }
      })();
      return closing;
    },
  };
}
