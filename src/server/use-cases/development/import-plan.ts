/**
 * Imports a development plan file (formats.md, "Development plan file"): the HRD plan and its strategies
 * are created or renamed, the year opened against that plan when new, and each project matched by
 * (fiscal_year, project_code) and updated in place. An agency's focal point imports its own unit's rows only.
 */
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { readLines } from '../../import/development/read-lines';
import { readPlanLine } from '../../import/development/plan-rows';
import { loadUnitResolver } from '../../repositories/units';
import {
  createPlanStage,
  mergePlan,
  planFileIssues,
  stagePlan,
} from '../../repositories/development/plan-writes';
import type { DevelopmentImportResult } from '../../../shared/api/development/imports';
import { addChecked, runImport, type ImportOptions } from './import-run';

export function importDevelopmentPlan(
  db: Database,
  actor: Actor,
  path: string,
  options: ImportOptions = {},
): Promise<DevelopmentImportResult> {
  return runImport(db, actor, 'plan', options.dryRun ?? false, {
    tables: ['development_project'],
    async stage(tx, issues, ownUnit) {
      await createPlanStage(tx);
      const units = await loadUnitResolver(tx);
      return readLines(
        path,
        'plan',
        issues,
        (reader) => readPlanLine(reader, (text) => units.resolve(text), ownUnit),
        (lines) => stagePlan(tx, lines),
      );
    },
    async check(tx, issues, ownUnit) {
      addChecked(issues, await planFileIssues(tx, issues.room, ownUnit));
    },
    write: (tx) => mergePlan(tx),
  });
}
