/**
 * What the two development imports share (as the workforce imports): one transaction (a dry run rolls it back
 * after every check and write), the file streamed into a staging table, every row error collected and the
 * import refused as a whole when there is one, and one audit event per file with its counts.
 */
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { ANALYZE_AFTER_ROWS, refreshStatistics } from '../../db/statistics';
import { invalidInput } from '../../errors';
import { IssueList } from '../../import/issue-batch';
import type { DevelopmentKind } from '../../import/development/columns';
import { developmentImportScope } from '../../policies/development/import-policy';
import { recordDevelopmentImport, unitCodeOf } from '../../repositories/development/import-audit';
import type { DevelopmentImportResult } from '../../../shared/api/development/imports';
import type { ImportNamed } from '../../../shared/api/common';
import type { FieldIssue } from '../../../shared/messages';
import { inTransaction } from '../dry-run';

export interface ImportOptions {
  dryRun?: boolean;
}

export interface ImportSteps {
  stage(tx: Queryable, issues: IssueList, ownUnit: number | null): Promise<number>;
  check(tx: Queryable, issues: IssueList, ownUnit: number | null): Promise<void>;
  write(tx: Queryable): Promise<{ created: number; updated: number; unchanged: number; named: ImportNamed }>;
  tables: readonly string[];
}

export function addChecked(issues: IssueList, found: { listed: readonly FieldIssue[]; count: number }) {
  issues.add(found.listed);
  issues.addUnlisted(found.count - found.listed.length);
}

/** The actor's scope (throws 403 first, before any upload is read): null = every unit. */
export async function importScope(db: Queryable, actor: Actor): Promise<number | null> {
  if (actor.role === 'admin') return null;
  const code = actor.unitId === null ? null : await unitCodeOf(db, actor.unitId);
  return developmentImportScope(actor, code);
}

export async function runImport(
  db: Database,
  actor: Actor,
  kind: DevelopmentKind,
  dryRun: boolean,
  steps: ImportSteps,
): Promise<DevelopmentImportResult> {
  const ownUnit = await importScope(db, actor);
  const result = await inTransaction(db, dryRun, async (tx) => {
    const issues = new IssueList();
    const rows = await steps.stage(tx, issues, ownUnit);
    await steps.check(tx, issues, ownUnit);
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
    const { named, ...counts } = await steps.write(tx);
    const answer: DevelopmentImportResult = {
      kind,
      dryRun,
      rows,
      ...counts,
      named,
      issues: [],
      moreIssues: 0,
    };
    await recordDevelopmentImport(tx, actor, kind, { kind, dryRun, rows, ...counts });
    return answer;
  });
  if (!dryRun && result.rows >= ANALYZE_AFTER_ROWS) await refreshStatistics(db, steps.tables);
  return result;
}
