/**
 * Scores typed on the cohort's form (issue 12, item 6): each row names a person by number (added as a member
 * when not yet one) and some component scores (null clears one). While the cohort is open only; all or
 * nothing: every row's error is listed, naming its row and field, and nothing is written. Audited.
 * `checkScores` and `saveScores` are shared with the file import (import-cohort-scores.ts).
 */
import type { CohortScores, CohortView } from '../../../shared/api/careers';
import type { FieldIssue } from '../../../shared/messages';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { conflict, invalidInput, notFound } from '../../errors';
import { requireCohortEditor } from '../../policies/careers/cohort-policy';
import { recordAudit } from '../../repositories/audit';
import {
  bumpCohort,
  cohortRow,
  personIdsByNo,
  upsertScores,
  type CohortRow,
} from '../../repositories/careers/cohorts';
import { accessOf, COHORT, getCohort } from './cohorts';

export interface ScoreLine {
  /** The form's row (1 = the first) or the file's row as Excel shows it. */
  row: number;
  personNo: string;
  scores: Record<string, number | null>;
}

export const CHANGED = { th: 'ข้อมูลถูกแก้ไขโดยผู้อื่นแล้ว โปรดโหลดใหม่', en: 'Changed by someone else; reload it' };

/** The cohort locked for a change, refused unless open. */
export async function openCohort(tx: Queryable, id: number): Promise<CohortRow> {
  const row = await cohortRow(tx, id, true);
  if (!row) throw notFound(COHORT);
  if (row.status !== 'open')
    throw conflict({
      th: 'รุ่นนี้บันทึกคะแนนครบหรือประกาศผลแล้ว: แก้ไขคะแนนไม่ได้',
      en: 'This cohort is no longer open: its scores are recorded or its ranking published',
    });
  return row;
}

/** Every line's issues (unknown person or component, a person twice) and the person ids, in one query. */
export async function checkScores(
  tx: Queryable,
  cohort: CohortRow,
  lines: readonly ScoreLine[],
  field: (line: ScoreLine, key: string) => string,
): Promise<{ issues: FieldIssue[]; ids: Map<string, number> }> {
  const issues: FieldIssue[] = [];
  const codes = new Set(cohort.components.map((c) => c.code));
  const ids = await personIdsByNo(tx, [...new Set(lines.map((l) => l.personNo))]);
  const seen = new Map<string, number>();
  for (const line of lines) {
    const id = ids.get(line.personNo);
    if (id === undefined)
      issues.push({
        row: line.row,
        field: field(line, 'personNo'),
        th: `ไม่พบบุคลากรเลขที่ ${line.personNo}`,
        en: `no person numbered ${line.personNo}`,
      });
    const first = seen.get(line.personNo);
    if (first !== undefined)
      issues.push({
        row: line.row,
        field: field(line, 'personNo'),
        th: `เลขที่ ${line.personNo} ซ้ำกับแถวที่ ${first}`,
        en: `${line.personNo} repeats row ${first}`,
      });
    else seen.set(line.personNo, line.row);
    for (const code of Object.keys(line.scores))
      if (!codes.has(code))
        issues.push({
          row: line.row,
          field: field(line, code),
          th: `รุ่นนี้ไม่มีองค์ประกอบคะแนน ${code}`,
          en: `this cohort has no score component ${code}`,
        });
  }
  return { issues, ids };
}

export const scoreErrors = (count: number) => ({
  th: `คะแนนมีข้อผิดพลาด ${count.toLocaleString('en-US')} รายการ: ยังไม่ได้บันทึกข้อมูลใด`,
  en: `The scores have ${count.toLocaleString('en-US')} ${count === 1 ? 'error' : 'errors'}: nothing was written`,
});

/** Writes checked lines (`ids` from checkScores) and audits them as one change of the cohort. */
export async function saveScores(
  tx: Queryable,
  actor: Actor,
  cohort: CohortRow,
  lines: readonly ScoreLine[],
  ids: Map<string, number>,
  source: 'form' | 'file',
): Promise<{ added: number; updated: number; named: { added: string[]; updated: string[] } }> {
  const { named, ...counts } = await upsertScores(
    tx,
    cohort.id,
    lines.map((l) => ({ personId: ids.get(l.personNo)!, personNo: l.personNo, scores: l.scores })),
  );
  await recordAudit(tx, actor, {
    action: source === 'file' ? 'import' : 'update',
    entity: 'career_cohort',
    entityId: cohort.id,
    // The components are the office's own codes: listed as values (shown as typed), not as field names.
    after: {
      scores: lines.map((l) => ({
        person_no: l.personNo,
        scores: Object.entries(l.scores).map(([code, score]) => ({ code, score })),
      })),
      ...counts,
    },
  });
  return { ...counts, named };
}

export async function recordScores(
  db: Database,
  actor: Actor,
  id: number,
  input: CohortScores,
): Promise<CohortView> {
  requireCohortEditor(await accessOf(db, actor));
  await db.transaction(async (tx) => {
    const cohort = await openCohort(tx, id);
    const lines = input.rows.map((r, i) => ({ row: i + 1, personNo: r.personNo, scores: r.scores }));
    const index = new Map(lines.map((l, i) => [l, i]));
    const { issues, ids } = await checkScores(tx, cohort, lines, (l, key) =>
      key === 'personNo' ? `rows.${index.get(l)}.personNo` : `rows.${index.get(l)}.scores.${key}`,
    );
    if (issues.length > 0) throw invalidInput(issues, scoreErrors(issues.length));
    await saveScores(tx, actor, cohort, lines, ids, 'form');
    if (!(await bumpCohort(tx, id, input.version))) throw conflict(CHANGED);
  });
  return getCohort(db, actor, id);
}
