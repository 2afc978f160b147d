import pg from 'pg';
import type { Database, Queryable } from './database';
import { TYPE_OIDS } from './database';
import { markUnavailable } from './unavailable';

const identity = (value: string) => value;

/**
 * SQLSTATEs of a transaction that lost a race with another one: it is run again from the start, in a new
 * transaction that sees the winner's committed rows, so the loser gets the same answer it would have got
 * one moment later (a clean new version, or a 409 from the use case) instead of a 500.
 * - 40001 serialization_failure, 40P01 deadlock_detected: PostgreSQL asks for exactly this.
 * - 23505 unique_violation: a "check, then insert" raced with another insert of the same key (e.g. two
 *   new current versions of one project-month report). On the retry the check sees the committed row;
 *   a genuine duplicate fails the same way again and is passed on.
 * PGlite runs one transaction at a time, so it never needs this.
 */
const RACE_CODES = new Set(['40001', '40P01', '23505']);
const MAX_ATTEMPTS = 5;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Run = (sql: string, params?: unknown[]) => Promise<pg.QueryResult>;

/**
 * A transaction is one connection, and one connection runs one statement at a time: node-postgres queues a
 * statement sent while another runs, but deprecates doing so ("client.query() when the client is already
 * executing a query", refused from pg@9). Callers may send several statements at once on a transaction
 * handle (Promise.all over reads); they are sent one after the other, in the order they were issued, each
 * once the previous one has answered — what node-postgres did, without relying on its deprecated queue.
 * A failed statement does not stop the queue: the next one gets PostgreSQL's own answer (an aborted
 * transaction refuses it), exactly as before.
 */
export function oneAtATime(client: Pick<pg.ClientBase, 'query'>): Run {
  let last: Promise<unknown> = Promise.resolve();
  return (sql, params) => {
    const next = last.then(() => client.query(sql, params));
    last = next.catch(() => undefined);
    return next;
  };
}

export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    // While the server is down or restarting, a request waits at most this long for a connection and
    // then fails with 503, instead of hanging until the client gives up.
    connectionTimeoutMillis: 5_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === TYPE_OIDS.date || oid === TYPE_OIDS.numeric) return identity;
        if (oid === TYPE_OIDS.int8) return (v: string) => Number(v);
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', (err) => console.error('[db] idle connection lost:', err.message));
  try {
    await pool.query('select 1');
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new Error(
      `cannot use the PostgreSQL server of DATABASE_URL (${where(connectionString)}): ${oneLine(err)}`,
      {
        cause: err,
      },
    );
  }
  const wrap = (run: Run): Queryable => ({
    async query<T>(sql: string, params?: readonly unknown[]) {
      try {
        const result = await run(sql, params as unknown[] | undefined);
        return { rows: result.rows as T[] };
      } catch (err) {
        throw markUnavailable(err);
      }
    },
    async exec(sql: string) {
      try {
        await run(sql);
      } catch (err) {
        throw markUnavailable(err);
      }
    },
  });

  async function attempt<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (err) {
      throw markUnavailable(err);
    }
    // While checked out, the pool does not listen for this client's errors: a server that goes away
    // between two statements would otherwise be an uncaught 'error' event, and the process would exit.
    let broken = false;
    const onError = () => {
      broken = true;
    };
    client.on('error', onError);
    const run = oneAtATime(client);
    try {
      await run('begin');
      const result = await fn(wrap(run));
      await run('commit');
      return result;
    } catch (err) {
      await run('rollback').catch(() => {
        // The connection itself is gone: it must not go back into the pool.
        broken = true;
      });
      throw markUnavailable(err);
    } finally {
      // A broken client keeps the listener: it may still report its socket's end while being discarded.
      if (!broken) client.removeListener('error', onError);
      client.release(broken);
    }
  }

  return {
    kind: 'postgres',
    // The pool gives each statement a client of its own: concurrent statements are fine here.
    ...wrap((sql, params) => pool.query(sql, params)),
    async transaction(fn) {
      for (let n = 1; ; n++) {
        try {
          return await attempt(fn);
        } catch (err) {
          const code = (err as { code?: unknown }).code;
          if (n >= MAX_ATTEMPTS || typeof code !== 'string' || !RACE_CODES.has(code)) throw err;
          await pause(5 + Math.random() * 20 * n);
        }
      }
    },
    close: () => pool.end(),
  };
}

/** host:port/database of a connection string, never its password. */
function where(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'unparsable URL';
  }
}

const oneLine = (err: unknown) =>
  (err instanceof Error ? err.message || (err as { code?: string }).code || err.name : String(err)).replace(
    /\s+/g,
    ' ',
  );
