/**
 * The template of a workforce file (GET /api/workforce/imports/:kind/template.xlsx): row 1 the Thai labels
 * with each key in brackets (the import reads either), one example row, and a drop-down list of the Thai
 * names for every column that takes a code, from a second sheet "รหัส" listing codes and names.
 */
import type ExcelJS from 'exceljs';
import { COLUMNS, templateHeader, type WorkforceKind } from '../../import/workforce/columns';

const FONT = { name: 'Sarabun', size: 12 } as const;
/** Rows of the first sheet that get the drop-down lists (the example row and the rows under it). */
const LISTED_ROWS = 2_000;
const CODES_SHEET = 'รหัส';

interface DataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

const letter = (n: number): string =>
  n <= 26 ? String.fromCharCode(64 + n) : letter(Math.floor((n - 1) / 26)) + letter(((n - 1) % 26) + 1);

export async function importTemplate(kind: WorkforceKind): Promise<Buffer> {
  // exceljs is loaded when a workbook is first made, not with the server (its idle memory).
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'tidtam';
  const sheet = book.addWorksheet('ข้อมูล');
  const codes = book.addWorksheet(CODES_SHEET);
  const columns = COLUMNS[kind];
  sheet.columns = columns.map((c) => ({ header: templateHeader(c), width: Math.max(16, c.th.length + 10) }));
  sheet.addRow(columns.map((c) => c.example));
  // Dates, numbers and codes are typed as text so Excel keeps "02/10/2518" and "0012" as written.
  columns.forEach((_, i) => (sheet.getColumn(i + 1).numFmt = '@'));
  let codeColumn = 0;
  columns.forEach((c, i) => {
    if (!c.codes) return;
    codeColumn++;
    const at = letter(codeColumn);
    const entries = Object.entries(c.codes);
    codes.getCell(`${at}1`).value = templateHeader(c);
    entries.forEach(([, thai], n) => (codes.getCell(`${at}${n + 2}`).value = thai));
    codes.getColumn(codeColumn).width = 40;
    const formula = `'${CODES_SHEET}'!$${at}$2:$${at}$${entries.length + 1}`;
    // One range per column (exceljs's per-cell validations are merged in text order and overlap).
    const col = letter(i + 1);
    (sheet as unknown as { dataValidations: DataValidations }).dataValidations.add(
      `${col}2:${col}${LISTED_ROWS + 1}`,
      {
        type: 'list',
        allowBlank: !c.required,
        formulae: [formula],
        showErrorMessage: true,
        errorTitle: 'ค่าไม่ถูกต้อง / Invalid value',
        error: `เลือกจากรายการ / choose from the list (${entries.map(([code]) => code).join(', ')})`,
      },
    );
  });
  for (const ws of [sheet, codes]) {
    ws.eachRow((row, n) => row.eachCell((cell) => (cell.font = { ...FONT, bold: n === 1 })));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  columns.forEach((c, i) => {
    if (c.required) sheet.getCell(1, i + 1).font = { ...FONT, bold: true, color: { argb: 'FFB00020' } };
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
