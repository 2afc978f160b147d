/**
 * Reads an uploaded CSV (UTF-8, optional BOM, RFC 4180) or XLSX (first sheet) into rows of text,
 * numbered as Excel shows them (the header is row 1). Wholly empty rows are skipped.
 */
import { once } from 'node:events';
import { parse } from 'csv-parse';
import type { FieldIssue } from '../../shared/messages';
import { BAD_TEXT_MESSAGE } from '../../shared/text';
import { AppError } from '../errors';
import { addIssue } from './issue-list';
import { readXlsx } from './read-xlsx';
import { Pace, TableBuilder, type Table } from './table-builder';

export type { Table, TableRow } from './table-builder';

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // a ZIP file

export function looksLikeXlsx(data: Uint8Array): boolean {
  return XLSX_MAGIC.every((byte, i) => data[i] === byte);
}

function unreadable(en: string, th: string): AppError {
  return new AppError('invalid_input', { th, en }, [{ field: 'file', th, en }]);
}

/** Characters handed to the CSV parser at a time, with a pause for other requests between them. */
const CSV_CHUNK = 64 * 1024;

async function readCsv(data: Uint8Array, builder: TableBuilder, pace: Pace): Promise<void> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw unreadable(
      'the file is not UTF-8 text: save it as "CSV UTF-8" or XLSX',
      'ไฟล์ไม่ใช่ข้อความ UTF-8: บันทึกเป็น "CSV UTF-8" หรือ XLSX',
    );
  }
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: false });
  const stop = new AbortController();
  const feed = (async () => {
    for (let at = 0; at < text.length; at += CSV_CHUNK) {
      if (!parser.write(text.slice(at, at + CSV_CHUNK))) await once(parser, 'drain', { signal: stop.signal });
      await pace.tick();
    }
    parser.end();
  })();
  // A deadline passed while feeding ends the parser, so the loop below stops with it.
  feed.catch((err: Error) => parser.destroy(err));
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      builder.countCells(row, record.length);
      if (row === 1) builder.header(record);
      else {
        const width = builder.width;
        const beyond = record.length > width && record.slice(width).some((c) => c.trim() !== '');
        builder.add(row, record.length > width ? record.slice(0, width) : record, beyond);
      }
      if (row % 500 === 0) await pace.tick();
    }
    await feed;
  } catch (err) {
    if (err instanceof AppError) throw err;
    const where = (err as { lines?: number }).lines;
    const line = where ? ` (line ${where})` : '';
    throw unreadable(`the CSV cannot be read${line}: ${(err as Error).message}`, `อ่านไฟล์ CSV ไม่ได้${line}`);
  } finally {
    stop.abort();
    parser.destroy();
  }
  if (row === 0) builder.header([]);
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

/**
 * Reads a file within the limits of docs/security.md 4.5 (rows, cells per row, unpacked size, reading time),
 * pausing for other requests as it goes; `pace` is for tests that need a shorter deadline; `headerKey` reads a
 * header cell as its column key (a Thai label → its key).
 */
export async function readTable(
  data: Uint8Array,
  pace = new Pace(),
  headerKey?: (cell: string) => string,
): Promise<Table> {
  checkTableFile(data);
  const builder = new TableBuilder(pace, undefined, headerKey);
  await (looksLikeXlsx(data) ? readXlsx(data, builder, pace) : readCsv(data, builder, pace));
  return builder.table();
}

/** The columns a file kind must and may have, by key. */
export interface ColumnSpec {
  required: readonly string[];
  optional: readonly string[];
}

export const UNKNOWN_COLUMN = { en: 'unknown column', th: 'ไม่รู้จักคอลัมน์นี้' } as const;

/** An unknown column's issue naming the accepted columns: listed with the row errors, not stopping at row 1. */
export const unknownColumnListed = (issue: FieldIssue) =>
  issue.row === 1 && issue.en.startsWith(`${UNKNOWN_COLUMN.en}; `);

/** The row-1 issues that stop the reading (a missing or repeated column; an unknown one unless listed). */
export const stopsAtHeader = (issues: readonly FieldIssue[]) =>
  issues.some((i) => i.row === 1 && !unknownColumnListed(i));

/**
 * Unknown or missing columns, as row-1 issues. With `accepted` (the columns as "ชื่อ (key), …"), an unknown
 * column's issue names them, and the caller lists it with the rows' errors instead of stopping there.
 */
export function checkColumns(table: Table, columns: ColumnSpec, accepted?: string) {
  const known = new Set([...columns.required, ...columns.optional]);
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const unknown =
    accepted === undefined
      ? UNKNOWN_COLUMN
      : {
          en: `${UNKNOWN_COLUMN.en}; the columns are: ${accepted}`,
          th: `${UNKNOWN_COLUMN.th} คอลัมน์ที่ใช้ได้คือ ${accepted}`,
        };
  for (const h of table.headers) {
    if (h === '') continue;
    if (seen.has(h)) issues.push({ row: 1, field: h, en: 'the column appears twice', th: 'คอลัมน์ซ้ำ' });
    seen.add(h);
    if (!known.has(h)) issues.push({ row: 1, field: h, ...unknown });
  }
  for (const r of columns.required) {
    if (!seen.has(r))
      issues.push({ row: 1, field: r, en: 'required column is missing', th: 'ไม่มีคอลัมน์ที่ต้องมี' });
  }
  for (const { row, field } of table.badText ?? []) {
    addIssue(issues, { row, field, ...BAD_TEXT_MESSAGE });
  }
  for (const row of table.overfull ?? []) {
    addIssue(issues, {
      row,
      field: table.headers[table.headers.length - 1] ?? '',
      en: 'the row has more cells than there are columns (quote numbers that contain commas)',
      th: 'แถวนี้มีข้อมูลเกินจำนวนคอลัมน์ (ตัวเลขที่มีจุลภาคต้องอยู่ในเครื่องหมายคำพูด)',
    });
  }
  return issues;
}
