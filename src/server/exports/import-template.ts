/**
 * The Excel template of an import file, for every module (workforce, development, monitoring): row 1 the Thai
 * labels with each key in brackets (the imports read the key, the label or both), optional example rows, every
 * cell typed as text (Excel keeps "0012" and "31/05/2566" as written), and a drop-down list for each column that
 * takes one of a set, from a second sheet. Required columns' labels are red.
 */
import type ExcelJS from 'exceljs';

const FONT = { name: 'Sarabun', size: 12 } as const;
/** Rows of the first sheet that get the drop-down lists. */
const LISTED_ROWS = 2_000;
export const DATA_SHEET = 'ข้อมูล';

export interface TemplateColumn {
  key: string;
  th: string;
  required: boolean;
}

export interface TemplateSpec {
  columns: readonly TemplateColumn[];
  /** The drop-down values of a column (null or empty: none). */
  listOf: (column: TemplateColumn) => readonly string[] | null;
  /** The second sheet's name ("รายการ", "รหัส"). */
  listsSheet: string;
  /** The message shown when a typed value is not in the list. */
  listError?: (column: TemplateColumn) => string;
  /** Rows written under the header (an example); none by default, as a forgotten example would be imported. */
  examples?: readonly (readonly string[])[];
  /** A note written on the lists sheet, beside the lists. */
  note?: string;
}

interface DataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

/** A column's letters: 1 → A, 27 → AA. */
export const columnLetter = (n: number): string =>
  n <= 26
    ? String.fromCharCode(64 + n)
    : columnLetter(Math.floor((n - 1) / 26)) + columnLetter(((n - 1) % 26) + 1);

export const templateHeader = (c: { key: string; th: string }) => `${c.th} (${c.key})`;

export async function importTemplate(spec: TemplateSpec): Promise<Buffer> {
  // exceljs is loaded when a workbook is first made, not with the server (its idle memory).
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'tidtam';
  const sheet = book.addWorksheet(DATA_SHEET);
  const lists = book.addWorksheet(spec.listsSheet);
  const { columns } = spec;
  sheet.columns = columns.map((c) => ({ header: templateHeader(c), width: Math.max(16, c.th.length + 10) }));
  for (const example of spec.examples ?? []) sheet.addRow([...example]);
  columns.forEach((_, i) => (sheet.getColumn(i + 1).numFmt = '@'));
  let listColumn = 0;
  columns.forEach((c, i) => {
    const values = spec.listOf(c);
    if (!values || values.length === 0) return;
    listColumn++;
    const at = columnLetter(listColumn);
    lists.getCell(`${at}1`).value = templateHeader(c);
    values.forEach((v, n) => (lists.getCell(`${at}${n + 2}`).value = v));
    lists.getColumn(listColumn).width = 40;
    // One range per column (exceljs's per-cell validations are merged in text order and overlap).
    const col = columnLetter(i + 1);
    (sheet as unknown as { dataValidations: DataValidations }).dataValidations.add(
      `${col}2:${col}${LISTED_ROWS + 1}`,
      {
        type: 'list',
        allowBlank: !c.required,
        formulae: [`'${spec.listsSheet}'!$${at}$2:$${at}$${values.length + 1}`],
        showErrorMessage: true,
        errorTitle: 'ค่าไม่ถูกต้อง / Invalid value',
        error: spec.listError?.(c) ?? 'เลือกจากรายการ / choose from the list',
      },
    );
  });
  if (spec.note) lists.getCell(`${columnLetter(listColumn + 2)}1`).value = spec.note;
  for (const ws of [sheet, lists]) {
    ws.eachRow((row, n) => row.eachCell((cell) => (cell.font = { ...FONT, bold: n === 1 })));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  columns.forEach((c, i) => {
    if (c.required) sheet.getCell(1, i + 1).font = { ...FONT, bold: true, color: { argb: 'FFB00020' } };
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
