/**
 * The development plan file's Excel template (issue 11 item 1): Thai column labels with their keys, drop-down
 * lists for the strategy, budget source and activity type; filled in by an agency and imported back as is
 * (the Thai labels and Thai names read as keys and codes). An unknown column is listed with every row error
 * and names the accepted columns; nothing is written.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevelopmentImportResult } from '../../src/shared/api/development/imports';
import { changeHeaders, createTestApp, expectApiError, type TestApp } from '../helpers/api-app';

let t: TestApp;
const cookie: Record<string, string> = {};
let template: Buffer;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function upload(book: ExcelJS.Workbook, who: string, dryRun = false) {
  const body = new FormData();
  body.append('file', new Blob([await book.xlsx.writeBuffer()], { type: XLSX }), 'แผนพัฒนา.xlsx');
  const request = new Request('http://x/', { method: 'POST', body });
  return t.app.inject({
    method: 'POST',
    url: `/api/development/imports/plan${dryRun ? '?dryRun=true' : ''}`,
    headers: { ...changeHeaders(cookie[who]), 'content-type': request.headers.get('content-type')! },
    payload: Buffer.from(await request.arrayBuffer()),
  });
}

/** The template with two PERS projects of FY2566 filled in, in Thai as a person picks from the lists. */
async function filled(): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('ข้อมูล')!;
  const plan = ['2566', 'HRD-2561-2565', 'แผนพัฒนาทรัพยากรบุคคลของกรุงเทพมหานคร (พ.ศ. ๒๕๖๑ - ๒๕๖๕)'];
  sheet.addRow([
    ...plan,
    '1',
    'พัฒนาทรัพยากรบุคคลของกรุงเทพมหานครให้มีสมรรถนะพึงประสงค์',
    'PERS',
    'PERS-T1',
    'อบรมการเขียนหนังสือราชการ',
    'การฝึกอบรม',
    '40',
    '60000',
    'ข้อบัญญัติงบประมาณรายจ่ายประจำปี',
  ]);
  sheet.addRow([
    ...plan,
    '4',
    'การสร้างวัฒนธรรมองค์กรสมัยใหม่',
    'PERS',
    'PERS-T2',
    'สัมมนาวัฒนธรรมองค์กร',
    'การสัมมนาเชิงวิชาการหรือเชิงปฏิบัติการ',
    '25',
    '',
    'ไม่ใช้งบประมาณ',
  ]);
  return book;
}

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  for (const u of ['admin', 'committee', 'focal.pers']) cookie[u] = await t.login(u);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('GET /api/development/imports/plan/template.xlsx', () => {
  it('Thai labels with their keys, the lists of strategies, sources and activity types', async () => {
    const res = await t.app.inject({
      url: '/api/development/imports/plan/template.xlsx',
      headers: { cookie: cookie['focal.pers']! },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('development-plan.xlsx');
    template = res.rawPayload;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('ข้อมูล')!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header).toHaveLength(17);
    expect(header.slice(0, 4)).toEqual([
      'ปีงบประมาณ (fiscal_year)',
      'รหัสแผนพัฒนาทรัพยากรบุคคล (hrd_plan)',
      'ชื่อแผนพัฒนาทรัพยากรบุคคล (hrd_plan_name)',
      'ยุทธศาสตร์ที่ (hrd_strategy)',
    ]);
    expect(sheet.rowCount).toBe(1);
    const lists = book.getWorksheet('รายการ')!;
    const column = (label: string) => {
      const col = (lists.getRow(1).values as string[]).indexOf(label);
      return (lists.getColumn(col).values as string[]).slice(2);
    };
    expect(column('ยุทธศาสตร์ที่ (hrd_strategy)')).toEqual(['1', '2', '3', '4']);
    expect(column('ประเภทกิจกรรม (activity_type)')).toEqual([
      'การฝึกอบรม',
      'การประชุมเชิงวิชาการหรือเชิงปฏิบัติการ',
      'การสัมมนาเชิงวิชาการหรือเชิงปฏิบัติการ',
      'การดูงาน',
    ]);
    expect(column('แหล่งงบประมาณ (budget_source)')).toEqual([
      'ข้อบัญญัติงบประมาณรายจ่ายประจำปี',
      'งบประมาณอื่น',
      'ไม่ใช้งบประมาณ',
    ]);
    // The drop-down lists as the file holds them: one range per listed column, pointing into "รายการ".
    const sheetXml = await (
      await JSZip.loadAsync(template)
    )
      .file('xl/worksheets/sheet1.xml')!
      .async('string');
    const lists_ = [
      ...sheetXml.matchAll(/<dataValidation [^>]*sqref="([A-Z0-9:]+)"[^>]*>\s*<formula1>([^<]+)</g),
    ].map(([, range, formula]) => `${range} ${formula!.replace(/&apos;/g, "'")}`);
    expect(lists_.sort()).toEqual([
      "D2:D2001 'รายการ'!$A$2:$A$5",
      "E2:E2001 'รายการ'!$B$2:$B$5",
      "I2:I2001 'รายการ'!$C$2:$C$5",
      "L2:L2001 'รายการ'!$D$2:$D$4",
      "Q2:Q2001 'รายการ'!$E$2:$E$3",
    ]);
  });

  it('the committee may not (403); a focal point may', async () => {
    expectApiError(
      await t.app.inject({
        url: '/api/development/imports/plan/template.xlsx',
        headers: { cookie: cookie.committee! },
      }),
      403,
      'forbidden',
    );
  });
});

describe('the template filled in and imported back', () => {
  it('an unknown column is listed with every row error, naming the accepted columns; nothing written', async () => {
    const book = await filled();
    const sheet = book.getWorksheet('ข้อมูล')!;
    sheet.getCell('R1').value = 'หมายเหตุ';
    sheet.getCell('J3').value = 'ยี่สิบห้า';
    const res = await upload(book, 'focal.pers');
    expectApiError(res, 400, 'invalid_input');
    const issues = (res.json() as { error: { issues: { row: number; field: string; en: string }[] } }).error
      .issues;
    expect(issues.map((i) => `${i.row} ${i.field}`)).toEqual(['1 หมายเหตุ', '3 participants']);
    expect(issues[0]!.en).toContain('unknown column; the columns are: ปีงบประมาณ (fiscal_year), ');
    expect(issues[0]!.en).toContain('พัฒนาทักษะดิจิทัล (digital)');
    const n = await t.db.query("select 1 from development_project where project_code like 'PERS-T%'");
    expect(n.rows).toHaveLength(0);
  });

  it('imports the two projects with their codes read from the Thai names', async () => {
    const res = await upload(await filled(), 'focal.pers');
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json() as DevelopmentImportResult;
    expect([result.rows, result.created, result.updated]).toEqual([2, 2, 0]);
    const { rows } = await t.db.query<Record<string, string>>(
      `select p.project_code, s.no, p.activity_type, p.budget_source, p.budget::text, p.participants::text
         from development_project p join hrd_strategy s on s.id = p.hrd_strategy_id
        where p.project_code like 'PERS-T%' order by p.project_code`,
    );
    expect(rows.map((r) => Object.values(r).join(' '))).toEqual([
      'PERS-T1 1 training ordinance 60000.00 40',
      'PERS-T2 4 seminar none 0.00 25',
    ]);
  });
});
