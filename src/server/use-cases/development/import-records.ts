/**
 * Imports a development records file (formats.md, "Development records file"), up to 2,000,000 rows streamed
 * a batch at a time: a record names a person by person_no (unknown: a row error), keeps its days as given
 * and the person's unit, position and level when it began; a record already imported (same person, activity
 * and start date) is updated in place. An agency's focal point imports its own people's records only.
 */
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { readLines } from '../../import/development/read-lines';
import { readRecordLine } from '../../import/development/record-rows';
import {
  createRecordStage,
  mergeRecords,
  recordFileIssues,
  stageRecords,
} from '../../repositories/development/record-writes';
import type { DevelopmentImportResult } from '../../../shared/api/development/imports';
import { addChecked, runImport, type ImportOptions } from './import-run';

export function importDevelopmentRecords(
  db: Database,
  actor: Actor,
  path: string,
  options: ImportOptions = {},
): Promise<DevelopmentImportResult> {
  return runImport(db, actor, 'records', options.dryRun ?? false, {
    tables: ['development_record'],
    async stage(tx, issues) {
      await createRecordStage(tx);
      return readLines(path, 'records', issues, readRecordLine, (lines) => stageRecords(tx, lines));
    },
    async check(tx, issues, ownUnit) {
      addChecked(issues, await recordFileIssues(tx, issues.room, ownUnit));
    },
    write: (tx) => mergeRecords(tx),
  });
}
