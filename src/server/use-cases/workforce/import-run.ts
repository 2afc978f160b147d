/**
 * What the three workforce imports share (formats.md, "Workforce files"): one transaction (a dry run rolls
 * it back after doing every check and every write), the file read a batch at a time into a staging table,
 * every row error collected (the first LIMITS.issuesListed listed, the rest counted) and the import
 * refused as a whole when there is one, one audit event per file with its counts, and the planner's
 * statistics refreshed after a large file on PGlite.
 */
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { ANALYZE_AFTER_ROWS, refreshStatistics } from '../../db/statistics';
import { invalidInput } from '../../errors';
import { IssueList } from '../../import/issue-batch';
import { recordImportEvent, updateImportEvent } from '../../repositories/workforce/import-audit';
import type { FieldIssue } from '../../../shared/messages';
import type { WorkforceImportKind, WorkforceImportResult } from '../../../shared/api/workforce/imports';
import { inTransaction } from '../dry-run';

export interface ImportOptions {
  dryRun?: boolean;
  /** Today in Bangkok, ISO (tests fix it). */
  today?: string;
}

export interface ImportSteps {
  /** Creates the staging table and reads the file into it; answers the rows of data read. */
  stage(tx: Queryable, issues: IssueList): Promise<number>;
  /** Checks across the file and against the database, once every row without an error is staged. */
  check(tx: Queryable, issues: IssueList): Promise<void>;
  /** The writes, set-based; `eventId` is the import's audit event. */
  write(
    tx: Queryable,
    eventId: number,
  ): Promise<{
    created: number;
    updated: number;
    unchanged: number;
    removed?: number;
    /** The first codes of each change, in the order of the file (removed: history only). */
    named: { created: string[]; updated: string[]; removed?: string[] };
  }>;
  /** Tables whose statistics change after a large import. */
  tables: readonly string[];
}

export const bangkokToday = (now = new Date()) =>
  new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/** Adds a SQL check's issues: those it listed, and the count of the rest. */
export function addChecked(issues: IssueList, found: { listed: readonly FieldIssue[]; count: number }) {
  issues.add(found.listed);
  issues.addUnlisted(found.count - found.listed.length);
}

export async function runImport(
  db: Database,
  actor: Actor,
  kind: WorkforceImportKind,
  dryRun: boolean,
  steps: ImportSteps,
): Promise<WorkforceImportResult> {
  const result = await inTransaction(db, dryRun, async (tx) => {
    const issues = new IssueList();
    const rows = await steps.stage(tx, issues);
    await steps.check(tx, issues);
    if (issues.count > 0) {
      const listed = issues.fieldIssues();
      throw invalidInput(
        listed,
        {
          th: `ไฟล์มีข้อผิดพลาด ${issues.count.toLocaleString('en-US')} รายการ: ยังไม่ได้บันทึกข้อมูลใด`,
          en: `The file has ${issues.count.toLocaleString('en-US')} errors: nothing was written`,
        },
        issues.count - listed.length,
      );
    }
    const eventId = await recordImportEvent(tx, actor, kind, { rows, dryRun });
    const counts = await steps.write(tx, eventId);
    const answer: WorkforceImportResult = {
      kind,
      dryRun,
      rows,
      created: counts.created,
      updated: counts.updated,
      unchanged: counts.unchanged,
      removed: counts.removed ?? 0,
      named: { ...counts.named, removed: counts.named.removed ?? [] },
      issues: [],
      moreIssues: 0,
    };
    // The audit event keeps the counts; the records themselves are in workforce_revision and the tables.
    const { issues: _none, moreIssues: _zero, named: _codes, ...audited } = answer;
    await updateImportEvent(tx, eventId, audited);
    return answer;
  });
  if (!dryRun && result.rows >= ANALYZE_AFTER_ROWS) await refreshStatistics(db, steps.tables);
  return result;
}
