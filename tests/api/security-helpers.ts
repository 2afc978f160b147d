/**
 * Shared by the security tests (security-*.test.ts, authz/*.test.ts, fuzz-*.test.ts): an app over a
 * given database with chosen settings, sign-in, and two views of "nothing changed" — row counts of every
 * table (cheap) and a content fingerprint of every table (exact).
 */
import type { FastifyInstance, HTTPMethods } from 'fastify';
import { expect } from 'vitest';
import { loadEnv } from '../../src/server/config/env';
import type { Queryable } from '../../src/server/db/database';
import { DEMO_PASSWORD } from '../../src/server/demo/load-demo';
import { buildApp } from '../../src/server/http/app';
import { SESSION_COOKIE } from '../../src/server/http/auth';
import type { Database } from '../../src/server/db/database';
import { CSRF } from '../helpers/api-app';

export async function appWith(
  db: Database,
  env: Record<string, string> = {},
  webDist: string | null = null,
): Promise<FastifyInstance> {
  const app = await buildApp({ db, env: loadEnv(env), webDist });
  await app.ready();
  return app;
}

export async function loginTo(
  app: FastifyInstance,
  username: string,
  password = DEMO_PASSWORD,
  extra: { remoteAddress?: string; headers?: Record<string, string> } = {},
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { ...CSRF, ...extra.headers },
    payload: { username, password },
    ...(extra.remoteAddress ? { remoteAddress: extra.remoteAddress } : {}),
  });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const session = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!session) throw new Error(`login ${username}: no ${SESSION_COOKIE} cookie`);
  return `${SESSION_COOKIE}=${session.value}`;
}

/** Sessions change with every sign-in and request (last_seen_at): "nothing changed" looks past them. */
const VOLATILE = new Set(['user_session']);

async function tableNames(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
  );
  return rows.map((r) => r.name).filter((n) => !VOLATILE.has(n));
}

/** The number of rows of every table (but sessions), in one query. */
export async function rowCounts(db: Queryable): Promise<Record<string, number>> {
  const names = await tableNames(db);
  const sql = `select ${names.map((n, i) => `(select count(*)::int from "${n}") as c${i}`).join(', ')}`;
  const { rows } = await db.query<Record<string, number>>(sql);
  return Object.fromEntries(names.map((n, i) => [n, Number(rows[0]![`c${i}`])]));
}

/**
 * A digest of the content of every table (but sessions): any insert, update or delete changes it, an update
 * that writes the same values does not. The row count and the sum of each row's hash: independent of row
 * order, so nothing is sorted (an md5 of every row sorted as text took 5–14 s per call on the full demo, and
 * the authorization matrix's CSRF block calls it twice per change route). Not the rows' transaction ids:
 * some refused requests rewrite a row with the same values (a user's row on a refused link).
 */
export async function fingerprint(db: Queryable): Promise<Record<string, string>> {
  const names = await tableNames(db);
  const sql = names
    .map(
      (n) =>
        `select '${n}' as name, count(*)::text || ':' || coalesce(sum(hashtext(t::text)::bigint), 0)::text as digest from "${n}" t`,
    )
    .join(' union all ');
  const { rows } = await db.query<{ name: string; digest: string }>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
}

/**
 * From now on, counts every row written to any table but sessions — inserted, updated (even to the same
 * values) or deleted — and every truncate: a trigger on each table bumps a sequence. Answers a function that
 * reads the count; "nothing written" is the same count before and after, and costs one query instead of
 * digesting every table (5–14 s per digest on the full demo under load: docs/decisions/0025-test-suite-time.md).
 * Stricter than fingerprint(): a sequence is not rolled back, so a write undone by a rollback counts too.
 * For a database that only this test file uses (the triggers stay until it is dropped).
 */
export async function watchWrites(db: Queryable): Promise<() => Promise<number>> {
  const names = await tableNames(db);
  await db.query(`create sequence if not exists test_rows_written`);
  await db.query(
    `create or replace function test_count_write() returns trigger language plpgsql as
     $$ begin perform nextval('test_rows_written'); return null; end $$`,
  );
  for (const n of names) {
    await db.query(`drop trigger if exists test_rows_written on "${n}"`);
    await db.query(`drop trigger if exists test_truncated on "${n}"`);
    await db.query(
      `create trigger test_rows_written after insert or update or delete on "${n}"
         for each row execute function test_count_write()`,
    );
    await db.query(
      `create trigger test_truncated after truncate on "${n}" for each statement execute function test_count_write()`,
    );
  }
  return async () => {
    const { rows } = await db.query<{ n: string }>(
      `select (case when is_called then last_value else 0 end)::text as n from test_rows_written`,
    );
    return Number(rows[0]!.n);
  };
}

const THAI = /[\u0E00-\u0E7F]/;
const LATIN = /[A-Za-z]/;

/** The one error shape of the API with a Thai and an English message. */
export function expectErrorShape(res: {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}) {
  expect(String(res.headers['content-type']), res.body.slice(0, 300)).toMatch(/^application\/json/);
  const body = JSON.parse(res.body) as {
    error?: { code?: unknown; message?: { th?: unknown; en?: unknown } };
  };
  expect(body.error, res.body.slice(0, 300)).toBeDefined();
  expect(typeof body.error!.code).toBe('string');
  expect(String(body.error!.message?.th)).toMatch(THAI);
  expect(String(body.error!.message?.en)).toMatch(LATIN);
  return body.error!;
}

/** Every method and URL of the app, parsed from printRoutes (the tree) and checked with hasRoute. */
export function registeredRoutes(app: FastifyInstance): string[] {
  const tree = app.printRoutes({ commonPrefix: false });
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    stack.push(m[2]!);
    const url = stack.join('');
    for (const method of (m[3] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      if (url.startsWith('/api/docs')) continue;
      if (!app.hasRoute({ method: method as HTTPMethods, url }))
        throw new Error(`parsed a route that does not exist: ${method} ${url}`);
      routes.push(`${method} ${url}`);
    }
  }
  return [...new Set(routes)].sort();
}
