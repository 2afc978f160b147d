/**
 * The authorization matrix (docs/security.md, 4.1 and 4.3), one file of rows per module:
 * tests/api/authz/<module>.rows.ts holds the module's entries (ROWS) and the fixtures they need (setUp), and
 * <module>.test.ts runs them with describeMatrix. tests/api/authz/coverage.test.ts reads every *.rows.ts and
 * fails when a route the server registers has no entry in any of them, naming it: whoever adds a route adds
 * its row to its module's file.
 *
 * Each entry gives the status each role gets when sending a valid request (a fixture per route, so the status
 * reflects authorization, not validation):
 *
 *   anonymous · viewer (committee) · focal point of the owning unit (focal.bhrdi on a BHRDI project) ·
 *   focal point of another unit (focal.pers) · approver (approver.bhrdi) · admin · staff (`staff`, else 403).
 *
 * Every change route is also sent by the role that may make it, with its session cookie but without the
 * x-tidtam-csrf header: refused with 403, and no row of any table written (watchWrites).
 */
import type { HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { thaiNationalIdValid } from '../../../src/shared/api/workforce/people';
import { CSRF, createTestApp, type TestApp } from '../../helpers/api-app';
import { expectErrorShape, watchWrites } from '../security-helpers';

export const ROLES = ['anonymous', 'viewer', 'focalOther', 'approver', 'focalOwn', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const USER: Record<Exclude<Role, 'anonymous'>, string> = {
  viewer: 'committee',
  focalOwn: 'focal.bhrdi',
  focalOther: 'focal.pers',
  approver: 'approver.bhrdi',
  admin: 'admin',
};

type Payload = object | FormData | string;
export interface Req {
  url: string;
  payload?: Payload;
  headers?: Record<string, string>;
  /** undefined: the role's own session; null: no cookie at all; a string: this cookie. */
  cookie?: string | null;
}
export interface Res {
  statusCode: number;
  body: string;
  headers: Record<string, unknown>;
  json(): unknown;
}
export interface Entry {
  /** Builds a valid request for the role (creating what it needs first: a fresh unit to close, …). */
  prepare: (role: Role) => Promise<Req> | Req;
  expect: Record<Role, number>;
  /**
   * The status a staff user (linked to the BHRDI person made in set-up) gets sending the admin's request;
   * unset: 403. Only routes marked for staff (their own record) set it.
   */
  staff?: number;
  /** Extra checks where the status alone does not show the refusal (per-item results). */
  check?: (role: Role, res: Res) => Promise<void> | void;
  /** The request ends the role's sessions: sign in again afterwards. */
  endsSessions?: boolean;
  /** A file download (Content-Disposition: attachment) rather than JSON. */
  download?: boolean;
  /** A page rendered as HTML on purpose (the committee paper): user text in it is escaped, tested apart. */
  html?: boolean;
  /** Only the operator token of the lock file opens it (no web account); no CSRF case (bearer, no cookie). */
  operatorOnly?: boolean;
  /** The role that may make this change where none succeeds in this app (single sign-on is off here). */
  changer?: Role;
  note?: string;
}
/** Keys are "METHOD /url" exactly as registered, or "METHOD /url #variant" for another body or query. */
export type Rows = Record<string, Entry>;
/** A <module>.rows.ts file: its entries, and the fixtures they share, made once before them. */
export interface MatrixModule {
  ROWS: Rows;
  setUp?: () => Promise<void>;
}

// ---- expectation shorthands ----
export const all = (status: number): Record<Role, number> => ({
  anonymous: status,
  viewer: status,
  focalOther: status,
  approver: status,
  focalOwn: status,
  admin: status,
});
/** Every signed-in role; 401 without a session. */
export const signedIn = (status: number) => ({ ...all(status), anonymous: 401 });
/** The central office only. */
export const adminOnly = (status: number) => ({ ...all(403), anonymous: 401, admin: status });
/** Readers of a BHRDI project: everyone signed in but another unit's focal point. */
export const projectReaders = (status: number) => ({ ...signedIn(status), focalOther: 403 });
/** No web account at all (the operator token only). */
export const nobody = () => ({ ...all(403), anonymous: 401 });
/** Only the institute: admin and BHRDI's focal point and approver. */
export const instituteOnly = (status: number) => ({
  ...all(403),
  anonymous: 401,
  admin: status,
  focalOwn: status,
  approver: status,
});

/** "POST /api/x #variant" → "POST /api/x": a route may have several entries (another body, another query). */
export const routeOf = (key: string) => key.replace(/ #.*$/, '');

/** The role whose change would succeed: refusing it without the header shows the header, not the role, is missing. */
export const allowedRole = (entry: Entry): Role | undefined =>
  entry.changer ??
  (['admin', 'focalOwn', 'approver', 'focalOther', 'viewer', 'anonymous'] as const).find(
    (r) => entry.expect[r] >= 200 && entry.expect[r] < 300,
  );

/** Change routes sent without the CSRF header (the operator's bearer routes need none). */
export const isCsrfCase = (key: string, entry: Entry) => !key.startsWith('GET ') && !entry.operatorOnly;

/** Sign-in, sign-out and one's own account are the same for every role: not in the staff column. */
const ACCOUNT_ROUTES = new Set([
  'GET /api/auth/me',
  'GET /api/auth/sessions',
  'POST /api/auth/password',
  'POST /api/auth/logout-all',
]);
export const isStaffCase = (key: string, entry: Entry) =>
  entry.expect.anonymous === 401 && !ACCOUNT_ROUTES.has(routeOf(key)) && !entry.operatorOnly;

// ---- the app and its demo (one per test file; module state is reset by describeMatrix's set-up) ----
export let t: TestApp;
export const cookies = {} as Record<Exclude<Role, 'anonymous'>, string>;
export const ids = {
  project: new Map<string, number>(),
  unit: new Map<string, number>(),
  target: 0,
  strategy: 0,
  keyResult: 0,
  actual: 0,
  dummyUser: 0,
  person: 0,
  snapshot: 0,
};
let counter = 0;
export const next = () => ++counter;

export const project = (code: string) => {
  const id = ids.project.get(code);
  if (id === undefined) throw new Error(`no demo project ${code}`);
  return id;
};
export const unit = (code: string) => {
  const id = ids.unit.get(code);
  if (id === undefined) throw new Error(`no demo unit ${code}`);
  return id;
};

export const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => {
  const { rows } = await t.db.query<T & object>(sql, params);
  if (!rows[0]) throw new Error(`no row: ${sql}`);
  return rows[0];
};

export async function asAdmin(method: HTTPMethods, url: string, payload?: object): Promise<Res> {
  const res = await t.app.inject({
    method,
    url,
    headers: { ...CSRF, cookie: cookies.admin },
    ...(payload === undefined ? {} : { payload }),
  });
  if (res.statusCode >= 300) throw new Error(`fixture ${method} ${url}: ${res.statusCode} ${res.body}`);
  return res;
}

export async function newUnit(): Promise<number> {
  const n = next();
  const res = await asAdmin('POST', '/api/units', {
    code: `MX-${n}`,
    name: `หน่วยงานเมทริกซ์ ${n}`,
    kind: 'office',
  });
  return (res.json() as { id: number }).id;
}

/** A fresh national ID with a valid check digit. */
export function nationalId(): string {
  const first12 = `1${String(10_000_000_000 + next()).padStart(11, '0')}`;
  for (let d = 0; d < 10; d++) if (thaiNationalIdValid(first12 + d)) return first12 + d;
  throw new Error('no check digit');
}

export function csv(text: string): FormData {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/csv' }), 'upload.csv');
  return form;
}

export const roleUser = (role: Role) => (role === 'anonymous' ? 'committee' : USER[role]);

export async function send(key: string, role: Role, req: Req, csrf = true): Promise<Res> {
  const method = key.slice(0, key.indexOf(' ')) as HTTPMethods;
  const cookie = req.cookie === undefined ? (role === 'anonymous' ? null : cookies[role]) : req.cookie;
  const headers: Record<string, string> = {
    ...(csrf && method !== 'GET' ? CSRF : {}),
    ...(cookie ? { cookie } : {}),
    ...req.headers,
  };
  return t.app.inject({
    method,
    url: req.url,
    headers,
    ...(req.payload === undefined ? {} : { payload: req.payload as object }),
  });
}

const ERROR_CODE: Record<number, string> = {
  400: 'invalid_input',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
};

/** What every file of the matrix starts from: the full demo, every role signed in, a user and a person to act on. */
async function setUpApp() {
  counter = 0;
  ids.project.clear();
  ids.unit.clear();
  t = await createTestApp();
  for (const [role, username] of Object.entries(USER)) {
    cookies[role as Exclude<Role, 'anonymous'>] = await t.login(username);
  }
  for (const p of (await t.db.query<{ id: number; code: string }>('select id, code from project')).rows)
    ids.project.set(p.code, p.id);
  for (const u of (await t.db.query<{ id: number; code: string }>('select id, code from org_unit')).rows)
    ids.unit.set(u.code, u.id);
  const dummy = await asAdmin('POST', '/api/users', {
    username: 'matrix.dummy',
    displayName: 'ผู้ใช้ทดสอบ',
    password: 'a-long-enough-password',
    role: 'viewer',
  });
  ids.dummyUser = (dummy.json() as { id: number }).id;
  const person = await asAdmin('POST', '/api/people', {
    nationalId: nationalId(),
    birthDate: '1975-06-01',
    firstName: 'บุคคล',
    lastName: 'ทดสอบ',
    unitId: unit('BHRDI'),
  });
  ids.person = (person.json() as { id: number }).id;
}

/** The matrix of one module: every role on every row, then the CSRF case of each change, then the staff column. */
export function describeMatrix(module: MatrixModule) {
  const entries = Object.entries(module.ROWS);
  beforeAll(async () => {
    await setUpApp();
    await module.setUp?.();
  });
  afterAll(async () => {
    await t?.close();
  });

  describe.each(entries.map(([key, entry]) => ({ key, entry })))('$key', ({ key, entry }) => {
    it(`answers ${ROLES.map((r) => `${r} ${entry.expect[r]}`).join(', ')}`, async () => {
      const got = {} as Record<Role, number>;
      const problems: string[] = [];
      for (const role of ROLES) {
        const res = await send(key, role, await entry.prepare(role));
        got[role] = res.statusCode;
        if (res.statusCode !== entry.expect[role]) {
          problems.push(
            `${role}: expected ${entry.expect[role]}, got ${res.statusCode} ${res.body.slice(0, 300)}`,
          );
          continue;
        }
        // JSON or nothing, or a file to save: no route answers with HTML but the committee paper,
        // whose escaping is tested in security-headers.test.ts.
        const type = String(res.headers['content-type'] ?? '');
        if (res.statusCode >= 300 || (!entry.download && !entry.html)) {
          if (res.body !== '') expect(type, `${key} ${role}`).toMatch(/^application\/json/);
        } else if (entry.download) {
          expect(String(res.headers['content-disposition']), `${key} ${role}`).toMatch(/^attachment;/);
          expect(type, `${key} ${role}`).not.toMatch(/html/);
        } else {
          expect(type, `${key} ${role}`).toMatch(/^text\/html/);
          expect(String(res.headers['content-security-policy']), `${key} ${role}`).toMatch(
            /default-src 'none'/,
          );
        }
        if (res.statusCode >= 400) {
          const error = expectErrorShape(res);
          expect(error.code, `${key} ${role}`).toBe(ERROR_CODE[res.statusCode]);
        }
        await entry.check?.(role, res);
        if (entry.endsSessions && role !== 'anonymous') cookies[role] = await t.login(USER[role]);
      }
      expect(problems, `${key}\n  ${problems.join('\n  ')}`).toEqual([]);
      expect(got).toEqual(entry.expect);
    });
  });

  const changes = entries.filter(([key, entry]) => isCsrfCase(key, entry));
  if (changes.length > 0)
    describe('CSRF: every change needs the x-tidtam-csrf header', () => {
      let writes: () => Promise<number>;
      beforeAll(async () => {
        writes = await watchWrites(t.db);
      });

      it.each(changes.map(([key, entry]) => ({ key, entry })))(
        '$key without the header: 403, no row written, the session kept',
        async ({ key, entry }) => {
          const role = allowedRole(entry)!;
          const req = await entry.prepare(role);
          const sessionsBefore = (
            await t.db.query<{ n: number }>('select count(*)::int as n from user_session')
          ).rows[0]!.n;
          const writtenBefore = await writes();
          for (const headers of [{}, { 'x-tidtam-csrf': '0' }] as Record<string, string>[]) {
            const res = await send(key, role, { ...req, headers }, false);
            expect(res.statusCode, `${key} as ${role}: ${res.body.slice(0, 200)}`).toBe(403);
            const error = expectErrorShape(res);
            expect(error.code).toBe('forbidden');
            expect(String((error as { message: { en: string } }).message.en)).toContain('x-tidtam-csrf');
            expect(res.headers['set-cookie'], key).toBeUndefined();
          }
          expect(await writes(), `${key}: rows written`).toBe(writtenBefore);
          const sessionsAfter = (
            await t.db.query<{ n: number }>('select count(*)::int as n from user_session')
          ).rows[0]!.n;
          expect(sessionsAfter, `${key}: sessions`).toBe(sessionsBefore);
          if (role !== 'anonymous') {
            const me = await t.app.inject({
              method: 'GET',
              url: '/api/auth/me',
              headers: { cookie: cookies[role] },
            });
            expect(me.statusCode, `${key}: the ${role} session still works`).toBe(200);
          }
        },
      );
    });

  /**
   * The staff column (issues 10 and 11: "a staff user sees only their own record"): a staff account linked to
   * the BHRDI person made in set-up sends every row's request (the admin's valid request, with the staff
   * session). Rows marked `staff` answer that status (their own record, days and entries, the paths and the
   * self-check); every other route refuses 403 — so marking a route for staff means setting it on its row.
   * Sign-in, sign-out and one's own account (password, sessions, who am I) are the same for every role and
   * are left to the rows and tests/api/security-sessions.test.ts.
   */
  const staffRows = entries.filter(([key, entry]) => isStaffCase(key, entry));
  if (staffRows.length > 0)
    describe('the staff column: their own record, 403 elsewhere', () => {
      let staffCookie = '';
      beforeAll(async () => {
        await t.db.query(
          `insert into app_user (username, display_name, password_hash, role, person_id)
           select 'matrix.staff', 'บุคลากรทดสอบ', password_hash, 'staff', $1 from app_user where username = 'admin'`,
          [ids.person],
        );
        staffCookie = await t.login('matrix.staff');
      });

      it.each(staffRows.map(([key, entry]) => ({ key, entry, status: entry.staff ?? 403 })))(
        '$key as staff: $status',
        async ({ key, entry, status }) => {
          const req = await entry.prepare('admin');
          const res = await send(key, 'admin', { ...req, cookie: staffCookie });
          expect(res.statusCode, `${key}: ${res.body.slice(0, 200)}`).toBe(status);
          if (status === 403) expect(expectErrorShape(res).code).toBe('forbidden');
        },
      );
    });
}
