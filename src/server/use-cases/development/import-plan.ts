/**
 * Imports a development plan file (formats.md, "Development plan file"): the HRD plan and its strategies
 * are created or renamed, the year opened against that plan when new, and each project matched by
 * (fiscal_year, project_code) and updated in place. An agency's focal point imports its own unit's rows only,
 * as a way of preparing its submission of the year's cycle: refused for a year it has already submitted (or
 * that was accepted), and leaving a draft submission otherwise (its projects count once accepted).
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
import { draftSubmissionsOfImport, lockedSubmissionRows } from '../../repositories/development/submissions';
import type { DevelopmentImportResult } from '../../../shared/api/development/imports';

const lockedRowIssues = (rows: { row_no: number; state: string; n: string }[]) => ({
  listed: rows.map((r) => ({
    row: r.row_no,
    field: 'fiscal_year',
    th: `หน่วยงานส่งแบบเสนอโครงการของปีนี้แล้ว (${r.state === 'accepted' ? 'รับแล้ว' : 'รอพิจารณา'}): แก้ไขไม่ได้`,
    en: `the agency's submission of this year is ${r.state}: its projects cannot change`,
  })),
  count: rows.length > 0 ? Number(rows[0]!.n) : 0,
});
import { addChecked, runImport, type ImportOptions } from './import-run';

export function importDevelopmentPlan(
  db: Database,
  actor: Actor,
  path: string,
  options: ImportOptions = {},
): Promise<DevelopmentImportResult> {
  let agency: number | null = null;
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
      agency = ownUnit;
      if (ownUnit !== null)
        addChecked(issues, lockedRowIssues(await lockedSubmissionRows(tx, ownUnit, issues.room)));
    },
    async write(tx) {
      const counts = await mergePlan(tx);
      if (agency !== null) await draftSubmissionsOfImport(tx, agency);
      return counts;
    },
  });
}
