/**
 * The people directory (paging with exact totals, unit scope, never names for the committee), the person
 * page (national ID masked, facts equal to the domain's on the same rows) and the staff role end to end:
 * an admin links a user to a person, the staff user reads their own record and gets 403 everywhere else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeInCurrentLevel, type HistoryRow } from '../../src/domain/workforce';
import type { DirectoryResponse, PersonPage } from '../../src/shared/api/workforce/directory';
import { changeHeaders, createTestApp, type TestApp } from '../helpers/api-app';
import { AS_OF, loadWorkforceFixture, type Fixture } from '../helpers/workforce-fixture';

let t: TestApp;
let f: Fixture;
const cookie: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  f = await loadWorkforceFixture(t.db);
  for (const u of ['admin', 'focal.bhrdi', 'focal.pers', 'committee']) cookie[u] = await t.login(u);
});
afterAll(async () => {
  await t?.close();
});

const send = (url: string, who: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: cookie[who]! } });
async function get<T>(url: string, who = 'admin'): Promise<T> {
  const res = await send(url, who);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}
const nos = (d: DirectoryResponse) => d.rows.map((r) => r.personNo);

describe('the people directory', () => {
  it('pages through everyone with an exact total, by first name in code-point order', async () => {
    const p1 = await get<DirectoryResponse>('/api/workforce/people?q=WF&pageSize=3');
    expect(p1.total).toBe(8);
    expect(nos(p1)).toEqual(['WF007', 'WF003', 'WF004']); // กานดา, ชาตรี, ดวงใจ
    const p3 = await get<DirectoryResponse>('/api/workforce/people?q=WF&pageSize=3&page=3');
    expect(p3.total).toBe(8);
    expect(nos(p3)).toEqual(['WF001', 'WF005']); // อรุณ, เอกชัย
    const beyond = await get<DirectoryResponse>('/api/workforce/people?q=WF&pageSize=3&page=9');
    expect([beyond.total, beyond.rows.length]).toEqual([8, 0]);
  });

  it('finds by name, by position title, by unit; wildcards are text', async () => {
    expect(nos(await get<DirectoryResponse>(`/api/workforce/people?q=${encodeURIComponent('ใจดี')}`))).toEqual(
      ['WF002'],
    );
    const title = await get<DirectoryResponse>(
      `/api/workforce/people?q=${encodeURIComponent('ผู้อำนวยการเขต')}`,
    );
    expect(nos(title)).toEqual(['WF003']);
    expect(title.rows[0]).toMatchObject({ title: 'ผู้อำนวยการเขต', level: 'junior', unitCode: 'WFD1' });
    expect(nos(await get<DirectoryResponse>('/api/workforce/people?unit=WFD1'))).toEqual(['WF003', 'WF004']);
    expect((await get<DirectoryResponse>('/api/workforce/people?q=%25')).total).toBe(0);
    // beyond the last page the total is still the escaped search's, not everyone's
    const beyond = await get<DirectoryResponse>('/api/workforce/people?q=%25&page=5');
    expect([beyond.total, beyond.rows.length]).toEqual([0, 0]);
  });

  it('a focal point finds only their own unit, whatever unit they ask', async () => {
    const d = await get<DirectoryResponse>('/api/workforce/people?unit=PERS', 'focal.bhrdi');
    expect(nos(d)).toEqual(['WF002', 'WF006', 'WF001']); // บุญมี, ฟ้าใส, อรุณ
    expect(d.total).toBe(3);
  });

  it('the committee gets no names (403)', async () => {
    expect((await send('/api/workforce/people', 'committee')).statusCode).toBe(403);
  });
});

describe('the person page', () => {
  it('masks the national ID and computes the facts as the domain does from the same rows', async () => {
    const p = await get<PersonPage>(`/api/workforce/people/WF002?asOf=${AS_OF}`);
    expect(p.person.nationalId).toMatch(/^1-1017-xxxxx-xx-\d$/);
    expect(JSON.stringify(p)).not.toMatch(/\d{13}/);
    expect(p.history.map((h) => [h.positionNo, h.fromDate, h.toDate])).toEqual([
      ['WP2', '2015-01-01', '2022-12-31'],
      ['WP3', '2023-01-01', null],
    ]);
    expect(p.facts.currentLevel).toEqual({
      positionType: 'academic',
      level: 'senior_professional',
      since: '2023-01-01',
      time: { years: 2, months: 5, days: 15, totalDays: 897 },
    });
    const rows: HistoryRow[] = f.history
      .filter((h) => h.person === 'WF002')
      .map((h) => ({
        ...h,
        unitKind: 'office',
        section: null,
        sectionHead: false,
        positionId: h.positionId,
      }));
    expect(p.facts.currentLevel).toEqual(timeInCurrentLevel(rows, AS_OF, { countActing: false }));
    expect(p.facts.retirementFiscalYear).toBe(2570);
  });

  it('counts the district offices a district director served in', async () => {
    const p = await get<PersonPage>(`/api/workforce/people/WF003?asOf=${AS_OF}`);
    expect(p.facts.districtOfficesServed).toBe(1);
    expect(p.facts.timeInTitle).toMatchObject({ years: 3, months: 8, days: 15 });
  });

  it('another unit’s focal point is told the person does not exist; the committee is refused', async () => {
    expect((await send('/api/workforce/people/WF001', 'focal.pers')).statusCode).toBe(404);
    expect((await send('/api/workforce/people/WF001', 'focal.bhrdi')).statusCode).toBe(200);
    expect((await send('/api/workforce/people/WF001', 'committee')).statusCode).toBe(403);
    expect((await send('/api/workforce/people/NOPE', 'admin')).statusCode).toBe(404);
  });
});

describe('the staff role', () => {
  const password = 'staff-first-password-1';
  let staffCookie = '';

  it('a staff account needs a person, and one person has one account', async () => {
    const base = { username: 'staff.wf001', displayName: 'อรุณ แสงทอง', password, role: 'staff' };
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: changeHeaders(cookie.admin),
      payload: base,
    });
    expect(none.statusCode).toBe(400);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: changeHeaders(cookie.admin),
      payload: { ...base, personNo: 'WF001' },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const twice = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: changeHeaders(cookie.admin),
      payload: { ...base, username: 'staff.again', personNo: 'WF001' },
    });
    expect(twice.statusCode).toBe(409);
  });

  it('signs in, changes the forced password, reads their own record and nothing else', async () => {
    staffCookie = await t.login('staff.wf001', password);
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: changeHeaders(staffCookie),
      payload: { oldPassword: password, newPassword: 'a-staff-chosen-passphrase-9' },
    });
    expect(change.statusCode, change.body).toBe(200);
    cookie.staff = staffCookie = await t.login('staff.wf001', 'a-staff-chosen-passphrase-9');
    const own = await get<PersonPage>(`/api/workforce/people/WF001?asOf=${AS_OF}`, 'staff');
    expect(own.person).toMatchObject({ personNo: 'WF001', firstName: 'อรุณ' });
    expect(own.person.nationalId).toMatch(/x/);
    expect((await get<PersonPage>('/api/workforce/me', 'staff')).person.personNo).toBe('WF001');
    expect((await send('/api/workforce/people/WF002', 'staff')).statusCode).toBe(404);
    for (const url of [
      '/api/workforce/people',
      '/api/workforce/headcount',
      '/api/workforce/retirements',
      '/api/people',
      '/api/plans',
      '/api/units',
    ])
      expect((await send(url, 'staff')).statusCode, url).toBe(403);
    expect((await send('/api/auth/me', 'staff')).statusCode).toBe(200);
  });

  it('an admin links and unlinks a user to a person; a staff user cannot be unlinked', async () => {
    const { rows } = await t.db.query<{ id: number; username: string }>(
      `select id, username from app_user where username in ('focal.bhrdi', 'staff.wf001')`,
    );
    const id = (u: string) => rows.find((r) => r.username === u)!.id;
    const put = (userId: number, personNo: string | null) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/users/${userId}/person`,
        headers: changeHeaders(cookie.admin),
        payload: { personNo },
      });
    const linked = await put(id('focal.bhrdi'), 'WF002');
    expect(linked.statusCode, linked.body).toBe(200);
    expect((linked.json() as { personNo: string }).personNo).toBe('WF002');
    expect((await put(id('focal.bhrdi'), 'WF001')).statusCode).toBe(409);
    expect((await put(id('focal.bhrdi'), 'NOPE')).statusCode).toBe(400);
    expect((await put(id('focal.bhrdi'), null)).statusCode).toBe(200);
    expect((await put(id('staff.wf001'), null)).statusCode).toBe(400);
    const { rows: audit } = await t.db.query<{ n: number }>(
      `select count(*)::int as n from audit_event where entity = 'app_user' and entity_id = $1 and action = 'update'`,
      [id('focal.bhrdi')],
    );
    expect(audit[0]!.n).toBe(2);
  });
});
