/**
 * Digital skills (issue 11 item 5) over HTTP, without the demo's people, fiscal year 2590
 * (2046-10-01 … 2047-09-30). Unit DGT (district): DGT-1, DGT-2, DGT-3 in service, DGT-4 left in 2046-01;
 * PERS: PRS-1. The good file (a พ.ศ. date, a Thai area name) assesses:
 *   DGT-1 literacy 2 (2046-11-01) then 3 (2047-06-01: the latest counts), governance 2 (15/03/2590)
 *   DGT-2 literacy 4 · PRS-1 literacy 1 · DGT-3 literacy 5 in FY 2589 (not this year)
 * → DGT staff 3, assessed 2 (66.67 %), PERS 1 of 1 (100 %); literacy (expected 3): 3 assessed, 1 below
 * (PRS-1), governance (expected 2): 1 assessed, 0 below. DGT-1 has an approved digital record of 2 days and a
 * pending one of 3 (not counted): DGT digital people 1, days 2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DigitalSkillsView } from '../../src/shared/api/development';
import type { DevelopmentImportResult } from '../../src/shared/api/development/imports';
import { fiscalYearOfIsoDate } from '../../src/domain/period';
import { bangkokToday } from '../../src/server/use-cases/clock';
import { changeHeaders, createTestApp, expectApiError, type TestApp } from '../helpers/api-app';

const FY = 2590;
let t: TestApp;
const cookie = {} as Record<'admin' | 'viewer' | 'other' | 'approver', string>;
const count = async (sql: string) => Number((await t.db.query<{ n: string }>(sql)).rows[0]!.n);

async function upload(text: string, who: keyof typeof cookie, dryRun = false) {
  const body = new FormData();
  body.append('file', new Blob([text]), 'digital.csv');
  const request = new Request('http://x/', { method: 'POST', body });
  return t.app.inject({
    method: 'POST',
    url: `/api/development/imports/digital-skills${dryRun ? '?dryRun=true' : ''}`,
    headers: { ...changeHeaders(cookie[who]), 'content-type': request.headers.get('content-type')! },
    payload: Buffer.from(await request.arrayBuffer()),
  });
}

const HEADER = 'person_no,assessed_on,skill_area,level';
const GOOD = [
  HEADER,
  'DGT-1,2046-11-01,literacy,2',
  'DGT-1,2047-06-01,literacy,3',
  'DGT-1,15/03/2590,governance,2',
  'DGT-2,2047-01-10,การรู้ดิจิทัล,4',
  'PRS-1,2047-02-01,Literacy,๑',
  'DGT-3,2045-05-01,literacy,5',
].join('\n');

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  const dgt = (
    await t.db.query<{ id: number }>(
      `insert into org_unit (code, name, kind) values ('DGT', 'หน่วยทดสอบดิจิทัล', 'district') returning id`,
    )
  ).rows[0]!.id;
  await t.db.query(
    `insert into person (person_no, birth_date, first_name, last_name, unit_id, entry_date, exit_date, exit_reason)
     select x.no, '1990-01-01', 'คน' || x.no, 'ทดสอบดิจิทัล', coalesce(x.unit, (select id from org_unit where code = 'PERS')),
            '2020-01-01', x.exit::date, case when x.exit is null then null else 'resigned' end
       from (values ('DGT-1', $1::int, null), ('DGT-2', $1, null), ('DGT-3', $1, null),
                    ('DGT-4', $1, '2046-01-01'), ('PRS-1', null, null)) as x(no, unit, exit)`,
    [dgt],
  );
  await t.db.query(
    `insert into development_record (person_id, fiscal_year, activity, start_date, end_date, days, mode, digital,
       unit_id, state, source)
     select p.id, 2590, x.a, '2047-01-05', '2047-01-09', x.d, 'formal', true, $1, x.s, x.src
       from person p, (values ('อบรมการใช้ข้อมูล', 2, 'approved', 'file'), ('อีเลิร์นนิง', 3, 'pending', 'self'))
            as x(a, d, s, src)
      where p.person_no = 'DGT-1'`,
    [dgt],
  );
  cookie.admin = await t.login('admin');
  cookie.viewer = await t.login('committee');
  cookie.other = await t.login('focal.pers');
  cookie.approver = await t.login('approver.bhrdi');
}, 120_000);

afterAll(async () => {
  await t?.close();
});

const digital = (who: keyof typeof cookie, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/development/digital${query}`, headers: { cookie: cookie[who] } });

describe('the digital skills file', () => {
  it('before any assessment, no fiscal year asked: DGT-1’s digital record’s year, or the current one', async () => {
    // The committee reads every unit: DGT-1's approved digital record of FY 2590 is the latest data.
    expect((await digital('viewer')).json()).toMatchObject({ fiscalYear: FY });
    // PERS has neither an assessment nor a digital record yet: the current fiscal year.
    const now = fiscalYearOfIsoDate(bangkokToday());
    expect(now).toBeLessThan(FY);
    expect((await digital('other')).json()).toMatchObject({ fiscalYear: now, total: { assessed: 0 } });
  });

  it('refuses every kind of row error at once, writing nothing', async () => {
    const bad = [
      HEADER,
      'NOPE,2047-01-01,literacy,2',
      'DGT-1,31/02/2590,literacy,2',
      'DGT-1,2047-01-01,cooking,2',
      'DGT-1,2047-01-01,literacy,6',
      'DGT-1,2047-01-01,literacy,2.5',
      'DGT-1,2047-01-01,literacy,x',
      ',2047-01-01,literacy,2',
      'DGT-1,2047-03-03,technology,2',
      'DGT-1,2047-03-03,เทคโนโลยีดิจิทัล,3',
      'DGT-1,2047-03-04,literacy,',
      'DGT-1,,literacy,1',
    ].join('\n');
    const res = await upload(bad, 'admin');
    const error = expectApiError(res, 400, 'invalid_input');
    const at = error.issues!.map((i) => `${i.row} ${i.field}: ${i.en}`);
    expect(at).toEqual(
      expect.arrayContaining([
        '2 person_no: no person "NOPE": import the people file first',
        expect.stringMatching(/^3 assessed_on: "31\/02\/2590" is not a date/),
        expect.stringMatching(/^4 skill_area: "cooking" is not a digital skill area \(literacy, governance/),
        '5 level: must be at most 5',
        '6 level: at most 0 decimals',
        '7 level: "x" is not a number',
        '8 person_no: is required',
        '10 skill_area: repeats row 9 (same person, date and skill area)',
        '11 level: is required',
        '12 assessed_on: is required',
      ]),
    );
    expect(at).toHaveLength(10);
    expect(await count('select count(*) as n from digital_assessment')).toBe(0);
  });

  it('refuses a file without a required column', async () => {
    const res = await upload('person_no,assessed_on,skill_area\nDGT-1,2047-01-01,literacy', 'admin');
    const error = expectApiError(res, 400, 'invalid_input');
    expect(error.issues!.some((i) => i.field === 'level')).toBe(true);
  });

  it('an agency imports its own people only; the committee 403; a dry run writes nothing', async () => {
    expectApiError(await upload(GOOD, 'viewer'), 403, 'forbidden');
    const res = await upload(GOOD, 'other');
    const error = expectApiError(res, 400, 'invalid_input');
    expect(error.issues!.map((i) => `${i.row} ${i.field}`)).toEqual([
      '2 person_no',
      '3 person_no',
      '4 person_no',
      '5 person_no',
      '7 person_no',
    ]);
    expect(error.issues![0]!.en).toBe('the person was not in your unit on the assessment date');
    const dry = await upload(GOOD, 'approver', true);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ kind: 'digital-skills', dryRun: true, rows: 6, created: 6 });
    expect(await count('select count(*) as n from digital_assessment')).toBe(0);
  });

  it('imports, then updates in place', async () => {
    const res = await upload(GOOD, 'admin');
    expect(res.statusCode).toBe(200);
    expect(res.json() as DevelopmentImportResult).toMatchObject({
      rows: 6,
      created: 6,
      updated: 0,
      unchanged: 0,
      // "person_no date skill_area", the date as the files write it in Thai; new ones by person and date
      named: {
        created: [
          'DGT-1 01/11/2589 literacy',
          'DGT-1 15/03/2590 governance',
          'DGT-1 01/06/2590 literacy',
          'DGT-2 10/01/2590 literacy',
          'DGT-3 01/05/2588 literacy',
          'PRS-1 01/02/2590 literacy',
        ],
        updated: [],
      },
    });
    const again = await upload(
      GOOD.replace('DGT-2,2047-01-10,การรู้ดิจิทัล,4', 'DGT-2,2047-01-10,literacy,5'),
      'admin',
    );
    expect(again.json()).toMatchObject({
      rows: 6,
      created: 0,
      updated: 1,
      unchanged: 5,
      named: { created: [], updated: ['DGT-2 10/01/2590 literacy'] },
    });
    expect(
      await count(
        "select count(*) as n from audit_event where entity = 'development_file' and entity_id = 'digital-skills'",
      ),
    ).toBe(2);
  });
});

describe('GET /api/development/digital', () => {
  it('coverage per agency, gaps by area, digital records (approved only)', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/development/digital?fiscalYear=${FY}`,
      headers: { cookie: cookie.viewer },
    });
    expect(res.statusCode).toBe(200);
    const d = res.json() as DigitalSkillsView;
    const dgt = d.units.find((u) => u.unitName === 'หน่วยทดสอบดิจิทัล')!;
    expect(dgt).toMatchObject({
      staff: 3,
      assessed: 2,
      assessedPct: 66.67,
      digitalPeople: 1,
      digitalDays: 2,
    });
    const pers = d.units.find((u) => u.staff === 1 && u.assessed === 1)!;
    expect(pers.assessedPct).toBe(100);
    expect(d.total).toEqual({ staff: 4, assessed: 3, assessedPct: 75 });
    expect(d.areas.map((a) => [a.code, a.expectedLevel, a.assessed, a.below])).toEqual([
      ['literacy', 3, 3, 1],
      ['governance', 2, 1, 0],
      ['technology', 2, 0, 0],
      ['process', 2, 0, 0],
      ['strategy', 1, 0, 0],
      ['leadership', 1, 0, 0],
    ]);
    expect(d.areas[0]!.belowPct).toBe(33.33);
  });

  it('an agency sees its own unit only', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/development/digital?fiscalYear=${FY}`,
      headers: { cookie: cookie.other },
    });
    const d = res.json() as DigitalSkillsView;
    expect(d.units.map((u) => [u.staff, u.assessed])).toEqual([[1, 1]]);
    expect(d.areas[0]).toMatchObject({ code: 'literacy', assessed: 1, below: 1, belowPct: 100 });
  });
});

describe('GET /api/development/digital without a fiscal year', () => {
  it('answers the latest year that has data for the reader’s units, the same figures as asked for it', async () => {
    // PERS reads its own PRS-1, assessed on 2047-02-01 (FY 2590); the committee every unit.
    const asked = (await digital('other', `?fiscalYear=${FY}`)).json() as DigitalSkillsView;
    const latest = (await digital('other')).json() as DigitalSkillsView;
    expect(latest.fiscalYear).toBe(FY);
    expect(latest).toEqual(asked);
    expect((await digital('viewer')).json()).toEqual((await digital('viewer', `?fiscalYear=${FY}`)).json());
    // A year asked is answered even when empty.
    expect((await digital('viewer', '?fiscalYear=2589')).json()).toMatchObject({
      fiscalYear: 2589,
      total: { staff: 4, assessed: 0 },
    });
  });
});
