import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';
import { TYPE_OIDS } from './database';

const identity = (value: string) => value;

export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const db = await PGlite.create(dataDir ?? 'memory://', {
    parsers: {
      [TYPE_OIDS.date]: identity,
      [TYPE_OIDS.numeric]: identity,
      [TYPE_OIDS.int8]: (v: string) => Number(v),
    },
  });
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params?: readonly unknown[]) {
      const result = await q.query<T>(sql, params as unknown[] | undefined);
      return { rows: result.rows };
    },
    async exec(sql: string) {
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
