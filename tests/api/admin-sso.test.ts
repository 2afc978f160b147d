/**
 * Single sign-on linking on the admin users page (docs/decisions/0007): PUT and DELETE /api/users/:id/sso
 * are the central office's only, need the CSRF header, refuse what cannot be linked with a bilingual
 * 400/409 and change nothing then, and are audited (link_sso, unlink_sso) with before and after. A link
 * made through the API lets that person in through a real OpenID provider; after unlinking, the
 * provider's next sign-in for them is refused. PGlite and PostgreSQL (TIDTAM_TEST_DB).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserAdminView } from '../../src/shared/api/users';
import type { Database } from '../../src/server/db/database';
import { SESSION_COOKIE } from '../../src/server/http/auth';
import { OIDC_STATE_COOKIE } from '../../src/server/http/routes/oidc-routes';
import { CSRF, expectApiError, expectFieldIssue } from '../helpers/api-app';
import type { TestProvider } from '../helpers/oidc-provider';
import { fingerprint, loginTo } from './security-helpers';
import { startSsoApps, type SsoApps } from './sso-apps';

const PUBLIC_URL = 'http://127.0.0.1:39998';
let apps: SsoApps;
let db: Database;
let provider: TestProvider;
let app: FastifyInstance;
let plain: FastifyInstance;
let admin = '';

beforeAll(async () => {
  apps = await startSsoApps(PUBLIC_URL);
  ({ db, provider, app, plain } = apps);
  admin = await loginTo(app, 'admin');
});
afterAll(() => apps?.close());

const userId = async (username: string) =>
  (await db.query<{ id: number }>('select id from app_user where username = $1', [username])).rows[0]!.id;
const link = (id: number, subject: unknown, cookie: string | null = admin, target = app) =>
  target.inject({
    method: 'PUT',
    url: `/api/users/${id}/sso`,
    headers: { ...CSRF, ...(cookie ? { cookie } : {}) },
    payload: { subject },
  });
const unlink = (id: number, cookie: string | null = admin) =>
  app.inject({
    method: 'DELETE',
    url: `/api/users/${id}/sso`,
    headers: { ...CSRF, ...(cookie ? { cookie } : {}) },
  });
const auditRows = async (id: number, action: string) =>
  (
    await db.query<{ actor_label: string; before: unknown; after: unknown }>(
      `select actor_label, before, after from audit_event
        where entity = 'app_user' and entity_id = $1 and action = $2 order by id`,
      [String(id), action],
    )
  ).rows;
const links = async (id: number) =>
  (
    await db.query<{ issuer: string; subject: string }>(
      'select issuer, subject from user_oidc_identity where user_id = $1 order by subject',
      [id],
    )
  ).rows;
const me = (cookie: string) => app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

/** The whole single sign-on round trip (tests/api/oidc.test.ts): the username it signs in, or the refusal. */
async function ssoSignIn(subject: string): Promise<{ username: string } | { refused: string }> {
  const start = await app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
  expect(start.statusCode, start.body).toBe(303);
  const state = start.cookies.find((c) => c.name === OIDC_STATE_COOKIE)!.value;
  const back = await provider.signIn(String(start.headers.location), subject);
  const res = await app.inject({
    method: 'GET',
    url: back.pathname + back.search,
    headers: { cookie: `${OIDC_STATE_COOKIE}=${state}` },
  });
  expect(res.statusCode, res.body).toBe(303);
  const session = res.cookies.find((c) => c.name === SESSION_COOKIE && c.value !== '');
  if (!session) return { refused: String(res.headers.location) };
  const who = await me(`${SESSION_COOKIE}=${session.value}`);
  return { username: (who.json() as { username: string }).username };
}

describe('PUT /api/users/:id/sso (link)', () => {
  it('401 without a session → 400 for a bad subject → 403 for others and without CSRF → 200 for the admin, audited', async () => {
    const id = await userId('focal.pers');
    expectApiError(await link(id, 'pers-0001', null), 401, 'unauthorized');
    expectFieldIssue(await link(id, '   '), 'subject');
    expectFieldIssue(await link(id, 'x'.repeat(256)), 'subject');
    for (const username of ['focal.pers', 'approver.bhrdi', 'committee']) {
      expectApiError(await link(id, 'pers-0001', await loginTo(app, username)), 403, 'forbidden');
    }
    const noCsrf = await app.inject({
      method: 'PUT',
      url: `/api/users/${id}/sso`,
      headers: { cookie: admin },
      payload: { subject: 'pers-0001' },
    });
    expectApiError(noCsrf, 403, 'forbidden');
    expect(await links(id)).toEqual([]);
    expect(await auditRows(id, 'link_sso')).toEqual([]);

    const res = await link(id, '  pers-0001 ');
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as UserAdminView;
    expect(view).toMatchObject({
      id,
      username: 'focal.pers',
      sso: { issuer: provider.issuer, subjectHint: 'pers…' },
    });
    expect(res.body).not.toContain('pers-0001');
    expect(await links(id)).toEqual([{ issuer: provider.issuer, subject: 'pers-0001' }]);
    expect(await auditRows(id, 'link_sso')).toEqual([
      { actor_label: 'admin', before: null, after: { issuer: provider.issuer, subject: 'pers-0001' } },
    ]);
  });

  it('the user list shows who is linked, the subject masked', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/users', headers: { cookie: admin } });
    const users = res.json() as UserAdminView[];
    expect(users.find((u) => u.username === 'focal.pers')!.sso).toMatchObject({ subjectHint: 'pers…' });
    expect(users.find((u) => u.username === 'committee')!.sso).toBeNull();
    expect(res.body).not.toContain('pers-0001');
  });

  it('a linked user signs in through the real provider with their own role', async () => {
    expect(await ssoSignIn('pers-0001')).toEqual({ username: 'focal.pers' });
  });

  it('the same link again changes nothing and writes no audit row', async () => {
    const id = await userId('focal.pers');
    const res = await link(id, 'pers-0001');
    expect(res.statusCode, res.body).toBe(200);
    expect(await auditRows(id, 'link_sso')).toHaveLength(1);
  });

  it('refuses a subject linked to another user, a deactivated user, an unknown user (409, 409, 404): nothing changes', async () => {
    const committee = await userId('committee');
    const before = await fingerprint(db);
    const taken = expectApiError(await link(committee, 'pers-0001'), 409, 'conflict');
    expect(taken.message.en).toContain('already linked to focal.pers');
    expect(taken.message.th).toContain('focal.pers');
    await db.query("update app_user set active = false where username = 'committee'");
    try {
      const inactive = expectApiError(await link(committee, 'c-0001'), 409, 'conflict');
      expect(inactive.message.en).toContain('deactivated');
    } finally {
      await db.query("update app_user set active = true where username = 'committee'");
    }
    expectApiError(await link(999_999, 'c-0001'), 404, 'not_found');
    expect(await fingerprint(db)).toEqual(before);
  });

  it('refuses with 400 when single sign-on is not configured, writing nothing', async () => {
    const before = await fingerprint(db);
    const plainAdmin = await loginTo(plain, 'admin');
    const error = expectApiError(
      await link(await userId('committee'), 'c-0001', plainAdmin, plain),
      400,
      'invalid_input',
    );
    expect(error.message.en).toContain('TIDTAM_OIDC_');
    // Only the sign-in above was written (a session and its audit row).
    const after = await fingerprint(db);
    expect(after.user_oidc_identity).toEqual(before.user_oidc_identity);
    expect(after.app_user).toEqual(before.app_user);
  });

  it('a new subject replaces the old one: the old identity is refused, the user’s sessions end', async () => {
    const id = await userId('focal.pers');
    const session = await loginTo(app, 'focal.pers');
    const res = await link(id, 'pers-0002');
    expect(res.statusCode, res.body).toBe(200);
    expect(await links(id)).toEqual([{ issuer: provider.issuer, subject: 'pers-0002' }]);
    expect((await auditRows(id, 'link_sso')).at(-1)).toEqual({
      actor_label: 'admin',
      before: { issuer: provider.issuer, subject: 'pers-0001' },
      after: { issuer: provider.issuer, subject: 'pers-0002' },
    });
    expectApiError(await me(session), 401, 'unauthorized');
    expect(await ssoSignIn('pers-0001')).toEqual({ refused: '/login?sso=not_linked' });
    expect(await ssoSignIn('pers-0002')).toEqual({ username: 'focal.pers' });
  });
});

describe('DELETE /api/users/:id/sso (unlink)', () => {
  it('401 → 403 → 200 for the admin, audited; the next single sign-on is refused; sessions end', async () => {
    const id = await userId('focal.pers');
    expectApiError(await unlink(id, null), 401, 'unauthorized');
    expectApiError(await unlink(id, await loginTo(app, 'committee')), 403, 'forbidden');
    const noCsrf = await app.inject({
      method: 'DELETE',
      url: `/api/users/${id}/sso`,
      headers: { cookie: admin },
    });
    expectApiError(noCsrf, 403, 'forbidden');
    expect(await links(id)).toHaveLength(1);

    const session = await loginTo(app, 'focal.pers');
    const res = await unlink(id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id, username: 'focal.pers', sso: null });
    expect(await links(id)).toEqual([]);
    expect(await auditRows(id, 'unlink_sso')).toEqual([
      { actor_label: 'admin', before: { issuer: provider.issuer, subject: 'pers-0002' }, after: null },
    ]);
    expectApiError(await me(session), 401, 'unauthorized');
    expect(await ssoSignIn('pers-0002')).toEqual({ refused: '/login?sso=not_linked' });
    // Password sign-in stays.
    expect((await me(await loginTo(app, 'focal.pers'))).statusCode).toBe(200);
  });

  it('unlinking when nothing is linked changes nothing (200, no audit row); an unknown user is 404', async () => {
    const id = await userId('focal.pers');
    const res = await unlink(id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ sso: null });
    expect(await auditRows(id, 'unlink_sso')).toHaveLength(1);
    expectApiError(await unlink(999_999), 404, 'not_found');
  });

  it('once unlinked, the subject may be linked to someone else', async () => {
    const committee = await userId('committee');
    const res = await link(committee, 'pers-0002');
    expect(res.statusCode, res.body).toBe(200);
    expect(await ssoSignIn('pers-0002')).toEqual({ username: 'committee' });
  });
});
