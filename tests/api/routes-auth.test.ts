/** Sign-in, sessions, the CSRF header, the OpenAPI document and unknown routes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF, createTestApp, expectApiError, type TestApp } from '../helpers/api-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const login = (username: string, password: string, headers: Record<string, string> = CSRF) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', headers, payload: { username, password } });

describe('POST /api/auth/login', () => {
  it('refuses a wrong password with 401 and a bilingual message, setting no cookie', async () => {
    const res = await login('focal.bhrdi', 'wrong-password');
    const error = expectApiError(res, 401, 'unauthorized');
    expect(error.message).toEqual({ th: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง', en: 'Wrong username or password' });
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('answers an unknown username exactly like a wrong password', async () => {
    const wrongPassword = await login('focal.bhrdi', 'wrong-password');
    const unknownUser = await login('nobody.here', 'wrong-password');
    expect(unknownUser.statusCode).toBe(401);
    expect(unknownUser.json()).toEqual(wrongPassword.json());
  });

  it('refuses an empty username with 400 naming the field', async () => {
    const res = await login('', 'x');
    const error = expectApiError(res, 400, 'invalid_input');
    expect(error.issues).toContainEqual({
      field: 'username',
      th: 'กรุณากรอกชื่อผู้ใช้',
      en: 'enter your username',
    });
  });

  it('is refused with 403 without the x-tidtam-csrf header', async () => {
    const res = await login('focal.bhrdi', 'tidtam-demo', {});
    expectApiError(res, 403, 'forbidden');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('sets an HttpOnly, SameSite=Lax session cookie and returns the current user with the unit', async () => {
    const res = await login('focal.bhrdi', 'tidtam-demo');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'tidtam_session');
    expect(cookie).toBeDefined();
    expect(cookie!.value.length).toBeGreaterThanOrEqual(32);
    expect(cookie!.httpOnly).toBe(true);
    expect(cookie!.sameSite).toBe('Lax');
    expect(cookie!.path).toBe('/');
    expect(cookie!.maxAge).toBe(12 * 3600);
    const raw = String(res.headers['set-cookie']);
    expect(raw).toMatch(/;\s*HttpOnly/i);
    expect(raw).toMatch(/;\s*SameSite=Lax/i);
    expect(res.json()).toMatchObject({
      username: 'focal.bhrdi',
      role: 'focal_point',
      unit: { code: 'BHRDI', name: 'สถาบันพัฒนาทรัพยากรบุคคลกรุงเทพมหานคร' },
    });
    expect(res.json()).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(res.json())).not.toMatch(/argon2/);
  });

  it('accepts the username in another case and with surrounding spaces', async () => {
    const res = await login('  Focal.BHRDI ', 'tidtam-demo');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ username: 'focal.bhrdi' });
  });
});

describe('GET /api/auth/me and POST /api/auth/logout', () => {
  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    const error = expectApiError(res, 401, 'unauthorized');
    expect(error.message).toEqual({ th: 'กรุณาเข้าสู่ระบบ', en: 'Please sign in' });
  });

  it('answers 401 for a made-up session cookie', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: 'tidtam_session=forged' },
    });
    expectApiError(res, 401, 'unauthorized');
  });

  it('returns the signed-in user with the unit', async () => {
    const cookie = await t.login('focal.pers');
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const { rows } = await t.db.query<{ id: number; unit_id: number }>(
      "select id, unit_id from app_user where username = 'focal.pers'",
    );
    expect(res.json()).toEqual({
      id: rows[0]!.id,
      username: 'focal.pers',
      displayName: 'ผู้รับผิดชอบโครงการ สำนักงานการเจ้าหน้าที่',
      role: 'focal_point',
      unit: { id: rows[0]!.unit_id, code: 'PERS', name: 'สำนักงานการเจ้าหน้าที่ สำนักปลัดกรุงเทพมหานคร' },
      mustChangePassword: false,
    });
  });

  it('returns a viewer without a unit as unit null', async () => {
    const cookie = await t.login('committee');
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ username: 'committee', role: 'viewer', unit: null });
  });

  it('logout answers 204, clears the cookie, and the old cookie no longer works', async () => {
    const cookie = await t.login('approver.bhrdi');
    const before = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(before.statusCode).toBe(200);

    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { ...CSRF, cookie } });
    expect(out.statusCode).toBe(204);
    expect(out.body).toBe('');
    const cleared = out.cookies.find((c) => c.name === 'tidtam_session');
    expect(cleared?.value).toBe('');

    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expectApiError(me, 401, 'unauthorized');
    const projects = await t.app.inject({ method: 'GET', url: '/api/projects', headers: { cookie } });
    expectApiError(projects, 401, 'unauthorized');
  });

  it('logout of one session leaves the user’s other sessions alone', async () => {
    const first = await t.login('focal.bhrdi');
    const second = await t.login('focal.bhrdi');
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { ...CSRF, cookie: first },
    });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: second } });
    expect(me.statusCode).toBe(200);
  });

  it('logout without the CSRF header is refused with 403 and the session stays', async () => {
    const cookie = await t.login('focal.bhrdi');
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expectApiError(out, 403, 'forbidden');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
  });
});

describe('sessions follow the account', () => {
  const createUser = async (username: string, role = 'viewer') => {
    const admin = await t.login('admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { ...CSRF, cookie: admin },
      payload: { username, displayName: 'ผู้ใช้ชั่วคราว', password: 'first-password-1', role },
    });
    expect(res.statusCode, res.body).toBe(201);
    return { admin, id: (res.json() as { id: number }).id };
  };
  const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

  it('deactivating a user ends their sessions and refuses their sign-in', async () => {
    const { admin, id } = await createUser('temp.deactivated');
    const cookie = await t.login('temp.deactivated', 'first-password-1');
    expect((await me(cookie)).statusCode).toBe(200);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: { ...CSRF, cookie: admin },
      payload: { active: false },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ username: 'temp.deactivated', active: false });
    expectApiError(await me(cookie), 401, 'unauthorized');
    expectApiError(await login('temp.deactivated', 'first-password-1'), 401, 'unauthorized');
  });

  it('a new password ends the old sessions; the new password signs in, the old one does not', async () => {
    const { admin, id } = await createUser('temp.password');
    const cookie = await t.login('temp.password', 'first-password-1');
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: { ...CSRF, cookie: admin },
      payload: { password: 'second-password-2' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expectApiError(await me(cookie), 401, 'unauthorized');
    expectApiError(await login('temp.password', 'first-password-1'), 401, 'unauthorized');
    expect((await login('temp.password', 'second-password-2')).statusCode).toBe(200);
    const { rows } = await t.db.query<{ before: unknown; after: unknown }>(
      "select before, after from audit_event where entity = 'app_user' and entity_id = $1 and action = 'update'",
      [String(id)],
    );
    expect(rows).toEqual([{ before: null, after: { password: 'changed', must_change_password: true } }]);
    expect(JSON.stringify(rows)).not.toContain('second-password-2');
  });

  it('a role change ends the open sessions; signed in again, the new role applies', async () => {
    const { admin, id } = await createUser('temp.role', 'admin');
    await t.db.query('update app_user set must_change_password = false where id = $1', [id]);
    const cookie = await t.login('temp.role', 'first-password-1');
    const users = (c: string) => t.app.inject({ method: 'GET', url: '/api/users', headers: { cookie: c } });
    expect((await users(cookie)).statusCode).toBe(200);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: { ...CSRF, cookie: admin },
      payload: { role: 'viewer' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expectApiError(await users(cookie), 401, 'unauthorized');
    expectApiError(await users(await t.login('temp.role', 'first-password-1')), 403, 'forbidden');
  });

  it('no password hash ever leaves the server', async () => {
    const admin = await t.login('admin');
    const res = await t.app.inject({ method: 'GET', url: '/api/users', headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(/argon2|password_?hash/i);
    for (const user of res.json() as Record<string, unknown>[]) {
      expect(Object.keys(user).sort()).toEqual([
        'active',
        'displayName',
        'email',
        'id',
        'personNo',
        'role',
        'sso',
        'unit',
        'username',
      ]);
      // the single sign-on subject only as a hint (docs/security.md 4.2), never whole
      expect(user.sso).toBeNull();
    }
  });
});

describe('reads need a session', () => {
  it.each([
    '/api/plans',
    `/api/plans/HR-2566-2570/tree`,
    `/api/plans/HR-2566-2570/summary?asOf=2566-05`,
    '/api/projects',
    '/api/projects/1',
    '/api/units',
    '/api/users',
  ])('GET %s → 401 without a session', async (url) => {
    expectApiError(await t.app.inject({ method: 'GET', url }), 401, 'unauthorized');
  });
});

describe('CSRF header on changes', () => {
  it('refuses a change with a valid admin session but no x-tidtam-csrf header, and changes nothing', async () => {
    const cookie = await t.login('admin');
    const before = await t.db.query<{ n: number }>('select count(*)::int as n from org_unit');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie },
      payload: { code: 'CSRF-TEST', name: 'หน่วยงานทดสอบ', kind: 'office' },
    });
    const error = expectApiError(res, 403, 'forbidden');
    expect(error.message.en).toContain('x-tidtam-csrf');
    const after = await t.db.query<{ n: number }>('select count(*)::int as n from org_unit');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('refuses a report without the header even for the owning focal point', async () => {
    const cookie = await t.login('focal.bhrdi');
    const { rows } = await t.db.query<{ id: number }>("select id from project where code = 'P2-03'");
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${rows[0]!.id}/reports`,
      headers: { cookie },
      payload: { period: '2566-05', status: 'in_progress', percent: 60 },
    });
    expectApiError(res, 403, 'forbidden');
  });

  it('refuses a header value other than "1"', async () => {
    const cookie = await t.login('admin');
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/units/1',
      headers: { cookie, 'x-tidtam-csrf': 'yes' },
      payload: { kind: 'office' },
    });
    expectApiError(res, 403, 'forbidden');
  });

  it('does not need the header for reads', async () => {
    const cookie = await t.login('committee');
    const res = await t.app.inject({ method: 'GET', url: '/api/plans', headers: { cookie } });
    expect(res.statusCode).toBe(200);
  });
});

describe('OpenAPI document', () => {
  it('is for signed-in users only: 401 without a session, the page and its files included', async () => {
    for (const url of ['/api/docs/json', '/api/docs/', '/api/docs/static/swagger-initializer.js']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.body, url).not.toContain('/api/projects');
    }
  });

  it('GET /api/docs/json is an OpenAPI 3 document listing /api/projects', async () => {
    const cookie = await t.login('committee');
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as {
      openapi: string;
      info: { title: string };
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBe('tidtam API');
    expect(doc.paths['/api/projects']).toHaveProperty('get');
    expect(doc.paths['/api/projects/{id}']).toHaveProperty('patch');
    expect(doc.paths['/api/projects/{id}/reports']).toHaveProperty('post');
    expect(doc.paths['/api/plans/{code}/summary']).toHaveProperty('get');
    expect(doc.paths['/api/health']).toBeUndefined();
  });
});

describe('unknown routes', () => {
  it('GET /api/whatever is a 404 in the JSON error shape', async () => {
    const cookie = await t.login('committee');
    for (const headers of [{}, { cookie }]) {
      const res = await t.app.inject({ method: 'GET', url: '/api/whatever', headers });
      const error = expectApiError(res, 404, 'not_found');
      expect(error.message).toEqual({ th: 'ไม่พบสิ่งที่ขอ', en: 'Not found' });
    }
  });

  it('an unknown page outside /api is also a JSON 404 when no web build is served', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/no-such-page' });
    expectApiError(res, 404, 'not_found');
  });

  it('POST to an unknown /api path with the CSRF header is a JSON 404', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/whatever', headers: CSRF, payload: {} });
    expectApiError(res, 404, 'not_found');
  });
});
