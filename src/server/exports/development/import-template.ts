/**
 * The template of a development file (GET /api/development/imports/:kind/template.xlsx, formats.md): row 1 the
 * Thai labels with each key in brackets (the import reads the key, the Thai label or both), and drop-down
 * lists from a second sheet "รายการ": the HRD strategy's number and name (of the newest opened year's plan),
 * the budget source and activity type (their Thai names, which the import accepts), the learning mode and
 * yes/no. The plan template pre-fills nothing in the data rows: a forgotten example would be imported.
 */
import type ExcelJS from 'exceljs';
import { COLUMNS, type DevelopmentKind } from '../../import/development/columns';
import { ACTIVITY_TYPES, BUDGET_SOURCES } from '../../import/development/plan-rows';
import { MODES } from '../../import/development/record-rows';
import type { TemplateYear } from '../../repositories/development/template';

const FONT = { name: 'Sarabun', size: 12 } as const;
/** Rows of the first sheet that get the drop-down lists. */
const LISTED_ROWS = 2_000;
export const LISTS_SHEET = 'รายการ';
export const DATA_SHEET = 'ข้อมูล';

interface DataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

const letter = (n: number): string =>
  n <= 26 ? String.fromCharCode(64 + n) : letter(Math.floor((n - 1) / 26)) + letter(((n - 1) % 26) + 1);

export const templateHeader = (c: { key: string; th: string }) => `${c.th} (${c.key})`;

/** The drop-down values of a column, or none. */
function listOf(key: string, year: TemplateYear | null): string[] | null {
  switch (key) {
    case 'hrd_strategy':
      return year ? year.strategies.map((s) => s.no) : null;
    case 'hrd_strategy_name':
      return year ? year.strategies.map((s) => s.name) : null;
    case 'activity_type':
      return Object.values(ACTIVITY_TYPES);
    case 'budget_source':
      return Object.values(BUDGET_SOURCES);
    case 'mode':
      return Object.values(MODES);
    case 'digital':
    case 'passed':
      return ['ใช่', 'ไม่ใช่'];
    default:
      return null;
  }
}

export async function developmentTemplate(kind: DevelopmentKind, year: TemplateYear | null): Promise<Buffer> {
  // exceljs is loaded when a workbook is first made, not with the server (its idle memory).
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'tidtam';
  const sheet = book.addWorksheet(DATA_SHEET);
  const lists = book.addWorksheet(LISTS_SHEET);
  const columns = COLUMNS[kind];
  sheet.columns = columns.map((c) => ({ header: templateHeader(c), width: Math.max(16, c.th.length + 10) }));
  // Dates, numbers and codes are typed as text so Excel keeps "0012" and "1/10/2566" as written.
  columns.forEach((_, i) => (sheet.getColumn(i + 1).numFmt = '@'));
  let listColumn = 0;
  columns.forEach((c, i) => {
    const values = listOf(c.key, year);
    if (!values || values.length === 0) return;
    listColumn++;
    const at = letter(listColumn);
    lists.getCell(`${at}1`).value = templateHeader(c);
    values.forEach((v, n) => (lists.getCell(`${at}${n + 2}`).value = v));
    lists.getColumn(listColumn).width = 40;
    const col = letter(i + 1);
    (sheet as unknown as { dataValidations: DataValidations }).dataValidations.add(
      `${col}2:${col}${LISTED_ROWS + 1}`,
      {
        type: 'list',
        allowBlank: !c.required,
        formulae: [`'${LISTS_SHEET}'!$${at}$2:$${at}$${values.length + 1}`],
        showErrorMessage: true,
        errorTitle: 'ค่าไม่ถูกต้อง / Invalid value',
        error: 'เลือกจากรายการ / choose from the list',
      },
    );
  });
  if (kind === 'plan' && year) {
    const note = lists.getCell(`${letter(listColumn + 2)}1`);
    note.value = `ปีงบประมาณ ${year.fiscalYear} แผน ${year.hrdPlan} ${year.hrdPlanName}`;
  }
  for (const ws of [sheet, lists]) {
    ws.eachRow((row, n) => row.eachCell((cell) => (cell.font = { ...FONT, bold: n === 1 })));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  columns.forEach((c, i) => {
    if (c.required) sheet.getCell(1, i + 1).font = { ...FONT, bold: true, color: { argb: 'FFB00020' } };
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
