/**
 * POST /api/workforce/imports/:kind and GET …/template.xlsx over HTTP: multipart upload kept on disk (past the
 * 10 MB of other uploads), dry run, row errors as a 400, admin only, and the template imported back as is.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkforceImportResult } from '../../src/shared/api/workforce/imports';
import { changeHeaders, createTestApp, expectApiError, type TestApp } from '../helpers/api-app';

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

function form(bytes: Uint8Array | string, name = 'people.csv'): FormData {
  const data = new FormData();
  data.append('file', new Blob([bytes]), name);
  return data;
}

async function upload(kind: string, body: FormData, cookie: string, dryRun = false) {
  const request = new Request('http://x/', { method: 'POST', body });
  const payload = Buffer.from(await request.arrayBuffer());
  return t.app.inject({
    method: 'POST',
    url: `/api/workforce/imports/${kind}${dryRun ? '?dryRun=true' : ''}`,
    headers: { ...changeHeaders(cookie), 'content-type': request.headers.get('content-type')! },
    payload,
  });
}

const PEOPLE_CSV =
  'person_no,first_name,last_name,birth_date,staff_type\n' +
  '7700001,มานะ,ขยัน,01/10/2505,ข้าราชการกรุงเทพมหานครสามัญ\n' +
  '7700002,ปิติ,ยินดี,1970-05-05,teacher\n';

const count = async (sql: string) => (await t.db.query<{ n: number }>(sql)).rows[0]!.n;

describe('POST /api/workforce/imports/:kind', () => {
  it('a dry run counts and writes nothing; the real import writes and answers the same counts', async () => {
    const dry = await upload('people', form(PEOPLE_CSV), admin, true);
    expect(dry.statusCode).toBe(200);
    const expected: WorkforceImportResult = {
      kind: 'people',
      dryRun: true,
      rows: 2,
      created: 2,
      updated: 0,
      unchanged: 0,
      removed: 0,
      named: { created: ['7700001', '7700002'], updated: [], removed: [] },
      issues: [],
      moreIssues: 0,
    };
    expect(dry.json()).toEqual(expected);
    expect(await count(`select count(*)::int as n from person where person_no like '77%'`)).toBe(0);
    const real = await upload('people', form(PEOPLE_CSV), admin);
    expect(real.statusCode).toBe(200);
    expect(real.json()).toEqual({ ...expected, dryRun: false });
    expect(await count(`select count(*)::int as n from person where person_no like '77%'`)).toBe(2);
    const again = await upload('people', form(PEOPLE_CSV), admin);
    expect(again.json()).toEqual({
      ...expected,
      dryRun: false,
      created: 0,
      unchanged: 2,
      named: { created: [], updated: [], removed: [] },
    });
  });

  it('answers 400 with every row error, naming row and column in Thai and English', async () => {
    const res = await upload(
      'people',
      form('person_no,first_name,last_name,birth_date,staff_type\n77,ก,ข,,x\n'),
      admin,
    );
    const error = expectApiError(res, 400, 'invalid_input');
    expect(error.issues!.map((i) => [i.row, i.field])).toEqual([
      [2, 'birth_date'],
      [2, 'staff_type'],
    ]);
    expect(error.issues![0]).toEqual({ row: 2, field: 'birth_date', en: 'is required', th: 'ต้องกรอก' });
  });

  it('takes an upload over the 10 MB of other uploads (kept on disk, read a batch at a time)', async () => {
    const big = 'nickname\n' + `${'x'.repeat(1000)}\n`.repeat(12_000);
    expect(big.length).toBeGreaterThan(11_000_000);
    const res = await upload('people', form(big), admin);
    const error = expectApiError(res, 400, 'invalid_input');
    expect(error.issues!.map((i) => [i.row, i.field, i.en])).toEqual([
      [1, 'nickname', 'unknown column'],
      [1, 'person_no', 'required column is missing'],
      [1, 'first_name', 'required column is missing'],
      [1, 'last_name', 'required column is missing'],
      [1, 'birth_date', 'required column is missing'],
      [1, 'staff_type', 'required column is missing'],
    ]);
  });

  it('is refused to a focal point, even of a unit (403), and without a session (401)', async () => {
    expectApiError(await upload('people', form(PEOPLE_CSV), focal, true), 403, 'forbidden');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/workforce/imports/people',
      headers: changeHeaders(),
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses an unknown kind (400) and a request without a file (400)', async () => {
    expectApiError(await upload('salaries', form(PEOPLE_CSV), admin), 400, 'invalid_input');
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/workforce/imports/people',
      headers: { ...changeHeaders(admin), 'content-type': 'application/json' },
      payload: {},
    });
    expectApiError(none, 400, 'invalid_input');
  });
});

describe('GET /api/workforce/imports/:kind/template.xlsx', () => {
  it('has the Thai labels with their keys, drop-down lists of codes, and an example row that imports', async () => {
    const res = await t.app.inject({
      url: '/api/workforce/imports/people/template.xlsx',
      headers: { cookie: admin },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toContain('filename="workforce-people.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header).toEqual([
      'เลขประจำตัวบุคลากร (person_no)',
      'เลขประจำตัวประชาชน (national_id)',
      'คำนำหน้าชื่อ (title)',
      'ชื่อ (first_name)',
      'นามสกุล (last_name)',
      'วันเกิด (birth_date)',
      'เพศ (gender)',
      'ประเภทบุคลากร (staff_type)',
      'วันเข้ารับราชการ (entry_date)',
      'วันพ้นจากราชการ (exit_date)',
      'เหตุที่พ้นจากราชการ (exit_reason)',
    ]);
    expect(sheet.getCell('H2').value).toBe('ข้าราชการกรุงเทพมหานครสามัญ');
    expect(sheet.getCell('H500').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'รหัส'!$B$2:$B$6"],
    });
    const codes = book.getWorksheet('รหัส')!;
    expect((codes.getColumn(2).values as string[]).slice(1)).toEqual([
      'ประเภทบุคลากร (staff_type)',
      'ข้าราชการกรุงเทพมหานครสามัญ',
      'ข้าราชการครูและบุคลากรทางการศึกษา',
      'ข้าราชการในสถาบันอุดมศึกษา',
      'ลูกจ้างประจำ',
      'ลูกจ้างชั่วคราว',
    ]);
    const back = await upload('people', form(res.rawPayload, 'template.xlsx'), admin, true);
    expect(back.statusCode).toBe(200);
    expect((back.json() as WorkforceImportResult).created).toBe(1);
  });

  it('is for admins only', async () => {
    const res = await t.app.inject({
      url: '/api/workforce/imports/history/template.xlsx',
      headers: { cookie: focal },
    });
    expectApiError(res, 403, 'forbidden');
  });
});
