/**
 * The development files' streamed reader: the kernel's (import/read-lines.ts) with this module's columns and row
 * limits. An unknown column (a typo in a Thai label) is listed with every row error, naming the accepted columns.
 */
import { LIMITS } from '../../../shared/limits';
import { linesOf, readLines as readFileLines } from '../read-lines';
import type { IssueList } from '../issue-batch';
import type { RowReader } from '../row-reader';
import { COLUMNS, type DevelopmentKind } from './columns';

export async function readLines<T>(
  path: string,
  kind: DevelopmentKind,
  issues: IssueList,
  read: (reader: RowReader) => T | null,
  onBatch: (lines: T[]) => Promise<void>,
): Promise<number> {
  return readFileLines(
    path,
    linesOf(COLUMNS[kind], LIMITS.developmentImportRows[kind], { listUnknownWithRows: true }),
    issues,
    read,
    onBatch,
  );
}
