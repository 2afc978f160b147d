/**
 * A cohort's ranked list as a workbook (issue 12, item 6): rank, the top five marked, person (the office
 * only), each component's score, the total and the state — the list as the page shows it to the same user.
 * A staff user (who sees only their own row) is refused: the list is the office's and the committee's.
 */
import type { CohortMemberView, CohortView } from '../../../shared/api/careers';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { forbidden } from '../../errors';
import { accessOf, getCohort } from '../../use-cases/careers/cohorts';
import { toXlsx, type ExportColumn } from '../xlsx-list';

const STATE = { ranked: 'จัดลำดับ', below_pass_mark: 'ต่ำกว่าเกณฑ์ผ่าน', incomplete: 'คะแนนไม่ครบ' } as const;

export async function cohortRankingXlsx(
  db: Queryable,
  actor: Actor,
  id: number,
): Promise<{ cohort: CohortView; body: Buffer }> {
  if ((await accessOf(db, actor)) === 'self')
    throw forbidden({
      th: 'บุคลากรดูได้เฉพาะคะแนนและลำดับของตนเอง',
      en: 'A staff user sees only their own score and rank',
    });
  const cohort = await getCohort(db, actor, id);
  const columns: ExportColumn<CohortMemberView>[] = [
    { header: 'ลำดับ', kind: 'int', width: 8, value: (r) => r.rank },
    { header: '5 ลำดับแรก', kind: 'text', width: 10, value: (r) => (r.top ? 'ใช่' : '') },
    ...(cohort.names
      ? ([
          { header: 'เลขประจำตัว', kind: 'text', width: 14, value: (r) => r.personNo },
          { header: 'ชื่อ-สกุล', kind: 'text', width: 28, value: (r) => r.name },
          { header: 'หน่วยงาน', kind: 'text', width: 14, value: (r) => r.unit },
        ] satisfies ExportColumn<CohortMemberView>[])
      : []),
    ...cohort.components.map((c): ExportColumn<CohortMemberView> => ({
      header: `${c.name} (${c.weight}%)`,
      kind: 'decimal',
      value: (r) => r.scores[c.code] ?? null,
    })),
    { header: 'คะแนนรวม', kind: 'decimal', value: (r) => r.total },
    { header: 'สถานะ', kind: 'text', width: 16, value: (r) => STATE[r.state] },
  ];
  return { cohort, body: await toXlsx(cohort.code.slice(0, 31), columns, cohort.list) };
}
