/**
 * Imports a cohort's scores from a CSV or XLSX file through the streamed import kernel (import/read-lines.ts):
 * all or nothing (every row error listed with its row and column, nothing written), a dry run checks and
 * writes, then rolls back. The same checks and write as the form (record-scores.ts); audited as an import.
 */
import type { CohortImportResult } from '../../../shared/api/careers';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { invalidInput } from '../../errors';
import { readScoreLine, scoreFile, type ScoreFileLine } from '../../import/careers/score-rows';
import { IssueList } from '../../import/issue-batch';
import { readLines } from '../../import/read-lines';
import { requireCohortEditor } from '../../policies/careers/cohort-policy';
import { bumpCohort } from '../../repositories/careers/cohorts';
import { inTransaction } from '../dry-run';
import { accessOf } from './cohorts';
import { checkScores, openCohort, saveScores, scoreErrors } from './record-scores';

/** 403 before the upload is read. */
export async function requireScoreImporter(db: Database, actor: Actor): Promise<void> {
  requireCohortEditor(await accessOf(db, actor));
}

export async function importCohortScores(
  db: Database,
  actor: Actor,
  id: number,
  path: string,
  options: { dryRun?: boolean } = {},
): Promise<CohortImportResult> {
  await requireScoreImporter(db, actor);
  const dryRun = options.dryRun ?? false;
  return inTransaction(db, dryRun, async (tx) => {
    const cohort = await openCohort(tx, id);
    const issues = new IssueList();
    const lines: ScoreFileLine[] = [];
    const rows = await readLines(
      path,
      scoreFile(cohort.components),
      issues,
      readScoreLine(cohort.components),
      async (batch) => {
        lines.push(...batch);
      },
    );
    const checked = await checkScores(tx, cohort, lines, (_l, key) =>
      key === 'personNo' ? 'person_no' : key,
    );
    issues.add(checked.issues);
    if (issues.count > 0) {
      const listed = issues.fieldIssues();
      throw invalidInput(listed, scoreErrors(issues.count), issues.count - listed.length);
    }
    const counts = await saveScores(tx, actor, cohort, lines, checked.ids, 'file');
    await bumpCohort(tx, id, cohort.version);
    return { dryRun, rows, ...counts };
  });
}
