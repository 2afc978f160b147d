/**
 * The development plan paper over HTTP (issue 11 item 2): seed 004's FY2564 as DOCX and XLSX. The workbook's
 * cells hold the memo's figures as numbers (332 projects, 58,753 participants, 353,166,405 baht, 2.34 % of the
 * salary budget; 236/15/33/48 projects and 46,504/1,276/2,991/7,982 participants by strategy); the Word
 * paper writes them in Thai digits. Who may: admin, the institute, the committee; an agency and staff 403.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectApiError, type TestApp } from '../helpers/api-app';

let t: TestApp;
const cookie: Record<string, string> = {};
const get = (url: string, who: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: cookie[who]! } });

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  await t.db.query(
    `with p as (insert into person (person_no, birth_date, first_name, last_name, entry_date)
                values ('PAPER-1', '1990-01-01', 'คนหนึ่ง', 'ทดสอบเอกสาร', '2020-01-01') returning id)
     insert into app_user (username, display_name, password_hash, role, person_id)
     select 'staff.paper', 'บุคลากร ค', password_hash, 'staff', p.id from app_user, p where username = 'committee'`,
  );
  for (const u of ['admin', 'committee', 'focal.bhrdi', 'approver.bhrdi', 'focal.pers', 'staff.paper'])
    cookie[u] = await t.login(u);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('GET /api/development/years/2564/plan.xlsx', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const res = await get('/api/development/years/2564/plan.xlsx', 'admin');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('development-plan-2564.xlsx');
    book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  });

  it('the summary sheet: the memo’s figures as numbers, the total in Thai words', () => {
    const s = book.getWorksheet('สรุป')!;
    const value = (row: number) => s.getCell(`B${row}`).value;
    expect(s.getCell('A3').value).toBe('จำนวนโครงการ/หลักสูตร/กิจกรรม');
    expect([value(3), value(4), value(5), value(8)]).toEqual([332, 58753, 353166405, 2.34]);
    expect(value(6)).toBe('สามร้อยห้าสิบสามล้านหนึ่งแสนหกหมื่นหกพันสี่ร้อยห้าบาทถ้วน');
    expect(s.getCell('B5').numFmt).toBe('#,##0.00');
    expect(s.getCell('B3').font?.name).toBe('Sarabun');
    const text = String(s.getCell('A10').value);
    expect(text).toContain('มีจำนวนทั้งสิ้น ๓๓๒ โครงการ/หลักสูตร/กิจกรรม กลุ่มเป้าหมายจำนวน ๕๘,๗๕๓ คน');
    expect(text).toContain('งบประมาณจำนวนทั้งสิ้น ๓๕๓,๑๖๖,๔๐๕.- บาท');
    expect(text).toContain('คิดเป็นร้อยละ ๒.๓๔ ของงบประมาณรายจ่ายประจำปี ๒๕๖๔');
  });

  it('by strategy: 236/15/33/48 projects, 46,504/1,276/2,991/7,982 participants, and the total row', () => {
    const s = book.getWorksheet('ยุทธศาสตร์')!;
    const rows = [3, 4, 5, 6, 7].map((r) => [2, 3].map((c) => s.getCell(r, c).value));
    expect(rows).toEqual([
      [236, 46504],
      [15, 1276],
      [33, 2991],
      [48, 7982],
      [332, 58753],
    ]);
    expect(s.getCell(7, 4).value).toBe(353166405);
    expect(String(s.getCell(3, 1).value)).toMatch(/^ยุทธศาสตร์ที่ ๑ พัฒนาทรัพยากรบุคคล/);
  });

  it('sources, activity types and agency groups each add up to the plan; the coverage matrix has a count row', () => {
    for (const name of ['แหล่งงบประมาณ', 'ประเภทกิจกรรม', 'กลุ่มหน่วยงาน']) {
      const s = book.getWorksheet(name)!;
      const last = s.getRow(s.rowCount);
      expect(last.getCell(1).value).toBe('รวม');
      expect([last.getCell(2).value, last.getCell(3).value, last.getCell(4).value]).toEqual([
        332, 58753, 353166405,
      ]);
      let projects = 0;
      for (let r = 3; r < s.rowCount; r++) projects += Number(s.getCell(r, 2).value);
      expect(projects).toBe(332);
    }
    const m = book.getWorksheet('ความครอบคลุม')!;
    expect(m.getRow(2).values).toEqual([
      undefined,
      'หน่วยงาน',
      'ยุทธศาสตร์ที่ ๑',
      'ยุทธศาสตร์ที่ ๒',
      'ยุทธศาสตร์ที่ ๓',
      'ยุทธศาสตร์ที่ ๔',
    ]);
    let sum = 0;
    for (let r = 3; r < m.rowCount; r++) for (let c = 2; c <= 5; c++) sum += Number(m.getCell(r, c).value);
    expect(sum).toBe(332);
    expect(m.getCell(m.rowCount, 1).value).toBe('จำนวนหน่วยงานที่พัฒนา');
  });
});

describe('GET /api/development/years/2564/plan.docx', () => {
  it('the paper in Thai digits, Sarabun, naming the strategies few agencies develop', async () => {
    const res = await get('/api/development/years/2564/plan.docx', 'focal.bhrdi');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const words of [
      'ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ มีจำนวนทั้งสิ้น ๓๓๒ โครงการ/หลักสูตร/กิจกรรม',
      'กลุ่มเป้าหมายจำนวน ๕๘,๗๕๓ คน งบประมาณจำนวนทั้งสิ้น ๓๕๓,๑๖๖,๔๐๕.- บาท',
      '(สามร้อยห้าสิบสามล้านหนึ่งแสนหกหมื่นหกพันสี่ร้อยห้าบาทถ้วน) คิดเป็นร้อยละ ๒.๓๔',
      'มีบางหน่วยงานเท่านั้นที่พัฒนาบุคลากรในสังกัด',
      '- ยุทธศาสตร์ที่ ๑ พัฒนาทรัพยากรบุคคลของกรุงเทพมหานครให้มีสมรรถนะพึงประสงค์ มีโครงการฝึกอบรมที่สนับสนุน จำนวน ๒๓๖ โครงการ/กิจกรรม กลุ่มเป้าหมายจำนวน ๔๖,๕๐๔ คน',
      'จำนวน ๑๕ โครงการ/กิจกรรม กลุ่มเป้าหมายจำนวน ๑,๒๗๖ คน',
      'จำนวน ๓๓ โครงการ/กิจกรรม กลุ่มเป้าหมายจำนวน ๒,๙๙๑ คน',
      'จำนวน ๔๘ โครงการ/กิจกรรม กลุ่มเป้าหมายจำนวน ๗,๙๘๒ คน',
      'ตารางที่ ๕ ความครอบคลุมยุทธศาสตร์ของหน่วยงาน',
    ])
      expect(text).toContain(words);
    expect(xml).toContain('w:ascii="Sarabun"');
  });
});

describe('who may download the plan paper', () => {
  it('admin, the institute and the committee 200; another agency and staff 403; a year not opened 404', async () => {
    for (const who of ['committee', 'approver.bhrdi'])
      expect((await get('/api/development/years/2564/plan.xlsx', who)).statusCode).toBe(200);
    for (const who of ['focal.pers', 'staff.paper'])
      expectApiError(await get('/api/development/years/2564/plan.docx', who), 403, 'forbidden');
    expectApiError(await get('/api/development/years/2599/plan.docx', 'admin'), 404, 'not_found');
    expectApiError(
      await t.app.inject({ method: 'GET', url: '/api/development/years/2564/plan.xlsx' }),
      401,
      'unauthorized',
    );
  });
});
