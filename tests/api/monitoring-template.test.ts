/**
 * The monitoring files' Excel templates (issue 14 item 9, docs/monitoring-files.md): Thai labels with their keys,
 * drop-down lists (the plan file's agencies; the report file's plans, the focal point's own projects of the
 * current plan, the Thai statuses); a report template filled in as a person picks from the lists imports back.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/shared/api/monitoring/plans';
import { changeHeaders, createTestApp, expectApiError, type TestApp } from '../helpers/api-app';

let t: TestApp;
const cookie: Record<string, string> = {};
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  for (const u of ['admin', 'focal.pers', 'approver.bhrdi']) cookie[u] = await t.login(u);
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function workbook(url: string, who: string) {
  const res = await t.app.inject({ url, headers: { cookie: cookie[who]! } });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return { book, raw: res.rawPayload };
}

const listed = (book: ExcelJS.Workbook, label: string) => {
  const lists = book.getWorksheet('รายการ')!;
  const col = (lists.getRow(1).values as string[]).indexOf(label);
  expect(col, label).toBeGreaterThan(0);
  return (lists.getColumn(col).values as string[]).slice(2);
};

describe('GET /api/imports/plan/template.xlsx', () => {
  it('the 21 Thai labels with their keys, required ones in red, the active agencies as a list', async () => {
    const { book } = await workbook('/api/imports/plan/template.xlsx', 'admin');
    const sheet = book.getWorksheet('ข้อมูล')!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header).toHaveLength(21);
    expect(header.slice(0, 3)).toEqual([
      'รหัสแผน (plan_code)',
      'ชื่อแผน (plan_name)',
      'ปีเริ่มต้นของแผน (plan_start_year)',
    ]);
    expect(header[15]).toBe('งบประมาณ (บาท) (budget)');
    expect(sheet.rowCount).toBe(1);
    expect(sheet.getCell('A1').font.color?.argb).toBe('FFB00020');
    expect(sheet.getCell('G1').font.color).toBeUndefined(); // target_value is optional
    const { rows } = await t.db.query<{ n: number }>(
      "select count(*)::int as n from org_unit where status = 'active'",
    );
    const units = listed(book, 'หน่วยงานรับผิดชอบ (owner_unit)');
    expect(units).toHaveLength(rows[0]!.n);
    expect(units).toContain('สำนักงานการเจ้าหน้าที่ สำนักปลัดกรุงเทพมหานคร');
  });

  it('a focal point may not (403): only the centre imports plans', async () => {
    expectApiError(
      await t.app.inject({
        url: '/api/imports/plan/template.xlsx',
        headers: { cookie: cookie['focal.pers']! },
      }),
      403,
      'forbidden',
    );
  });
});

describe('GET /api/imports/reports/template.xlsx', () => {
  let template: Buffer;

  it("a focal point's: the plans, its own unit's projects of the current plan, the Thai statuses", async () => {
    const { book, raw } = await workbook('/api/imports/reports/template.xlsx', 'focal.pers');
    template = raw;
    expect((book.getWorksheet('ข้อมูล')!.getRow(1).values as string[]).slice(1)).toEqual([
      'รหัสแผน (plan_code)',
      'รหัสโครงการ (project_code)',
      'เดือนที่รายงาน (period)',
      'สถานะ (status)',
      'ร้อยละความก้าวหน้า (percent)',
      'ผลตามตัวชี้วัด (kpi_actual)',
      'ผลการเบิกจ่าย (บาท) (spent)',
      'ปัญหาอุปสรรค (problems)',
      'แนวทางดำเนินการต่อไป (next_steps)',
    ]);
    const { rows } = await t.db.query<{ code: string }>(
      `select p.code from project p join plan on plan.id = p.plan_id join org_unit u on u.id = p.owner_unit_id
        where plan.state = 'current' and u.code = 'PERS' order by p.code`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(listed(book, 'รหัสโครงการ (project_code)')).toEqual(rows.map((r) => r.code));
    expect(listed(book, 'รหัสแผน (plan_code)')[0]).toBe('HR-2566-2570');
    expect(listed(book, 'สถานะ (status)')).toEqual([
      'ยังไม่ได้ดำเนินการ',
      'อยู่ระหว่างดำเนินการ',
      'ดำเนินการเสร็จแล้ว',
      'ยกเลิก',
    ]);
    const sheetXml = await (await JSZip.loadAsync(raw)).file('xl/worksheets/sheet1.xml')!.async('string');
    const ranges = [...sheetXml.matchAll(/<dataValidation [^>]*sqref="([A-Z0-9:]+)"/g)].map(([, r]) => r);
    expect(ranges.sort()).toEqual(['A2:A2001', 'B2:B2001', 'D2:D2001']);
  });

  it('filled in as picked from the lists, it imports back (dry run: one report would be created)', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template as unknown as ArrayBuffer);
    const { rows } = await t.db.query<{ code: string }>(
      `select p.code from project p join org_unit u on u.id = p.owner_unit_id join plan on plan.id = p.plan_id
        where u.code = 'PERS' and plan.state = 'current' and p.fiscal_year_from <= 2566 and p.fiscal_year_to >= 2566
        order by p.code limit 1`,
    );
    book.getWorksheet('ข้อมูล')!.addRow(['HR-2566-2570', rows[0]!.code, '2566-06', 'อยู่ระหว่างดำเนินการ', '35']);
    const body = new FormData();
    body.append('file', new Blob([await book.xlsx.writeBuffer()], { type: XLSX }), 'รายงาน.xlsx');
    const request = new Request('http://x/', { method: 'POST', body });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/imports/reports?dryRun=true',
      headers: {
        ...changeHeaders(cookie['focal.pers']),
        'content-type': request.headers.get('content-type')!,
      },
      payload: Buffer.from(await request.arrayBuffer()),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ImportResult>()).toMatchObject({ dryRun: true, rows: 1, created: { monthly_report: 1 } });
  });

  it('an approver may not (403)', async () => {
    expectApiError(
      await t.app.inject({
        url: '/api/imports/reports/template.xlsx',
        headers: { cookie: cookie['approver.bhrdi']! },
      }),
      403,
      'forbidden',
    );
  });
});
