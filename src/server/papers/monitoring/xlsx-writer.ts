/**
 * The committee paper as a workbook (exceljs): one sheet per table, Thai sheet names, real numbers with
 * number formats (a "count (percent)" column becomes two: จำนวน and ร้อยละ), and on every sheet a header
 * stating the month, when the paper was made (Thai date, Bangkok time) and which reports were counted.
 * The sheet of the table by target also carries the chart (the print page's chart as PNG, ./chart-png),
 * below the table, so no cell of the table moves.
 */
import ExcelJS from 'exceljs';
import { CHART_SIZE, statusChartPng, type ChartPicture } from './chart-png';
import type { PaperContent, PaperMeta } from './content';
import { CHART_TITLE, paperHeading } from './narrative';
import { paperTables, type PaperCell, type PaperTable } from './tables';
import { thaiDigits } from './thai-format';

export const XLSX_FONT = { name: 'Sarabun', size: 14 } as const;
export const INT_FORMAT = '#,##0';
export const PCT_FORMAT = '0.00';
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8ECF3' } } as const;
const THIN = { style: 'thin', color: { argb: 'FF555555' } } as const;
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** Values of one paper cell in the sheet: one or two spreadsheet cells. */
function values(cell: PaperCell): { value: string | number; numFmt?: string }[] {
  switch (cell.t) {
    case 'text':
      return [{ value: cell.text }];
    case 'int':
      return [{ value: cell.value, numFmt: INT_FORMAT }];
    case 'pct':
      return [{ value: cell.value, numFmt: PCT_FORMAT }];
    case 'countPct':
      return [
        { value: cell.count, numFmt: INT_FORMAT },
        { value: cell.pct, numFmt: PCT_FORMAT },
      ];
  }
}

function addSheet(
  book: ExcelJS.Workbook,
  table: PaperTable,
  no: number,
  heading: ReturnType<typeof paperHeading>,
  chart: ChartPicture,
) {
  const sheet = book.addWorksheet(table.sheetName, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const lines = [
    `${heading.title} ${heading.committee}`,
    heading.subtitle,
    heading.asOf,
    heading.made + ' (เวลากรุงเทพฯ)',
    heading.basis,
  ];
  if (heading.scope) lines.push(heading.scope);
  for (const line of lines) sheet.addRow([line]);
  sheet.getRow(1).font = { ...XLSX_FONT, bold: true };
  sheet.addRow([]);
  const captionRow = sheet.addRow([`ตารางที่ ${thaiDigits(no)} ${table.title}`]);
  captionRow.font = { ...XLSX_FONT, bold: true };

  const paired = table.columns.some((c) => c.kind === 'countPct');
  const top: string[] = [];
  const sub: string[] = [];
  for (const c of table.columns) {
    top.push(c.label);
    if (c.kind === 'countPct') {
      top.push('');
      sub.push('จำนวน', 'ร้อยละ');
    } else sub.push('');
  }
  const first = sheet.addRow(top);
  const headerRows = [first];
  if (paired) headerRows.push(sheet.addRow(sub));
  let col = 1;
  for (const c of table.columns) {
    const span = c.kind === 'countPct' ? 2 : 1;
    if (span === 2) sheet.mergeCells(first.number, col, first.number, col + 1);
    else if (paired) sheet.mergeCells(first.number, col, first.number + 1, col);
    sheet.getColumn(col).width = Math.max(10, c.width * 6);
    if (span === 2) sheet.getColumn(col + 1).width = 10;
    col += span;
  }
  for (const row of headerRows) {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { ...XLSX_FONT, bold: true };
      cell.fill = HEADER_FILL;
      cell.border = BORDER;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
  }
  if (table.rows.length === 0 && table.empty) sheet.addRow([table.empty]);
  for (const r of table.rows) {
    const cells = r.cells.flatMap(values);
    const row = sheet.addRow(cells.map((c) => c.value));
    cells.forEach((c, i) => {
      const target = row.getCell(i + 1);
      target.font = { ...XLSX_FONT, bold: r.total === true };
      target.border = BORDER;
      target.alignment = { vertical: 'top', wrapText: typeof c.value === 'string' };
      if (c.numFmt) target.numFmt = c.numFmt;
    });
  }
  if (table.key === 'byTarget') addChart(book, sheet, chart);
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (!cell.font?.name) cell.font = XLSX_FONT;
    });
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRows.at(-1)!.number }];
}

/** แผนภูมิที่ ๑ under the table: a caption row, then the picture at its drawing size (96 px to the inch). */
function addChart(book: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, picture: ChartPicture) {
  sheet.addRow([]);
  const caption = sheet.addRow([`แผนภูมิที่ ๑ ${CHART_TITLE}`]);
  caption.font = { ...XLSX_FONT, bold: true };
  // exceljs types its `Buffer` as an ArrayBuffer; a Node Buffer is what it reads at run time.
  const image = book.addImage({ buffer: picture.png as unknown as ArrayBuffer, extension: 'png' });
  // Anchors count from 0: row index caption.number is the row just below the caption.
  sheet.addImage(image, {
    tl: { col: 0, row: caption.number },
    ext: { width: CHART_SIZE.width, height: CHART_SIZE.height },
    editAs: 'oneCell',
  });
}

export async function renderPaperXlsx(content: PaperContent, meta: PaperMeta): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'tidtam';
  book.created = meta.generatedAt;
  const heading = paperHeading(content, meta);
  const chart = statusChartPng(content); // once per paper
  paperTables(content).forEach((table, i) => addSheet(book, table, i + 1, heading, chart));
  return Buffer.from(await book.xlsx.writeBuffer());
}
