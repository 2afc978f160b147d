/**
 * Development reads over HTTP (issue 11): the consolidated plan with agency groups and the coverage matrix,
 * a person's days against 10 and the 70:20:10 mix, agencies' share reaching 10 days — on rows written here
 * for fiscal year 2590 (ends 2047-09-30), every number checked, and who may read what.
 *
 * Projects (unit · strategy · participants · budget · source):
 *   DV-D (district) s1 10 100,000.00 ordinance; s2 5 50,000.50 other
 *   DV-B (bureau)   s1 20 200,000.00 ordinance
 *   DV-O (office)   s1 4 0 none; s3 6 25,000.25 other
 *   BHRDI (office)  s1 30 124,999.25 ordinance          → 6 projects, 75 seats, 500,000.00 of 1,000,000.00
 * People (unit at the year end · approved days of FY 2590):
 *   A DV-D 7 experiential + 2 social + 1.5 formal = 10.5 (a pending 5 and FY 2589's 3 do not count)
 *   B DV-D 3.5 formal · C DV-D 12 but left in 2046 (not in service) · D DV-B 10 social · E DV-B none
 *   F DV-B 9.9 experiential · G BHRDI 10 formal · H recorded in DV-B but holds a post in DV-O, none
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevelopmentSummaryView, PersonDaysView, UnitsDaysView } from '../../src/shared/api/development';
import { thaiNationalIdValid } from '../../src/shared/api/workforce/people';
import { createTestApp, expectApiError, type TestApp } from '../helpers/api-app';

const FY = 2590;
let t: TestApp;
const unit = new Map<string, number>();
const cookie = {} as Record<'admin' | 'viewer' | 'focal' | 'staff', string>;
let nationalIdA = '';

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  return (await t.db.query<T & object>(sql, params)).rows[0]!;
}

async function get(url: string, who?: keyof typeof cookie) {
  return t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookie[who] } : {} });
}

function nationalId(): string {
  for (let d = 0; d < 10; d++) if (thaiNationalIdValid(`110570012345${d}`)) return `110570012345${d}`;
  throw new Error('no check digit');
}

beforeAll(async () => {
  t = await createTestApp();
  for (const [code, kind] of [
    ['DV-D', 'district'],
    ['DV-B', 'bureau'],
    ['DV-O', 'office'],
  ] as const) {
    const u = await one<{ id: number }>(
      `insert into org_unit (code, name, kind) values ($1, $2, $3) returning id`,
      [code, `หน่วยทดสอบ ${code}`, kind],
    );
    unit.set(code, u.id);
  }
  unit.set('BHRDI', (await one<{ id: number }>(`select id from org_unit where code = 'BHRDI'`)).id);
  const plan = await one<{ id: number }>(
    `insert into hrd_plan (code, name, from_fiscal_year, to_fiscal_year)
     values ('HRD-T', 'แผนพัฒนาทดสอบ', 2590, 2594) returning id`,
  );
  await t.db.query(
    `insert into hrd_strategy (hrd_plan_id, no, name)
     select $1, n::text, 'ยุทธศาสตร์ที่ ' || n from generate_series(1, 4) n`,
    [plan.id],
  );
  await t.db.query(
    `insert into development_year (fiscal_year, hrd_plan_id, form_name, salary_budget)
     values ($1, $2, 'HRD 90', 1000000.00)`,
    [FY, plan.id],
  );
  const projects: [string, string, string, number, string, string][] = [
    ['DV-D', '1', 'training', 10, '100000.00', 'ordinance'],
    ['DV-D', '2', 'seminar', 5, '50000.50', 'other'],
    ['DV-B', '1', 'training', 20, '200000.00', 'ordinance'],
    ['DV-O', '1', 'meeting', 4, '0', 'none'],
    ['DV-O', '3', 'study_visit', 6, '25000.25', 'other'],
    ['BHRDI', '1', 'training', 30, '124999.25', 'ordinance'],
  ];
  await t.db.query(
    `insert into development_project (fiscal_year, unit_id, project_code, project_name, hrd_strategy_id,
                                      activity_type, participants, budget, budget_source)
     select $1, x.unit_id, 'T-' || x.ord, 'โครงการทดสอบ ' || x.ord, s.id, x.activity, x.participants,
            x.budget::numeric, x.source
       from jsonb_to_recordset($2::jsonb)
            as x (ord int, unit_id int, no text, activity text, participants int, budget text, source text)
       join hrd_strategy s on s.hrd_plan_id = $3 and s.no = x.no`,
    [
      FY,
      JSON.stringify(
        projects.map(([u, no, activity, participants, budget, source], ord) => ({
          ord,
          unit_id: unit.get(u),
          no,
          activity,
          participants,
          budget,
          source,
        })),
      ),
      plan.id,
    ],
  );
  nationalIdA = nationalId();
  const people: [string, string, string | null][] = [
    ['A', 'DV-D', null],
    ['B', 'DV-D', null],
    ['C', 'DV-D', '2046-01-01'],
    ['D', 'DV-B', null],
    ['E', 'DV-B', null],
    ['F', 'DV-B', null],
    ['G', 'BHRDI', null],
    ['H', 'DV-B', null],
  ];
  const id = new Map<string, number>();
  for (const [no, u, exit] of people) {
    const p = await one<{ id: number }>(
      `insert into person (person_no, national_id, birth_date, first_name, last_name, unit_id, entry_date,
                           exit_date, exit_reason)
       values ($1, $2, '1990-01-01', $3, 'ทดสอบพัฒนา', $4, '2020-01-01', $5::date,
               case when $5::date is null then null else 'resigned' end) returning id`,
      [`DEV-${no}`, no === 'A' ? nationalIdA : null, `คน${no}`, unit.get(u), exit],
    );
    id.set(no, p.id);
  }
  await t.db.query(
    `insert into position_history (person_id, from_date, title, position_type, level, unit_id)
     values ($1, '2040-01-01', 'นักทรัพยากรบุคคล', 'academic', 'ชำนาญการ', $2)`,
    [id.get('H'), unit.get('DV-O')],
  );
  const records: [string, number, string, string, string][] = [
    ['A', FY, '7.0', 'experiential', 'approved'],
    ['A', FY, '2.0', 'social', 'approved'],
    ['A', FY, '1.5', 'formal', 'approved'],
    ['A', FY, '5.0', 'formal', 'pending'],
    ['A', FY - 1, '3.0', 'formal', 'approved'],
    ['B', FY, '3.5', 'formal', 'approved'],
    ['C', FY, '12.0', 'formal', 'approved'],
    ['D', FY, '10.0', 'social', 'approved'],
    ['F', FY, '9.9', 'experiential', 'approved'],
    ['G', FY, '10.0', 'formal', 'approved'],
  ];
  await t.db.query(
    `insert into development_record (person_id, fiscal_year, activity, start_date, end_date, days, mode, state)
     select x.person_id, x.fy, 'กิจกรรม ' || x.ord, date '2046-10-01' + x.ord::int, date '2046-10-01' + x.ord::int,
            x.days::numeric, x.mode, x.state
       from jsonb_to_recordset($1::jsonb) as x (ord int, person_id int, fy int, days text, mode text, state text)`,
    [
      JSON.stringify(
        records.map(([p, fy, days, mode, state], ord) => ({
          ord,
          person_id: id.get(p),
          fy,
          days,
          mode,
          state,
        })),
      ),
    ],
  );
  await t.db.query(
    `insert into app_user (username, display_name, password_hash, role, person_id)
     select 'staff.dev', 'บุคลากร ก', password_hash, 'staff', $1 from app_user where username = 'committee'`,
    [id.get('A')],
  );
  cookie.admin = await t.login('admin');
  cookie.viewer = await t.login('committee');
  cookie.focal = await t.login('focal.bhrdi');
  cookie.staff = await t.login('staff.dev');
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('GET /api/development/summary', () => {
  it('consolidates the year: totals, strategies, sources, agency groups, Thai words, share of salary', async () => {
    const res = await get(`/api/development/summary?fiscalYear=${FY}`, 'viewer');
    expect(res.statusCode).toBe(200);
    const s = res.json() as DevelopmentSummaryView;
    expect([s.projects, s.participants, s.budget]).toEqual([6, 75, 500000]);
    expect(s.budgetText).toBe('ห้าแสนบาทถ้วน');
    expect(s.budgetPctOfSalary).toBe(50);
    expect(s.strategies.map((x) => [x.no, x.projects, x.participants, x.budget])).toEqual([
      ['1', 4, 64, 424999.25],
      ['2', 1, 5, 50000.5],
      ['3', 1, 6, 25000.25],
      ['4', 0, 0, 0],
    ]);
    expect(s.budgetSources.map((x) => [x.source, x.projects, x.participants, x.budget])).toEqual([
      ['ordinance', 3, 60, 424999.25],
      ['other', 2, 11, 75000.75],
      ['none', 1, 4, 0],
    ]);
    expect(s.agencyGroups.map((x) => [x.group, x.projects, x.participants, x.budget])).toEqual([
      ['district', 2, 15, 150000.5],
      ['bureau', 1, 20, 200000],
      ['other', 3, 40, 149999.5],
    ]);
  });

  it('builds the coverage matrix and marks the strategies fewer than half of the agencies develop', async () => {
    const s = (
      await get(`/api/development/summary?fiscalYear=${FY}`, 'admin')
    ).json() as DevelopmentSummaryView;
    const byCode = new Map(s.coverage.agencies.map((a) => [a.unitId, a.projects]));
    expect(s.coverage.agencies).toHaveLength(4);
    expect(byCode.get(unit.get('DV-D')!)).toEqual([1, 1, 0, 0]);
    expect(byCode.get(unit.get('DV-B')!)).toEqual([1, 0, 0, 0]);
    expect(byCode.get(unit.get('DV-O')!)).toEqual([1, 0, 1, 0]);
    expect(byCode.get(unit.get('BHRDI')!)).toEqual([1, 0, 0, 0]);
    expect(s.coverage.strategies).toEqual([
      { no: '1', agencies: 4, weak: false },
      { no: '2', agencies: 1, weak: true },
      { no: '3', agencies: 1, weak: true },
      { no: '4', agencies: 0, weak: true },
    ]);
  });

  it('404 for a year not opened, 400 for a year that is not BE, 401 signed out, 403 for staff', async () => {
    expectApiError(await get('/api/development/summary?fiscalYear=2591', 'admin'), 404, 'not_found');
    expect((await get('/api/development/summary?fiscalYear=2024', 'admin')).statusCode).toBe(400);
    expect((await get(`/api/development/summary?fiscalYear=${FY}`)).statusCode).toBe(401);
    expect((await get(`/api/development/summary?fiscalYear=${FY}`, 'staff')).statusCode).toBe(403);
  });
});

describe("a person's development days", () => {
  it('sums approved days of the year against 10 with the 70:20:10 mix, and lists the records', async () => {
    const res = await get(`/api/development/people/DEV-A/days?fiscalYear=${FY}`, 'admin');
    expect(res.statusCode).toBe(200);
    const d = res.json() as PersonDaysView;
    expect(d.totalDays).toBe(10.5);
    expect(d.meetsTarget).toBe(true);
    expect(d.shortfallDays).toBe(0);
    expect(d.days).toEqual({ experiential: 7, social: 2, formal: 1.5 });
    expect(d.mixPercent).toEqual({ experiential: 67, social: 19, formal: 14 });
    expect(d.records.map((r) => [r.days, r.mode])).toEqual([
      [7, 'experiential'],
      [2, 'social'],
      [1.5, 'formal'],
    ]);
    expect(res.body).not.toContain(nationalIdA);
    expect(res.body).not.toContain('nationalId');
  });

  it('tells the shortfall of someone below 10 days', async () => {
    const d = (
      await get(`/api/development/people/DEV-B/days?fiscalYear=${FY}`, 'admin')
    ).json() as PersonDaysView;
    expect([d.totalDays, d.meetsTarget, d.shortfallDays]).toEqual([3.5, false, 6.5]);
    expect(d.mixPercent).toEqual({ experiential: 0, social: 0, formal: 100 });
  });

  it('a staff user reads their own days only; others 403/404 by role', async () => {
    const me = await get(`/api/development/me/days?fiscalYear=${FY}`, 'staff');
    expect(me.statusCode).toBe(200);
    expect((me.json() as PersonDaysView).person.personNo).toBe('DEV-A');
    expect((me.json() as PersonDaysView).totalDays).toBe(10.5);
    expect((await get(`/api/development/people/DEV-B/days?fiscalYear=${FY}`, 'staff')).statusCode).toBe(403);
    expect((await get(`/api/development/people/DEV-A/days?fiscalYear=${FY}`, 'staff')).statusCode).toBe(403);
    expectApiError(await get(`/api/development/me/days?fiscalYear=${FY}`, 'admin'), 404, 'not_found');
    expect((await get(`/api/development/me/days?fiscalYear=${FY}`)).statusCode).toBe(401);
    // A focal point reads their own unit's people; another unit's is not told apart from a missing one.
    const g = await get(`/api/development/people/DEV-G/days?fiscalYear=${FY}`, 'focal');
    expect((g.json() as PersonDaysView).totalDays).toBe(10);
    expectApiError(
      await get(`/api/development/people/DEV-A/days?fiscalYear=${FY}`, 'focal'),
      404,
      'not_found',
    );
    expectApiError(
      await get(`/api/development/people/NOBODY/days?fiscalYear=${FY}`, 'admin'),
      404,
      'not_found',
    );
    expect((await get(`/api/development/people/DEV-A/days?fiscalYear=${FY}`, 'viewer')).statusCode).toBe(403);
  });
});

describe('GET /api/development/units/days', () => {
  it('counts staff in service at the year end per agency and who reached 10 days', async () => {
    const res = await get(`/api/development/units/days?fiscalYear=${FY}`, 'viewer');
    expect(res.statusCode).toBe(200);
    const v = res.json() as UnitsDaysView;
    const row = (code: string) => v.units.find((u) => u.unitId === unit.get(code));
    expect(row('DV-D')).toMatchObject({ staff: 2, reached: 1, sharePct: 50 });
    expect(row('DV-B')).toMatchObject({ staff: 3, reached: 1, sharePct: 33.33 });
    expect(row('DV-O')).toMatchObject({ staff: 1, reached: 0, sharePct: 0 });
    expect(row('BHRDI')!.reached).toBe(1);
  });

  it('a focal point sees their own unit only; staff 403; signed out 401', async () => {
    const v = (await get(`/api/development/units/days?fiscalYear=${FY}`, 'focal')).json() as UnitsDaysView;
    expect(v.units.map((u) => u.unitId)).toEqual([unit.get('BHRDI')]);
    expect(v.total.reached).toBe(1);
    expect((await get(`/api/development/units/days?fiscalYear=${FY}`, 'staff')).statusCode).toBe(403);
    expect((await get(`/api/development/units/days?fiscalYear=${FY}`)).statusCode).toBe(401);
  });
});
