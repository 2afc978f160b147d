/**
 * A person's own entries of outside learning over HTTP (issue 11 item 4), on rows written here for fiscal
 * year 2590 (2046-10-01 … 2047-09-30), without the demo's people:
 *   A (staff.a, BHRDI, นักทรัพยากรบุคคล ชำนาญการ from 2040) has 8 approved experiential days from a file;
 *   B (staff.b, BHRDI) has none. focal.bhrdi and approver.bhrdi are A's agency; focal.pers another.
 * A enters 2.5 social days (pending: A still has 8), edits them to 3, a second entry is withdrawn, a third is
 * rejected; focal.bhrdi approves the first: A's days become exactly 11 (8 + 3), social 3.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EntryQueueView,
  EntryView,
  MyEntriesView,
  PersonDaysView,
} from '../../src/shared/api/development';
import {
  changeHeaders,
  createTestApp,
  expectApiError,
  expectFieldIssue,
  type TestApp,
} from '../helpers/api-app';

const FY = 2590;
let t: TestApp;
const cookie = {} as Record<'admin' | 'viewer' | 'focal' | 'approver' | 'other' | 'a' | 'b', string>;
type Who = keyof typeof cookie;
let personA = 0;

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  return (await t.db.query<T & object>(sql, params)).rows[0]!;
}
const get = (url: string, who: Who) => t.app.inject({ method: 'GET', url, headers: { cookie: cookie[who] } });
const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, who: Who, payload?: object) =>
  t.app.inject({ method, url, headers: changeHeaders(cookie[who]), ...(payload ? { payload } : {}) });

const COACHING = {
  activity: 'การสอนงานโดยหัวหน้าฝ่าย',
  startDate: '2046-11-01',
  endDate: '2046-11-03',
  days: 2.5,
  mode: 'social',
  provider: 'ฝ่ายบริหารงานทั่วไป',
  note: 'สอนงานระบบสารบรรณอิเล็กทรอนิกส์',
  digital: true,
};

async function daysOfA(): Promise<PersonDaysView> {
  const res = await get(`/api/development/me/days?fiscalYear=${FY}`, 'a');
  expect(res.statusCode).toBe(200);
  return res.json() as PersonDaysView;
}

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  const bhrdi = (await one<{ id: number }>(`select id from org_unit where code = 'BHRDI'`)).id;
  const ids: number[] = [];
  for (const no of ['A', 'B']) {
    const p = await one<{ id: number }>(
      `insert into person (person_no, birth_date, first_name, last_name, unit_id, entry_date)
       values ($1, '1990-01-01', $2, 'ทดสอบพัฒนาตนเอง', $3, '2020-01-01') returning id`,
      [`DEN-${no}`, `คน${no}`, bhrdi],
    );
    ids.push(p.id);
  }
  personA = ids[0]!;
  await t.db.query(
    `insert into position_history (person_id, from_date, title, position_type, level, unit_id)
     values ($1, '2040-01-01', 'นักทรัพยากรบุคคล', 'academic', 'professional', $2)`,
    [personA, bhrdi],
  );
  await t.db.query(
    `insert into development_record (person_id, fiscal_year, activity, start_date, end_date, days, mode, unit_id)
     values ($1, $2, 'การมอบหมายงานใหม่', '2046-10-05', '2046-12-31', 8, 'experiential', $3)`,
    [personA, FY, bhrdi],
  );
  for (const [i, no] of ['a', 'b'].entries())
    await t.db.query(
      `insert into app_user (username, display_name, password_hash, role, person_id)
       select $1, 'บุคลากร ' || $1, password_hash, 'staff', $2 from app_user where username = 'committee'`,
      [`staff.${no}`, ids[i]],
    );
  cookie.admin = await t.login('admin');
  cookie.viewer = await t.login('committee');
  cookie.focal = await t.login('focal.bhrdi');
  cookie.approver = await t.login('approver.bhrdi');
  cookie.other = await t.login('focal.pers');
  cookie.a = await t.login('staff.a');
  cookie.b = await t.login('staff.b');
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe("a person's own outside learning", () => {
  let first: EntryView;

  it('is entered pending with the unit, position and level of its first day, and does not count yet', async () => {
    const res = await send('POST', '/api/development/me/entries', 'a', COACHING);
    expect(res.statusCode).toBe(201);
    first = res.json() as EntryView;
    expect(first).toMatchObject({
      fiscalYear: 2590,
      days: 2.5,
      mode: 'social',
      state: 'pending',
      digital: true,
      positionTitle: 'นักทรัพยากรบุคคล',
      level: 'professional',
      version: 1,
      decisionComment: null,
    });
    expect(first.unitName).toMatch(/สถาบันพัฒนา/);
    const days = await daysOfA();
    expect(days.totalDays).toBe(8);
    expect(days.records).toHaveLength(1);
  });

  it('refuses an entry ending before it starts or with more days than it spans (400, the field named)', async () => {
    let res = await send('POST', '/api/development/me/entries', 'a', { ...COACHING, endDate: '2046-10-31' });
    expectApiError(res, 400, 'invalid_input');
    expectFieldIssue(res, 'endDate');
    res = await send('POST', '/api/development/me/entries', 'a', { ...COACHING, days: 3.5 });
    expectApiError(res, 400, 'invalid_input');
    expectFieldIssue(res, 'days');
  });

  it('shows and changes only the own entries: another staff user sees none and is told 404', async () => {
    const mine = (await get(`/api/development/me/entries?fiscalYear=${FY}`, 'a')).json() as MyEntriesView;
    expect(mine.entries.map((e) => e.id)).toEqual([first.id]);
    const theirs = (await get(`/api/development/me/entries?fiscalYear=${FY}`, 'b')).json() as MyEntriesView;
    expect(theirs.entries).toEqual([]);
    const url = `/api/development/me/entries/${first.id}`;
    expectApiError(await send('PATCH', url, 'b', { ...COACHING, version: 1 }), 404, 'not_found');
    expectApiError(await send('DELETE', `${url}?version=1`, 'b'), 404, 'not_found');
    expectApiError(await send('PATCH', url, 'admin', { ...COACHING, version: 1 }), 404, 'not_found');
  });

  it('is edited while pending (its version checked) and a second one withdrawn', async () => {
    const url = `/api/development/me/entries/${first.id}`;
    const res = await send('PATCH', url, 'a', { ...COACHING, days: 3, version: 1 });
    expect(res.statusCode).toBe(200);
    first = res.json() as EntryView;
    expect(first).toMatchObject({ days: 3, version: 2, state: 'pending' });
    expectApiError(await send('PATCH', url, 'a', { ...COACHING, version: 1 }), 409, 'conflict');
    const second = (await send('POST', '/api/development/me/entries', 'a', COACHING)).json() as EntryView;
    const del = await send('DELETE', `/api/development/me/entries/${second.id}?version=1`, 'a');
    expect(del.statusCode).toBe(204);
    const audit = await one<{ n: number }>(
      `select count(*)::int as n from audit_event where entity = 'development_record' and entity_id = $1`,
      [String(second.id)],
    );
    expect(audit.n).toBe(2);
  });

  it("is in the agency's queue only: counts per unit, 403 for the committee and staff", async () => {
    const queue = (await get('/api/development/entries/pending', 'focal')).json() as EntryQueueView;
    expect(queue.pending).toBe(1);
    expect(queue.units).toHaveLength(1);
    expect(queue.units[0]!.pending).toBe(1);
    expect(queue.entries.map((e) => [e.id, e.person.personNo, e.days])).toEqual([[first.id, 'DEN-A', 3]]);
    const other = (await get('/api/development/entries/pending', 'other')).json() as EntryQueueView;
    expect(other).toEqual({ pending: 0, units: [], entries: [] });
    expect(((await get('/api/development/entries/pending', 'admin')).json() as EntryQueueView).pending).toBe(
      1,
    );
    expectApiError(await get('/api/development/entries/pending', 'viewer'), 403, 'forbidden');
    expectApiError(await get('/api/development/entries/pending', 'a'), 403, 'forbidden');
  });

  it("is decided only by the person's agency: 403 for another unit, the committee and staff", async () => {
    const url = `/api/development/entries/${first.id}/decision`;
    const body = { decision: 'approve', version: 2 };
    for (const who of ['other', 'viewer', 'a', 'b'] as const)
      expectApiError(await send('POST', url, who, body), 403, 'forbidden');
    const noComment = await send('POST', url, 'focal', { decision: 'reject', version: 2 });
    expectApiError(noComment, 400, 'invalid_input');
    expectFieldIssue(noComment, 'comment');
    expect((await daysOfA()).totalDays).toBe(8);
  });

  it('counts exactly the approved days once approved, and can no longer be edited or withdrawn', async () => {
    const url = `/api/development/entries/${first.id}/decision`;
    const res = await send('POST', url, 'focal', {
      decision: 'approve',
      comment: 'ตรวจหลักฐานแล้ว',
      version: 2,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'approved', decisionComment: 'ตรวจหลักฐานแล้ว', version: 3 });
    const days = await daysOfA();
    expect(days.totalDays).toBe(11);
    expect(days.days).toEqual({ experiential: 8, social: 3, formal: 0 });
    expect(days.meetsTarget).toBe(true);
    expectApiError(await send('POST', url, 'approver', { decision: 'approve', version: 3 }), 409, 'conflict');
    const own = `/api/development/me/entries/${first.id}`;
    expectApiError(await send('PATCH', own, 'a', { ...COACHING, version: 3 }), 409, 'conflict');
    expectApiError(await send('DELETE', `${own}?version=3`, 'a'), 409, 'conflict');
    const audit = await one<{ after: { state: string } }>(
      `select after from audit_event where entity = 'development_record' and entity_id = $1
        order by id desc limit 1`,
      [String(first.id)],
    );
    expect(audit.after.state).toBe('approved');
  });

  it('a rejected entry keeps its comment for the person and never counts', async () => {
    const e = (
      await send('POST', '/api/development/me/entries', 'a', {
        ...COACHING,
        activity: 'บทเรียนออนไลน์',
        mode: 'formal',
        days: 1,
        startDate: '2047-01-10',
        endDate: '2047-01-10',
      })
    ).json() as EntryView;
    const res = await send('POST', `/api/development/entries/${e.id}/decision`, 'approver', {
      decision: 'reject',
      comment: 'ไม่มีหลักฐานการผ่านบทเรียน',
      version: 1,
    });
    expect(res.statusCode).toBe(200);
    const mine = (await get(`/api/development/me/entries?fiscalYear=${FY}`, 'a')).json() as MyEntriesView;
    expect(mine.entries.map((x) => [x.state, x.decisionComment])).toEqual([
      ['approved', 'ตรวจหลักฐานแล้ว'],
      ['rejected', 'ไม่มีหลักฐานการผ่านบทเรียน'],
    ]);
    expect((await daysOfA()).totalDays).toBe(11);
  });
});
