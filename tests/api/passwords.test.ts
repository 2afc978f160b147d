/**
 * Issue 14.1: a user's own change of password, the forced change for accounts an admin created or reset,
 * and reset links by e-mail through a REAL SMTP listener on loopback (as the reminder tests).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/load-demo';
import {
  changeHeaders,
  createTestApp,
  expectApiError,
  expectFieldIssue,
  type TestApp,
} from '../helpers/api-app';
import { startSmtp } from '../helpers/smtp';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let admin: string;
beforeAll(async () => {
  smtp = await startSmtp('mailer', 'secret');
  t = await createTestApp({
    env: {
      TIDTAM_SMTP_URL: `smtp://mailer:secret@127.0.0.1:${smtp.port}`,
      TIDTAM_MAIL_FROM: 'ติดตาม <tidtam@bma.test>',
      TIDTAM_PUBLIC_URL: 'https://tidtam.bma.test',
      TIDTAM_SIGNIN_MAX_FAILURES: '4',
    },
  });
  admin = await t.login('admin');
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const post = (url: string, payload: object, cookie?: string) =>
  t.app.inject({ method: 'POST', url, headers: changeHeaders(cookie), payload });
const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const change = (cookie: string, oldPassword: string, newPassword: string) =>
  post('/api/auth/password', { oldPassword, newPassword }, cookie);
const audit = async (action: string, username: string) =>
  (
    await t.db.query<{ after: Record<string, unknown> }>(
      `select e.after from audit_event e join app_user u on e.entity_id = u.id::text
        where e.entity = 'app_user' and e.action = $1 and u.username = $2 order by e.id`,
      [action, username],
    )
  ).rows.map((r) => r.after);
const newUser = async (username: string, email: string | null = null) => {
  const res = await post(
    '/api/users',
    { username, displayName: username, email, password: 'given-by-admin-1', role: 'viewer' },
    admin,
  );
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { id: number }).id;
};

describe('changing one’s own password', () => {
  it('refuses a wrong current password (audited) and each weak new one, naming the rule', async () => {
    const cookie = await t.login('focal.pers');
    expectFieldIssue(await change(cookie, 'wrong-password', 'a much better one 1'), 'oldPassword');
    expect(await audit('password_change_failed', 'focal.pers')).toEqual([
      { address: '127.0.0.1', reason: 'wrong_password' },
    ]);
    const short = expectFieldIssue(await change(cookie, DEMO_PASSWORD, 'short-1'), 'newPassword');
    expect(short.map((i) => i.en)).toEqual(['the password must be at least 12 characters long']);
    const named = expectFieldIssue(await change(cookie, DEMO_PASSWORD, 'my focal.pers pw'), 'newPassword');
    expect(named.map((i) => i.en)).toEqual(['the password must not be or contain the username']);
    expect((await change(cookie, DEMO_PASSWORD, '123456789012')).json().error.issues).toHaveLength(1);
    // The demo password is 11 characters: the same-as-old rule is checked on a long one below.
  });

  it('changes it, ends the other sessions but this one, and audits without the password', async () => {
    const cookie = await t.login('approver.bhrdi');
    const other = await t.login('approver.bhrdi');
    const res = await change(cookie, DEMO_PASSWORD, 'ส้มตำไก่ย่าง 2569');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ sessionsEnded: 1 });
    expect((await get('/api/auth/me', cookie)).statusCode).toBe(200);
    expectApiError(await get('/api/auth/me', other), 401, 'unauthorized');
    await expect(t.login('approver.bhrdi')).rejects.toThrow(/401/);
    const again = await t.login('approver.bhrdi', 'ส้มตำไก่ย่าง 2569');
    const same = expectFieldIssue(await change(again, 'ส้มตำไก่ย่าง 2569', 'ส้มตำไก่ย่าง 2569'), 'newPassword');
    expect(same.map((i) => i.en)).toEqual(['the new password must differ from the old one']);
    expect(await audit('password_change', 'approver.bhrdi')).toEqual([
      { address: '127.0.0.1', sessions_ended: 1 },
    ]);
  });
});

describe('the forced change for accounts an admin created or reset', () => {
  it('answers 403 password_change_required everywhere but the change, me and sign-out, until changed', async () => {
    const id = await newUser('forced.one');
    const cookie = await t.login('forced.one', 'given-by-admin-1');
    const me = await get('/api/auth/me', cookie);
    expect(me.json()).toMatchObject({ username: 'forced.one', mustChangePassword: true });
    expectApiError(await get('/api/plans', cookie), 403, 'password_change_required');
    expectApiError(await get('/api/auth/sessions', cookie), 403, 'password_change_required');
    expect((await change(cookie, 'given-by-admin-1', 'my very own words 7')).statusCode).toBe(200);
    expect((await get('/api/plans', cookie)).statusCode).toBe(200);
    expect((await get('/api/auth/me', cookie)).json()).toMatchObject({ mustChangePassword: false });
    // An admin's reset forces it again.
    const reset = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: changeHeaders(admin),
      payload: { password: 'reset-by-admin-2' },
    });
    expect(reset.statusCode, reset.body).toBe(200);
    const after = await t.login('forced.one', 'reset-by-admin-2');
    expectApiError(await get('/api/plans', after), 403, 'password_change_required');
    expect((await post('/api/auth/logout', {}, after)).statusCode).toBe(204);
  });
});

describe('reset links by e-mail', () => {
  const ask = (login: string, ip = '10.0.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      headers: changeHeaders(),
      payload: { login },
      remoteAddress: ip,
    });
  const confirm = (token: string, newPassword: string) =>
    post('/api/auth/password-reset/confirm', { token, newPassword });
  const waitForMail = async (to: string, count: number) => {
    for (let i = 0; i < 200 && smtp.messages.filter((m) => m.to.includes(to)).length < count; i++)
      await new Promise((resolve) => setTimeout(resolve, 25));
    return smtp.messages.filter((m) => m.to.includes(to));
  };
  const tokenOf = (text: string) => /reset-password#token=([A-Za-z0-9_-]+)/.exec(text)![1]!;

  it('answers the same for an unknown account, mails a single-use link, and ends every session', async () => {
    await newUser('forgetful', 'forgetful@bma.test');
    const session = await t.login('forgetful', 'given-by-admin-1');
    const known = await ask('forgetful');
    const unknown = await ask('nobody.at.all');
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    const mails = await waitForMail('forgetful@bma.test', 1);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('ตั้งรหัสผ่านใหม่ ระบบติดตาม (tidtam password reset)');
    expect(mails[0]!.text).toContain('https://tidtam.bma.test/reset-password#token=');
    const token = tokenOf(mails[0]!.text);
    const { rows } = await t.db.query('select 1 from password_reset where token_hash = $1', [token]);
    expect(rows).toEqual([]); // stored hashed only
    expectFieldIssue(await confirm(token, 'forgetful forever'), 'newPassword'); // contains the username
    expect((await confirm(token, 'remembered at last 9')).statusCode).toBe(204);
    expectApiError(await get('/api/auth/me', session), 401, 'unauthorized');
    const reused = expectFieldIssue(await confirm(token, 'another one entirely'), 'token');
    expect(reused[0]!.en).toBe('This link has been used already; ask for a new one');
    // The reset also ends the forced change: the user chose this password.
    const cookie = await t.login('forgetful', 'remembered at last 9');
    expect((await get('/api/plans', cookie)).statusCode).toBe(200);
    expect(await audit('password_reset_requested', 'forgetful')).toEqual([{ address: '10.0.0.1' }]);
    expect(await audit('password_reset', 'forgetful')).toEqual([{ address: '127.0.0.1', sessions_ended: 1 }]);
  });

  it('by e-mail address too; a link older than 30 minutes is refused as expired', async () => {
    await newUser('slow.reader', 'slow.reader@bma.test');
    expect((await ask('Slow.Reader@bma.test', '10.0.0.2')).statusCode).toBe(202);
    const [mail] = await waitForMail('slow.reader@bma.test', 1);
    await t.db.query(
      `update password_reset set expires_at = now() - interval '1 second'
        where user_id = (select id from app_user where username = 'slow.reader')`,
    );
    const expired = expectFieldIssue(await confirm(tokenOf(mail!.text), 'too late for this'), 'token');
    expect(expired[0]!.en).toBe('This link has expired (it works for 30 minutes); ask for a new one');
    await expect(t.login('slow.reader', 'too late for this')).rejects.toThrow(/401/);
  });

  it('is limited like sign-in: the fifth request for one account from one address gets 429', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await ask('committee', '10.0.0.3')).statusCode);
    expect(statuses).toEqual([202, 202, 202, 202, 429]);
  });
});
