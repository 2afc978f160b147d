/**
 * The development plan paper as a workbook (exceljs): a first sheet "สรุป" with the memo's paragraphs and
 * the headline figures as real numbers, then one sheet per table with Thai sheet names, real numbers and
 * number formats, Sarabun throughout.
 */
import ExcelJS from 'exceljs';
import type { PlanPaper, PlanTable, ColumnKind } from './content';
import { th } from './words';

const FONT = { name: 'Sarabun', size: 14 } as const;
const FORMAT: Record<ColumnKind, string | undefined> = {
  text: undefined,
  int: '#,##0',
  baht: '#,##0.00',
  pct: '0.00',
};
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8ECF3' } } as const;
const THIN = { style: 'thin', color: { argb: 'FF555555' } } as const;
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN };

export interface PlanFigures {
  projects: number;
  participants: number;
  budget: number;
  budgetText: string;
  salaryBudget: number | null;
  budgetPctOfSalary: number | null;
}

/** The summary sheet's figure rows, in this order from row 3 (label in A, value in B). */
export const FIGURE_LABELS = [
  'จำนวนโครงการ/หลักสูตร/กิจกรรม',
  'กลุ่มเป้าหมาย (คน)',
  'งบประมาณ (บาท)',
  'งบประมาณ (ตัวอักษร)',
  'งบประมาณหมวดเงินเดือนและค่าจ้างประจำ (บาท)',
  'ร้อยละของงบประมาณหมวดเงินเดือนและค่าจ้างประจำ',
] as const;

function summarySheet(book: ExcelJS.Workbook, paper: PlanPaper, f: PlanFigures) {
  const sheet = book.addWorksheet('สรุป', { pageSetup: { paperSize: 9, fitToPage: true, fitToWidth: 1 } });
  sheet.getColumn(1).width = 48;
  sheet.getColumn(2).width = 60;
  sheet.addRow([paper.title]).font = { ...FONT, bold: true };
  sheet.addRow([]);
  const values: [string | number | null, string | undefined][] = [
    [f.projects, FORMAT.int],
    [f.participants, FORMAT.int],
    [f.budget, FORMAT.baht],
    [f.budgetText, undefined],
    [f.salaryBudget, FORMAT.baht],
    [f.budgetPctOfSalary, FORMAT.pct],
  ];
  FIGURE_LABELS.forEach((label, i) => {
    const [value, numFmt] = values[i]!;
    const row = sheet.addRow([label, value ?? '-']);
    row.getCell(1).border = BORDER;
    row.getCell(2).border = BORDER;
    if (numFmt && value !== null) row.getCell(2).numFmt = numFmt;
  });
  sheet.addRow([]);
  for (const text of [paper.paragraphs[0]!, ...paper.strategyLines, ...paper.paragraphs.slice(1)]) {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, 2);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.height = Math.max(21, Math.ceil(text.length / 90) * 21);
  }
}

function tableSheet(book: ExcelJS.Workbook, table: PlanTable, no: number) {
  const sheet = book.addWorksheet(table.sheetName, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.addRow([`ตารางที่ ${th(no)} ${table.title}`]).font = { ...FONT, bold: true };
  const header = sheet.addRow(table.columns.map((c) => c.label));
  header.eachCell((c) => {
    c.font = { ...FONT, bold: true };
    c.fill = HEADER_FILL;
    c.border = BORDER;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  table.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = Math.max(10, c.width * 6)));
  for (const r of table.rows) {
    const row = sheet.addRow(r.cells);
    r.cells.forEach((_, i) => {
      const target = row.getCell(i + 1);
      target.font = { ...FONT, bold: r.total === true };
      target.border = BORDER;
      const fmt = FORMAT[table.columns[i]!.kind];
      if (fmt) target.numFmt = fmt;
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
}

export async function renderPlanXlsx(paper: PlanPaper, figures: PlanFigures): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'tidtam';
  summarySheet(book, paper, figures);
  paper.tables.forEach((t, i) => tableSheet(book, t, i + 1));
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (!cell.font?.name) cell.font = FONT;
      }),
    ),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
