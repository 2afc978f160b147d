/**
 * Imports a people file (formats.md, "People file"): a person is identified by person_no; a person already
 * recorded is updated in place, their earlier values kept (workforce_revision, under the import's audit
 * event). A repeated person_no or national ID, or a national ID another person holds, is a row error.
 */
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { readLines } from '../../import/workforce/read-lines';
import { readPersonLine } from '../../import/workforce/people-rows';
import {
  createPeopleStage,
  mergePeople,
  peopleFileIssues,
  stagePeople,
} from '../../repositories/workforce/people-writes';
import type { WorkforceImportResult } from '../../../shared/api/workforce/imports';
import { addChecked, bangkokToday, runImport, type ImportOptions } from './import-run';

export async function importPeople(
  db: Database,
  actor: Actor,
  path: string,
  options: ImportOptions = {},
): Promise<WorkforceImportResult> {
  const today = options.today ?? bangkokToday();
  return runImport(db, actor, 'people', options.dryRun ?? false, {
    tables: ['person'],
    async stage(tx, issues) {
      await createPeopleStage(tx);
      return readLines(
        path,
        'people',
        issues,
        (reader) => readPersonLine(reader, today),
        (lines) => stagePeople(tx, lines),
      );
    },
    async check(tx, issues) {
      addChecked(issues, await peopleFileIssues(tx, issues.room));
    },
    write: (tx, eventId) => mergePeople(tx, eventId),
  });
}
