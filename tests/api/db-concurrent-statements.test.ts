/**
 * Several statements sent at once on one transaction handle (Promise.all over reads inside a transaction, as
 * the committee paper and the needs-attention flags do). On PostgreSQL a transaction is one connection:
 * src/server/db/postgres.ts sends its statements one after the other, in the order they were issued, so
 * node-postgres never sees a query while another runs (deprecated, "client.query() when the client is
 * already executing a query", and refused from pg@9). PGlite runs one statement at a time by itself.
 * On either database: no such warning, every answer belongs to its own statement, the issue order holds.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { createTestDatabase, testDbKind } from '../helpers/test-db';

let db: Database;
const warnings: Error[] = [];
const onWarning = (warning: Error) => warnings.push(warning);

beforeAll(async () => {
  db = await createTestDatabase();
  process.on('warning', onWarning);
});

afterAll(async () => {
  process.off('warning', onWarning);
  await db?.close();
});

afterEach(() => {
  // A deprecation warning is emitted on the next tick of the call that triggered it.
  return new Promise((resolve) => setImmediate(resolve));
});

const concurrentQueryWarnings = () =>
  warnings.filter((w) => /already executing a query/.test(w.message) || /pg@9/.test(w.message));

describe(`statements sent at once on one transaction (${testDbKind})`, () => {
  it('answers each statement with its own rows and emits no warning', async () => {
    const answers = await db.transaction((tx) =>
      Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          tx.query<{ n: number; pause: string }>(
            'select $1::int as n, pg_sleep(0.002)::text as pause from generate_series(1, $1::int)',
            [i + 1],
          ),
        ),
      ),
    );
    await new Promise((resolve) => setImmediate(resolve));
    answers.forEach((answer, i) => {
      expect(answer.rows).toHaveLength(i + 1);
      expect(answer.rows.every((r) => r.n === i + 1)).toBe(true);
    });
    expect(concurrentQueryWarnings()).toEqual([]);
  });

  it('keeps the order in which the statements were issued', async () => {
    const seen = await db.transaction(async (tx) => {
      await tx.exec('create temporary table issue_order (n int) on commit drop');
      const writes = [1, 2, 3].map((n) => tx.query('insert into issue_order values ($1)', [n]));
      const read = tx.query<{ ns: number[] }>('select array_agg(n order by n) as ns from issue_order');
      await Promise.all(writes);
      return (await read).rows[0]!.ns;
    });
    expect(seen).toEqual([1, 2, 3]);
    expect(concurrentQueryWarnings()).toEqual([]);
  });

  it('still fails the transaction when one of the statements fails, and rolls back the rest', async () => {
    await db.exec('create table if not exists concurrent_probe (n int primary key)');
    await expect(
      db.transaction((tx) =>
        Promise.all([
          tx.query('insert into concurrent_probe values (1)'),
          tx.query('select 1 / 0'),
          tx.query('insert into concurrent_probe values (2)'),
        ]),
      ),
    ).rejects.toThrow();
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from concurrent_probe');
    expect(rows[0]!.n).toBe(0);
    // The connection went back to the pool usable.
    const after = await db.transaction((tx) =>
      Promise.all([
        tx.query<{ one: number }>('select 1 as one'),
        tx.query<{ two: number }>('select 2 as two'),
      ]),
    );
    expect(after[0].rows[0]!.one).toBe(1);
    expect(after[1].rows[0]!.two).toBe(2);
    await new Promise((resolve) => setImmediate(resolve));
    expect(concurrentQueryWarnings()).toEqual([]);
  });
});
