/**
 * The admin's user management: list, create, edit role/unit/active/e-mail, reset the password; the last
 * active admin stays; a change of role, unit or active ends the user's sessions; no password (hash or
 * plain) ever reaches the audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserView } from '../../src/shared/api/users';
import { changeHeaders, createTestApp, expectApiError, type TestApp } from '../helpers/api-app';

let t: TestApp;
let admin = '';
let adminId = 0;
const PASSWORDS = ['first-password-1', 'second-password-2', 'reset-password-3'];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  adminId = (await t.db.query<{ id: number }>("select id from app_user where username = 'admin'")).rows[0]!
    .id;
});
afterAll(async () => {
  await t?.close();
});

const unitId = async (code: string) =>
  (await t.db.query<{ id: number }>('select id from org_unit where code = $1', [code])).rows[0]!.id;
const list = async (cookie = admin) =>
  t.app.inject({ method: 'GET', url: '/api/users', headers: { cookie } });
const create = (payload: object, cookie = admin) =>
  t.app.inject({ method: 'POST', url: '/api/users', headers: changeHeaders(cookie), payload });
const patch = (id: number, payload: object, cookie = admin) =>
  t.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: changeHeaders(cookie), payload });
const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
const newUser = async (username: string, role = 'viewer', unitCode?: string) => {
  const res = await create({
    username,
    displayName: `ผู้ใช้ ${username}`,
    email: `${username}@bangkok.go.th`,
    password: PASSWORDS[0],
    role,
    unitId: unitCode ? await unitId(unitCode) : null,
  });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as UserView).id;
};
const row = async (id: number) =>
  (
    await t.db.query(
      'select username, display_name, email, role, unit_id, active from app_user where id = $1',
      [id],
    )
  ).rows[0];

describe('list and create', () => {
  it('lists every user for the admin only', async () => {
    const res = await list();
    expect(res.statusCode).toBe(200);
    const users = res.json() as UserView[];
    expect(users.map((u) => u.username)).toEqual(
      expect.arrayContaining(['admin', 'focal.bhrdi', 'approver.bhrdi', 'focal.pers', 'committee']),
    );
    expect(res.body).not.toMatch(/argon2|password/i);
    expectApiError(await list(await t.login('committee')), 403, 'forbidden');
    expectApiError(await list(await t.login('focal.bhrdi')), 403, 'forbidden');
  });

  it('creates a user who can then sign in; the audit row holds no password', async () => {
    const id = await newUser('new.focal', 'focal_point', 'PERS');
    expect(await row(id)).toEqual({
      username: 'new.focal',
      display_name: 'ผู้ใช้ new.focal',
      email: 'new.focal@bangkok.go.th',
      role: 'focal_point',
      unit_id: await unitId('PERS'),
      active: true,
    });
    await t.login('new.focal', PASSWORDS[0]);
    const { rows } = await t.db.query<{ after: Record<string, unknown> }>(
      "select after from audit_event where entity = 'app_user' and entity_id = $1 and action = 'create'",
      [String(id)],
    );
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!.after).sort()).toEqual([
      'displayName',
      'email',
      'must_change_password',
      'role',
      'unitId',
      'username',
    ]);
    expect(rows[0]!.after.must_change_password).toBe(true);
  });

  it('non-admins may not create or edit users → 403, nothing written', async () => {
    const focal = await t.login('focal.bhrdi');
    const count = async () => (await t.db.query('select count(*)::int as n from app_user')).rows[0];
    const before = await count();
    const res = await create(
      { username: 'sneaky', displayName: 'x', password: 'a-long-enough-password', role: 'admin' },
      focal,
    );
    expectApiError(res, 403, 'forbidden');
    expectApiError(await patch(adminId, { role: 'viewer' }, focal), 403, 'forbidden');
    expect(await count()).toEqual(before);
  });
});

describe('edit', () => {
  it('changes role, unit, active and e-mail, each audited before/after', async () => {
    const id = await newUser('edit.me', 'viewer');
    const pers = await unitId('PERS');
    const res = await patch(id, { role: 'approver', unitId: pers, email: 'other@bangkok.go.th' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      id,
      username: 'edit.me',
      displayName: 'ผู้ใช้ edit.me',
      email: 'other@bangkok.go.th',
      role: 'approver',
      unit: { id: pers, name: 'สำนักงานการเจ้าหน้าที่ สำนักปลัดกรุงเทพมหานคร' },
      active: true,
      personNo: null,
    });
    const off = await patch(id, { active: false });
    expect(off.json()).toMatchObject({ active: false });
    const { rows } = await t.db.query<{ before: unknown; after: unknown }>(
      "select before, after from audit_event where entity = 'app_user' and entity_id = $1 and action = 'update' order by id",
      [String(id)],
    );
    expect(rows).toEqual([
      {
        before: { email: 'edit.me@bangkok.go.th', role: 'viewer', unit_id: null },
        after: { email: 'other@bangkok.go.th', role: 'approver', unit_id: pers },
      },
      { before: { active: true }, after: { active: false } },
    ]);
  });

  it('resets the password: the new one signs in, the old one and the old sessions do not', async () => {
    const id = await newUser('reset.me');
    const cookie = await t.login('reset.me', PASSWORDS[0]);
    const res = await patch(id, { password: PASSWORDS[2] });
    expect(res.statusCode, res.body).toBe(200);
    expectApiError(await me(cookie), 401, 'unauthorized');
    await t.login('reset.me', PASSWORDS[2]);
    await expect(t.login('reset.me', PASSWORDS[0])).rejects.toThrow(/401/);
  });
});

describe('sessions end when role, unit or active change', () => {
  it.each([
    ['role', { role: 'approver' }],
    ['unit', { unitId: 'BHRDI' }],
    ['active', { active: false }],
  ] as const)('a %s change ends the sessions', async (what, change) => {
    const id = await newUser(`session.${what}`, 'focal_point', 'PERS');
    const cookie = await t.login(`session.${what}`, PASSWORDS[0]);
    const second = await t.login(`session.${what}`, PASSWORDS[0]);
    expect((await me(cookie)).statusCode).toBe(200);
    const payload = 'unitId' in change ? { unitId: await unitId(change.unitId) } : change;
    const res = await patch(id, payload);
    expect(res.statusCode, res.body).toBe(200);
    expectApiError(await me(cookie), 401, 'unauthorized');
    expectApiError(await me(second), 401, 'unauthorized');
    const { rows } = await t.db.query('select 1 from user_session where user_id = $1', [id]);
    expect(rows).toEqual([]);
  });

  it('a change of name or e-mail, or a role set to what it was, leaves the sessions alone', async () => {
    const id = await newUser('session.kept', 'viewer');
    const cookie = await t.login('session.kept', PASSWORDS[0]);
    const res = await patch(id, { displayName: 'ชื่อใหม่', email: null, role: 'viewer', active: true });
    expect(res.statusCode, res.body).toBe(200);
    expect((await me(cookie)).statusCode).toBe(200);
  });
});

describe('the last active admin', () => {
  it('cannot be demoted or deactivated (409 with the reason); nothing changes', async () => {
    const activeAdmins = async () =>
      (await t.db.query<{ id: number }>("select id from app_user where role = 'admin' and active")).rows.map(
        (r) => r.id,
      );
    expect(await activeAdmins()).toEqual([adminId]);
    const before = await row(adminId);
    const audits = (await t.db.query('select count(*)::int as n from audit_event')).rows[0];
    for (const payload of [
      { role: 'viewer' },
      { active: false },
      { role: 'focal_point', unitId: await unitId('PERS') },
    ]) {
      const error = expectApiError(await patch(adminId, payload), 409, 'conflict');
      expect(error.message.en).toMatch(/last one/);
      expect(error.message.th).toMatch(/ผู้ดูแลระบบคนสุดท้าย/);
    }
    expect(await row(adminId)).toEqual(before);
    expect((await t.db.query('select count(*)::int as n from audit_event')).rows[0]).toEqual(audits);
    expect((await me(admin)).statusCode).toBe(200);
    // Other edits of the last admin are fine.
    expect((await patch(adminId, { email: 'admin@bangkok.go.th' })).statusCode).toBe(200);
  });

  it('an inactive admin does not count; with a second active admin either may be demoted, not both', async () => {
    const dormant = await newUser('admin.dormant', 'admin');
    expect((await patch(dormant, { active: false })).statusCode).toBe(200);
    expectApiError(await patch(adminId, { role: 'viewer' }), 409, 'conflict');

    const second = await newUser('admin.second', 'admin');
    // As if they had chosen their own password (an admin's new account must first: tests/api/passwords.test.ts).
    await t.db.query('update app_user set must_change_password = false where id = $1', [second]);
    const secondCookie = await t.login('admin.second', PASSWORDS[0]);
    // Both at once: exactly one wins.
    const results = await Promise.all([
      patch(adminId, { role: 'viewer' }, admin),
      patch(second, { role: 'viewer' }, secondCookie),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const { rows } = await t.db.query<{ id: number }>(
      "select id from app_user where role = 'admin' and active",
    );
    expect(rows).toHaveLength(1);
  });
});

describe('no password in the audit trail', () => {
  it('no audit row holds a hash or a password after users were created and updated', async () => {
    const { rows } = await t.db.query<{ before: unknown; after: unknown }>(
      'select before, after from audit_event',
    );
    const text = JSON.stringify(rows);
    expect(rows.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/argon2|\$argon|password_hash/i);
    for (const password of PASSWORDS) expect(text).not.toContain(password);
    const hashes = (await t.db.query<{ password_hash: string }>('select password_hash from app_user')).rows;
    for (const { password_hash } of hashes) expect(text).not.toContain(password_hash);
  });
});
