/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider on loopback, its development login
 * and consent pages driven over HTTP), completed against the tidtam app (docs/decisions/0007,
 * docs/security.md 4.2): the authorization code flow with PKCE, state and nonce; only linked, active users
 * get in, with their tidtam role; state is checked against the browser's cookie and used once.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR } from '../../src/server/actor';
import { loadEnv } from '../../src/server/config/env';
import type { Database } from '../../src/server/db/database';
import { SESSION_COOKIE } from '../../src/server/http/auth';
import { OIDC_STATE_COOKIE } from '../../src/server/http/routes/oidc-routes';
import { linkSsoIdentity } from '../../src/server/use-cases/link-sso';
import { expectApiError } from '../helpers/api-app';
import type { TestProvider } from '../helpers/oidc-provider';
import { startSsoApps, type SsoApps } from './sso-apps';

const PUBLIC_URL = 'http://127.0.0.1:39999';
let apps: SsoApps;
let db: Database;
let provider: TestProvider;
let app: FastifyInstance;
let plain: FastifyInstance;

beforeAll(async () => {
  apps = await startSsoApps(PUBLIC_URL, { TIDTAM_OIDC_LABEL: 'บัญชี กทม.' });
  ({ db, provider, app, plain } = apps);
  await linkSsoIdentity(db, OPERATOR, {
    username: 'focal.bhrdi',
    issuer: provider.issuer,
    subject: 'bma-0001',
  });
});
afterAll(() => apps?.close());

/** Starts a sign-in at tidtam: the provider's URL and the state cookie tidtam set. */
async function start(target = app) {
  const res = await target.inject({ method: 'GET', url: '/api/auth/oidc/login' });
  expect(res.statusCode, res.body).toBe(303);
  const cookie = res.cookies.find((c) => c.name === OIDC_STATE_COOKIE)!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe('Lax');
  expect(cookie.path).toBe('/api/auth/oidc');
  expect(cookie.maxAge).toBe(600);
  return { location: String(res.headers.location), state: cookie.value };
}

const callback = (url: URL, state: string | null) =>
  app.inject({
    method: 'GET',
    url: url.pathname + url.search,
    headers: state === null ? {} : { cookie: `${OIDC_STATE_COOKIE}=${state}` },
  });

interface Cookie {
  name: string;
  value: string;
  httpOnly?: boolean;
  sameSite?: string;
  path?: string;
  maxAge?: number;
}
const sessionOf = (res: { cookies: Cookie[] }) =>
  res.cookies.find((c) => c.name === SESSION_COOKIE && c.value !== '');

const auditRows = async (action: string) =>
  (
    await db.query<{ actor_label: string; entity_id: string; after: Record<string, unknown> }>(
      `select actor_label, entity_id, after from audit_event where action = $1 order by id`,
      [action],
    )
  ).rows;

describe('single sign-on with a real OpenID provider', () => {
  it('GET /api/auth/config tells the sign-in page that single sign-on is on, and its label', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/auth/config' });
    expect(res.json()).toEqual({ sso: { enabled: true, label: 'บัญชี กทม.' }, passwordReset: false });
  });

  it('a linked subject gets the same session as a password sign-in, with the linked user’s role; audited', async () => {
    const { location, state } = await start();
    const url = new URL(location);
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('state')).toBe(state);
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(url.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/api/auth/oidc/callback`);

    const back = await provider.signIn(location, 'bma-0001');
    const res = await callback(back, state);
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe('/');
    const session = sessionOf(res)!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Lax');
    expect(session.path).toBe('/');
    expect(session.maxAge).toBe(12 * 3600);
    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `${SESSION_COOKIE}=${session.value}` },
    });
    expect(me.json()).toMatchObject({
      username: 'focal.bhrdi',
      role: 'focal_point',
      unit: { code: 'BHRDI' },
    });
    const { rows } = await db.query<{ hours: string }>(
      `select extract(epoch from s.expires_at - s.created_at) / 3600 as hours
         from user_session s join app_user a on a.id = s.user_id where a.username = 'focal.bhrdi'
        order by s.created_at desc limit 1`,
    );
    expect(Number(rows[0]!.hours)).toBeCloseTo(12, 3);
    // A change still needs the CSRF header with this session, as with any other.
    const change = await app.inject({
      method: 'POST',
      url: '/api/auth/logout-all',
      headers: { cookie: `${SESSION_COOKIE}=${session.value}` },
    });
    expectApiError(change, 403, 'forbidden');
    expect(await auditRows('sign_in')).toContainEqual({
      actor_label: 'focal.bhrdi',
      entity_id: 'focal.bhrdi',
      after: expect.objectContaining({ method: 'oidc', issuer: provider.issuer, subject: 'bma-0001' }),
    });
  });

  it('a wrong or missing state is refused with 400 and no session', async () => {
    const { location, state } = await start();
    const back = await provider.signIn(location, 'bma-0001');
    const other = await start(); // another sign-in's state, real but not this browser's
    for (const cookie of [other.state, null, `${state}x`]) {
      const res = await callback(back, cookie);
      expectApiError(res, 400, 'invalid_input');
      expect(sessionOf(res)).toBeUndefined();
    }
    const forged = new URL(back);
    forged.searchParams.set('state', other.state);
    const res = await callback(forged, other.state);
    expect(sessionOf(res)).toBeUndefined(); // the provider's code was issued for the other state
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/login?sso=failed');
  });

  it('a replayed callback is refused (the state is single use)', async () => {
    const { location, state } = await start();
    const back = await provider.signIn(location, 'bma-0001');
    const first = await callback(back, state);
    expect(sessionOf(first)).toBeDefined();
    const again = await callback(back, state);
    expectApiError(again, 400, 'invalid_input');
    expect(sessionOf(again)).toBeUndefined();
  });

  it('an expired state is refused', async () => {
    const { location, state } = await start();
    const back = await provider.signIn(location, 'bma-0001');
    await db.query(`update oidc_login_state set expires_at = now() - interval '1 second'`);
    expectApiError(await callback(back, state), 400, 'invalid_input');
  });

  it('an unlinked subject is refused with the sign-in page’s message, no session, and an audit row', async () => {
    const { location, state } = await start();
    const back = await provider.signIn(location, 'stranger-42');
    const res = await callback(back, state);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/login?sso=not_linked');
    expect(sessionOf(res)).toBeUndefined();
    expect(await auditRows('sign_in_refused')).toContainEqual({
      actor_label: 'anonymous',
      entity_id: 'oidc',
      after: expect.objectContaining({ subject: 'stranger-42', reason: 'not_linked', method: 'oidc' }),
    });
  });

  it('a linked but deactivated user is refused like an unlinked one', async () => {
    await linkSsoIdentity(db, OPERATOR, { username: 'committee', issuer: provider.issuer, subject: 'c-1' });
    await db.query(`update app_user set active = false where username = 'committee'`);
    try {
      const { location, state } = await start();
      const res = await callback(await provider.signIn(location, 'c-1'), state);
      expect(res.headers.location).toBe('/login?sso=not_linked');
      expect(sessionOf(res)).toBeUndefined();
    } finally {
      await db.query(`update app_user set active = true where username = 'committee'`);
    }
  });

  it('cancelling at the provider returns to the sign-in page without a session', async () => {
    const { location, state } = await start();
    const res = await callback(await provider.signIn(location, 'bma-0001', { cancel: true }), state);
    expect(res.headers.location).toBe('/login?sso=failed');
    expect(sessionOf(res)).toBeUndefined();
  });
});

describe('single sign-on switched off (no TIDTAM_OIDC_*)', () => {
  it('its routes answer 404 and the sign-in page is told it is off', async () => {
    for (const url of ['/api/auth/oidc/login', '/api/auth/oidc/callback?state=x&code=y']) {
      const res = await plain.inject({ method: 'GET', url });
      expectApiError(res, 404, 'not_found');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    const config = await plain.inject({ method: 'GET', url: '/api/auth/config' });
    expect(config.json()).toEqual({ sso: { enabled: false, label: null }, passwordReset: false });
  });

  it('a partial or unsafe setting stops the start with a message naming the variable', () => {
    expect(() => loadEnv({ TIDTAM_OIDC_ISSUER: 'https://idp.example.go.th' })).toThrow(
      /TIDTAM_OIDC_CLIENT_ID: needed with TIDTAM_OIDC_ISSUER[\s\S]*TIDTAM_OIDC_CLIENT_SECRET/,
    );
    expect(() =>
      loadEnv({
        TIDTAM_OIDC_ISSUER: 'http://idp.example.go.th',
        TIDTAM_OIDC_CLIENT_ID: 'x',
        TIDTAM_OIDC_CLIENT_SECRET: 'y',
      }),
    ).toThrow(/TIDTAM_OIDC_ISSUER: must be an https:\/\/ URL/);
  });
});
