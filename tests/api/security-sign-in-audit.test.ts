/**
 * Sign-ins in the audit trail (docs/security.md, 4.2): successes, failures (unknown user, wrong password,
 * deactivated account; the username as typed, never the password), the start of a lock-out, sign-out and
 * sign out everywhere — entity `sign_in`, id the account name — found through the admin's audit search.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { DEMO_PASSWORD } from '../../src/server/demo/load-demo';
import type { AuditEventView, AuditPage } from '../../src/shared/api/audit';
import { CSRF } from '../helpers/api-app';
import { createDemoDatabase } from '../helpers/demo-template';
import { appWith, loginTo } from './security-helpers';

let db: Database;
let app: FastifyInstance;
let admin: string;

beforeAll(async () => {
  db = await createDemoDatabase();
  app = await appWith(db);
  admin = await loginTo(app, 'admin', DEMO_PASSWORD, { remoteAddress: '10.20.0.1' });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const attempt = (username: string, password: string, remoteAddress = '203.0.113.50') =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: CSRF,
    payload: { username, password },
    remoteAddress,
  });

/** The admin's audit search, as the audit page calls it. */
async function search(query: Record<string, string>): Promise<AuditEventView[]> {
  const res = await app.inject({
    method: 'GET',
    url: `/api/audit?${new URLSearchParams({ entity: 'sign_in', pageSize: '200', ...query })}`,
    headers: { cookie: admin },
  });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as AuditPage).items;
}

describe('sign-ins are in the audit trail', () => {
  it('a password sign-in: who, from where, how — with the session it started', async () => {
    const res = await attempt('focal.pers', DEMO_PASSWORD, '203.0.113.51');
    expect(res.statusCode).toBe(200);
    const [row] = await search({ entityId: 'focal.pers', action: 'sign_in' });
    expect(row).toMatchObject({
      actor: 'focal.pers',
      action: 'sign_in',
      entity: 'sign_in',
      entityId: 'focal.pers',
      after: { method: 'password', address: '203.0.113.51' },
    });
    expect(row!.actorUserId).toEqual(expect.any(Number));
  });

  it('failures: the username as typed, the address and why — never the password', async () => {
    const secret = 'Never-Store-This-93!';
    expect((await attempt('  Approver.BHRDI ', secret)).statusCode).toBe(401);
    expect((await attempt('no.such.person', secret)).statusCode).toBe(401);
    const failed = await search({ action: 'sign_in_failed' });
    expect(failed.map((r) => [r.entityId, r.after])).toEqual(
      expect.arrayContaining([
        [
          'approver.bhrdi',
          // As typed (its case kept); the request schema has already trimmed the spaces around it.
          { username: 'Approver.BHRDI', address: '203.0.113.50', reason: 'wrong_password' },
        ],
        ['no.such.person', { username: 'no.such.person', address: '203.0.113.50', reason: 'unknown_user' }],
      ]),
    );
    for (const row of failed) expect(row).toMatchObject({ actor: 'anonymous', actorUserId: null });
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from audit_event where coalesce(after::text, '') || coalesce(before::text, '') like $1`,
      [`%${secret}%`],
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('a deactivated account with its right password is a failure, reason inactive', async () => {
    await db.query(`update app_user set active = false where username = 'committee'`);
    try {
      expect((await attempt('committee', DEMO_PASSWORD, '203.0.113.52')).statusCode).toBe(401);
    } finally {
      await db.query(`update app_user set active = true where username = 'committee'`);
    }
    const [row] = await search({ entityId: 'committee', action: 'sign_in_failed' });
    expect(row!.after).toEqual({ username: 'committee', address: '203.0.113.52', reason: 'inactive' });
  });

  it('a lock-out is recorded once, when it starts; the refused attempts after it are not', async () => {
    for (let i = 0; i < 5; i++) await attempt('focal.bhrdi', `wrong-${i}`, '203.0.113.60');
    for (let i = 0; i < 3; i++) {
      expect((await attempt('focal.bhrdi', DEMO_PASSWORD, '203.0.113.60')).statusCode).toBe(429);
    }
    const locked = await search({ entityId: 'focal.bhrdi', action: 'sign_in_locked' });
    expect(locked.map((r) => r.after)).toEqual([
      { username: 'focal.bhrdi', address: '203.0.113.60', scope: 'account' },
    ]);
    expect(await search({ entityId: 'focal.bhrdi', action: 'sign_in_failed' })).toHaveLength(5);
  });

  it('sign-out and sign out everywhere, with the number of sessions ended', async () => {
    const one = await loginTo(app, 'approver.bhrdi', DEMO_PASSWORD, { remoteAddress: '10.20.0.2' });
    const two = await loginTo(app, 'approver.bhrdi', DEMO_PASSWORD, { remoteAddress: '10.20.0.3' });
    const out = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { ...CSRF, cookie: one },
      remoteAddress: '10.20.0.2',
    });
    expect(out.statusCode).toBe(204);
    const all = await app.inject({
      method: 'POST',
      url: '/api/auth/logout-all',
      headers: { ...CSRF, cookie: two },
      remoteAddress: '10.20.0.3',
    });
    expect(all.statusCode).toBe(204);
    const rows = await search({ entityId: 'approver.bhrdi' });
    const [latest, previous] = rows;
    expect(latest).toMatchObject({
      action: 'sign_out_all',
      actor: 'approver.bhrdi',
      after: { address: '10.20.0.3', sessions: 1 },
    });
    expect(previous).toMatchObject({
      action: 'sign_out',
      actor: 'approver.bhrdi',
      after: { address: '10.20.0.2' },
    });
    // Signing out again with the ended session changes and records nothing.
    const before = (await search({})).length;
    await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { ...CSRF, cookie: one } });
    expect((await search({})).length).toBe(before);
  });

  it('every session has its sign_in row: both are written in one transaction', async () => {
    const { rows } = await db.query<{ sessions: number; signIns: number }>(
      `select (select count(*)::int from user_session) as sessions,
              (select count(*)::int from audit_event where action = 'sign_in') as "signIns"`,
    );
    expect(rows[0]!.sessions).toBeGreaterThan(0);
    // Sessions are ended (sign-out) but sign-in rows stay: never fewer rows than live sessions.
    expect(rows[0]!.signIns).toBeGreaterThanOrEqual(rows[0]!.sessions);
  });
});
