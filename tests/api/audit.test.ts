/**
 * The audit trail over HTTP: search (admin only; filters, Bangkok days, paging, newest first) and one
 * record's history (admin; a project's also for whoever may read the project). No credential leaves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../src/shared/api/audit';
import type { UnitView } from '../../src/shared/api/units';
import type { UserView } from '../../src/shared/api/users';
import {
  changeHeaders,
  createTestApp,
  expectApiError,
  expectFieldIssue,
  type DemoUser,
  type TestApp,
} from '../helpers/api-app';

let t: TestApp;
const cookies = {} as Record<DemoUser, string>;
let unitA = 0;
let userId = 0;
let bhrdiProject = 0;
let persProject = 0;

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'focal.bhrdi', 'focal.pers', 'committee'] as const) {
    cookies[user] = await t.login(user);
  }
  const post = (url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: changeHeaders(cookies.admin), payload });
  const created = await post('/api/units', { code: 'AUDIT-A', name: 'หน่วยงานตรวจสอบย้อนหลัง', kind: 'office' });
  unitA = (created.json() as UnitView).id;
  for (const name of ['หน่วยงานตรวจสอบ ชื่อที่สอง', 'หน่วยงานตรวจสอบ ชื่อที่สาม']) {
    await t.app.inject({
      method: 'PATCH',
      url: `/api/units/${unitA}`,
      headers: changeHeaders(cookies.admin),
      payload: { name },
    });
  }
  const user = await post('/api/users', {
    username: 'audit.user',
    displayName: 'ผู้ใช้ตรวจสอบ',
    password: 'audit-password-123',
    role: 'viewer',
  });
  userId = (user.json() as UserView).id;
  await t.app.inject({
    method: 'PATCH',
    url: `/api/users/${userId}`,
    headers: changeHeaders(cookies.admin),
    payload: { password: 'audit-password-456', email: 'audit@bangkok.go.th' },
  });
  const project = async (unit: string) =>
    (
      await t.db.query<{ id: number }>(
        'select p.id from project p join org_unit u on u.id = p.owner_unit_id where u.code = $1 order by p.id limit 1',
        [unit],
      )
    ).rows[0]!.id;
  bhrdiProject = await project('BHRDI');
  persProject = await project('PERS');
  const { rows } = await t.db.query<{ version: number }>('select version from project where id = $1', [
    bhrdiProject,
  ]);
  await t.app.inject({
    method: 'PATCH',
    url: `/api/projects/${bhrdiProject}`,
    headers: changeHeaders(cookies.admin),
    payload: { version: rows[0]!.version, kpi: 'ตัวชี้วัดที่แก้ไขเพื่อตรวจสอบ' },
  });
});
afterAll(async () => {
  await t?.close();
});

const get = async (url: string, user: DemoUser = 'admin') =>
  t.app.inject({ method: 'GET', url, headers: { cookie: cookies[user] } });
const search = async (query: Record<string, string | number>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) params.set(key, String(value));
  const res = await get(`/api/audit?${params}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as AuditPage;
};
const newestFirst = (page: AuditPage) => {
  for (let i = 1; i < page.items.length; i++) {
    const [a, b] = [page.items[i - 1]!, page.items[i]!];
    expect(a.at > b.at || (a.at === b.at && a.id > b.id), `${a.id} before ${b.id}`).toBe(true);
  }
};

describe('GET /api/audit (search)', () => {
  it('is for the admin only', async () => {
    for (const user of ['focal.bhrdi', 'committee'] as const) {
      expectApiError(await get('/api/audit', user), 403, 'forbidden');
    }
    expectApiError(await t.app.inject({ method: 'GET', url: '/api/audit' }), 401, 'unauthorized');
  });

  it('filters by entity and entity id: who, when, action, before, after, newest first', async () => {
    const page = await search({ entity: 'org_unit', entityId: unitA });
    expect(page.total).toBe(3);
    expect(page.items.map((e) => [e.action, e.actor, e.before, e.after])).toEqual([
      ['update', 'admin', { name: 'หน่วยงานตรวจสอบ ชื่อที่สอง' }, { name: 'หน่วยงานตรวจสอบ ชื่อที่สาม' }],
      ['update', 'admin', { name: 'หน่วยงานตรวจสอบย้อนหลัง' }, { name: 'หน่วยงานตรวจสอบ ชื่อที่สอง' }],
      ['create', 'admin', null, { code: 'AUDIT-A', name: 'หน่วยงานตรวจสอบย้อนหลัง', kind: 'office' }],
    ]);
    for (const item of page.items) {
      expect(item).toMatchObject({
        entity: 'org_unit',
        entityId: String(unitA),
        actorUserId: expect.any(Number),
      });
      expect(new Date(item.at).toISOString()).toBe(item.at);
    }
    newestFirst(page);
  });

  it('filters by actor (any case) and action, and searches the text with q', async () => {
    const byAdmin = await search({ actor: 'ADMIN', pageSize: 200 });
    expect(byAdmin.items.every((e) => e.actor === 'admin')).toBe(true);
    const byDemo = await search({ actor: 'demo', pageSize: 1 });
    expect(byDemo.total).toBeGreaterThan(50);
    const creates = await search({ actor: 'admin', action: 'create', pageSize: 200 });
    expect(creates.items.map((e) => e.entity).sort()).toEqual(['app_user', 'org_unit']);
    const q = await search({ q: 'ชื่อที่สาม' });
    expect(q.items.map((e) => e.entityId)).toEqual([String(unitA)]);
    // % and _ are literal characters, not wildcards.
    expect((await search({ q: '%' })).total).toBe(0);
    expect((await search({ q: 'ตัวชี้วัดที่แก้ไขเพื่อตรวจสอบ', entity: 'project' })).items).toHaveLength(1);
  });

  it('filters by Bangkok calendar days (from and to both included)', async () => {
    // 2023-05-31 17:30 UTC is 2023-06-01 00:30 in Bangkok.
    await t.db.query(
      `insert into audit_event (at, actor_label, action, entity, entity_id, after)
       values ('2023-05-31T17:30:00Z', 'history', 'update', 'plan', '1', '{"name": "late"}'),
              ('2023-05-31T16:30:00Z', 'history', 'update', 'plan', '1', '{"name": "early"}')`,
    );
    const names = async (query: Record<string, string>) =>
      (await search({ actor: 'history', ...query })).items.map((e) => (e.after as { name: string }).name);
    expect(await names({ from: '2023-06-01' })).toEqual(['late']);
    expect(await names({ to: '2023-05-31' })).toEqual(['early']);
    expect(await names({ from: '2023-05-31', to: '2023-06-01' })).toEqual(['late', 'early']);
    expect(await names({ from: '2023-06-02' })).toEqual([]);
  });

  it('pages: the pages together are the whole result, in order, without overlap', async () => {
    const all = await search({ actor: 'admin', pageSize: 200 });
    expect(all.total).toBeGreaterThanOrEqual(7);
    const pages: number[] = [];
    for (let page = 1; page <= Math.ceil(all.total / 2); page++) {
      const p = await search({ actor: 'admin', pageSize: 2, page });
      expect(p).toMatchObject({ page, pageSize: 2, total: all.total });
      pages.push(...p.items.map((e) => e.id));
    }
    expect(pages).toEqual(all.items.map((e) => e.id));
    expect((await search({ actor: 'admin', pageSize: 2, page: 999 })).items).toEqual([]);
    newestFirst(all);
  });

  it('refuses bad filters with 400 naming the field', async () => {
    expectFieldIssue(await get('/api/audit?pageSize=500'), 'pageSize');
    expectFieldIssue(await get('/api/audit?from=2023-02-30'), 'from');
    expectFieldIssue(await get('/api/audit?entity=DROP%20TABLE'), 'entity');
    expectFieldIssue(await get('/api/audit?page=0'), 'page');
  });
});

describe('GET /api/audit/:entity/:entityId (one record)', () => {
  it('a project: the admin, the owner unit and viewers may read it; another unit may not', async () => {
    for (const user of ['admin', 'focal.bhrdi', 'committee'] as const) {
      const res = await get(`/api/audit/project/${bhrdiProject}`, user);
      expect(res.statusCode, `${user}: ${res.body}`).toBe(200);
      const page = res.json() as AuditPage;
      expect(page.items[0]).toMatchObject({
        action: 'update',
        actor: 'admin',
        entity: 'project',
        entityId: String(bhrdiProject),
        after: { kpi: 'ตัวชี้วัดที่แก้ไขเพื่อตรวจสอบ' },
      });
    }
    expectApiError(await get(`/api/audit/project/${bhrdiProject}`, 'focal.pers'), 403, 'forbidden');
    expect((await get(`/api/audit/project/${persProject}`, 'focal.pers')).statusCode).toBe(200);
    expectApiError(await get('/api/audit/project/999999', 'focal.pers'), 404, 'not_found');
  });

  it('any other record is for the admin only', async () => {
    expect((await get(`/api/audit/org_unit/${unitA}`)).json()).toMatchObject({ total: 3 });
    for (const user of ['focal.bhrdi', 'committee'] as const) {
      expectApiError(await get(`/api/audit/org_unit/${unitA}`, user), 403, 'forbidden');
      expectApiError(await get(`/api/audit/app_user/${userId}`, user), 403, 'forbidden');
    }
  });
});

describe('credentials never leave', () => {
  it('a user’s trail shows that the password changed, never a password or its hash', async () => {
    const page = (await get(`/api/audit/app_user/${userId}`)).json() as AuditPage;
    expect(page.items.map((e) => [e.action, e.before, e.after])).toEqual([
      ['update', null, { password: 'changed', must_change_password: true }],
      ['update', { email: null }, { email: 'audit@bangkok.go.th' }],
      [
        'create',
        null,
        { username: 'audit.user', displayName: 'ผู้ใช้ตรวจสอบ', role: 'viewer', must_change_password: true },
      ],
    ]);
  });

  it('no row of the whole trail carries a hash or a password, even one written around the API', async () => {
    const hash = (
      await t.db.query<{ h: string }>("select password_hash as h from app_user where username = 'admin'")
    ).rows[0]!.h;
    await t.db.query(
      `insert into audit_event (actor_label, action, entity, entity_id, before, after)
       values ('legacy', 'update', 'app_user', '1', $1, '{"password": "plain-text-pw", "role": "admin"}')`,
      [JSON.stringify({ password_hash: hash, nested: { token_hash: 'abc' }, role: 'viewer' })],
    );
    const legacy = await search({ actor: 'legacy' });
    expect(legacy.items[0]).toMatchObject({
      before: { nested: {}, role: 'viewer' },
      after: { password: 'changed', role: 'admin' },
    });
    const bodies: string[] = [];
    const first = await search({ pageSize: 200 });
    for (let page = 1; page <= Math.ceil(first.total / 200); page++) {
      bodies.push((await get(`/api/audit?pageSize=200&page=${page}`)).body);
    }
    const text = bodies.join('\n');
    expect(text).not.toMatch(/argon2|password_?hash|token_?hash/i);
    expect(text).not.toContain('audit-password-');
    expect(text).not.toContain('plain-text-pw');
    const hashes = (await t.db.query<{ h: string }>('select password_hash as h from app_user')).rows;
    for (const { h } of hashes) expect(text).not.toContain(h);
    // The stored rows written through the app hold none either.
    const stored = JSON.stringify(
      (await t.db.query("select before, after from audit_event where actor_label <> 'legacy'")).rows,
    );
    expect(stored).not.toMatch(/argon2|password_?hash/i);
    expect(stored).not.toContain('audit-password-');
  });
});
