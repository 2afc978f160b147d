/**
 * Reads a development file in batches (the workforce files' streamed reader): the header is checked first,
 * then each row is read by `read` and handed on BATCH at a time; a row with any issue is listed, not staged.
 */
import type { FieldIssue } from '../../../shared/messages';
import { LIMITS } from '../../../shared/limits';
import { BAD_TEXT_MESSAGE } from '../../../shared/text';
import { invalidInput } from '../../errors';
import { checkColumns } from '../read-table';
import { RowReader } from '../row-reader';
import { streamTable, type IssueList } from '../workforce/index';
import { columnSpec, headerKeyOf, type DevelopmentKind } from './columns';

export const BATCH = 5_000;

const OVERFULL = {
  en: 'the row has more cells than there are columns (quote numbers that contain commas)',
  th: 'แถวนี้มีข้อมูลเกินจำนวนคอลัมน์ (ตัวเลขที่มีจุลภาคต้องอยู่ในเครื่องหมายคำพูด)',
};

export async function readLines<T>(
  path: string,
  kind: DevelopmentKind,
  issues: IssueList,
  read: (reader: RowReader) => T | null,
  onBatch: (lines: T[]) => Promise<void>,
): Promise<number> {
  let lastColumn = '';
  return streamTable(path, {
    headerKey: headerKeyOf(kind),
    maxRows: LIMITS.developmentImportRows[kind],
    batch: BATCH,
    onHeader(headers) {
      const headerIssues = checkColumns({ headers: [...headers], rows: [] }, columnSpec(kind));
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
