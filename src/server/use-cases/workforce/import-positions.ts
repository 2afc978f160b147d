/**
 * Imports a positions file (formats.md, "Positions file", the staffing frame): a position is identified by
 * position_no and updated in place when recorded, its earlier values kept (workforce_revision). Units are
 * matched by code or name as in the plan file; an unknown unit is a row error (never created: positions
 * belong to agencies that exist).
 */
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { readLines } from '../../import/workforce/read-lines';
import { readPositionLine } from '../../import/workforce/position-rows';
import { loadUnitResolver } from '../../repositories/units';
import {
  createPositionStage,
  mergePositions,
  positionFileIssues,
  stagePositions,
} from '../../repositories/workforce/positions';
import type { WorkforceImportResult } from '../../../shared/api/workforce/imports';
import { addChecked, runImport, type ImportOptions } from './import-run';

export async function importPositions(
  db: Database,
  actor: Actor,
  path: string,
  options: ImportOptions = {},
): Promise<WorkforceImportResult> {
  return runImport(db, actor, 'positions', options.dryRun ?? false, {
    tables: ['position'],
    async stage(tx, issues) {
      await createPositionStage(tx);
      const units = await loadUnitResolver(tx);
      return readLines(
        path,
        'positions',
        issues,
        (reader) => readPositionLine(reader, (text) => units.resolve(text)),
        (lines) => stagePositions(tx, lines),
      );
    },
    async check(tx, issues) {
      addChecked(issues, await positionFileIssues(tx, issues.room));
    },
    write: (tx, eventId) => mergePositions(tx, eventId),
  });
}
