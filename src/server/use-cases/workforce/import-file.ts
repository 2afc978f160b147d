/** One entry for the three workforce imports (the route and the command line), by kind; admin only. */
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { assertCanImportWorkforce } from '../../policies/workforce/import-policy';
import type { WorkforceImportKind, WorkforceImportResult } from '../../../shared/api/workforce/imports';
import { importHistory } from './import-history';
import { importPeople } from './import-people';
import { importPositions } from './import-positions';
import type { ImportOptions } from './import-run';

const IMPORTS = { people: importPeople, positions: importPositions, history: importHistory } as const;

export function importWorkforceFile(
  db: Database,
  actor: Actor,
  kind: WorkforceImportKind,
  path: string,
  options: ImportOptions = {},
): Promise<WorkforceImportResult> {
  assertCanImportWorkforce(actor);
  return IMPORTS[kind](db, actor, path, options);
}
