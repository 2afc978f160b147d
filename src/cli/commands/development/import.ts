/**
 * `tidtam import development-plan|development-records|digital-skills FILE [--dry-run]` (formats.md;
 * the digital skills file: docs/development-files.md): CSV or XLSX, all-or-nothing
 * through the use cases the web import uses, in this process or, while a server holds the data directory, by
 * that server (the multipart upload). Row errors go to standard error and the exit status is 1 (src/cli/main.ts).
 */
import { access, constants } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Backend } from '../../backend';
import type { DevelopmentImportResult } from '../../../shared/api/development/imports';
import { changeLabel, namedLines } from '../../named-lines';
import { UsageError } from '../../usage';

export const DEVELOPMENT_IMPORTS = ['development-plan', 'development-records', 'digital-skills'];
const KIND = {
  'development-plan': 'plan',
  'development-records': 'records',
  'digital-skills': 'digital-skills',
} as const;

export async function developmentImportCommand(
  backend: Backend,
  kind: string,
  file: string | undefined,
  dryRun: boolean,
) {
  if (!file) throw new UsageError(`usage: tidtam import ${kind} FILE [--dry-run]`);
  const path = resolve(file);
  try {
    await access(path, constants.R_OK);
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  const result = await backend.importDevelopment(KIND[kind as keyof typeof KIND], path, dryRun);
  for (const line of developmentResultLines(result, file)) console.log(line);
}

/** What one record of the kind is called: in the counts' line (plural) and on the lines naming them. */
const RECORD = {
  plan: ['projects', 'project'],
  records: ['records', 'record'],
  'digital-skills': ['assessments', 'assessment'],
} as const;

/** The counts on one line, then the first records created and updated by their codes (a dry run: would be). */
export function developmentResultLines(result: DevelopmentImportResult, file: string): string[] {
  const [what, record] = RECORD[result.kind];
  return [
    `${result.dryRun ? 'Dry run — nothing written. ' : ''}${file}: ${result.rows} rows`,
    `  ${what} created: ${result.created}, updated: ${result.updated}, unchanged: ${result.unchanged}`,
    ...(result.created > 0 ? [`  ${changeLabel('created', result.dryRun)}:`] : []),
    ...namedLines(record, result.named.created, result.created),
    ...(result.updated > 0 ? [`  ${changeLabel('updated', result.dryRun)}:`] : []),
    ...namedLines(record, result.named.updated, result.updated),
  ];
}
