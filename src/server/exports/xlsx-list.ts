/** A list as a one-sheet workbook: a bold frozen header with filters, real numbers with formats. */
import { neutraliseValue } from './neutralise';
import type { ExportValue } from './neutralise';

/** One column of a downloadable list: its header, how its cells are typed and formatted, and its value. */
export interface ExportColumn<T> {
  header: string;
  kind: 'text' | 'int' | 'decimal' | 'pct';
  width?: number;
  value: (row: T) => ExportValue;
}

const FONT = { name: 'Sarabun', size: 12 } as const;
const FORMATS = { int: '#,##0', decimal: '#,##0.00', pct: '0.00' } as const;

export async function toXlsx<T>(
  sheetName: string,
  columns: ExportColumn<T>[],
  rows: readonly T[],
): Promise<Buffer> {
  // exceljs is loaded when a workbook is first made, not with the server (its idle memory).
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'tidtam';
  const sheet = book.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  for (const row of rows) {
    sheet.addRow(
      columns.map((c) => {
        const value = c.value(row);
        // exact decimal strings become real numbers in the sheet; text is neutralised
        return c.kind !== 'text' && typeof value === 'string' ? Number(value) : neutraliseValue(value);
      }),
    );
  }
  columns.forEach((c, i) => {
    if (c.kind !== 'text') sheet.getColumn(i + 1).numFmt = FORMATS[c.kind];
  });
  sheet.eachRow((row, n) => {
    row.eachCell((cell) => {
      cell.font = { ...FONT, bold: n === 1 };
    });
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
