/**
 * The round report as a paper (issue 14.12), from the demo's records for FY 2567 beside FY 2566: its DOCX
 * converted by LibreOffice to PDF must read in Thai with every number in Thai digits (counts, percentages,
 * money, months and years, page numbers), set in Sarabun; its XLSX keeps real numbers in Sarabun cells with
 * the headings' numbers in Thai digits. Same font mapping as committee-paper-render.test.ts.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { loadDemo } from '../../src/server/demo/load-demo';
import { renderRoundDocx } from '../../src/server/papers/monitoring/round-docx';
import { renderRoundXlsx } from '../../src/server/papers/monitoring/round-xlsx';
import type { RoundsResponse } from '../../src/shared/api/monitoring/rounds';
import { getRoundReports } from '../../src/server/use-cases/monitoring/round-reports';
import { createTestDatabase } from '../helpers/test-db';
import { footerNumbers, pagesNotDrawnThai, pdfTextOfDocx, withoutFooters } from './libreoffice';

const run = promisify(execFile);
const READER = { userId: null, label: 'committee', role: 'viewer', unitId: null } as const;
const MADE_AT = new Date('2024-04-10T03:00:00Z'); // 10 April 2567, 10.00 Bangkok time

let db: Database;
let dir = '';
let report: RoundsResponse;
let xml = '';
let text = '';

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemo(db, { workforce: false });
  report = await getRoundReports(db, READER, 'HR-2566-2570', { fiscalYear: 2567 });
  dir = await mkdtemp(join(tmpdir(), 'tidtam-rounds-'));
  await writeFile(join(dir, 'rounds.docx'), await renderRoundDocx(report, MADE_AT));
  xml = (await run('unzip', ['-p', join(dir, 'rounds.docx'), 'word/document.xml'], { maxBuffer: 1 << 26 }))
    .stdout;
  text = await pdfTextOfDocx(dir, 'rounds');
}, 180_000);

afterAll(async () => {
  await db?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const squash = (s: string) => s.replace(/\s+/g, '');

describe('the round paper', () => {
  it('prints every number in Thai digits, in the PDF and in the document’s own text', async () => {
    expect(text.length).toBeGreaterThan(500);
    // pdftotext reads the footer's PAGE field as the document holds it ("- 2 -"): the page numbers are
    // checked as drawn (Thai, on page 2 and after); Word uses the section's Thai numbering (decision 0028).
    expect(withoutFooters(text).match(/[0-9]/g)).toBeNull();
    const pages = footerNumbers(text);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages).toEqual(pages.map((_, i) => String(i + 1)));
    expect(await pagesNotDrawnThai(dir, 'rounds', [2, pages.length])).toEqual([]);
    const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join(' ');
    expect(runs.match(/[0-9]/g)).toBeNull();
    // Page numbers in Thai numerals too.
    expect(xml).toContain('w:fmt="thaiNumbers"');
  });

  it('reads in Thai with the rounds, the years and the signed change', () => {
    for (const words of [
      'รายงานผลการดำเนินงานรายรอบ',
      'ปีงบประมาณ พ.ศ. ๒๕๖๗',
      'ตารางที่ ๑ ผลการดำเนินงานรอบ ๓ เดือน (ตุลาคม ๒๕๖๖ – ธันวาคม ๒๕๖๖)',
      'ตารางที่ ๔ ผลการดำเนินงานรอบ ๑๒ เดือน (ตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗)',
      'จัดทำเมื่อ ๑๐ เมษายน ๒๕๖๗ เวลา ๑๐.๐๐ น.',
      'เปลี่ยนแปลง (+/−)',
      // FY 2567 has no key results; FY 2566's first round had nine.
      'ผลลัพธ์สำคัญทั้งหมด ๐ ๙ −๙',
    ]) {
      expect(squash(text)).toContain(squash(words));
    }
    const first = report.rounds[0]!;
    const planned = first.current.budget.planned;
    expect(planned).not.toBe('0');
    const thai = (s: string) => s.replace(/[0-9]/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!);
    const grouped = (s: string) => {
      const [whole = '0', fraction = ''] = s.split('.');
      return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction.padEnd(2, '0')}`;
    };
    expect(squash(text)).toContain(squash(`งบประมาณตามแผน (บาท) ${thai(grouped(planned))}`));
  });

  it('sets every run in Sarabun', () => {
    expect(new Set([...xml.matchAll(/w:cs="([^"]+)"/g)].map((m) => m[1]))).toEqual(new Set(['Sarabun']));
  });

  it('writes a workbook of four round sheets in Sarabun with real numbers', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderRoundXlsx(report, MADE_AT)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'รอบ ๓ เดือน',
      'รอบ ๖ เดือน',
      'รอบ ๙ เดือน',
      'รอบ ๑๒ เดือน',
    ]);
    const sheet = book.worksheets[0]!;
    const strings: string[] = [];
    const fonts = new Set<string>();
    const numbers: number[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        fonts.add(cell.font?.name ?? '');
        if (typeof cell.value === 'string') strings.push(cell.value);
        if (typeof cell.value === 'number') numbers.push(cell.value);
      }),
    );
    expect([...fonts]).toEqual(['Sarabun']);
    expect(strings.join(' ').match(/[0-9]/g)).toBeNull();
    expect(numbers).toContain(-9);
    expect(numbers).toContain(Number(report.rounds[0]!.current.budget.planned));
  });
});
