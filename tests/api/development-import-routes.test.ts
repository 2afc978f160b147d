/**
 * POST /api/development/imports/:kind over HTTP: 401 without a session, 403 for the committee, 400 with every
 * row error (nothing written), 200 for a plan and then records of the demo's people, each record keeping the
 * person's unit, position and level when it began; an agency's focal point imports its own unit's rows only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevelopmentImportResult } from '../../src/shared/api/development/imports';
import { changeHeaders, createTestApp, type TestApp } from '../helpers/api-app';

let t: TestApp;
let admin = '';
let viewer = '';
let focalPers = '';
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  viewer = await t.login('committee');
  focalPers = await t.login('focal.pers');
});
afterAll(async () => {
  await t?.close();
});

async function upload(kind: string, text: string, cookie: string | null, dryRun = false) {
  const body = new FormData();
  body.append('file', new Blob([text]), `${kind}.csv`);
  const request = new Request('http://x/', { method: 'POST', body });
  const payload = Buffer.from(await request.arrayBuffer());
  return t.app.inject({
    method: 'POST',
    url: `/api/development/imports/${kind}${dryRun ? '?dryRun=true' : ''}`,
    headers: {
      ...(cookie ? changeHeaders(cookie) : {}),
      'content-type': request.headers.get('content-type')!,
    },
    payload,
  });
}

const PLAN =
  'fiscal_year,hrd_plan,hrd_plan_name,hrd_strategy,hrd_strategy_name,unit,project_code,project_name,activity_type,participants,budget,budget_source\n' +
  '2590,HRD-TEST,แผนทดสอบ,1,ยุทธศาสตร์หนึ่ง,BHRDI,T-01,โครงการทดสอบ,training,10,"5,000",ordinance\n' +
  '2590,HRD-TEST,แผนทดสอบ,2,ยุทธศาสตร์สอง,PERS,T-02,โครงการทดสอบสอง,seminar,5,,none\n';

const count = async (sql: string) => Number((await t.db.query<{ n: string }>(sql)).rows[0]!.n);

describe('POST /api/development/imports/:kind', () => {
  it('the demo holds a FY2566 plan of 24 example projects and up to 3,000 records, each with the unit at the time', async () => {
    expect(
      await count(`select count(*) as n from development_project where fiscal_year = 2566 and example`),
    ).toBe(24);
    // The workforce demo is dated from today: who held a position on a record's first day varies a little.
    const records = await count(`select count(*) as n from development_record where fiscal_year = 2566`);
    expect(records).toBeGreaterThan(2000);
    expect(records).toBeLessThanOrEqual(3000);
    expect(await count(`select count(*) as n from development_record where unit_id is null`)).toBe(0);
  });

  it('401 without a session, 403 for the committee', async () => {
    expect((await upload('plan', PLAN, null)).statusCode).toBe(401);
    expect((await upload('plan', PLAN, viewer)).statusCode).toBe(403);
  });

  it('400 with every row error and nothing written; an agency may not import another unit’s rows', async () => {
    const bad = PLAN + '2590,HRD-TEST,แผนทดสอบ,1,ยุทธศาสตร์หนึ่ง,BHRDI,T-01,ซ้ำ,lecture,x,,none\n';
    const res = await upload('plan', bad, admin);
    expect(res.statusCode).toBe(400);
    const issues = (res.json() as { error: { issues: { row?: number; field: string }[] } }).error.issues;
    expect(issues.map((i) => `${i.row}:${i.field}`)).toEqual(['4:activity_type', '4:participants']);
    expect(await count('select count(*) as n from development_project where fiscal_year = 2590')).toBe(0);
    const foreign = await upload('plan', PLAN, focalPers);
    expect(foreign.statusCode).toBe(400);
    expect((foreign.json() as { error: { issues: { row?: number; field: string }[] } }).error.issues).toEqual(
      [expect.objectContaining({ row: 2, field: 'unit' })],
    );
  });

  it('200: a plan, then records of demo people keeping their unit, position and level at the time', async () => {
    const dry = await upload('plan', PLAN, admin, true);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(await count('select count(*) as n from development_project where fiscal_year = 2590')).toBe(0);
    const res = await upload('plan', PLAN, admin);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      kind: 'plan',
      dryRun: false,
      rows: 2,
      created: 2,
      updated: 0,
      unchanged: 0,
      named: { created: ['2590 T-01', '2590 T-02'], updated: [] },
      issues: [],
      moreIssues: 0,
    } satisfies DevelopmentImportResult);

    const { rows: people } = await t.db.query<{
      person_no: string;
      from_date: string;
      unit_id: number;
      title: string;
      level: string;
    }>(
      `select p.person_no, to_char(h.from_date, 'YYYY-MM-DD') as from_date,
              coalesce(h.work_unit_id, h.unit_id) as unit_id, h.title, h.level
         from position_history h join person p on p.id = h.person_id
        where h.role = 'holds' and h.to_date is null order by p.person_no limit 2`,
    );
    expect(people).toHaveLength(2);
    // Each activity begins on the first day of the person's current position: the one kept on the record.
    const records =
      'person_no,activity,start_date,end_date,days,mode,passed,digital,dev_project\n' +
      `${people[0]!.person_no},อบรม Excel,${people[0]!.from_date},${people[0]!.from_date},1.5,formal,yes,yes,\n` +
      `${people[1]!.person_no},สอนงาน,${people[1]!.from_date},${people[1]!.from_date},0.5,การเรียนรู้จากผู้อื่น,,,\n` +
      `NO-SUCH,อบรม,2024-01-01,2024-01-01,1,experiential,,,\n`;
    const refused = await upload('records', records, admin);
    expect(refused.statusCode).toBe(400);
    expect((refused.json() as { error: { issues: unknown[] } }).error.issues).toEqual([
      expect.objectContaining({ row: 4, field: 'person_no' }),
    ]);
    const good = records.split('\n').slice(0, 3).join('\n');
    const ok = await upload('records', good, admin);
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as DevelopmentImportResult).created).toBe(2);
    // A record is named "person_no start-date activity", the date as the files write it in Thai.
    const thai = (iso: string) => `${iso.slice(8)}/${iso.slice(5, 7)}/${Number(iso.slice(0, 4)) + 543}`;
    const excel = `${people[0]!.person_no} ${thai(people[0]!.from_date)} อบรม Excel`;
    expect((ok.json() as DevelopmentImportResult).named).toEqual({
      created: [excel, `${people[1]!.person_no} ${thai(people[1]!.from_date)} สอนงาน`],
      updated: [],
    });
    const { rows } = await t.db.query<{
      unit_id: number;
      position_title: string;
      level: string;
      days: string;
      mode: string;
    }>(
      `select r.unit_id, r.position_title, r.level, r.days::text, r.mode from development_record r
         join person p on p.id = r.person_id where p.person_no = $1 and r.activity = 'อบรม Excel'`,
      [people[0]!.person_no],
    );
    expect(rows).toEqual([
      {
        unit_id: people[0]!.unit_id,
        position_title: people[0]!.title,
        level: people[0]!.level,
        days: '1.5',
        mode: 'formal',
      },
    ]);
    const again = await upload('records', good, admin);
    expect((again.json() as DevelopmentImportResult).unchanged).toBe(2);
    const longer = await upload('records', good.replace(',1.5,', ',2,'), admin, true);
    expect(longer.json()).toMatchObject({
      dryRun: true,
      updated: 1,
      named: { created: [], updated: [excel] },
    });
    // The same person, activity and first day is the same record: a changed day count updates it in place.
    const changed = await upload('records', good.replace(',1.5,formal,', ',2.5,formal,'), admin);
    expect(changed.json()).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const { rows: after } = await t.db.query<{ days: string; n: string }>(
      `select max(r.days)::text as days, count(*)::text as n from development_record r
         join person p on p.id = r.person_id where p.person_no = $1 and r.activity = 'อบรม Excel'`,
      [people[0]!.person_no],
    );
    expect(after).toEqual([{ days: '2.5', n: '1' }]);
  });
});
