/** `tidtam import development-plan|development-records FILE [--dry-run]` (formats.md). */
import { OPERATOR } from '../../../server/actor';
import type { Database } from '../../../server/db/database';
import { importDevelopmentPlan } from '../../../server/use-cases/development/import-plan';
import { importDevelopmentRecords } from '../../../server/use-cases/development/import-records';
import { UsageError } from '../../usage';

export const DEVELOPMENT_IMPORTS = ['development-plan', 'development-records'];

export async function developmentImportCommand(
  db: Database | null,
  kind: string,
  file: string | undefined,
  dryRun: boolean,
) {
  if (!file) throw new UsageError(`usage: tidtam import ${kind} FILE [--dry-run]`);
  if (!db)
    throw new UsageError('stop the server first: development files are imported into the database directly');
  const run = kind === 'development-plan' ? importDevelopmentPlan : importDevelopmentRecords;
  const result = await run(db, OPERATOR, file, { dryRun });
  console.log(`${result.dryRun ? 'Dry run — nothing written. ' : ''}${file}: ${result.rows} rows`);
  console.log(
    `  projects created: ${result.created}, updated: ${result.updated}, unchanged: ${result.unchanged}`,
  );
}
