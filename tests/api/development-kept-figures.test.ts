/**
 * The agencies' 10-day compliance, the consolidated plan and the digital skills are kept per data version
 * (decision 0027, migration 0031): a write by any code path — here plain SQL, as another process would —
 * changes a token in its transaction, so the next request answers from the new data; a write rolled back
 * changes no token and nothing that is seen. A person's own days are never kept.
 *
 * Fixture, fiscal year 2593 (ends 2050-09-30), on the demo without its workforce:
 *   units KC-D (district), KC-B (bureau); BHRDI (the focal point's unit)
 *   P1 KC-D 10 approved days · P2 KC-D 6 · P3 KC-B 12 · P4 BHRDI 4 (the staff user) — all in service
 *   projects: KC-D s1 10 seats 1,000.00 · KC-B s2 20 seats 2,000.00 (KC-B's submission accepted)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DevelopmentSummaryView,
  DigitalSkillsView,
  PersonDaysView,
  UnitsDaysView,
} from '../../src/shared/api/development';
import { createTestApp, type TestApp } from '../helpers/api-app';

const FY = 2593;
let t: TestApp;
const unit = new Map<string, number>();
const person = new Map<string, number>();
const cookie = {} as Record<'admin' | 'focal' | 'staff', string>;

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  return (await t.db.query<T & object>(sql, params)).rows[0]!;
}
async function get<T>(url: string, who: keyof typeof cookie): Promise<T> {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: cookie[who] } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}
const tokens = async () =>
  one<{ w: string; d: string }>(
    `select (select token from workforce_data_version) as w, (select token from development_data_version) as d`,
  );
/** [staff, reached] of the fixture's units, by code. */
async function compliance(who: keyof typeof cookie = 'admin') {
  const v = await get<UnitsDaysView>(`/api/development/units/days?fiscalYear=${FY}`, who);
  const out: Record<string, [number, number]> = {};
  for (const [code, id] of unit) {
    const u = v.units.find((x) => x.unitId === id);
    if (u) out[code] = [u.staff, u.reached];
  }
  return out;
}
const record = (p: string, days: string) =>
  t.db.query(
    `insert into development_record (person_id, fiscal_year, activity, start_date, end_date, days, mode)
     values ($1, $2, 'กิจกรรมทดสอบ', '2049-11-01', '2049-11-01', $3::numeric, 'formal')`,
    [person.get(p), FY, days],
  );

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  for (const [code, kind] of [
    ['KC-D', 'district'],
    ['KC-B', 'bureau'],
  ] as const) {
    const u = await one<{ id: number }>(
      `insert into org_unit (code, name, kind) values ($1, $2, $3) returning id`,
      [code, `หน่วยทดสอบแคช ${code}`, kind],
    );
    unit.set(code, u.id);
  }
  unit.set('BHRDI', (await one<{ id: number }>(`select id from org_unit where code = 'BHRDI'`)).id);
  const plan = await one<{ id: number }>(
    `insert into hrd_plan (code, name, from_fiscal_year, to_fiscal_year)
     values ('HRD-KC', 'แผนทดสอบแคช', 2593, 2597) returning id`,
  );
  await t.db.query(
    `insert into hrd_strategy (hrd_plan_id, no, name)
     select $1, n::text, 'ยุทธศาสตร์ที่ ' || n from generate_series(1, 2) n`,
    [plan.id],
  );
  await t.db.query(
    `insert into development_year (fiscal_year, hrd_plan_id, form_name) values ($1, $2, 'HRD 93')`,
    [FY, plan.id],
  );
  await t.db.query(
    `insert into development_project (fiscal_year, unit_id, project_code, project_name, hrd_strategy_id,
                                      activity_type, participants, budget, budget_source)
     select $1, u.id, 'KC-' || s.no, 'โครงการแคช ' || s.no, s.id, 'training', 10 * s.no::int,
            1000 * s.no::int, 'ordinance'
       from hrd_strategy s join org_unit u on u.code = case s.no when '1' then 'KC-D' else 'KC-B' end
      where s.hrd_plan_id = $2`,
    [FY, plan.id],
  );
  await t.db.query(
    `insert into development_submission (fiscal_year, unit_id, state) values ($1, $2, 'accepted')`,
    [FY, unit.get('KC-B')],
  );
  for (const [no, u, days] of [
    ['P1', 'KC-D', '10'],
    ['P2', 'KC-D', '6'],
    ['P3', 'KC-B', '12'],
    ['P4', 'BHRDI', '4'],
  ] as const) {
    const p = await one<{ id: number }>(
      `insert into person (person_no, birth_date, first_name, last_name, unit_id, entry_date)
       values ($1, '1990-01-01', $2, 'ทดสอบแคช', $3, '2020-01-01') returning id`,
      [`KC-${no}`, `คน${no}`, unit.get(u)],
    );
    person.set(no, p.id);
    await record(no, days);
  }
  await t.db.query(
    `insert into app_user (username, display_name, password_hash, role, person_id)
     select 'staff.kc', 'บุคลากร แคช', password_hash, 'staff', $1 from app_user where username = 'committee'`,
    [person.get('P4')],
  );
  cookie.admin = await t.login('admin');
  cookie.focal = await t.login('focal.bhrdi');
  cookie.staff = await t.login('staff.kc');
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('development answers kept per data version', () => {
  it('a read changes no token; a committed record is counted at once, a rolled-back one never', async () => {
    const before = await tokens();
    expect(await compliance()).toEqual({ 'KC-D': [2, 1], 'KC-B': [1, 1], BHRDI: expect.any(Array) });
    expect(await compliance()).toMatchObject({ 'KC-D': [2, 1] });
    expect(await tokens()).toEqual(before);

    await record('P2', '4'); // P2: 6 + 4 = 10 days
    const after = await tokens();
    expect(after.d).not.toBe(before.d);
    expect(after.w).toBe(before.w);
    expect(await compliance()).toMatchObject({ 'KC-D': [2, 2], 'KC-B': [1, 1] });

    await expect(
      t.db.transaction(async (tx) => {
        await tx.query(`delete from development_record where person_id = $1`, [person.get('P3')]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await tokens()).toEqual(after);
    expect(await compliance()).toMatchObject({ 'KC-B': [1, 1] });

    // A record turned pending no longer counts (P1 keeps 10 approved days only through this one).
    await t.db.query(`update development_record set state = 'pending' where person_id = $1`, [
      person.get('P1'),
    ]);
    expect(await compliance()).toMatchObject({ 'KC-D': [2, 1] });
  });

  it('workforce writes are seen too: a person leaving, a move to another unit, a unit renamed', async () => {
    await t.db.query(`update person set exit_date = '2050-01-31', exit_reason = 'resigned' where id = $1`, [
      person.get('P3'),
    ]);
    expect(await compliance()).toMatchObject({ 'KC-D': [2, 1] });
    expect((await compliance())['KC-B']).toBeUndefined();

    // P2 (10 days) takes a post in KC-B before the year ends: counted there.
    await t.db.query(
      `insert into position_history (person_id, from_date, title, position_type, level, unit_id)
       values ($1, '2050-03-01', 'นักทรัพยากรบุคคล', 'academic', 'ชำนาญการ', $2)`,
      [person.get('P2'), unit.get('KC-B')],
    );
    expect(await compliance()).toMatchObject({ 'KC-D': [1, 0], 'KC-B': [1, 1] });

    await t.db.query(`update org_unit set name = 'ชื่อหน่วยใหม่แคช' where id = $1`, [unit.get('KC-B')]);
    const v = await get<UnitsDaysView>(`/api/development/units/days?fiscalYear=${FY}`, 'admin');
    expect(v.units.find((u) => u.unitId === unit.get('KC-B'))?.unitName).toBe('ชื่อหน่วยใหม่แคช');
  });

  it("a focal point gets exactly their unit's row of the kept answer, and its change at once", async () => {
    const row = async (who: 'admin' | 'focal') =>
      (await get<UnitsDaysView>(`/api/development/units/days?fiscalYear=${FY}`, who)).units.filter(
        (u) => u.unitId === unit.get('BHRDI'),
      );
    const focal = await get<UnitsDaysView>(`/api/development/units/days?fiscalYear=${FY}`, 'focal');
    expect(focal.units.map((u) => u.unitId)).toEqual([unit.get('BHRDI')]);
    expect(focal.units).toEqual(await row('admin'));
    expect(focal.total).toMatchObject({ staff: focal.units[0]!.staff, reached: focal.units[0]!.reached });
    const reached = focal.units[0]!.reached;
    await record('P4', '6'); // P4: 4 + 6 = 10 days
    expect((await row('focal'))[0]!.reached).toBe(reached + 1);
    expect((await row('admin'))[0]!.reached).toBe(reached + 1);
  });

  it("a staff user's own days are exact on every request", async () => {
    const me = async () =>
      (await get<PersonDaysView>(`/api/development/me/days?fiscalYear=${FY}`, 'staff')).totalDays;
    expect(await me()).toBe(10);
    await record('P4', '0.5');
    expect(await me()).toBe(10.5);
  });

  it('the consolidated plan follows projects and submissions; a rolled-back change is not seen', async () => {
    const plan = async () => {
      const s = await get<DevelopmentSummaryView>(`/api/development/summary?fiscalYear=${FY}`, 'admin');
      return [s.projects, s.participants, s.budget, s.coverage.agencies.length];
    };
    expect(await plan()).toEqual([2, 30, 3000, 2]);
    await t.db.query(
      `update development_project set participants = 15 where project_code = 'KC-1' and fiscal_year = $1`,
      [FY],
    );
    expect(await plan()).toEqual([2, 35, 3000, 2]);
    // KC-B's submission returned: its project no longer counts.
    await t.db.query(`update development_submission set state = 'returned' where fiscal_year = $1`, [FY]);
    expect(await plan()).toEqual([1, 15, 1000, 1]);
    await expect(
      t.db.transaction(async (tx) => {
        await tx.query(`update development_submission set state = 'accepted' where fiscal_year = $1`, [FY]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await plan()).toEqual([1, 15, 1000, 1]);
  });

  it('digital skills follow the assessments', async () => {
    const assessed = async () => {
      const v = await get<DigitalSkillsView>(`/api/development/digital?fiscalYear=${FY}`, 'admin');
      return [
        v.units.find((u) => u.unitId === unit.get('KC-D'))?.assessed,
        v.areas.find((a) => a.code === 'literacy')?.below,
      ];
    };
    expect(await assessed()).toEqual([0, 0]);
    await t.db.query(
      `insert into digital_assessment (person_id, assessed_on, skill_area, level)
       values ($1, '2050-02-01', 'literacy', 1)`,
      [person.get('P1')],
    );
    expect(await assessed()).toEqual([1, 1]);
  });
});
