/** Uploads over HTTP: multipart `file` (the browser) or a raw body (the command line), dry runs, row issues, size limit. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult, PlanListItem } from '../../src/shared/api/monitoring';
import {
  changeHeaders,
  createTestApp,
  DEMO_PLAN,
  expectApiError,
  expectFieldIssue,
  type TestApp,
} from '../helpers/api-app';

let t: TestApp;
let admin = '';
let focal = '';

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  focal = await t.login('focal.bhrdi');
});
afterAll(async () => {
  await t?.close();
});

const TABLES = [
  'plan',
  'strategic_target',
  'strategy',
  'project',
  'org_unit',
  'monthly_report',
  'audit_event',
] as const;

/** Row counts of every table an import writes, plus the number of replaced reports. */
async function snapshot() {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    counts[table] = (await t.db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n;
  }
  counts.superseded = (
    await t.db.query<{ n: number }>(
      'select count(*)::int as n from monthly_report where superseded_at is not null',
    )
  ).rows[0]!.n;
  return counts;
}

const maxAuditId = async () =>
  Number((await t.db.query<{ id: string }>('select max(id) as id from audit_event')).rows[0]!.id);

function form(content: string | Uint8Array, filename = 'upload.csv', type = 'text/csv'): FormData {
  const f = new FormData();
  f.append('file', new Blob([content], { type }), filename);
  return f;
}

const upload = (
  kind: 'plan' | 'reports',
  payload: FormData | Buffer | string | undefined,
  opts: { query?: string; cookie?: string; contentType?: string } = {},
) =>
  t.app.inject({
    method: 'POST',
    url: `/api/imports/${kind}${opts.query ?? ''}`,
    headers: {
      ...changeHeaders(opts.cookie ?? admin),
      ...(opts.contentType ? { 'content-type': opts.contentType } : {}),
    },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

const REPORT_HEADER = 'plan_code,project_code,period,status,percent,problems';
/**
 * The centre's file (admin, not bound by the month window): P2-03 has a 2566-05 report in the demo
 * (replaced); 2566-06 has none (created).
 */
const GOOD_REPORTS = [
  REPORT_HEADER,
  `${DEMO_PLAN},P2-03,2566-05,in_progress,60,"วิทยากร, สถานที่ไม่พร้อม"`,
  `${DEMO_PLAN},P2-03,2566-06,in_progress,65,`,
].join('\r\n');
/**
 * A focal point's file: only the open month 2566-06 (DEMO_OPEN_MONTH) is open to agencies; the months
 * up to 2566-05 are locked. P2-07 gets a draft for 2566-06 first (replaced); P2-03 has none (created).
 */
const FOCAL_REPORTS = [
  REPORT_HEADER,
  `${DEMO_PLAN},P2-07,2566-06,in_progress,60,"วิทยากร, สถานที่ไม่พร้อม"`,
  `${DEMO_PLAN},P2-03,2566-06,in_progress,65,`,
].join('\r\n');

describe('POST /api/imports/reports', () => {
  it('a bad file (multipart) → 400 listing every issue with its row number; nothing written', async () => {
    const before = await snapshot();
    const csv = [
      REPORT_HEADER,
      `${DEMO_PLAN},P2-03,2566-13,in_progress,10,`,
      `${DEMO_PLAN},P2-03,2566-04,finished,10,`,
      `${DEMO_PLAN},P9-99,2566-04,in_progress,10,`,
      `${DEMO_PLAN},P2-03,2566-06,in_progress,150,`,
      `${DEMO_PLAN},P2-03,2580-01,in_progress,10,`,
      `${DEMO_PLAN},P2-02,2566-06,completed,100,`,
      `${DEMO_PLAN},P2-10,2566-04,in_progress,10,`,
    ].join('\n');
    const res = await upload('reports', form(csv), { cookie: focal });
    const error = expectApiError(res, 400, 'invalid_input');
    const issues = error.issues ?? [];
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [2, 'period'],
      [3, 'status'],
      [4, 'project_code'],
      [5, 'percent'],
      [6, 'period'],
      [8, 'period'],
    ]);
    // 2566-04 is long locked for agencies (docs/decisions/0006).
    expect(issues[5]!.en).toBe(
      'project P2-10, 2566-04: This month is closed (past its deadline); ask the central office for an exception',
    );
    for (const issue of issues) {
      expect(issue.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(issue.en).toMatch(/[A-Za-z]/);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('a missing required column → 400 with a row-1 issue naming it', async () => {
    const res = await upload('reports', form(`plan_code,project_code,period\n${DEMO_PLAN},P2-03,2566-05\n`));
    const issues = expectFieldIssue(res, 'status');
    expect(issues[0]!.row).toBe(1);
  });

  it('an unknown column → 400 with a row-1 issue naming it', async () => {
    const res = await upload(
      'reports',
      form(`${REPORT_HEADER},colour\n${DEMO_PLAN},P2-03,2566-05,in_progress,5,,red\n`),
    );
    const issues = expectFieldIssue(res, 'colour');
    expect(issues[0]!.row).toBe(1);
  });

  it('?dryRun=true of a good file → 200 with dryRun true and the would-be counts; nothing written', async () => {
    const { rows: p207 } = await t.db.query<{ id: number }>("select id from project where code = 'P2-07'");
    const draft = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${p207[0]!.id}/reports`,
      headers: changeHeaders(focal),
      payload: { action: 'save', period: '2566-06', status: 'in_progress', percent: 55 },
    });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json()).toMatchObject({ period: '2566-06', state: 'draft' });
    const before = await snapshot();
    const res = await upload('reports', form(FOCAL_REPORTS), { query: '?dryRun=true', cookie: focal });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      dryRun: true,
      ok: true,
      rows: 2,
      issues: [],
      created: { monthly_report: 1 },
      updated: { monthly_report: 1 },
      // P2-07's draft is replaced; P2-03 has none yet.
      named: {
        created: { monthly_report: ['P2-03 2566-06'] },
        updated: { monthly_report: ['P2-07 2566-06'] },
      },
      newUnits: [],
      planCode: DEMO_PLAN,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('the same file for real (raw application/octet-stream body) writes what the dry run announced', async () => {
    const dry = await upload('reports', Buffer.from(GOOD_REPORTS), {
      query: '?dryRun=true',
      contentType: 'application/octet-stream',
    });
    expect(dry.statusCode, dry.body).toBe(200);
    const before = await snapshot();
    const lastAudit = await maxAuditId();
    const res = await upload('reports', Buffer.from(GOOD_REPORTS), {
      contentType: 'application/octet-stream',
    });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json() as ImportResult;
    expect(result).toEqual({ ...(dry.json() as ImportResult), dryRun: false });
    const after = await snapshot();
    expect(after.monthly_report).toBe(before.monthly_report! + 2);
    expect(after.superseded).toBe(before.superseded! + 1);
    // one audit row per report written, and one for the file (the problems register audits its own entries)
    const { rows: audit } = await t.db.query<{ entity: string; n: number }>(
      `select entity, count(*)::int as n from audit_event where id > $1 group by entity`,
      [lastAudit],
    );
    expect(Object.fromEntries(audit.map((r) => [r.entity, r.n]))).toMatchObject({
      monthly_report: 2,
      report_file: 1,
    });
    const { rows } = await t.db.query<{ status: string; percent: string; problems: string; source: string }>(
      `select m.status, m.percent, m.problems, m.source from monthly_report m join project p on p.id = m.project_id
        where p.code = 'P2-03' and m.period = 256605 and m.superseded_at is null`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: 'in_progress',
      problems: 'วิทยากร, สถานที่ไม่พร้อม',
      source: 'import',
    });
    expect(Number(rows[0]!.percent)).toBe(60);
  });

  it('a text/csv raw body with a BOM, Thai statuses and Thai digits is accepted', async () => {
    const csv = `\uFEFF${REPORT_HEADER}\n${DEMO_PLAN},P4-01,๒๕๖๖-๐๖,อยู่ระหว่างดำเนินการ,๕๕,\n`;
    const before = await snapshot();
    const res = await upload('reports', csv, {
      query: '?dryRun=true',
      cookie: focal,
      contentType: 'text/csv',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      dryRun: true,
      ok: true,
      rows: 1,
      created: { monthly_report: 1 },
      updated: { monthly_report: 0 },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('an XLSX upload (first sheet) is read like a CSV', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('รายงาน');
    sheet.addRow(['plan_code', 'project_code', 'period', 'status', 'percent']);
    sheet.addRow([DEMO_PLAN, 'P4-09', '2566-06', 'ดำเนินการเสร็จแล้ว', 100]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const res = await upload(
      'reports',
      form(xlsx, 'report.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
      { query: '?dryRun=true', cookie: focal },
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      dryRun: true,
      ok: true,
      rows: 1,
      created: { monthly_report: 1 },
      updated: { monthly_report: 0 },
    });
  });

  it('a file that is not UTF-8 → 400 naming the file', async () => {
    const latin1 = Buffer.from(
      `${REPORT_HEADER}\n${DEMO_PLAN},P2-03,2566-05,in_progress,5,caf\xe9\n`,
      'latin1',
    );
    expectFieldIssue(await upload('reports', form(latin1)), 'file');
  });

  it('an empty file → 400 naming the file', async () => {
    expectFieldIssue(await upload('reports', form('')), 'file');
  });

  it('no file at all → 400 naming the file', async () => {
    expectFieldIssue(await upload('reports', undefined), 'file');
    expectFieldIssue(
      await upload('reports', Buffer.alloc(0), { contentType: 'application/octet-stream' }),
      'file',
    );
  });

  it('?dryRun=maybe → 400 naming dryRun', async () => {
    expectFieldIssue(await upload('reports', form(GOOD_REPORTS), { query: '?dryRun=maybe' }), 'dryRun');
  });

  it('a multipart file over 10 MB → 413, not 500; nothing written', async () => {
    const before = await snapshot();
    const big = new Uint8Array(10 * 1024 * 1024 + 1024).fill(0x61);
    const res = await upload('reports', form(big));
    expectApiError(res, 413, 'too_large');
    expect(await snapshot()).toEqual(before);
  });

  it('a raw body over 10 MB → 413, not 500', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1024, 0x61);
    expectApiError(
      await upload('reports', big, { contentType: 'application/octet-stream' }),
      413,
      'too_large',
    );
  });
});

describe('POST /api/imports/plan', () => {
  const PLAN_HEADER =
    'plan_code,plan_name,plan_start_year,plan_end_year,target_no,target_name,strategy_no,strategy_name,project_code,project_name,fiscal_years,owner_unit,budget';
  const NEW_PLAN = [
    PLAN_HEADER,
    'HR-2571-2575,แผนทดสอบ 2571-2575,2571,2575,1,เป้าประสงค์ที่หนึ่ง,1.1,กลยุทธ์ที่หนึ่ง,N-01,โครงการที่หนึ่ง,2571-2572,BHRDI,"1,250,000"',
    'HR-2571-2575,แผนทดสอบ 2571-2575,2571,2575,2,เป้าประสงค์ที่สอง,2.1,กลยุทธ์ที่สอง,N-02,โครงการที่สอง,2573,สำนักงานเขตสมมุติ,',
  ].join('\n');

  it('a bad plan file → 400 with every issue and its row; nothing written', async () => {
    const before = await snapshot();
    const csv = [
      PLAN_HEADER,
      'HR-2571-2575,แผนทดสอบ,2571,2575,1,เป้า,1.1,กลยุทธ์,N-01,โครงการ,2580,,',
      'HR-2571-2575,แผนทดสอบ,2571,2575,1,เป้า,1.1,กลยุทธ์,N-02,โครงการ,2571,,งบ',
    ].join('\n');
    const res = await upload('plan', form(csv));
    const error = expectApiError(res, 400, 'invalid_input');
    const issues = error.issues ?? [];
    expect(issues.length).toBeGreaterThanOrEqual(2);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, field: 'fiscal_years' }),
        expect.objectContaining({ row: 3, field: 'budget' }),
      ]),
    );
    expect(await snapshot()).toEqual(before);
  });

  it('?dryRun=true of a good plan → 200 announcing the records and the new unit; nothing written', async () => {
    const before = await snapshot();
    const res = await upload('plan', form(NEW_PLAN), { query: '?dryRun=true' });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json() as ImportResult;
    expect(result).toMatchObject({ dryRun: true, ok: true, rows: 2, issues: [], planCode: 'HR-2571-2575' });
    expect(result.newUnits).toEqual(['สำนักงานเขตสมมุติ']);
    expect(result.created).toMatchObject({ plan: 1, project: 2 });
    expect(await snapshot()).toEqual(before);
    const plans = await t.app.inject({ method: 'GET', url: '/api/plans', headers: { cookie: admin } });
    expect((plans.json() as PlanListItem[]).map((p) => p.code)).toEqual([DEMO_PLAN]);
  });

  it('the good plan for real → 200 and the plan is listed', async () => {
    const res = await upload('plan', form(NEW_PLAN));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: false, ok: true, planCode: 'HR-2571-2575' });
    const plans = await t.app.inject({ method: 'GET', url: '/api/plans', headers: { cookie: admin } });
    const listed = (plans.json() as PlanListItem[]).find((p) => p.code === 'HR-2571-2575');
    expect(listed).toMatchObject({
      name: 'แผนทดสอบ 2571-2575',
      startYear: 2571,
      endYear: 2575,
      projectCount: 2,
      latestPeriod: null,
      // Another plan is current: the import does not move everyone's default (issue 14.2).
      state: 'draft',
    });
  });

  it('an owner unit written as a code of the kind the import generates → 200, every unit created once (was 500)', async () => {
    const { rows } = await t.db.query<{ n: number }>(
      `select (case when is_called then last_value + 1 else last_value end)::int as n from org_unit_id_seq`,
    );
    const n = rows[0]!.n;
    const line = (code: string, owner: string) =>
      `HR-2576-2580,แผนหน่วยงาน,2576,2580,1,เป้า,1.1,กลยุทธ์,${code},โครงการ ${code},2576,${owner},`;
    const csv = [
      PLAN_HEADER,
      line('G-01', 'หน่วยงานทดสอบรหัส'),
      line('G-02', `U-${n}`),
      line('G-03', `U-${n + 1}`),
    ];
    const res = await upload('plan', form(csv.join('\n')));
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as ImportResult).newUnits).toEqual(['หน่วยงานทดสอบรหัส', `U-${n}`, `U-${n + 1}`]);
    const { rows: units } = await t.db.query<{ id: number; code: string }>(
      `select u.id, u.code from project p join org_unit u on u.id = p.owner_unit_id
        where p.code like 'G-%' order by p.code`,
    );
    expect(units).toEqual([
      { id: n + 2, code: `U-${n + 2}` },
      { id: n, code: `U-${n}` },
      { id: n + 1, code: `U-${n + 1}` },
    ]);
  });

  it('a file over 10 MB → 413, not 500', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61);
    expectApiError(await upload('plan', form(big)), 413, 'too_large');
  });
});
