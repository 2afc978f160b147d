/**
 * A fresh database with the demo loaded, for createTestApp() (tests/helpers/api-app.ts): a copy of a demo
 * template instead of loading the demo again in every test file (loadDemo takes 5–30 s on a shared machine,
 * a copy well under one: docs/decisions/0014-test-speed.md).
 *
 * One template per demo variant (full, or without the 2,000 demo people) and per day, since the demo's
 * workforce is "as of" today in Bangkok: a run that crosses midnight builds a second one. The first test file
 * that asks for a variant builds it (so a run of files that need no demo never pays for one); the others
 * wait for it. The build loads the demo exactly as createTestApp() used to, into a copy of the migrated
 * empty template; loadDemo keeps nothing outside the database (its password is the constant DEMO_PASSWORD).
 *
 * - PGlite: a closed data directory in the run's work directory (removed at teardown), made under a lock
 *   directory and renamed into place when complete. Copies carry its planner statistics as they are:
 *   only what the demo's own imports analyze, as in a database loaded in place.
 * - PostgreSQL: a template database made under an advisory lock, analyzed once (what autovacuum would do
 *   while the first tests run), marked `is_template` only when complete.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { Database } from '../../src/server/db/database';
import { tightenDataDir } from '../../src/server/db/data-dir';
import { openPglite } from '../../src/server/db/pglite';
import { openPostgres } from '../../src/server/db/postgres';
import { loadDemo } from '../../src/server/demo/load-demo';
import { bangkokDate } from '../../src/domain/monitoring/reporting-month';
import type { TestDbInfo } from '../setup/test-db-info';
import { copyPgliteDatabase, copyPostgresDatabase, testDbSetup } from './test-db';

export interface DemoVariant {
  /** false: the demo without its 2,000 people (loadDemo's `workforce: false`). */
  workforce?: boolean;
}

/** A fresh database holding the demo of `variant` as of today; close() deletes it. */
export async function createDemoDatabase(variant: DemoVariant = {}): Promise<Database> {
  const info = testDbSetup();
  const workforce = variant.workforce !== false;
  const today = bangkokDate(new Date());
  if (info.kind === 'postgres') {
    return copyPostgresDatabase(info.adminUrl, await postgresDemoTemplate(info, workforce, today));
  }
  return copyPgliteDatabase(info.workDir, await pgliteDemoTemplate(info, workforce, today));
}

const templateName = (workforce: boolean, today: string) =>
  `demo_${workforce ? 'full' : 'noworkforce'}_${today.replaceAll('-', '')}`;

/** How long a test file waits for another one's build before giving up (a build takes 5–40 s). */
const WAIT_MS = 300_000;

async function pgliteDemoTemplate(
  info: Extract<TestDbInfo, { kind: 'pglite' }>,
  workforce: boolean,
  today: string,
): Promise<string> {
  const dir = join(info.workDir, templateName(workforce, today));
  const lock = `${dir}.lock`;
  const giveUp = Date.now() + WAIT_MS;
  for (;;) {
    if (existsSync(dir)) return dir;
    try {
      await mkdir(lock);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (await builderDied(lock)) await rm(lock, { recursive: true, force: true });
      else if (Date.now() > giveUp)
        throw new Error(`demo template ${dir}: still being built after ${WAIT_MS} ms`);
      else await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    try {
      await writeFile(join(lock, 'pid'), String(process.pid));
      const building = join(lock, 'pgdata');
      await cp(info.templateDir, building, { recursive: true });
      const db = await openPglite(building);
      try {
        await loadDemo(db, { workforce, today });
      } finally {
        await db.close();
      }
      await tightenDataDir(building);
      await rename(building, dir);
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
    return dir;
  }
}

/** The lock's builder is gone (its process ended without removing the lock). */
async function builderDied(lock: string): Promise<boolean> {
  let pid: number;
  try {
    pid = Number(await readFile(join(lock, 'pid'), 'utf8'));
  } catch {
    return false; // just made, the pid not yet written (or the lock just removed): look again
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function postgresDemoTemplate(
  info: Extract<TestDbInfo, { kind: 'postgres' }>,
  workforce: boolean,
  today: string,
): Promise<string> {
  const name = `tidtam_${templateName(workforce, today)}`;
  const admin = new pg.Client({ connectionString: info.adminUrl });
  await admin.connect();
  try {
    // Held until this session ends: a builder that dies releases it, and its half-made database is redone.
    await admin.query('select pg_advisory_lock(hashtext($1))', [name]);
    const { rows } = await admin.query<{ datistemplate: boolean }>(
      'select datistemplate from pg_database where datname = $1',
      [name],
    );
    if (rows[0]?.datistemplate) return name;
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name} template ${info.templateDatabase}`);
    const url = new URL(info.adminUrl);
    url.pathname = `/${name}`;
    const db = await openPostgres(url.toString());
    try {
      await loadDemo(db, { workforce, today });
      await db.exec('analyze');
    } finally {
      await db.close();
    }
    // Complete: nobody may connect any more (a session would make `create database … template` fail).
    await admin.query(`alter database ${name} with is_template true allow_connections false`);
    return name;
  } finally {
    await admin.end();
  }
}
