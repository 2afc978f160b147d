/**
 * Restructuring units: closing a unit into a successor and merging several move exactly the projects
 * and users the database held, in one transaction, each change audited; history (former names,
 * successor) stays; refusals change nothing; a plan file naming an old unit lands on the successor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/shared/api/monitoring/plans';
import type { UnitCloseResult, UnitView } from '../../src/shared/api/units';
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
let adminUserId = 0;

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'focal.bhrdi', 'focal.pers', 'committee'] as const) {
    cookies[user] = await t.login(user);
  }
  adminUserId = (await t.db.query<{ id: number }>("select id from app_user where username = 'admin'"))
    .rows[0]!.id;
});
afterAll(async () => {
  await t?.close();
});

const unitId = async (code: string) =>
  (await t.db.query<{ id: number }>('select id from org_unit where code = $1', [code])).rows[0]!.id;
const ids = async (sql: string, params: unknown[]) =>
  (await t.db.query<{ id: number }>(sql, params)).rows.map((r) => r.id).sort((a, b) => a - b);
const projectsOf = (unit: number) => ids('select id from project where owner_unit_id = $1', [unit]);
const usersOf = (unit: number) => ids('select id from app_user where unit_id = $1', [unit]);
const units = async (cookie = cookies.admin) => {
  const res = await t.app.inject({ method: 'GET', url: '/api/units', headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as UnitView[];
};
const unit = async (id: number) => (await units()).find((u) => u.id === id)!;
const post = (url: string, payload: object, user: DemoUser | string = cookies.admin) =>
  t.app.inject({ method: 'POST', url, headers: changeHeaders(user), payload });
const createUnit = async (code: string, name: string) => {
  const res = await post('/api/units', { code, name, kind: 'office' });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as UnitView).id;
};
/** Everything a refused restructuring must leave as it was. */
const snapshot = async () => ({
  units: (await t.db.query('select id, status, successor_id, closed_at from org_unit order by id')).rows,
  owners: (await t.db.query('select id, owner_unit_id, version from project order by id')).rows,
  users: (await t.db.query('select id, unit_id from app_user order by id')).rows,
  audit: (await t.db.query<{ n: number }>('select count(*)::int as n from audit_event')).rows[0]!.n,
});
const auditRows = async (entity: string, entityId: number, action?: string) =>
  (
    await t.db.query<{ action: string; actor_label: string; before: unknown; after: unknown }>(
      `select action, actor_label, before, after from audit_event
        where entity = $1 and entity_id = $2 and ($3::text is null or action = $3) order by id`,
      [entity, String(entityId), action ?? null],
    )
  ).rows;
const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

describe('GET /api/units', () => {
  it('shows status, successor, former names, project and user counts, for every signed-in role', async () => {
    const bhrdi = await unitId('BHRDI');
    const list = await units(cookies.committee);
    const view = list.find((u) => u.id === bhrdi)!;
    expect(view).toMatchObject({
      code: 'BHRDI',
      status: 'active',
      successor: null,
      closedAt: null,
      formerNames: [],
      projectCount: (await projectsOf(bhrdi)).length,
      userCount: (await usersOf(bhrdi)).length,
    });
    expect(view.projectCount).toBeGreaterThan(0);
    expect(view.userCount).toBe(2);
  });
});

describe('POST /api/units/:id/close', () => {
  it('moves exactly the projects and users of the unit, keeps its history, audits each change', async () => {
    const bhrdi = await unitId('BHRDI');
    const successor = await createUnit('BHRDI-NEW', 'สถาบันพัฒนาทรัพยากรบุคคล (หน่วยงานใหม่)');
    // A rename first: the closed unit's history keeps both its names.
    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `/api/units/${bhrdi}`,
      headers: changeHeaders(cookies.admin),
      payload: { name: 'สถาบันพัฒนาทรัพยากรบุคคล กทม.' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const projectsBefore = await projectsOf(bhrdi);
    const usersBefore = await usersOf(bhrdi);
    const versions = new Map(
      (
        await t.db.query<{ id: number; version: number }>(
          'select id, version from project where owner_unit_id = $1',
          [bhrdi],
        )
      ).rows.map((r) => [r.id, r.version]),
    );
    const successorProjectsBefore = await projectsOf(successor);
    expect(projectsBefore.length).toBeGreaterThan(0);
    expect(usersBefore.length).toBe(2);
    const focalCookie = await t.login('focal.bhrdi');

    const res = await post(`/api/units/${bhrdi}/close`, { successorId: successor });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json() as UnitCloseResult;
    expect(result.movedProjects).toBe(projectsBefore.length);
    expect(result.movedUsers).toBe(usersBefore.length);
    expect(result.closed).toHaveLength(1);
    expect(result.closed[0]).toMatchObject({
      id: bhrdi,
      status: 'closed',
      successor: { id: successor },
      projectCount: 0,
      userCount: 0,
      closedAt: expect.any(String),
    });
    expect(result.successor).toMatchObject({
      id: successor,
      status: 'active',
      projectCount: projectsBefore.length + successorProjectsBefore.length,
      userCount: usersBefore.length,
    });

    expect(await projectsOf(bhrdi)).toEqual([]);
    expect(await usersOf(bhrdi)).toEqual([]);
    expect(await projectsOf(successor)).toEqual(
      [...successorProjectsBefore, ...projectsBefore].sort((a, b) => a - b),
    );
    expect(await usersOf(successor)).toEqual(usersBefore);

    // History: the closed unit keeps its names and says where its work went.
    const closed = await unit(bhrdi);
    expect(closed.status).toBe('closed');
    expect(closed.successor).toEqual({ id: successor, name: 'สถาบันพัฒนาทรัพยากรบุคคล (หน่วยงานใหม่)' });
    expect(closed.name).toBe('สถาบันพัฒนาทรัพยากรบุคคล กทม.');
    expect(closed.formerNames.map((n) => n.name)).toEqual(['สถาบันพัฒนาทรัพยากรบุคคลกรุงเทพมหานคร']);

    // Audit: the closure, then one row per moved project and per moved user, with before and after.
    expect(await auditRows('org_unit', bhrdi, 'close')).toEqual([
      {
        action: 'close',
        actor_label: 'admin',
        before: { status: 'active', successor_id: null, closed_at: null },
        after: {
          status: 'closed',
          successor_id: successor,
          closed_at: closed.closedAt,
          moved_projects: projectsBefore.length,
          moved_users: usersBefore.length,
        },
      },
    ]);
    for (const projectId of projectsBefore) {
      const rows = await auditRows('project', projectId, 'update');
      expect(rows.at(-1)).toEqual({
        action: 'update',
        actor_label: 'admin',
        before: { owner_unit_id: bhrdi, version: versions.get(projectId) },
        after: { owner_unit_id: successor, version: versions.get(projectId)! + 1 },
      });
    }
    for (const userId of usersBefore) {
      expect((await auditRows('app_user', userId, 'update')).at(-1)).toMatchObject({
        before: { unit_id: bhrdi },
        after: { unit_id: successor },
      });
    }
    // The project's version moved: an editor holding the old version is told to reload.
    const first = projectsBefore[0]!;
    expect((await t.db.query('select version from project where id = $1', [first])).rows[0]).toEqual({
      version: versions.get(first)! + 1,
    });

    // A moved user's sessions ended (their unit changed); they sign in again and still reach their projects.
    expectApiError(await me(focalCookie), 401, 'unauthorized');
    expect((await me(cookies.admin)).statusCode).toBe(200);
    const again = await t.login('focal.bhrdi');
    const project = await t.app.inject({
      method: 'GET',
      url: `/api/projects/${first}`,
      headers: { cookie: again },
    });
    expect(project.statusCode, project.body).toBe(200);
    cookies['focal.bhrdi'] = again;
  });

  it('a closed unit cannot own new users or projects', async () => {
    const bhrdi = await unitId('BHRDI');
    const user = await post('/api/users', {
      username: 'focal.closed',
      displayName: 'ผู้รับผิดชอบ',
      password: 'a-long-enough-password',
      role: 'focal_point',
      unitId: bhrdi,
    });
    expectFieldIssue(user, 'unitId');
    const project = (
      await t.db.query<{ id: number; version: number }>('select id, version from project limit 1')
    ).rows[0]!;
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/projects/${project.id}`,
      headers: changeHeaders(cookies.admin),
      payload: { version: project.version, ownerUnitId: bhrdi },
    });
    expectFieldIssue(patch, 'ownerUnitId');
  });

  it('a plan file naming the closed unit (code, current or former name) resolves to the successor', async () => {
    const bhrdi = await unitId('BHRDI');
    const successor = await unitId('BHRDI-NEW');
    const unitsBefore = (await t.db.query('select count(*)::int as n from org_unit')).rows[0];
    const header =
      'plan_code,plan_name,plan_start_year,plan_end_year,target_no,target_name,strategy_no,strategy_name,project_code,project_name,fiscal_years,owner_unit';
    const row = (code: string, owner: string) =>
      `HR-UNITS-2567,แผนทดสอบหน่วยงาน,2567,2568,1,เป้าประสงค์,1.1,กลยุทธ์,${code},โครงการ ${code},2567,${owner}`;
    const csv = [
      header,
      row('U-01', 'สถาบันพัฒนาทรัพยากรบุคคลกรุงเทพมหานคร'), // the former name
      row('U-02', 'สถาบันพัฒนาทรัพยากรบุคคล กทม.'), // the closed unit's last name
      row('U-03', 'BHRDI'), // its code
    ].join('\n');
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'plan.csv');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/imports/plan',
      headers: changeHeaders(cookies.admin),
      payload: form,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as ImportResult).newUnits).toEqual([]);
    const { rows } = await t.db.query<{ code: string; owner_unit_id: number }>(
      `select p.code, p.owner_unit_id from project p join plan on plan.id = p.plan_id
        where plan.code = 'HR-UNITS-2567' order by p.code`,
    );
    expect(rows).toEqual([
      { code: 'U-01', owner_unit_id: successor },
      { code: 'U-02', owner_unit_id: successor },
      { code: 'U-03', owner_unit_id: successor },
    ]);
    expect(rows.every((r) => r.owner_unit_id !== bhrdi)).toBe(true);
    expect((await t.db.query('select count(*)::int as n from org_unit')).rows[0]).toEqual(unitsBefore);
  });

  it('with movePeople false moves the projects only; the users stay with the closed unit', async () => {
    const from = await createUnit('KEEP-PEOPLE', 'หน่วยงานที่ผู้ใช้ไม่ย้าย');
    const to = await createUnit('KEEP-PEOPLE-TO', 'หน่วยงานรับโอนโครงการ');
    const user = await post('/api/users', {
      username: 'focal.keep',
      displayName: 'ผู้รับผิดชอบ',
      password: 'a-long-enough-password',
      role: 'focal_point',
      unitId: from,
    });
    expect(user.statusCode, user.body).toBe(201);
    const project = (await t.db.query<{ id: number }>("select id from project where code = 'U-03'")).rows[0]!
      .id;
    await t.db.query('update project set owner_unit_id = $1 where id = $2', [from, project]);
    const res = await post(`/api/units/${from}/close`, { successorId: to, movePeople: false });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ movedProjects: 1, movedUsers: 0 });
    expect(await projectsOf(to)).toEqual([project]);
    expect(await usersOf(from)).toHaveLength(1);
    expect(await usersOf(to)).toEqual([]);
  });
});

describe('POST /api/units/merge', () => {
  it('closes each unit into the successor and moves exactly their projects and users', async () => {
    const pers = await unitId('PERS');
    const bangrak = await unitId('D-BANGRAK');
    const chatuchak = await unitId('D-CHATUCHAK');
    const successor = await createUnit('MERGED', 'สำนักงานรวม');
    const merging = [pers, bangrak, chatuchak];
    const projectsBefore = (await Promise.all(merging.map(projectsOf))).flat().sort((a, b) => a - b);
    const usersBefore = (await Promise.all(merging.map(usersOf))).flat().sort((a, b) => a - b);
    const untouched = await snapshot();
    expect(projectsBefore.length).toBeGreaterThan(0);
    expect(usersBefore.length).toBeGreaterThan(0);

    const res = await post('/api/units/merge', { unitIds: merging, successorId: successor });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json() as UnitCloseResult;
    expect(result.movedProjects).toBe(projectsBefore.length);
    expect(result.movedUsers).toBe(usersBefore.length);
    expect(result.closed.map((u) => u.id).sort((a, b) => a - b)).toEqual([...merging].sort((a, b) => a - b));
    for (const closed of result.closed) {
      expect(closed).toMatchObject({
        status: 'closed',
        successor: { id: successor },
        projectCount: 0,
        userCount: 0,
      });
    }
    expect(await projectsOf(successor)).toEqual(projectsBefore);
    expect(await usersOf(successor)).toEqual(usersBefore);
    // Nothing else moved.
    const after = await snapshot();
    const others = (rows: unknown[], skip: Set<number>) =>
      (rows as { id: number }[]).filter((r) => !skip.has(r.id));
    expect(others(after.owners, new Set(projectsBefore))).toEqual(
      others(untouched.owners, new Set(projectsBefore)),
    );
    expect(others(after.users, new Set(usersBefore))).toEqual(others(untouched.users, new Set(usersBefore)));

    for (const projectId of projectsBefore) {
      const last = (await auditRows('project', projectId, 'update')).at(-1)!;
      expect(merging).toContain((last.before as { owner_unit_id: number }).owner_unit_id);
      expect(last.after).toMatchObject({ owner_unit_id: successor });
    }
    expect(await auditRows('org_unit', successor, 'merge')).toEqual([
      {
        action: 'merge',
        actor_label: 'admin',
        before: null,
        after: {
          merged_unit_ids: merging,
          moved_projects: projectsBefore.length,
          moved_users: usersBefore.length,
        },
      },
    ]);
    for (const id of merging) expect(await auditRows('org_unit', id, 'close')).toHaveLength(1);
  });
});

describe('refusals change nothing', () => {
  it('closing a unit into itself → 400 naming successorId', async () => {
    const edu = await unitId('EDU');
    const before = await snapshot();
    expectFieldIssue(await post(`/api/units/${edu}/close`, { successorId: edu }), 'successorId');
    expectFieldIssue(
      await post('/api/units/merge', { unitIds: [edu, await unitId('MED')], successorId: edu }),
      'successorId',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('closing into a closed unit → 409; closing a closed unit again → 409', async () => {
    const edu = await unitId('EDU');
    const bhrdi = await unitId('BHRDI');
    const before = await snapshot();
    const error = expectApiError(
      await post(`/api/units/${edu}/close`, { successorId: bhrdi }),
      409,
      'conflict',
    );
    expect(error.message.en).toMatch(/is closed; choose an open unit/);
    const again = expectApiError(
      await post(`/api/units/${bhrdi}/close`, { successorId: edu }),
      409,
      'conflict',
    );
    expect(again.message.en).toMatch(/closed already/);
    expect(await snapshot()).toEqual(before);
  });

  it('a cycle (B closed into A after A was closed into B) → 409 naming the cycle', async () => {
    const a = await createUnit('CYCLE-A', 'หน่วยงาน ก');
    const b = await createUnit('CYCLE-B', 'หน่วยงาน ข');
    const c = await createUnit('CYCLE-C', 'หน่วยงาน ค');
    expect((await post(`/api/units/${a}/close`, { successorId: b })).statusCode).toBe(200);
    expect((await post(`/api/units/${b}/close`, { successorId: c })).statusCode).toBe(200);
    const before = await snapshot();
    // c's chain of successors is empty, but a's leads to b then c: closing c into a would loop.
    const error = expectApiError(await post(`/api/units/${c}/close`, { successorId: a }), 409, 'conflict');
    expect(error.message.en).toMatch(/cycle/);
    expect(error.message.th).toMatch(/วงรอบ/);
    expect(await snapshot()).toEqual(before);
  });

  it('an unknown unit or successor → 404; an empty merge → 400', async () => {
    const edu = await unitId('EDU');
    const before = await snapshot();
    expectApiError(await post(`/api/units/${edu}/close`, { successorId: 99_999 }), 404, 'not_found');
    expectApiError(await post('/api/units/99999/close', { successorId: edu }), 404, 'not_found');
    expectApiError(await post('/api/units/merge', { unitIds: [99_998], successorId: edu }), 404, 'not_found');
    expectFieldIssue(await post('/api/units/merge', { unitIds: [], successorId: edu }), 'unitIds');
    expect(await snapshot()).toEqual(before);
  });

  it.each(['focal.pers', 'committee'] as const)('%s may not close or merge → 403', async (user) => {
    const edu = await unitId('EDU');
    const med = await unitId('MED');
    const cookie = user === 'focal.pers' ? await t.login('focal.pers') : cookies[user];
    const before = await snapshot();
    expectApiError(await post(`/api/units/${edu}/close`, { successorId: med }, cookie), 403, 'forbidden');
    expectApiError(
      await post('/api/units/merge', { unitIds: [edu], successorId: med }, cookie),
      403,
      'forbidden',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('without a session → 401; without the CSRF header → 403', async () => {
    const edu = await unitId('EDU');
    const med = await unitId('MED');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/units/${edu}/close`,
      headers: changeHeaders(),
      payload: { successorId: med },
    });
    expectApiError(anonymous, 401, 'unauthorized');
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: `/api/units/${edu}/close`,
      headers: { cookie: cookies.admin },
      payload: { successorId: med },
    });
    expectApiError(noCsrf, 403, 'forbidden');
  });

  it('the acting admin keeps their session when their own unit is merged', async () => {
    const ocsc = await unitId('OCSC-BMA');
    const successor = await createUnit('OCSC-NEW', 'สำนักงาน ก.ก. (ใหม่)');
    const res = await post(`/api/units/${ocsc}/close`, { successorId: successor });
    expect(res.statusCode, res.body).toBe(200);
    expect(await usersOf(successor)).toContain(adminUserId);
    expect((await me(cookies.admin)).statusCode).toBe(200);
  });
});
