/**
 * A cohort's status (issue 12, item 6): open → scored (every member has every score; the scores are locked)
 * → published (the ranking is final). Scored may go back to open to correct a score; published is final.
 * Publishing writes "course passed" for every ranked member (every score, at least the pass mark) into
 * career_record, kind course, named by the cohort's course and dated its last day: the one source the
 * careers criteria read ("courses passed", src/domain/careers/evaluate.ts), so eligibility sees it at once.
 * Audited in the same transaction.
 */
import type { CohortStatus, CohortStatusChange, CohortView } from '../../../shared/api/careers';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { conflict, invalidInput, notFound } from '../../errors';
import { requireCohortEditor } from '../../policies/careers/cohort-policy';
import { recordAudit } from '../../repositories/audit';
import { bumpCohort, cohortRow, insertCoursePassed } from '../../repositories/careers/cohorts';
import { accessOf, COHORT, getCohort, rankedCohort } from './cohorts';
import { CHANGED } from './record-scores';

const ALLOWED: Record<CohortStatus, readonly CohortStatus[]> = {
  open: ['scored'],
  scored: ['open', 'published'],
  published: [],
};
const WORD = { open: 'เปิดรับคะแนน', scored: 'บันทึกคะแนนครบแล้ว', published: 'ประกาศผลแล้ว' };

export async function changeCohortStatus(
  db: Database,
  actor: Actor,
  id: number,
  input: CohortStatusChange,
): Promise<CohortView> {
  requireCohortEditor(await accessOf(db, actor));
  await db.transaction(async (tx) => {
    const row = await cohortRow(tx, id, true);
    if (!row) throw notFound(COHORT);
    if (!ALLOWED[row.status].includes(input.status))
      throw conflict({
        th: `เปลี่ยนสถานะจาก "${WORD[row.status]}" เป็น "${WORD[input.status]}" ไม่ได้`,
        en: `A cohort cannot go from ${row.status} to ${input.status}`,
      });
    const { ranked, byId } = await rankedCohort(tx, row);
    if (input.status === 'scored') {
      if (ranked.length === 0)
        throw invalidInput([
          { field: 'status', th: 'รุ่นนี้ยังไม่มีผู้เข้าอบรม', en: 'this cohort has no members yet' },
        ]);
      const missing = ranked.filter((r) => r.state === 'incomplete');
      if (missing.length > 0)
        throw invalidInput(
          missing.map((r) => ({
            field: 'status',
            th: `${r.personNo} ${byId.get(r.personId)!.name}: ยังบันทึกคะแนนไม่ครบทุกองค์ประกอบ`,
            en: `${r.personNo}: not every component has a score yet`,
          })),
        );
    }
    if (!(await bumpCohort(tx, id, input.version, { status: input.status, publishedBy: actor.userId })))
      throw conflict(CHANGED);
    let passed = 0;
    if (input.status === 'published') {
      const list = ranked
        .filter((r) => r.state === 'ranked')
        .map((r) => ({ personId: r.personId, total: r.total! }));
      passed = await insertCoursePassed(tx, id, row.course, row.ends_on, list);
    }
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'career_cohort',
      entityId: id,
      before: { status: row.status },
      after: {
        status: input.status,
        ...(input.status === 'published'
          ? { top: ranked.filter((r) => r.top).map((r) => r.personNo), course_passed: passed }
          : {}),
      },
    });
  });
  return getCohort(db, actor, id);
}
