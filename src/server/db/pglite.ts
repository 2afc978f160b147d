import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';
import { TYPE_OIDS } from './database';

const identity = (value: string) => value;

/**
 * PGlite runs each statement synchronously on this thread, and its queue hands the engine from one
 * waiting statement to the next in promise callbacks, which run before any I/O. Under load that chain
 * never ends and the server stops reading sockets: requests that arrived wait until the clients time
 * out (seen in the load test). Giving the event loop one turn before each statement keeps it fair.
 */
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * PostgreSQL's buffer cache inside PGlite's WebAssembly memory, which never shrinks: the default 128 MB
 * made the server's resident memory ~450 MB idle. The pages also sit in the operating system's file
 * cache, so a smaller cache costs a copy, not a disk read (measured in docs/benchmarks.md).
 */
export const PGLITE_SHARED_BUFFERS = '32MB';

/** PostgreSQL's start parameters inside PGlite (the benchmark opens a bare PGlite with the same). */
export const pgliteStartParams = (): string[] => [
  ...PGlite.defaultStartParams,
  ...['-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
];

export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const db = await PGlite.create(dataDir ?? 'memory://', {
    startParams: pgliteStartParams(),
    parsers: {
      [TYPE_OIDS.date]: identity,
      [TYPE_OIDS.numeric]: identity,
      [TYPE_OIDS.int8]: (v: string) => Number(v),
    },
  });
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params?: readonly unknown[]) {
      await yieldToIo();
      const result = await q.query<T>(sql, params as unknown[] | undefined);
      return { rows: result.rows };
    },
    async exec(sql: string) {
      await yieldToIo();
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}
