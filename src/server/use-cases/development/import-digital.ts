/**
 * Imports a digital skills file (docs/development-files.md): the OCSC Digital Government Skill Set
 * self-assessment results, one row per person, assessment date and skill area, streamed a batch at a time,
 * all-or-nothing. An assessment already imported (same person, date and area) is updated in place. An
 * agency's focal point imports its own people's assessments only.
 */
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { readDigitalLine } from '../../import/development/digital-rows';
import { readLines } from '../../import/development/read-lines';
import {
  createDigitalStage,
  digitalFileIssues,
  mergeDigital,
  stageDigital,
} from '../../repositories/development/digital-writes';
import type { DevelopmentImportResult } from '../../../shared/api/development/imports';
import { addChecked, runImport, type ImportOptions } from './import-run';

export function importDigitalSkills(
  db: Database,
  actor: Actor,
  path: string,
  options: ImportOptions = {},
): Promise<DevelopmentImportResult> {
  return runImport(db, actor, 'digital-skills', options.dryRun ?? false, {
    tables: ['digital_assessment'],
    async stage(tx, issues) {
      await createDigitalStage(tx);
      return readLines(path, 'digital-skills', issues, readDigitalLine, (lines) => stageDigital(tx, lines));
    },
    async check(tx, issues, ownUnit) {
      addChecked(issues, await digitalFileIssues(tx, issues.room, ownUnit));
    },
    write: (tx) => mergeDigital(tx),
  });
}
