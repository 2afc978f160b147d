/**
 * The round report as a workbook, in the committee paper's style (./xlsx-writer.ts): one sheet per round,
 * Sarabun, the heading in Thai with Thai digits, real numbers with number formats (money to the satang,
 * a change with its sign).
 */
import ExcelJS from 'exceljs';
import type { RoundsResponse } from '../../../shared/api/monitoring/rounds';
import { roundHeading, roundTables, type RoundValue } from './round-rows';
import { thaiDigits } from './thai-format';
import { INT_FORMAT, PCT_FORMAT, XLSX_FONT } from './xlsx-writer';

const MONEY_FORMAT = '#,##0.00';
const signed = (format: string) => `+${format};-${format};${format}`;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8ECF3' } } as const;
const THIN = { style: 'thin', color: { argb: 'FF555555' } } as const;
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN };

function cellOf(v: RoundValue | null, change = false): { value: number | string; numFmt?: string } {
  if (v === null) return { value: '-' };
  const format = v.kind === 'money' ? MONEY_FORMAT : v.kind === 'pct' ? PCT_FORMAT : INT_FORMAT;
  return { value: Number(v.value), numFmt: change ? signed(format) : format };
}

export async function renderRoundXlsx(report: RoundsResponse, generatedAt: Date): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'tidtam';
  book.created = generatedAt;
  const heading = roundHeading(report, generatedAt);
  roundTables(report).forEach((t, i) => {
    const sheet = book.addWorksheet(t.sheetName, {
      pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const lines = [`${heading.title} ${heading.committee}`, heading.subtitle, heading.basis, heading.latest];
    lines.push(`${heading.made} (เวลากรุงเทพฯ)`);
    if (heading.scope) lines.push(heading.scope);
    for (const line of lines) sheet.addRow([line]);
    sheet.getRow(1).font = { ...XLSX_FONT, bold: true };
    sheet.addRow([]);
    sheet.addRow([`ตารางที่ ${thaiDigits(i + 1)} ${t.title}`]).font = { ...XLSX_FONT, bold: true };
    const header = sheet.addRow(t.columns);
    header.eachCell((c) => {
      c.font = { ...XLSX_FONT, bold: true };
      c.fill = HEADER_FILL;
      c.border = BORDER;
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
    for (const r of t.rows) {
      const cells = [{ value: r.label }, cellOf(r.current), cellOf(r.previous), cellOf(r.change, true)];
      const row = sheet.addRow(cells.map((c) => c.value));
      cells.forEach((c, j) => {
        const target = row.getCell(j + 1);
        target.border = BORDER;
        if ('numFmt' in c && c.numFmt) target.numFmt = c.numFmt;
      });
    }
    if (t.note) sheet.addRow([`หมายเหตุ: ${t.note}`]);
    sheet.getColumn(1).width = 42;
    for (const col of [2, 3, 4]) sheet.getColumn(col).width = 22;
    sheet.eachRow((row) => row.eachCell((c) => (c.font = { ...XLSX_FONT, bold: c.font?.bold === true })));
    sheet.views = [{ state: 'frozen', ySplit: header.number }];
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
