/**
 * `tidtam import people|positions|history FILE [--dry-run]` (formats.md, "Workforce files"): CSV or XLSX,
 * all-or-nothing through the use case the web import uses (src/server/use-cases/workforce/import-file.ts).
 * The file is handed over by its path and streamed, never read whole. Every row error goes to standard
 * error as `row N, column KEY: …` and the exit status is 1 (src/cli/main.ts); the counts go to standard output.
 */
import { access, constants } from 'node:fs/promises';
import { resolve } from 'node:path';
import { WorkforceImportKind, type WorkforceImportResult } from '../../../shared/api/workforce/imports';
import type { Backend } from '../../backend';
import { changeLabel, namedLines } from '../../named-lines';
import { UsageError } from '../../usage';

export const isWorkforceImportKind = (kind: string | undefined): kind is WorkforceImportKind =>
  WorkforceImportKind.safeParse(kind).success;

export async function workforceImportCommand(
  backend: Backend,
  kind: WorkforceImportKind,
  file: string | undefined,
  options: { dryRun: boolean; extra: string[] },
) {
  if (!file || options.extra.length > 0)
    throw new UsageError('usage: tidtam import people|positions|history FILE [--dry-run]');
  const path = resolve(file);
  try {
    await access(path, constants.R_OK);
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  printResult(await backend.importWorkforce(kind, path, options.dryRun), file);
}

const KIND_TH = { people: 'บุคลากร', positions: 'ตำแหน่ง', history: 'ประวัติการดำรงตำแหน่ง' } as const;
/** What one record of the kind is called on the lines that name them. */
const RECORD = { people: 'person', positions: 'position', history: 'period' } as const;

/** The counts, each with the first records it names (a dry run: what it would write). */
export function workforceResultLines(result: WorkforceImportResult, file: string): string[] {
  const record = RECORD[result.kind];
  const lines = [
    `${result.dryRun ? 'Dry run — nothing written. ' : ''}${file}: ${result.rows} rows (${result.kind} / ${KIND_TH[result.kind]})`,
    `  ${changeLabel('created', result.dryRun)}: ${result.created}`,
    ...namedLines(record, result.named.created, result.created),
    `  ${changeLabel('updated', result.dryRun)}: ${result.updated}`,
    ...namedLines(record, result.named.updated, result.updated),
    `  unchanged: ${result.unchanged}`,
  ];
  // History: the periods of the persons in the file that the file no longer has.
  if (result.kind === 'history')
    lines.push(
      `  ${changeLabel('removed', result.dryRun)}: ${result.removed}`,
      ...namedLines(record, result.named.removed, result.removed),
    );
  return lines;
}

function printResult(result: WorkforceImportResult, file: string) {
  process.stdout.write(`${workforceResultLines(result, file).join('\n')}\n`);
}
