/**
 * The demo's course cohort (marked as an example): the district-director course, FY 2567, with people of the
 * demo workforce who hold or held assistant district director, and believable scores — two of them equal on
 * every score, so the page shows a shared rank; one below the pass mark. Left "scored" (not published), so
 * the demo's eligibility figures stay those of the careers demo. No workforce demo: no cohort.
 */
import { DISTRICT_DIRECTOR_COURSE } from '../../../domain/careers';
import { ASSISTANT_DISTRICT_DIRECTOR } from '../../../domain/workforce/index';
import { DEMO_LOADER } from '../../actor';
import type { Database } from '../../db/database';
import { changeCohortStatus } from '../../use-cases/careers/cohort-status';
import { createCohort } from '../../use-cases/careers/create-cohort';
import { recordScores } from '../../use-cases/careers/record-scores';

/** [exam, proposal] per member, in person-number order. */
const SCORES: [number, number][] = [
  [88.5, 82],
  [91, 75.5],
  [79, 90],
  [84, 81],
  [72.25, 78],
  [84, 81],
  [93, 88.75],
  [52, 60],
  [80, 79],
  [76.5, 85],
  [68, 72],
  [81.75, 77],
];

export async function loadCohortDemo(db: Database): Promise<void> {
  const { rows: people } = await db.query<{ person_no: string }>(
    `select p.person_no from person p
      where exists (select 1 from position_history h where h.person_id = p.id and h.title = $1 and h.role = 'holds')
      order by p.person_no limit $2`,
    [ASSISTANT_DISTRICT_DIRECTOR, SCORES.length],
  );
  if (people.length === 0) return;
  const { rows: paths } = await db.query<{ id: number }>("select id from career_path where code = 'DD-2562'");
  const cohort = await createCohort(
    db,
    DEMO_LOADER,
    {
      code: 'DDC-2567-1',
      name: 'หลักสูตรผู้อำนวยการเขต รุ่นที่ 1 ปีงบประมาณ 2567 (ตัวอย่าง)',
      course: DISTRICT_DIRECTOR_COURSE,
      pathId: paths[0]?.id ?? null,
      fiscalYear: 2567,
      startsOn: '2024-01-15',
      endsOn: '2024-03-29',
      components: [
        { code: 'exam', name: 'สอบวัดความรู้ ความสามารถ ทักษะ และสมรรถนะ', weight: 60 },
        { code: 'proposal', name: 'โครงร่างข้อเสนอการพัฒนางานของสำนักงานเขต', weight: 40 },
      ],
      passMark: 60,
    },
    { isExample: true },
  );
  const filled = await recordScores(db, DEMO_LOADER, cohort.id, {
    version: cohort.version,
    rows: people.map((p, i) => ({
      personNo: p.person_no,
      scores: { exam: SCORES[i]![0], proposal: SCORES[i]![1] },
    })),
  });
  await changeCohortStatus(db, DEMO_LOADER, cohort.id, { status: 'scored', version: filled.version });
}
