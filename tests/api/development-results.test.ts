/**
 * Results on form สพข. ๒ over HTTP (issue 11): due = end + 14 days, timeliness per agency as of a date, filing
 * and refiling, who may, and the field messages. On the demo's FY2566 (load-development-results.ts):
 * 24 projects, 12 on time, 6 late, 6 missing. PERS holds HRD66-009 (end 2023-02-01, due 2023-02-15, filed on
 * the due day), HRD66-010 (end 2023-02-11, due 2023-02-25, filed 2023-03-13: late) and HRD66-011 (end
 * 2023-02-21, due 2023-03-07, not filed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/development';
import type { ProjectResultView, ResultsTimelinessView } from '../../src/shared/api/development';
import { bangkokToday } from '../../src/server/use-cases/clock';
import { changeHeaders, createTestApp, expectApiError, type TestApp } from '../helpers/api-app';

let t: TestApp;
const cookie = {} as Record<'admin' | 'viewer' | 'pers' | 'institute' | 'staff', string>;
const project = new Map<string, number>();
const today = bangkokToday();

const get = (url: string, who: keyof typeof cookie) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: cookie[who] } });
const send = (method: 'POST' | 'PUT', code: string, who: keyof typeof cookie, payload: object) =>
  t.app.inject({
    method,
    url: `/api/development/projects/${project.get(code)}/result`,
    headers: changeHeaders(cookie[who]),
    payload,
  });
const timeliness = async (asOf: string, who: keyof typeof cookie = 'admin') => {
  const res = await get(`/api/development/results/timeliness?fiscalYear=2566&asOf=${asOf}`, who);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ResultsTimelinessView;
};
const pers = (v: ResultsTimelinessView) => {
  const u = v.units.find((x) => x.unitCode === 'PERS')!;
  return [u.onTime, u.late, u.missing, u.notYetDue];
};
const RESULT = {
  actualStart: '2023-02-20',
  actualEnd: '2023-02-21',
  participants: 30,
  passed: 28,
  spentOrdinance: '45000.50',
  spentOther: '0',
  evaluationScore: 86.5,
  lessons: 'ควรเพิ่มเวลาฝึกปฏิบัติ',
};

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  for (const p of (
    await t.db.query<{ id: number; code: string }>('select id, project_code as code from development_project')
  ).rows)
    project.set(p.code, p.id);
  await t.db.query(
    `with p as (insert into person (person_no, birth_date, first_name, last_name, entry_date)
                values ('RES-1', '1990-01-01', 'คนหนึ่ง', 'ทดสอบผล', '2020-01-01') returning id)
     insert into app_user (username, display_name, password_hash, role, person_id)
     select 'staff.res', 'บุคลากร ข', password_hash, 'staff', p.id from app_user, p where username = 'committee'`,
  );
  cookie.admin = await t.login('admin');
  cookie.viewer = await t.login('committee');
  cookie.pers = await t.login('focal.pers');
  cookie.institute = await t.login('focal.bhrdi');
  cookie.staff = await t.login('staff.res');
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('timeliness per agency as of a date', () => {
  it('counts the demo year: 12 on time, 6 late, 6 missing of 24 in 8 agencies', async () => {
    const v = await timeliness('2026-01-01');
    expect(v.totals).toEqual({ projects: 24, onTime: 12, late: 6, missing: 6, notYetDue: 0 });
    expect(v.units).toHaveLength(8);
    expect(pers(v)).toEqual([1, 1, 1, 0]);
    const p10 = v.projects.find((p) => p.code === 'HRD66-010')!;
    expect(p10).toMatchObject({
      endDate: '2023-02-11',
      dueOn: '2023-02-25',
      filedOn: '2023-03-13',
      state: 'late',
    });
  });
  it('judges each project by the date asked about, around the due dates', async () => {
    // HRD66-009 is filed on its due day 2023-02-15: the day before, it is not yet due
    expect(pers(await timeliness('2023-02-14'))).toEqual([0, 0, 0, 3]);
    expect(pers(await timeliness('2023-02-15'))).toEqual([1, 0, 0, 2]);
    // HRD66-010 due 2023-02-25: missing from the 26th until it is filed on 2023-03-13, late from then on
    expect(pers(await timeliness('2023-02-25'))).toEqual([1, 0, 0, 2]);
    expect(pers(await timeliness('2023-02-26'))).toEqual([1, 0, 1, 1]);
    // HRD66-011 due 2023-03-07: not yet missing on the due day, missing the day after
    expect(pers(await timeliness('2023-03-07'))).toEqual([1, 0, 1, 1]);
    expect(pers(await timeliness('2023-03-08'))).toEqual([1, 0, 2, 0]);
    expect(pers(await timeliness('2023-03-13'))).toEqual([1, 1, 1, 0]);
    const early = await timeliness('2023-03-12');
    expect(early.projects.find((p) => p.code === 'HRD66-010')).toMatchObject({
      filedOn: null,
      state: 'missing',
    });
  });
  it('an agency sees its own unit only; the committee and the institute every agency; staff 403', async () => {
    const own = await timeliness('2026-01-01', 'pers');
    expect(own.units.map((u) => u.unitCode)).toEqual(['PERS']);
    expect(own.projects.map((p) => p.code)).toEqual(['HRD66-009', 'HRD66-010', 'HRD66-011']);
    expect((await timeliness('2026-01-01', 'viewer')).units).toHaveLength(8);
    expect((await timeliness('2026-01-01', 'institute')).totals.projects).toBe(24);
    expectApiError(
      await get('/api/development/results/timeliness?fiscalYear=2566', 'staff'),
      403,
      'forbidden',
    );
    expectApiError(
      await get('/api/development/results/timeliness?fiscalYear=2599', 'admin'),
      404,
      'not_found',
    );
    expectApiError(
      await get('/api/development/results/timeliness?fiscalYear=2566&asOf=2023-02-30', 'admin'),
      400,
      'invalid_input',
    );
  });
});

describe('filing a result', () => {
  it('refuses crossing fields with messages naming them, and writes nothing', async () => {
    const bad = async (payload: object) => {
      const err = expectApiError(
        await send('POST', 'HRD66-011', 'pers', { ...RESULT, ...payload }),
        400,
        'invalid_input',
      );
      return err.issues!.map((i) => i.field);
    };
    expect(await bad({ actualEnd: '2023-02-19' })).toEqual(['actualEnd']);
    expect(await bad({ actualEnd: addDays(today, 1), actualStart: today })).toEqual(['actualEnd']);
    expect(await bad({ passed: 31 })).toEqual(['passed']);
    expect(await bad({ spentOrdinance: '-5' })).toEqual(['spentOrdinance']);
    expect(await bad({ evaluationScore: 101 })).toEqual(['evaluationScore']);
    expect(await bad({ participants: -1 })).toEqual(['participants']);
    const err = expectApiError(
      await send('POST', 'HRD66-011', 'pers', { ...RESULT, passed: 31 }),
      400,
      'invalid_input',
    );
    expect(err.issues![0]!.th).toBe('จำนวนผู้ผ่านต้องไม่เกินจำนวนผู้เข้าร่วมจริง');
    const rows = await t.db.query('select 1 from development_result where project_id = $1', [
      project.get('HRD66-011'),
    ]);
    expect(rows.rows).toHaveLength(0);
  });

  it('an agency files its missing result today: late; the counts move from missing to late', async () => {
    const res = await send('POST', 'HRD66-011', 'pers', RESULT);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as ProjectResultView;
    expect(view).toMatchObject({ dueOn: '2023-03-07', state: 'late', canFile: true });
    expect(view.project.plannedParticipants).toBeGreaterThan(0);
    expect(view.result).toMatchObject({
      filedOn: today,
      filedBy: 'focal.pers',
      version: 1,
      spentOrdinance: '45000.50',
    });
    expect(pers(await timeliness(today))).toEqual([1, 2, 0, 0]);
    expect((await timeliness(today)).totals).toEqual({
      projects: 24,
      onTime: 12,
      late: 7,
      missing: 5,
      notYetDue: 0,
    });
    const audit = await t.db.query<{ action: string }>(
      `select action from audit_event where entity = 'development_result' and entity_id = $1`,
      [String(project.get('HRD66-011'))],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['create']);
  });

  it('filing twice is a conflict; refiling needs the current version', async () => {
    expectApiError(await send('POST', 'HRD66-011', 'pers', RESULT), 409, 'conflict');
    const again = await send('PUT', 'HRD66-011', 'institute', { ...RESULT, passed: 25, version: 1 });
    expect(again.statusCode, again.body).toBe(200);
    expect((again.json() as ProjectResultView).result).toMatchObject({
      passed: 25,
      version: 2,
      filedBy: 'focal.bhrdi',
    });
    expectApiError(await send('PUT', 'HRD66-011', 'pers', { ...RESULT, version: 1 }), 409, 'conflict');
    expectApiError(await send('PUT', 'HRD66-007', 'admin', { ...RESULT, version: 1 }), 404, 'not_found');
  });

  it('another agency, the committee and staff may not file (403)', async () => {
    expectApiError(await send('POST', 'HRD66-007', 'pers', RESULT), 403, 'forbidden');
    expectApiError(await send('POST', 'HRD66-007', 'viewer', RESULT), 403, 'forbidden');
    expectApiError(await send('POST', 'HRD66-007', 'staff', RESULT), 403, 'forbidden');
    expectApiError(
      await get(`/api/development/projects/${project.get('HRD66-007')}/result`, 'pers'),
      403,
      'forbidden',
    );
    const read = await get(`/api/development/projects/${project.get('HRD66-007')}/result`, 'viewer');
    expect(read.json()).toMatchObject({
      state: 'missing',
      canFile: false,
      result: null,
      dueOn: '2023-01-26',
    });
  });

  it('a project that ended three days ago, filed today, is on time; one ending later is not yet due', async () => {
    await t.db.query(`update development_project set start_date = $2, end_date = $3 where id = $1`, [
      project.get('HRD66-007'),
      addDays(today, -5),
      addDays(today, -3),
    ]);
    await t.db.query(`update development_project set start_date = $2, end_date = $3 where id = $1`, [
      project.get('HRD66-015'),
      addDays(today, 5),
      addDays(today, 10),
    ]);
    const res = await send('POST', 'HRD66-007', 'admin', {
      ...RESULT,
      actualStart: addDays(today, -5),
      actualEnd: addDays(today, -3),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'on_time', dueOn: addDays(today, 11) });
    const v = await timeliness(today);
    expect(v.projects.find((p) => p.code === 'HRD66-015')).toMatchObject({ state: 'not_yet_due' });
    expect(v.totals).toEqual({ projects: 24, onTime: 13, late: 7, missing: 3, notYetDue: 1 });
  });
});
