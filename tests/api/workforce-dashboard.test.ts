/**
 * The HR Dashboard's routes on hand-built rows (tests/helpers/workforce-fixture.ts): every figure is the
 * number worked out by hand below AND what the domain (src/domain/workforce/figures.ts) computes from the
 * same rows. Unit scope: admin any unit, focal point/approver their own whatever they ask, viewer figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import {
  ageProfileOf,
  AGE_BANDS,
  dayNumber,
  headcountOf,
  movementsOf,
  retirementsOf,
  vacanciesOf,
} from '../../src/domain/workforce';
import type {
  AgeProfileResponse,
  HeadcountResponse,
  MovementsResponse,
  RetirementsResponse,
  VacanciesResponse,
} from '../../src/shared/api/workforce/dashboard';
import { createTestApp, type TestApp } from '../helpers/api-app';
import { AS_OF, loadWorkforceFixture, type Fixture } from '../helpers/workforce-fixture';

let t: TestApp;
let f: Fixture;
const cookie: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  f = await loadWorkforceFixture(t.db);
  for (const u of ['admin', 'focal.bhrdi', 'committee']) cookie[u] = await t.login(u);
});
afterAll(async () => {
  await t?.close();
});

async function get<T>(url: string, who = 'admin'): Promise<T> {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: cookie[who]! } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}
const nonZero = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).filter(([, n]) => n > 0));
const unitCodes = (rows: { code: string; count: number }[]) =>
  Object.fromEntries(rows.map((r) => [r.code, r.count]));
const codeOf = (id: string) => Object.entries(f.units).find(([, v]) => String(v) === id)![0];

describe('headcount', () => {
  it('counts the six in service on the date by unit, staff type, position type and level', async () => {
    const h = await get<HeadcountResponse>(`/api/workforce/headcount?asOf=${AS_OF}`);
    // In service: WF001–WF005 and WF008 (leaves the next day); WF006 left, WF007 enters in July.
    expect(h.total).toBe(6);
    expect(unitCodes(h.byUnit)).toEqual({ BHRDI: 2, PERS: 2, WFD1: 2 });
    expect(nonZero(h.byStaffType)).toEqual({ civil_servant: 4, permanent_employee: 1, teacher: 1 });
    expect(nonZero(h.byPositionType)).toEqual({ general: 2, academic: 1, executive: 1, none: 2 });
    expect(h.byLevel).toEqual({
      'general:operational': 1,
      'general:senior_general': 1,
      'academic:senior_professional': 1,
      'executive:junior': 1,
      none: 2,
    });
    const d = headcountOf(f.people, f.history, AS_OF);
    expect(h.total).toBe(d.total);
    expect(unitCodes(h.byUnit)).toEqual(Object.fromEntries([...d.byUnit].map(([k, n]) => [codeOf(k), n])));
    expect(nonZero(h.byStaffType)).toEqual(Object.fromEntries(d.byStaffType));
    expect(nonZero(h.byPositionType)).toEqual(Object.fromEntries(d.byPositionType));
    expect(h.byLevel).toEqual(Object.fromEntries(d.byLevel));
    expect(h.byLine).toEqual(Object.fromEntries(d.byLine));
  });

  it('on another date: the day WF008 has left and WF007 has come (2025-07-01)', async () => {
    const h = await get<HeadcountResponse>('/api/workforce/headcount?asOf=2025-07-01');
    expect(h.total).toBe(6);
    expect(nonZero(h.byStaffType)).toEqual({
      civil_servant: 3,
      permanent_employee: 1,
      teacher: 1,
      temporary_employee: 1,
    });
    expect(h.total).toBe(headcountOf(f.people, f.history, '2025-07-01').total);
  });

  it('scopes a focal point to their own unit whatever they ask; an admin to the unit asked', async () => {
    const own = await get<HeadcountResponse>(
      `/api/workforce/headcount?asOf=${AS_OF}&unit=PERS`,
      'focal.bhrdi',
    );
    expect(own.unit).toBe('BHRDI');
    expect(own.total).toBe(2);
    const pers = await get<HeadcountResponse>(`/api/workforce/headcount?asOf=${AS_OF}&unit=PERS`);
    expect(pers.total).toBe(2);
    expect(pers.total).toBe(headcountOf(f.people, f.history, AS_OF, f.units.PERS!).total);
    const viewer = await get<HeadcountResponse>(`/api/workforce/headcount?asOf=${AS_OF}`, 'committee');
    expect(viewer.total).toBe(6);
  });

  it('an unknown unit code is 404, a bad date 400', async () => {
    const a = await t.app.inject({
      url: '/api/workforce/headcount?unit=NOPE',
      headers: { cookie: cookie.admin! },
    });
    expect(a.statusCode).toBe(404);
    const b = await t.app.inject({
      url: '/api/workforce/headcount?asOf=2025-02-30',
      headers: { cookie: cookie.admin! },
    });
    expect(b.statusCode).toBe(400);
  });
});

describe('vacancies', () => {
  it('lists the four positions no one holds, the longest vacant first, with their days', async () => {
    const v = await get<VacanciesResponse>(`/api/workforce/vacancies?asOf=${AS_OF}`);
    // WP5 is abolished; WP4 has only an acting holder; WP2, WP7, WP9 were left.
    expect(v.total).toBe(4);
    expect(unitCodes(v.byUnit)).toEqual({ BHRDI: 2, PERS: 2 });
    expect(v.positions.map((p) => [p.positionNo, p.vacantSince, p.vacantDays])).toEqual([
      ['WP4', null, null],
      ['WP7', '2021-10-01', 1354],
      ['WP2', '2023-01-01', 897],
      ['WP9', '2024-04-01', 441],
    ]);
    const d = vacanciesOf(f.positions, f.history, AS_OF);
    const no = (id: number) => f.positions.find((p) => p.id === id)!.no;
    expect(new Map(v.positions.map((p) => [p.positionNo, [p.vacantSince, p.vacantDays]]))).toEqual(
      new Map(d.map((x) => [no(x.positionId), [x.vacantSince, x.vacantDays]])),
    );
    expect(1354).toBe(dayNumber(AS_OF) - dayNumber('2021-10-01') + 1);
  });
});

describe('age profile', () => {
  it('bands the six by age under Thai age law and staff type', async () => {
    const a = await get<AgeProfileResponse>(`/api/workforce/age-profile?asOf=${AS_OF}`);
    expect(a.total).toBe(6);
    expect(a.bands.map((b) => b.band)).toEqual([...AGE_BANDS]);
    const got = new Map<string, number>();
    for (const b of a.bands)
      for (const [s, n] of Object.entries(b.byStaffType)) if (n > 0) got.set(`${b.band}|${s}`, n);
    // 35 (WF001), 58, 58 and 59 (WF002–WF004), 23 (WF005), 44 (WF008)
    expect(Object.fromEntries(got)).toEqual({
      '35-39|civil_servant': 1,
      '55-59|civil_servant': 2,
      '55-59|permanent_employee': 1,
      '<25|teacher': 1,
      '40-44|civil_servant': 1,
    });
    expect(got).toEqual(ageProfileOf(f.people, AS_OF));
  });
});

describe('retirements', () => {
  it('counts by fiscal year and names the key positions their holders leave (names hidden from the committee)', async () => {
    const url = '/api/workforce/retirements?fromFiscalYear=2569&years=3';
    const r = await get<RetirementsResponse>(url);
    expect(r.fiscalYears.map((y) => [y.fiscalYear, y.total])).toEqual([
      [2569, 2],
      [2570, 1],
      [2571, 0],
    ]);
    const got = new Map<string, number>();
    for (const y of r.fiscalYears)
      for (const [s, n] of Object.entries(y.byStaffType)) if (n > 0) got.set(`${y.fiscalYear}|${s}`, n);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
    expect(got).toEqual(retirementsOf(f.people, today, 2569, 2571));
    expect(r.fiscalYears[0]!.byLevel).toEqual({ 'executive:junior': 1, 'general:senior_general': 1 });
    expect(unitCodes(r.fiscalYears[0]!.byUnit)).toEqual({ WFD1: 2 });
    expect(r.keyPositions.map((k) => [k.fiscalYear, k.reason, k.positionNo, k.personNo])).toEqual([
      [2569, 'district_director', 'WP6', 'WF003'],
      [2569, 'section_head', 'WP8', 'WF004'],
    ]);
    const viewer = await get<RetirementsResponse>(url, 'committee');
    expect(viewer.keyPositions.map((k) => [k.positionNo, k.personNo, k.name])).toEqual([
      ['WP6', null, null],
      ['WP8', null, null],
    ]);
  });

  it('a title marked as key counts too', async () => {
    await t.db.query(`insert into key_position_title (title) values ('นักทรัพยากรบุคคล')`);
    const r = await get<RetirementsResponse>('/api/workforce/retirements?fromFiscalYear=2570&years=1');
    expect(r.keyPositions.map((k) => [k.reason, k.positionNo])).toEqual([['marked', 'WP3']]);
    await t.db.query('delete from key_position_title');
  });
});

describe('movements', () => {
  it('entries, exits by reason, promotions and transfers per fiscal year', async () => {
    const m = await get<MovementsResponse>('/api/workforce/movements?fromFiscalYear=2565&toFiscalYear=2568');
    const flat = m.fiscalYears.map((y) => [y.fiscalYear, y.entries, y.exits, y.promotions, y.transfers]);
    expect(flat).toEqual([
      [2565, 0, 0, 1, 1],
      [2566, 0, 0, 1, 0],
      [2567, 0, 1, 0, 0],
      [2568, 2, 1, 0, 0],
    ]);
    expect(nonZero(m.fiscalYears[2]!.exitsByReason)).toEqual({ resigned: 1 });
    expect(nonZero(m.fiscalYears[3]!.exitsByReason)).toEqual({ transferred: 1 });
    const got = new Map<string, number>();
    for (const y of m.fiscalYears) {
      if (y.entries) got.set(`${y.fiscalYear}|entry`, y.entries);
      for (const [reason, n] of Object.entries(y.exitsByReason))
        if (n) got.set(`${y.fiscalYear}|exit:${reason}`, n);
      if (y.promotions) got.set(`${y.fiscalYear}|promotion`, y.promotions);
      if (y.transfers) got.set(`${y.fiscalYear}|transfer`, y.transfers);
    }
    expect(got).toEqual(movementsOf(f.people, f.history, '2021-10-01', '2025-09-30'));
  });

  it('refuses a range the wrong way round (400)', async () => {
    const res = await t.app.inject({
      url: '/api/workforce/movements?fromFiscalYear=2568&toFiscalYear=2565',
      headers: { cookie: cookie.admin! },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('export.xlsx', () => {
  it('the headcount sheet holds the same numbers as the JSON', async () => {
    const res = await t.app.inject({
      url: `/api/workforce/export.xlsx?view=headcount&asOf=${AS_OF}`,
      headers: { cookie: cookie.admin! },
    });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-disposition'])).toBe(`attachment; filename="headcount-${AS_OF}.xlsx"`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(2).values).toEqual([undefined, 'ทั้งหมด', '', 6]);
    const units = [3, 4, 5].map((n) => (sheet.getRow(n).values as unknown[]).slice(2));
    expect(units.map((u) => u[1])).toEqual([2, 2, 2]);
  });

  it('every view answers a workbook', async () => {
    for (const view of ['vacancies', 'retirements', 'age-profile', 'movements']) {
      const res = await t.app.inject({
        url: `/api/workforce/export.xlsx?view=${view}&asOf=${AS_OF}&fromFiscalYear=2565`,
        headers: { cookie: cookie.admin! },
      });
      expect(res.statusCode, `${view}: ${res.body.slice(0, 200)}`).toBe(200);
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
  });
});
