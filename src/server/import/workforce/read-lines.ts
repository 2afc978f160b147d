/**
 * The workforce files' streamed reader: the kernel's (import/read-lines.ts) with this module's columns and row limits.
 */
import { LIMITS } from '../../../shared/limits';
import { linesOf, readLines as readFileLines } from '../read-lines';
import type { IssueList } from '../issue-batch';
import type { RowReader } from '../row-reader';
import { COLUMNS, type WorkforceKind } from './columns';

export async function readLines<T>(
  path: string,
  kind: WorkforceKind,
  issues: IssueList,
  read: (reader: RowReader) => T | null,
  onBatch: (lines: T[]) => Promise<void>,
): Promise<number> {
  return readFileLines(path, linesOf(COLUMNS[kind], LIMITS.workforceImportRows[kind]), issues, read, onBatch);
}
