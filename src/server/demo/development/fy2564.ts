/**
 * FY2564 of the development demo: seed 004's consolidated plan (004_9cb3dc32e68f6456.txt L71–L79) rebuilt as
 * 332 example projects of the demo's 12 agencies, in one set-based insert, so that
 * `bin/tidtam development summary --fiscal-year 2564 --json` prints the memo's figures exactly:
 * 332 projects, 58,753 participants (seats), 353,166,405 baht = 2.34 % of the salary-and-wage budget, and by
 * strategy 236/15/33/48 projects with 46,504/1,276/2,991/7,982 participants.
 *
 * The seed gives nothing else (seed-notes/training-004-001.md §3.3: no budget by strategy or source, no agency,
 * no denominator), so the split of each strategy by budget source below — projects, seats and baht per cell —
 * is invented and stated here (tests/cli/development-demo-2564.test.ts checks it):
 *
 *   strategy  source     projects  seats   baht
 *   1         ordinance  180       37,950  248,512,300
 *   1         other       26        4,210   21,406,250
 *   1         none        30        4,344            0
 *   2         ordinance   12        1,080   38,920,500
 *   2         other        2          136    4,150,000
 *   2         none         1           60            0
 *   3         ordinance   24        2,262   17,863,955
 *   3         other        4          349    2,310,000
 *   3         none         5          380            0
 *   4         ordinance   30        5,460   17,208,400
 *   4         other        6        1,122    2,795,000
 *   4         none        12        1,400            0
 *   by source: ordinance 246 / 46,752 / 322,505,155; other 38 / 5,817 / 30,661,250; none 48 / 6,184 / 0
 *   by strategy (baht): 269,918,550 / 43,070,500 / 20,173,955 / 20,003,400
 *
 * Inside a cell, seats and baht are spread over its projects by deterministic weights, each project taking
 * floor(total × cumulative weight ÷ all weights) minus the same for the projects before it, so a cell sums
 * exactly to its total. Strategy 4 runs in only 4 of the 12 agencies, as the memo finds ("มีบางหน่วยงาน
 * เท่านั้นที่พัฒนาบุคลากรในสังกัด", L71): the coverage matrix shows it as weak.
 * Every project name is invented and ends in "(ตัวอย่าง)"; every row has example = true.
 */
import type { Queryable } from '../../db/database';

/**
 * The salary-and-wage budget of FY2564 (the denominator of 2.34 %), stated by the demo: the memo (004:L71)
 * gives the share but not the budget. 353,166,405 ÷ 15,092,000,000 = 2.34009…% → 2.34 rounded half up; any
 * budget in (15,060,401,066.10 ; 15,124,899,571.73] would give 2.34, and 15,092,000,000 (formats.md's example)
 * is the round figure nearest 353,166,405 ÷ 0.0234 = 15,092,581,410.
 */
export const FY2564_SALARY_BUDGET = '15092000000.00';

// prettier-ignore
const CELLS: ReadonlyArray<readonly [strategy: number, source: string, projects: number, seats: number, baht: number]> = [
  [1, 'ordinance', 180, 37_950, 248_512_300], [1, 'other', 26, 4_210, 21_406_250], [1, 'none', 30, 4_344, 0],
  [2, 'ordinance', 12, 1_080, 38_920_500], [2, 'other', 2, 136, 4_150_000], [2, 'none', 1, 60, 0],
  [3, 'ordinance', 24, 2_262, 17_863_955], [3, 'other', 4, 349, 2_310_000], [3, 'none', 5, 380, 0],
  [4, 'ordinance', 30, 5_460, 17_208_400], [4, 'other', 6, 1_122, 2_795_000], [4, 'none', 12, 1_400, 0],
];

/** The agencies of each strategy, taken in turn (all 12 demo units for 1 and 3; 8 for 2; 4 for 4). */
const ALL = ['D-PHRANAKHON', 'EDU', 'PERS', 'D-POMPRAP', 'MED', 'BHRDI', 'D-BANGRAK', 'HEALTH', 'OCSC-BMA'];
const AGENCIES: Record<number, readonly string[]> = {
  1: [...ALL, 'D-CHATUCHAK', 'SPE', 'PALAD'],
  2: ['BHRDI', 'EDU', 'MED', 'D-CHATUCHAK', 'HEALTH', 'PERS', 'D-PHRANAKHON', 'SPE'],
  3: [...ALL.slice().reverse(), 'PALAD', 'SPE', 'D-CHATUCHAK'],
  4: ['BHRDI', 'PERS', 'D-CHATUCHAK', 'EDU'],
};

/** Invented course names per strategy: name, activity type, digital. */
// prettier-ignore
const TOPICS: Record<number, ReadonlyArray<readonly [string, string, boolean]>> = {
  1: [
    ['หลักสูตรปฐมนิเทศข้าราชการบรรจุใหม่', 'training', false],
    ['โครงการอบรมการให้บริการประชาชนด้วยใจ', 'training', false],
    ['หลักสูตรการใช้โปรแกรมคอมพิวเตอร์เพื่อเพิ่มประสิทธิภาพการปฏิบัติงาน', 'training', true],
    ['หลักสูตรการคุ้มครองข้อมูลส่วนบุคคลในงานราชการ (PDPA)', 'training', true],
    ['หลักสูตรการเงิน การคลัง และการพัสดุ', 'training', false],
    ['โครงการฝึกอบรมการปฐมพยาบาลและการช่วยชีวิตขั้นพื้นฐาน', 'training', false],
    ['หลักสูตรภาษาอังกฤษเพื่อการสื่อสารในงานบริการ', 'training', false],
    ['โครงการฝึกอบรมการป้องกันและบรรเทาสาธารณภัย', 'training', false],
    ['โครงการประชุมเชิงปฏิบัติการการบริหารความเสี่ยงและการควบคุมภายใน', 'meeting', false],
    ['หลักสูตรกฎหมายปกครองและวิธีปฏิบัติราชการทางปกครอง', 'training', false],
    ['โครงการสัมมนาการวิเคราะห์ข้อมูลด้วยเครื่องมือดิจิทัล', 'seminar', true],
    ['หลักสูตรการเขียนหนังสือราชการและการจัดทำรายงานการประชุม', 'training', false],
    ['โครงการศึกษาดูงานการให้บริการแบบเบ็ดเสร็จ (One Stop Service)', 'study_visit', false],
  ],
  2: [
    ['หลักสูตรนักบริหารระดับสูงของกรุงเทพมหานคร', 'training', false],
    ['หลักสูตรนักบริหารระดับกลาง', 'training', false],
    ['หลักสูตรผู้อำนวยการเขต', 'training', false],
    ['โครงการศึกษาดูงานการบริหารมหานครสำหรับผู้บริหาร', 'study_visit', false],
    ['โครงการสัมมนาผู้บริหารกับการขับเคลื่อนเมืองด้วยข้อมูล', 'seminar', true],
  ],
  3: [
    ['หลักสูตร Coaching & Mentoring สำหรับผู้บังคับบัญชา', 'training', false],
    ['โครงการประชุมเชิงปฏิบัติการจัดทำแผนพัฒนารายบุคคล (IDP)', 'meeting', false],
    ['หลักสูตรวิทยากรภายในหน่วยงาน', 'training', false],
    ['โครงการพัฒนาบทเรียนอิเล็กทรอนิกส์ (E-Learning)', 'meeting', true],
    ['โครงการสัมมนาการจัดการความรู้ในองค์กร (KM)', 'seminar', false],
  ],
  4: [
    ['โครงการส่งเสริมคุณธรรมจริยธรรมตามหลักธรรมาภิบาล', 'training', false],
    ['โครงการสร้างวัฒนธรรมการทำงานที่คล่องตัว (Agile Culture)', 'meeting', false],
    ['โครงการเสริมสร้างความผูกพันต่อองค์กร', 'seminar', false],
    ['โครงการศึกษาดูงานองค์กรต้นแบบด้านนวัตกรรม', 'study_visit', false],
  ],
};

const flat = <T>(pick: (s: number, i: number) => T, of: Record<number, readonly unknown[]>): T[] =>
  Object.entries(of).flatMap(([s, list]) => list.map((_, i) => pick(Number(s), i)));

/**
 * The year as the memo left it: approved by the Permanent Secretary on the memo of 23 Dec 2563 ("อนุมัติในข้อ ๑",
 * L109–L126, the date of the signature illegible) and circulated on 11 Jan 2564 (L9–L13), the date kept for both.
 */
export async function loadFy2564(tx: Queryable, hrdPlanId: number): Promise<void> {
  await tx.query(
    `insert into development_year (fiscal_year, hrd_plan_id, form_name, submission_deadline, salary_budget,
       approved_by, approved_on, approval_ref, published_at)
     values (2564, $1, 'HRD 64', null, $2, 'ปลัดกรุงเทพมหานคร', '2021-01-11',
       'บันทึก สพข. ที่ กท ๐๔๐๑/๑๒๕๔ ลงวันที่ ๒๓ ธันวาคม ๒๕๖๓ (อนุมัติในข้อ ๑); แจ้งเวียนตามหนังสือที่ กท ๐๔๐๑/๕๑ ลงวันที่ ๑๑ มกราคม ๒๕๖๔',
       '2021-01-11 03:00:00+00')`,
    [hrdPlanId, FY2564_SALARY_BUDGET],
  );
  await tx.query(
    `with cell as (
       select c.ord::int as ord, c.s, c.src, c.n, c.seats::bigint as seats, c.baht::bigint as baht
         from unnest($2::int[], $3::text[], $4::int[], $5::int[], $6::bigint[]) with ordinality
              as c (s, src, n, seats, baht, ord)),
     proj as (
       select c.*, k, 1 + (k * 37 + c.s * 11 + c.ord * 5) % 9 as w, 1 + (k * 5 + c.ord) % 4 as bf,
              row_number() over (order by c.ord, k)::int as g,
              (row_number() over (partition by c.s order by c.ord, k) - 1)::int as i
         from cell c cross join generate_series(0, c.n - 1) as k),
     cum as (
       select p.*, sum(w) over (partition by ord order by k) as cw, sum(w) over (partition by ord) as tw,
              sum(w * bf) over (partition by ord order by k) as cbw, sum(w * bf) over (partition by ord) as tbw
         from proj p),
     topic as (
       select t.s, (row_number() over (partition by t.s order by t.ord) - 1)::int as t,
              count(*) over (partition by t.s)::int as len, t.name, t.activity, t.digital
         from unnest($7::int[], $8::text[], $9::text[], $10::boolean[]) with ordinality
              as t (s, name, activity, digital, ord)),
     agency as (
       select a.s, (row_number() over (partition by a.s order by a.ord) - 1)::int as t,
              count(*) over (partition by a.s)::int as len, a.code
         from unnest($11::int[], $12::text[]) with ordinality as a (s, code, ord))
     insert into development_project (fiscal_year, unit_id, project_code, project_name, hrd_strategy_id,
       activity_type, participants, budget, budget_source, target_group, start_date, end_date, days, digital,
       example)
     select 2564, u.id, 'HRD64-' || lpad(c.g::text, 3, '0'),
            t.name || ' รุ่นที่ ' || translate((1 + c.i / t.len)::text, '0123456789', '๐๑๒๓๔๕๖๗๘๙')
              || ' (ตัวอย่าง)',
            st.id, t.activity,
            (c.seats * c.cw / c.tw - c.seats * (c.cw - c.w) / c.tw)::int,
            c.baht * c.cbw / c.tbw - c.baht * (c.cbw - c.w * c.bf) / c.tbw,
            c.src, case when c.s = 2 then 'ผู้บริหาร' else 'ข้าราชการกรุงเทพมหานครและบุคลากรกรุงเทพมหานคร' end,
            date '2020-10-12' + (c.g * 97) % 320, date '2020-10-12' + (c.g * 97) % 320 + c.g % 5,
            1 + c.g % 5, t.digital, true
       from cum c
       join topic t on t.s = c.s and t.t = c.i % t.len
       join agency a on a.s = c.s and a.t = c.i % a.len
       join org_unit u on u.code = a.code
       join hrd_strategy st on st.hrd_plan_id = $1 and st.no = c.s::text`,
    [
      hrdPlanId,
      CELLS.map((c) => c[0]),
      CELLS.map((c) => c[1]),
      CELLS.map((c) => c[2]),
      CELLS.map((c) => c[3]),
      CELLS.map((c) => c[4]),
      flat((s) => s, TOPICS),
      flat((s, i) => TOPICS[s]![i]![0], TOPICS),
      flat((s, i) => TOPICS[s]![i]![1], TOPICS),
      flat((s, i) => TOPICS[s]![i]![2], TOPICS),
      flat((s) => s, AGENCIES),
      flat((s, i) => AGENCIES[s]![i]!, AGENCIES),
    ],
  );
  // Every agency's HRD 64 went in and the institute took it (the memo consolidates "ทุกหน่วยงาน", L71).
  await tx.query(
    `insert into development_submission (fiscal_year, unit_id, state, submitted_at, decided_at)
     select distinct 2564, unit_id, 'accepted', timestamptz '2020-10-30 03:00:00+00',
            timestamptz '2020-12-11 03:00:00+00'
       from development_project where fiscal_year = 2564`,
  );
}
