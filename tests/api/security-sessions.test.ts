/**
 * Sign-in and sessions (docs/security.md, 4.2): argon2id hashes, limits on failed sign-ins per account
 * and client address, per client address and per account from everywhere, the session cookie's
 * attributes, idle and absolute expiry (moved in the database), sign out everywhere, no session
 * fixation. Sign-in events in the audit trail: security-sign-in-audit.test.ts.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { DEMO_PASSWORD } from '../../src/server/demo/load-demo';
import { SESSION_COOKIE } from '../../src/server/http/auth';
import { SignInLimiter, SignInRefused } from '../../src/server/http/rate-limit';
import { CSRF, expectApiError } from '../helpers/api-app';
import { createDemoDatabase } from '../helpers/demo-template';
import { appWith, loginTo } from './security-helpers';

let db: Database;
/** Default settings: 5 failures per account and address, 50 per address, 100 per account, 15 minutes. */
let app: FastifyInstance;
const apps: FastifyInstance[] = [];

beforeAll(async () => {
  db = await createDemoDatabase();
  app = await appWith(db);
  apps.push(app);
});
afterAll(async () => {
  for (const a of apps) await a.close();
  await db?.close();
});

async function another(env: Record<string, string>) {
  const a = await appWith(db, env);
  apps.push(a);
  return a;
}

const attempt = (
  target: FastifyInstance,
  username: string,
  password: string,
  extra: { remoteAddress?: string; headers?: Record<string, string> } = {},
) =>
  target.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { ...CSRF, ...extra.headers },
    payload: { username, password },
    ...(extra.remoteAddress ? { remoteAddress: extra.remoteAddress } : {}),
  });

const me = (target: FastifyInstance, cookie: string) =>
  target.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

const tokenOf = (cookie: string) => cookie.slice(`${SESSION_COOKIE}=`.length);
const hashOf = (cookie: string) => createHash('sha256').update(tokenOf(cookie)).digest('hex');

describe('passwords', () => {
  it('every stored password hash is argon2id, the demo accounts’ and a new account’s', async () => {
    const admin = await loginTo(app, 'admin');
    const res = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { ...CSRF, cookie: admin },
      payload: {
        username: 'hash.check',
        displayName: 'ตรวจแฮช',
        password: 'a-long-password-1',
        role: 'viewer',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const { rows } = await db.query<{ username: string; password_hash: string }>(
      'select username, password_hash from app_user',
    );
    expect(rows.map((r) => r.username)).toEqual(expect.arrayContaining(['admin', 'committee', 'hash.check']));
    for (const row of rows) {
      expect(row.password_hash, row.username).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
      expect(row.password_hash).not.toContain(DEMO_PASSWORD);
    }
  });
});

describe('failed sign-ins are limited per account and client address', () => {
  it('5 failures → the 6th attempt from that address gets 429 with Retry-After and a Thai and English message, even with the right password', async () => {
    const target = await another({});
    for (let i = 0; i < 5; i++) {
      expectApiError(await attempt(target, 'focal.bhrdi', `wrong-${i}`), 401, 'unauthorized');
    }
    const res = await attempt(target, 'focal.bhrdi', DEMO_PASSWORD);
    const error = expectApiError(res, 429, 'rate_limited');
    expect(error.message.th).toContain('ผิดหลายครั้งเกินไป');
    expect(error.message.en).toMatch(/Too many failed sign-ins for this account; try again in 15 minutes/);
    const retryAfter = Number(res.headers['retry-after']);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(res.headers['set-cookie']).toBeUndefined();
    // The username is matched as the users table stores it: case and spaces do not dodge the count.
    expectApiError(await attempt(target, '  FOCAL.bhrdi ', DEMO_PASSWORD), 429, 'rate_limited');
    // Another account from the same address is not locked by it.
    expect((await attempt(target, 'focal.pers', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('an unknown username is limited exactly like a real one (the answers do not tell which exist)', async () => {
    const target = await another({});
    const real: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 6; i++) {
      real.push((await attempt(target, 'approver.bhrdi', 'wrong')).statusCode);
      unknown.push((await attempt(target, 'no.such.user', 'wrong')).statusCode);
    }
    expect(real).toEqual([401, 401, 401, 401, 401, 429]);
    expect(unknown).toEqual(real);
    const a = await attempt(target, 'approver.bhrdi', 'wrong');
    const b = await attempt(target, 'no.such.user', 'wrong');
    expect(b.json()).toEqual(a.json());
  });

  it('a successful sign-in clears the account’s failures', async () => {
    const target = await another({});
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt(target, 'committee', 'wrong')).statusCode);
    statuses.push((await attempt(target, 'committee', DEMO_PASSWORD)).statusCode);
    for (let i = 0; i < 5; i++) statuses.push((await attempt(target, 'committee', 'wrong')).statusCode);
    statuses.push((await attempt(target, 'committee', DEMO_PASSWORD)).statusCode);
    // Without the reset, the 5th failure overall (the 2nd after the success) would already be refused.
    expect(statuses).toEqual([401, 401, 401, 401, 200, 401, 401, 401, 401, 401, 429]);
  });

  it('the lock ends when the oldest counted failure is older than the window (clock moved)', () => {
    let now = 1_000_000;
    const limiter = new SignInLimiter(
      { perPair: 5, perAddress: 50, perAccount: 100, windowMs: 15 * 60_000 },
      () => now,
    );
    for (let i = 0; i < 5; i++) {
      limiter.check('somchai', '10.0.0.1');
      limiter.failed('somchai', '10.0.0.1');
      now += 60_000;
    }
    // Failures at t0 … t0+4 min; now t0+5 min: locked until the first one is 15 minutes old.
    let refusal: unknown;
    try {
      limiter.check('somchai', '10.0.0.1');
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toBeInstanceOf(SignInRefused);
    expect((refusal as SignInRefused).retryAfterSeconds).toBe(10 * 60);
    now += 10 * 60_000 - 1_000;
    expect(() => limiter.check('somchai', '10.0.0.1')).toThrow(SignInRefused);
    now += 1_000;
    expect(() => limiter.check('somchai', '10.0.0.1')).not.toThrow();
    // One more failure: five within the window again (t0+1 … t0+4 and now) → locked again.
    limiter.failed('somchai', '10.0.0.1');
    expect(() => limiter.check('somchai', '10.0.0.1')).toThrow(SignInRefused);
  });

  it('the table of counts stays bounded however many usernames are tried', () => {
    const limiter = new SignInLimiter({
      perPair: 5,
      perAddress: 1_000_000,
      perAccount: 100,
      windowMs: 60_000,
      maxKeys: 100,
    });
    for (let i = 0; i < 10_000; i++) limiter.failed(`user-${i}`, `10.0.${i % 200}.2`);
    type Table = { entries: Map<string, unknown> };
    const sizes = limiter as unknown as { pairs: Table; addresses: Table; accounts: Table };
    expect(sizes.pairs.entries.size).toBeLessThanOrEqual(100);
    expect(sizes.addresses.entries.size).toBeLessThanOrEqual(100);
    expect(sizes.accounts.entries.size).toBeLessThanOrEqual(100);
  });
});

describe('a guesser cannot lock the real user out (lock per account and address, cap per account)', () => {
  it('failures from address A lock A for that account, while the real user signs in from address B', async () => {
    const target = await another({});
    const a = { remoteAddress: '192.0.2.10' };
    const b = { remoteAddress: '192.0.2.20' };
    for (let i = 0; i < 5; i++) {
      expectApiError(await attempt(target, 'approver.bhrdi', `guess-${i}`, a), 401, 'unauthorized');
    }
    const locked = await attempt(target, 'approver.bhrdi', DEMO_PASSWORD, a);
    expectApiError(locked, 429, 'rate_limited');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    const real = await attempt(target, 'approver.bhrdi', DEMO_PASSWORD, b);
    expect(real.statusCode, real.body).toBe(200);
    // The real user's success from B does not unlock A for the guesser.
    expectApiError(await attempt(target, 'approver.bhrdi', DEMO_PASSWORD, a), 429, 'rate_limited');
    // A's other accounts are not locked by it either (only the address limit, 50, spans accounts).
    expect((await attempt(target, 'focal.pers', DEMO_PASSWORD, a)).statusCode).toBe(200);
  });

  it('the per-account cap (TIDTAM_SIGNIN_MAX_FAILURES_PER_ACCOUNT) locks the account from every address once reached', async () => {
    const target = await another({ TIDTAM_SIGNIN_MAX_FAILURES_PER_ACCOUNT: '12' });
    // Distributed guessing: 4 failures from each of 3 addresses, none of them reaching the pair limit.
    for (const host of [1, 2, 3]) {
      for (let i = 0; i < 4; i++) {
        const from = { remoteAddress: `198.51.100.${host}` };
        expectApiError(await attempt(target, 'focal.bhrdi', `guess-${i}`, from), 401, 'unauthorized');
      }
    }
    const res = await attempt(target, 'focal.bhrdi', DEMO_PASSWORD, { remoteAddress: '198.51.100.99' });
    const error = expectApiError(res, 429, 'rate_limited');
    expect(error.message.en).toMatch(/for this account from many places/);
    expect(error.message.th).toMatch(/จากหลายแห่ง/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(14 * 60);
    // Other accounts, from the same addresses, are not affected.
    expect(
      (await attempt(target, 'focal.pers', DEMO_PASSWORD, { remoteAddress: '198.51.100.1' })).statusCode,
    ).toBe(200);
  });

  it('the cap is 100 by default: 99 failures from 20 addresses leave the account usable, the 100th locks it', () => {
    let now = 5_000_000;
    const limiter = new SignInLimiter(
      { perPair: 5, perAddress: 50, perAccount: 100, windowMs: 15 * 60_000 },
      () => now,
    );
    for (let i = 0; i < 99; i++) {
      limiter.check('somchai', `10.1.${i % 20}.1`);
      limiter.failed('somchai', `10.1.${i % 20}.1`);
      now += 1_000;
    }
    expect(() => limiter.check('somchai', '10.9.9.9')).not.toThrow();
    expect(limiter.failed('somchai', '10.1.19.1')).toEqual(['account', 'account_everywhere']);
    expect(() => limiter.check('somchai', '10.9.9.9')).toThrow(SignInRefused);
  });
});

describe('failed sign-ins are limited per client address', () => {
  it('after the address limit every attempt from that address gets 429; other addresses are not affected', async () => {
    const target = await another({ TIDTAM_SIGNIN_MAX_FAILURES_PER_ADDRESS: '3' });
    const from = { remoteAddress: '203.0.113.7' };
    for (const user of ['admin', 'focal.pers', 'no.one']) {
      expectApiError(await attempt(target, user, 'wrong', from), 401, 'unauthorized');
    }
    const res = await attempt(target, 'committee', DEMO_PASSWORD, from);
    const error = expectApiError(res, 429, 'rate_limited');
    expect(error.message.en).toMatch(/from this address/);
    expect(error.message.th).toMatch(/จากเครื่องนี้/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(
      (await attempt(target, 'committee', DEMO_PASSWORD, { remoteAddress: '203.0.113.8' })).statusCode,
    ).toBe(200);
  });

  it('X-Forwarded-For is ignored unless TIDTAM_TRUST_PROXY names the proxy (a guesser cannot dodge the limit)', async () => {
    const direct = await another({ TIDTAM_SIGNIN_MAX_FAILURES_PER_ADDRESS: '2' });
    const from = (i: number) => ({
      remoteAddress: '198.51.100.1',
      headers: { 'x-forwarded-for': `192.0.2.${i}` },
    });
    expectApiError(await attempt(direct, 'u1', 'wrong', from(1)), 401, 'unauthorized');
    expectApiError(await attempt(direct, 'u2', 'wrong', from(2)), 401, 'unauthorized');
    expectApiError(await attempt(direct, 'committee', DEMO_PASSWORD, from(3)), 429, 'rate_limited');

    const proxied = await another({
      TIDTAM_SIGNIN_MAX_FAILURES_PER_ADDRESS: '2',
      TIDTAM_TRUST_PROXY: '198.51.100.1',
    });
    expectApiError(await attempt(proxied, 'u1', 'wrong', from(1)), 401, 'unauthorized');
    expectApiError(await attempt(proxied, 'u2', 'wrong', from(1)), 401, 'unauthorized');
    // The proxy's clients are told apart by the header it sets: 192.0.2.1 is locked, 192.0.2.3 is not.
    expectApiError(await attempt(proxied, 'committee', DEMO_PASSWORD, from(1)), 429, 'rate_limited');
    expect((await attempt(proxied, 'committee', DEMO_PASSWORD, from(3))).statusCode).toBe(200);
  });

  it('a wrong TIDTAM_TRUST_PROXY stops the start with a message naming it', async () => {
    await expect(appWith(db, { TIDTAM_TRUST_PROXY: 'everyone' })).rejects.toThrow(/TIDTAM_TRUST_PROXY/);
  });
});

describe('the session cookie', () => {
  const cookieOf = async (target: FastifyInstance) => {
    const res = await attempt(target, 'focal.bhrdi', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    return { res, cookie: res.cookies.find((c) => c.name === SESSION_COOKIE)! };
  };

  it('is HttpOnly, SameSite=Lax, Path=/ and not Secure when TIDTAM_SECURE_COOKIES=false (plain HTTP)', async () => {
    const { res, cookie } = await cookieOf(app);
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.path).toBe('/');
    expect(cookie.secure).toBeFalsy();
    expect(cookie.domain).toBeUndefined();
    expect(String(res.headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('is also Secure, and responses carry HSTS, when TIDTAM_SECURE_COOKIES=true', async () => {
    const secure = await another({ TIDTAM_SECURE_COOKIES: 'true' });
    const { res, cookie } = await cookieOf(secure);
    expect(cookie.secure).toBe(true);
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const raw = String(res.headers['set-cookie']);
    expect(raw).toMatch(/;\s*Secure/i);
    expect(raw).toMatch(/;\s*HttpOnly/i);
    expect(raw).toMatch(/;\s*SameSite=Lax/i);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    // Signing out clears it with the same attributes.
    const out = await secure.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { ...CSRF, cookie: `${SESSION_COOKIE}=${cookie.value}` },
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/^tidtam_session=;.*Secure/i);
  });

  it('holds a random 256-bit token that the database keeps only as its SHA-256', async () => {
    const cookie = await loginTo(app, 'committee');
    const token = tokenOf(cookie);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const { rows } = await db.query<{ token_hash: string }>('select token_hash from user_session');
    expect(rows.map((r) => r.token_hash)).toContain(hashOf(cookie));
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
  });
});

describe('sessions expire', () => {
  const move = (cookie: string, set: string) =>
    db.query(`update user_session set ${set} where token_hash = $1`, [hashOf(cookie)]);

  it('a new session ends 12 hours after sign-in at the latest (TIDTAM_SESSION_HOURS)', async () => {
    const cookie = await loginTo(app, 'committee');
    const { rows } = await db.query<{ hours: string }>(
      `select extract(epoch from expires_at - created_at) / 3600 as hours from user_session where token_hash = $1`,
      [hashOf(cookie)],
    );
    expect(Number(rows[0]!.hours)).toBeCloseTo(12, 3);
  });

  it('idle: after 2 hours without a request the session is refused (401); just under 2 hours it is kept', async () => {
    const kept = await loginTo(app, 'committee');
    await move(kept, "last_seen_at = now() - interval '1 hour 58 minutes'");
    expect((await me(app, kept)).statusCode).toBe(200);
    // …and the request counts as activity: last_seen_at is now again.
    const { rows } = await db.query<{ idle: string }>(
      'select extract(epoch from now() - last_seen_at) as idle from user_session where token_hash = $1',
      [hashOf(kept)],
    );
    expect(Number(rows[0]!.idle)).toBeLessThan(60);

    const idle = await loginTo(app, 'committee');
    await move(idle, "last_seen_at = now() - interval '2 hours 1 minute'");
    expectApiError(await me(app, idle), 401, 'unauthorized');
  });

  it('absolute: past expires_at the session is refused (401) even if used a moment ago', async () => {
    const cookie = await loginTo(app, 'committee');
    await move(cookie, "expires_at = now() - interval '1 second', last_seen_at = now()");
    expectApiError(await me(app, cookie), 401, 'unauthorized');
    const projects = await app.inject({ method: 'GET', url: '/api/projects', headers: { cookie } });
    expectApiError(projects, 401, 'unauthorized');
  });

  it('signing in removes the user’s dead sessions from the database', async () => {
    const dead = await loginTo(app, 'approver.bhrdi');
    await move(dead, "expires_at = now() - interval '1 minute'");
    await loginTo(app, 'approver.bhrdi');
    const { rows } = await db.query('select 1 from user_session where token_hash = $1', [hashOf(dead)]);
    expect(rows).toEqual([]);
  });
});

describe('POST /api/auth/logout-all (sign out everywhere)', () => {
  const logoutAll = (cookie?: string, csrf = true) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/logout-all',
      headers: { ...(csrf ? CSRF : {}), ...(cookie ? { cookie } : {}) },
    });
  const sessionsOf = async (username: string) =>
    (
      await db.query<{ n: number }>(
        `select count(*)::int as n from user_session s join app_user a on a.id = s.user_id where a.username = $1`,
        [username],
      )
    ).rows[0]!.n;

  it('ends every session of the user, this one included, and leaves other users alone', async () => {
    const sessions = [
      await loginTo(app, 'focal.pers'),
      await loginTo(app, 'focal.pers'),
      await loginTo(app, 'focal.pers'),
    ];
    const other = await loginTo(app, 'focal.bhrdi');
    expect(await sessionsOf('focal.pers')).toBeGreaterThanOrEqual(3);
    const res = await logoutAll(sessions[1]);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect(res.cookies.find((c) => c.name === SESSION_COOKIE)?.value).toBe('');
    expect(await sessionsOf('focal.pers')).toBe(0);
    for (const cookie of sessions) expectApiError(await me(app, cookie), 401, 'unauthorized');
    expect((await me(app, other)).statusCode).toBe(200);
  });

  it('needs a session (401) and the CSRF header (403, sessions kept)', async () => {
    expectApiError(await logoutAll(), 401, 'unauthorized');
    const cookie = await loginTo(app, 'focal.pers');
    const before = await sessionsOf('focal.pers');
    expectApiError(await logoutAll(cookie, false), 403, 'forbidden');
    expect(await sessionsOf('focal.pers')).toBe(before);
    expect((await me(app, cookie)).statusCode).toBe(200);
  });
});

describe('no session fixation', () => {
  it('signing in with a session cookie already set ends that session and issues a new token', async () => {
    const first = await loginTo(app, 'committee');
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { ...CSRF, cookie: first },
      payload: { username: 'committee', password: DEMO_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const second = res.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    expect(second).not.toBe(tokenOf(first));
    expectApiError(await me(app, first), 401, 'unauthorized');
    expect((await me(app, `${SESSION_COOKIE}=${second}`)).statusCode).toBe(200);
  });

  it('a token planted by someone else (never issued) is not adopted: sign-in returns a fresh one', async () => {
    const planted = 'A'.repeat(43);
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { ...CSRF, cookie: `${SESSION_COOKIE}=${planted}` },
      payload: { username: 'committee', password: DEMO_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === SESSION_COOKIE)!.value).not.toBe(planted);
    expectApiError(await me(app, `${SESSION_COOKIE}=${planted}`), 401, 'unauthorized');
  });
});
