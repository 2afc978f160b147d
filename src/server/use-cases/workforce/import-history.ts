/**
 * Imports a position history file (formats.md, "Position history file"). Each row names a person (and
 * perhaps a position, whose values fill what the row leaves empty); the file is the whole history of the
 * persons it names: a period with the same person, role and first day is updated in place, new ones are
 * added, and a recorded period the file no longer has is removed (its values kept in workforce_revision;
 * the dry run's `removed` shows how many first). One person's periods must not overlap within a role, so a
 * person holds one position at a time (the domain's checkPersonHistory, a chunk of persons at a time).
 */
import { checkPersonHistory, type HistoryPeriod } from '../../../domain/workforce';
import type { FieldIssue } from '../../../shared/messages';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { readHistoryLine } from '../../import/workforce/history-rows';
import { HeapBudget } from '../../import/heap-budget';
import type { IssueList } from '../../import/issue-batch';
import { readLines } from '../../import/workforce/read-lines';
import { loadUnitResolver } from '../../repositories/units';
import {
  createHistoryStage,
  historyReferenceIssues,
  mergeHistory,
  nextStagedPersons,
  stageHistory,
  stagedPeriods,
} from '../../repositories/workforce/history-writes';
import type { WorkforceImportResult } from '../../../shared/api/workforce/imports';
import { addChecked, runImport, type ImportOptions } from './import-run';

/**
 * Persons whose periods are checked together (one query for the ids, one for their periods). Their rows
 * are the import's largest live data in this process (decision 0026): 5,000 persons were ~50,000 rows held
 * twice (the driver's rows and the periods by person); 1,000 hold a fifth of that, at 100 round trips
 * for 100,000 persons.
 */
const PERSONS_AT_ONCE = 1_000;

async function checkOverlaps(tx: Queryable, issues: IssueList): Promise<void> {
  let after = 0;
  const heap = new HeapBudget();
  for (;;) {
    const ids = await nextStagedPersons(tx, after, PERSONS_AT_ONCE);
    if (ids.length === 0) return;
    after = ids[ids.length - 1]!;
    const byPerson = new Map<number, HistoryPeriod[]>();
    for (const p of await stagedPeriods(tx, ids)) {
      const list = byPerson.get(p.person_id) ?? [];
      list.push({
        row: p.row_no,
        role: p.role,
        from: p.from_date,
        to: p.to_date,
        positionType: p.position_type,
        level: p.level,
      });
      byPerson.set(p.person_id, list);
    }
    for (const periods of byPerson.values()) {
      issues.add(
        checkPersonHistory(periods).map((i): FieldIssue => ({
          row: i.row,
          field: i.field,
          en: i.en,
          th: i.th,
        })),
      );
    }
    heap.afterBatch();
  }
}

export async function importHistory(
  db: Database,
  actor: Actor,
  path: string,
  options: ImportOptions = {},
): Promise<WorkforceImportResult> {
  return runImport(db, actor, 'history', options.dryRun ?? false, {
    tables: ['position_history'],
    async stage(tx, issues) {
      await createHistoryStage(tx);
      const units = await loadUnitResolver(tx);
      return readLines(
        path,
        'history',
        issues,
        (reader) => readHistoryLine(reader, (text) => units.resolve(text)),
        (lines) => stageHistory(tx, lines),
      );
    },
    async check(tx, issues) {
      addChecked(issues, await historyReferenceIssues(tx, issues.room));
      await checkOverlaps(tx, issues);
    },
    write: (tx, eventId) => mergeHistory(tx, eventId),
  });
}
