/**
 * Reads a large import file (workforce, development) in batches: the header is checked first (unknown, missing or repeated columns stop
 * the import at once; a kind that gives `accepted` lists unknown ones with the row errors instead), then each row is read into a line by `read` and handed on BATCH at a time, so memory
 * holds one batch whatever the file's length. A row with any issue is not handed on; its issues are listed.
 */
import type { FieldIssue } from '../../shared/messages';
import { BAD_TEXT_MESSAGE } from '../../shared/text';
import { invalidInput } from '../errors';
import type { IssueList } from './issue-batch';
import { checkColumns, unknownColumnListed, type ColumnSpec } from './read-table';
import { RowReader } from './row-reader';
import { streamTable } from './table-stream';

/** A column of a file kind: its key, its Thai label, whether it must be present. */
export interface KindColumn {
  key: string;
  th: string;
  required: boolean;
}

/** What a file kind brings: its header labels → keys, its columns, its row limit. */
export interface LinesOf {
  headerKey: (cell: string) => string;
  columns: ColumnSpec;
  maxRows: number;
  /**
   * The accepted columns as the error names them ("ปีงบประมาณ (fiscal_year), …"): when given, an unknown
   * column does not stop the import at the header but is listed with every row error, naming them.
   */
  accepted?: string;
}

export function columnSpecOf(columns: readonly KindColumn[]): ColumnSpec {
  return {
    required: columns.filter((col) => col.required).map((col) => col.key),
    optional: columns.filter((col) => !col.required).map((col) => col.key),
  };
}

const normal = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** A header cell → its key: the key itself, its Thai label, or `label (key)` as the templates write it. */
export function headerKeyFor(columns: readonly KindColumn[]): (cell: string) => string {
  const byLabel = new Map<string, string>();
  for (const col of columns) {
    byLabel.set(normal(col.key), col.key);
    byLabel.set(normal(col.th), col.key);
  }
  return (cell) => {
    const text = normal(cell);
    const bracketed = /\(([a-z_]+)\)\s*$/.exec(text)?.[1];
    return byLabel.get(text) ?? (bracketed && byLabel.get(bracketed)) ?? cell.trim();
  };
}

/** The columns as an unknown column's error lists them: "ปีงบประมาณ (fiscal_year), …". */
export const acceptedColumns = (columns: readonly KindColumn[]) =>
  columns.map((c) => `${c.th} (${c.key})`).join(', ');

export const linesOf = (
  columns: readonly KindColumn[],
  maxRows: number,
  options: { listUnknownWithRows?: boolean } = {},
): LinesOf => ({
  headerKey: headerKeyFor(columns),
  columns: columnSpecOf(columns),
  maxRows,
  ...(options.listUnknownWithRows ? { accepted: acceptedColumns(columns) } : {}),
});

export const BATCH = 5_000;

const OVERFULL = {
  en: 'the row has more cells than there are columns (quote numbers that contain commas)',
  th: 'แถวนี้มีข้อมูลเกินจำนวนคอลัมน์ (ตัวเลขที่มีจุลภาคต้องอยู่ในเครื่องหมายคำพูด)',
};

/** Reads the file at `path`; answers the rows of data read. */
export async function readLines<T>(
  path: string,
  kind: LinesOf,
  issues: IssueList,
  read: (reader: RowReader) => T | null,
  onBatch: (lines: T[]) => Promise<void>,
): Promise<number> {
  let lastColumn = '';
  return streamTable(path, {
    headerKey: kind.headerKey,
    maxRows: kind.maxRows,
    batch: BATCH,
    onHeader(headers) {
      let headerIssues = checkColumns({ headers: [...headers], rows: [] }, kind.columns, kind.accepted);
      if (kind.accepted !== undefined) {
        // Unknown columns are listed with the rows' errors (the rows are still read); others stop here.
        issues.add(headerIssues.filter(unknownColumnListed));
        headerIssues = headerIssues.filter((i) => !unknownColumnListed(i));
      }
      if (headerIssues.length > 0) throw invalidInput(headerIssues);
      lastColumn = headers[headers.length - 1] ?? '';
    },
    async onRows(rows) {
      const lines: T[] = [];
      for (const row of rows) {
        const found: FieldIssue[] = [];
        if (row.overfull) found.push({ row: row.row, field: lastColumn, ...OVERFULL });
        for (const field of row.badText) found.push({ row: row.row, field, ...BAD_TEXT_MESSAGE });
        const line = read(new RowReader(row, found));
        if (found.length > 0) issues.add(found);
        else if (line !== null) lines.push(line);
      }
      if (lines.length > 0) await onBatch(lines);
    },
  });
}
