/**
 * The authorization matrix covers the server: every route the server registers — read from the Fastify
 * instance at run time — has a row in exactly one tests/api/authz/<module>.rows.ts, and every rows file is run
 * by its <module>.test.ts. The rows files are found by listing this folder, so a new module's file counts
 * without being named here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/api-app';
import { registeredRoutes, watchWrites } from '../security-helpers';
import { allowedRole, isCsrfCase, isStaffCase, routeOf, type Entry, type MatrixModule } from './matrix';

const DIR = dirname(fileURLToPath(import.meta.url));
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.rows.ts'))
  .sort();
const MODULES = await Promise.all(
  FILES.map(async (file) => ({ file, rows: ((await import(join(DIR, file))) as MatrixModule).ROWS })),
);
/** Every row of every module: key → its file and entry. */
const ALL: [string, { file: string; entry: Entry }][] = MODULES.flatMap(({ file, rows }) =>
  Object.entries(rows).map(
    ([key, entry]) => [key, { file, entry }] as [string, { file: string; entry: Entry }],
  ),
);

let t: TestApp;
beforeAll(async () => {
  // The routes do not depend on the data: the empty database is enough.
  t = await createTestApp({ demo: false });
});
afterAll(async () => {
  await t?.close();
});

describe('the matrix covers the server', () => {
  it('reads the rows of every module, each run by its test file', () => {
    expect(FILES).toEqual([
      'careers.rows.ts',
      'committee.rows.ts',
      'development.rows.ts',
      'kernel.rows.ts',
      'monitoring.rows.ts',
      'workforce.rows.ts',
    ]);
    for (const file of FILES) {
      const test = join(DIR, file.replace(/\.rows\.ts$/, '.test.ts'));
      expect(existsSync(test), `${file} has no test file`).toBe(true);
      const text = readFileSync(test, 'utf8');
      expect(text, test).toContain(`import * as rows from './${file.replace(/\.ts$/, '')}';`);
      expect(text, test).toContain('describeMatrix(rows);');
    }
  });

  it('every registered route has a row (add one to its module’s tests/api/authz/<module>.rows.ts)', () => {
    const covered = new Set(ALL.map(([key]) => routeOf(key)));
    const missing = registeredRoutes(t.app).filter((r) => !covered.has(r));
    expect(missing, `routes without a row in tests/api/authz/*.rows.ts:\n  ${missing.join('\n  ')}`).toEqual(
      [],
    );
    expect(covered.size).toBe(registeredRoutes(t.app).length);
  });

  it('every row is a registered route (no stale rows), in one file only', () => {
    const routes = new Set(registeredRoutes(t.app));
    const stale = ALL.filter(([key]) => !routes.has(routeOf(key))).map(
      ([key, { file }]) => `${file}: ${key}`,
    );
    expect(stale, `rows for routes that do not exist: ${stale.join(', ')}`).toEqual([]);
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [key, { file }] of ALL) {
      if (seen.has(key)) twice.push(`${key} in ${seen.get(key)} and ${file}`);
      seen.set(key, file);
    }
    expect(twice).toEqual([]);
  });

  it('every route but sign-in (password, single sign-on and its settings), sign-out and health needs a session (401 for anonymous)', () => {
    const open = ALL.filter(([, { entry }]) => entry.expect.anonymous !== 401)
      .map(([k]) => k)
      .sort();
    expect(open).toEqual([
      'GET /api/auth/config',
      'GET /api/auth/oidc/callback',
      'GET /api/auth/oidc/login',
      'GET /api/health',
      'POST /api/auth/login',
      'POST /api/auth/logout',
      'POST /api/auth/password-reset',
      'POST /api/auth/password-reset/confirm',
    ]);
  });

  it('the CSRF case covers every change route, each with a role that may make it', () => {
    const changes = ALL.filter(([key, { entry }]) => isCsrfCase(key, entry));
    expect(changes.length).toBeGreaterThan(30);
    for (const [key, { entry }] of changes) expect(allowedRole(entry), key).toBeDefined();
  });

  it('the staff column: only rows staff may be asked about are marked, the marked ones as listed', () => {
    const marked = ALL.filter(([, { entry }]) => entry.staff !== undefined);
    for (const [key, { entry }] of marked) expect(isStaffCase(key, entry), key).toBe(true);
    expect(Object.fromEntries(marked.map(([key, { entry }]) => [key, entry.staff]))).toEqual({
      'GET /api/workforce/people/:personNo': 200,
      'GET /api/workforce/me': 200,
      'GET /api/careers/paths': 200,
      'GET /api/careers/paths/:id': 200,
      'GET /api/careers/self-check': 200,
      'GET /api/careers/path-file': 200,
      'GET /api/careers/cohorts': 200,
      'GET /api/careers/cohorts/:id': 404,
      'GET /api/development/me/days': 200,
      'GET /api/development/me/entries': 200,
      'POST /api/development/me/entries': 201,
      'PATCH /api/development/me/entries/:id': 200,
      'DELETE /api/development/me/entries/:id': 204,
    });
  });
});

describe('watchWrites (the CSRF case’s "no row written")', () => {
  it('counts each row inserted, updated (to the same values too) or deleted, and a truncate, in every table but sessions', async () => {
    await t.db.query(`create table test_ww (n int)`);
    const writes = await watchWrites(t.db);
    const { rows } = await t.db.query<{ n: number }>(
      `select count(*)::int as n from pg_trigger g join pg_class c on c.oid = g.tgrelid
        where g.tgname in ('test_rows_written', 'test_truncated') and c.relname <> 'user_session'`,
    );
    const tables = await t.db.query<{ n: number }>(
      `select count(*)::int as n from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> 'user_session'`,
    );
    expect(rows[0]!.n).toBe(2 * tables.rows[0]!.n);
    const start = await writes();
    await t.db.query(`insert into test_ww values (1), (2)`);
    expect(await writes()).toBe(start + 2);
    await t.db.query(`update test_ww set n = n`);
    expect(await writes()).toBe(start + 4);
    await t.db.query(`delete from test_ww where n = 1`);
    expect(await writes()).toBe(start + 5);
    await t.db.query(`truncate test_ww`);
    expect(await writes()).toBe(start + 6);
    await t.db.query(`select n from test_ww`);
    expect(await writes()).toBe(start + 6);
    // The application's tables are watched as well (this insert may write more rows through their own triggers).
    await t.db.query(`insert into org_unit (code, name, kind) values ('WW-1', 'หน่วยทดสอบการเขียน', 'office')`);
    expect(await writes()).toBeGreaterThan(start + 6);
    // Sessions change with every request (last_seen_at): not watched.
    const onSessions = await t.db.query<{ n: number }>(
      `select count(*)::int as n from pg_trigger g join pg_class c on c.oid = g.tgrelid
        where c.relname = 'user_session' and g.tgname like 'test_%'`,
    );
    expect(onSessions.rows[0]!.n).toBe(0);
  });
});
