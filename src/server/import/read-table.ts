/**
 * Reads an uploaded CSV (UTF-8, optional BOM, RFC 4180) or XLSX (first sheet) into rows of text,
 * numbered as Excel shows them (the header is row 1). Wholly empty rows are skipped.
 */
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { AppError } from '../errors';

export interface TableRow {
  row: number;
  values: Record<string, string>;
}

export interface Table {
  headers: string[];
  rows: TableRow[];
  /** Rows with text beyond the last named column (an unquoted "1,000" in a CSV, say). */
  overfull?: number[];
}

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // a ZIP file

export function looksLikeXlsx(data: Uint8Array): boolean {
  return XLSX_MAGIC.every((byte, i) => data[i] === byte);
}

function unreadable(en: string, th: string): AppError {
  return new AppError('invalid_input', { th, en }, [{ field: 'file', th, en }]);
}

function toTable(matrix: string[][]): Table {
  const [header, ...body] = matrix;
  if (!header || header.every((h) => h.trim() === '')) {
    throw unreadable('the file is empty: row 1 must hold the column keys', 'ไฟล์ว่าง: แถวที่ 1 ต้องเป็นชื่อคอลัมน์');
  }
  const headers = header.map((h) => h.trim());
  const rows: TableRow[] = [];
  const overfull: number[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.slice(headers.length).some((c) => c.trim() !== '')) overfull.push(i + 2);
    const values: Record<string, string> = {};
    headers.forEach((key, col) => {
      if (key !== '') values[key] = (cells[col] ?? '').trim();
    });
    rows.push({ row: i + 2, values });
  });
  return { headers, rows, overfull };
}

function readCsv(data: Uint8Array): Table {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw unreadable(
      'the file is not UTF-8 text: save it as "CSV UTF-8" or XLSX',
      'ไฟล์ไม่ใช่ข้อความ UTF-8: บันทึกเป็น "CSV UTF-8" หรือ XLSX',
    );
  }
  try {
    const matrix = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
    return toTable(matrix);
  } catch (err) {
    if (err instanceof AppError) throw err;
    const where = (err as { lines?: number }).lines;
    const line = where ? ` (line ${where})` : '';
    throw unreadable(`the CSV cannot be read${line}: ${(err as Error).message}`, `อ่านไฟล์ CSV ไม่ได้${line}`);
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

async function readXlsx(data: Uint8Array): Promise<Table> {
  // Loaded on the first XLSX upload, not at start: exceljs is ~27 MB of the server's memory.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw unreadable(
      'the XLSX file cannot be opened: not a CSV or XLSX file, or a damaged one',
      'เปิดไฟล์ XLSX ไม่ได้: ไม่ใช่ไฟล์ CSV หรือ XLSX หรือไฟล์เสียหาย',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable('the workbook has no sheet', 'ไฟล์ไม่มีแผ่นงาน');
  const width = sheet.columnCount;
  const matrix: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    matrix.push(Array.from({ length: width }, (_, c) => cellText(row.getCell(c + 1).value)));
  }
  return toTable(matrix);
}

const startsWith = (data: Uint8Array, bytes: readonly number[]) => bytes.every((b, i) => data[i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Well-known files people upload by mistake, recognised by their first bytes. */
const NOT_A_TABLE: { magic: number[]; en: string; th: string }[] = [
  { magic: ascii('%PDF-'), en: 'a PDF document', th: 'เอกสาร PDF' },
  { magic: [0x89, ...ascii('PNG')], en: 'a PNG image', th: 'รูปภาพ PNG' },
  { magic: [0xff, 0xd8, 0xff], en: 'a JPEG image', th: 'รูปภาพ JPEG' },
  { magic: ascii('GIF8'), en: 'a GIF image', th: 'รูปภาพ GIF' },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    en: 'an old Excel (.xls) or Word file: save it as XLSX or "CSV UTF-8"',
    th: 'ไฟล์ Excel รุ่นเก่า (.xls) หรือ Word: บันทึกเป็น XLSX หรือ "CSV UTF-8"',
  },
  { magic: [0x1f, 0x8b], en: 'a gzip archive', th: 'ไฟล์บีบอัด gzip' },
  { magic: ascii('Rar!'), en: 'a RAR archive', th: 'ไฟล์บีบอัด RAR' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], en: 'a 7-Zip archive', th: 'ไฟล์บีบอัด 7-Zip' },
  {
    magic: [0xff, 0xfe],
    en: 'UTF-16 text: save it as "CSV UTF-8" or XLSX',
    th: 'ข้อความ UTF-16: บันทึกเป็น "CSV UTF-8" หรือ XLSX',
  },
  {
    magic: [0xfe, 0xff],
    en: 'UTF-16 text: save it as "CSV UTF-8" or XLSX',
    th: 'ข้อความ UTF-16: บันทึกเป็น "CSV UTF-8" หรือ XLSX',
  },
];

function notATable(what: { en: string; th: string }): AppError {
  return unreadable(`not a CSV or XLSX file (${what.en})`, `ไม่ใช่ไฟล์ CSV หรือ XLSX (${what.th})`);
}

/**
 * Refuses, by content (never by file name or declared type), what is neither an XLSX workbook nor CSV
 * text: known binary formats by their first bytes, and anything else holding a NUL byte (text never does).
 */
export function checkTableFile(data: Uint8Array): void {
  if (looksLikeXlsx(data)) return;
  const known = NOT_A_TABLE.find((f) => startsWith(data, f.magic));
  if (known) throw notATable(known);
  if (data.includes(0)) throw notATable({ en: 'binary data', th: 'ข้อมูลไบนารี' });
}

export async function readTable(data: Uint8Array): Promise<Table> {
  checkTableFile(data);
  return looksLikeXlsx(data) ? readXlsx(data) : readCsv(data);
}

/** Unknown or missing columns, as row-1 issues. */
export function checkColumns(
  table: Table,
  columns: { required: readonly string[]; optional: readonly string[] },
) {
  const known = new Set([...columns.required, ...columns.optional]);
  const issues = [];
  const seen = new Set<string>();
  for (const h of table.headers) {
    if (h === '') continue;
    if (seen.has(h)) issues.push({ row: 1, field: h, en: 'the column appears twice', th: 'คอลัมน์ซ้ำ' });
    seen.add(h);
    if (!known.has(h)) issues.push({ row: 1, field: h, en: 'unknown column', th: 'ไม่รู้จักคอลัมน์นี้' });
  }
  for (const r of columns.required) {
    if (!seen.has(r))
      issues.push({ row: 1, field: r, en: 'required column is missing', th: 'ไม่มีคอลัมน์ที่ต้องมี' });
  }
  for (const row of table.overfull ?? []) {
    issues.push({
      row,
      field: table.headers[table.headers.length - 1] ?? '',
      en: 'the row has more cells than there are columns (quote numbers that contain commas)',
      th: 'แถวนี้มีข้อมูลเกินจำนวนคอลัมน์ (ตัวเลขที่มีจุลภาคต้องอยู่ในเครื่องหมายคำพูด)',
    });
  }
  return issues;
}
