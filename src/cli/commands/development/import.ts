/**
 * `tidtam import development-plan|development-records|digital-skills FILE [--dry-run]` (formats.md;
 * the digital skills file: docs/development-files.md): CSV or XLSX, all-or-nothing
 * through the use cases the web import uses, in this process or, while a server holds the data directory, by
 * that server (the multipart upload). Row errors go to standard error and the exit status is 1 (src/cli/main.ts).
 */
import { access, constants } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Backend } from '../../backend';
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
  console.log(`${result.dryRun ? 'Dry run — nothing written. ' : ''}${file}: ${result.rows} rows`);
  const what = { plan: 'projects', records: 'records', 'digital-skills': 'assessments' }[result.kind];
  console.log(
    `  ${what} created: ${result.created}, updated: ${result.updated}, unchanged: ${result.unchanged}`,
  );
}
