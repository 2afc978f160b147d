/**
 * Loads the demo on an empty database: units, the 2566–2570 plan and its reports (through the same
 * importers agencies use), one account per role, the committee's meetings and the workforce (as of today). Any failure stops the start: nothing is swallowed.
 */
import { DEMO_LOADER } from '../actor';
import type { Database, Queryable } from '../db/database';
import type { Table } from '../import/read-table';
import { createUnit } from '../repositories/unit-admin';
import { importPlanTable } from '../use-cases/monitoring/import-plan';
import { importReportTable } from '../use-cases/monitoring/import-reports';
import { createUser } from '../use-cases/manage-users';
import { openReportingMonth } from '../use-cases/monitoring/reporting-months';
import { fiscalMonthKeys } from '../../domain/monitoring/action-plan';
import { addDays, bangkokDate } from '../../domain/monitoring/reporting-month';
import { periodOfIsoDate } from '../../domain/period';
import { loadCareersDemo } from './careers/load-careers';
import { loadCohortDemo } from './careers/load-cohort';
import { loadNominationsDemo } from './careers/load-nominations';
import { loadCommitteeDemo } from './committee/load-committee';
import { loadDevelopmentDemo } from './development/load-development';
import { demoPlanRows, demoReportRows, demoUnits } from './demo-data';
import { loadWorkforceDemo } from './workforce/load-workforce';

export const DEMO_PASSWORD = 'tidtam-demo';

export const DEMO_ACCOUNTS = [
  { username: 'admin', displayName: 'เจ้าหน้าที่สำนักงาน ก.ก.', role: 'admin', unit: 'OCSC-BMA' },
  {
    username: 'focal.bhrdi',
    displayName: 'ผู้รับผิดชอบโครงการ สถาบันพัฒนาทรัพยากรบุคคล',
    role: 'focal_point',
    unit: 'BHRDI',
  },
  {
    username: 'approver.bhrdi',
    displayName: 'ผู้อำนวยการสถาบันพัฒนาทรัพยากรบุคคล',
    role: 'approver',
    unit: 'BHRDI',
  },
  {
    username: 'focal.pers',
    displayName: 'ผู้รับผิดชอบโครงการ สำนักงานการเจ้าหน้าที่',
    role: 'focal_point',
    unit: 'PERS',
  },
  { username: 'committee', displayName: 'กรรมการ อ.ก.ก. วิสามัญ', role: 'viewer', unit: null },
] as const;

const asTable = (rows: ReadonlyArray<Record<string, string>>): Table => ({
  headers: Object.keys(rows[0] ?? {}),
  rows: rows.map((values, i) => ({ row: i + 2, values })),
});

export async function isEmpty(db: Database): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>(
    'select (select count(*) from plan) + (select count(*) from app_user) as n',
  );
  return Number(rows[0]?.n ?? 0) === 0;
}

export interface DemoOptions {
  /**
   * The day (ISO, CE) the demo's workforce is as of: today in Bangkok unless given, so that retirements,
   * vacancies and acting holders stay believable whenever the demo is started (tests pass a fixed day).
   */
  today?: string;
  /**
   * Load the 2,000 demo people, positions and history (default yes). Tests that count people on their own
   * hand-built rows (tests/helpers/workforce-fixture.ts) turn it off so their exact figures stay exact.
   */
  workforce?: boolean;
  /**
   * The day the demo's reporting cycle is believable on (decision 0021): the months 2565-10 … 2566-05 are
   * closed (locked, every report accepted) and 2566-06, left open to try the cycle, is due 14 days after it,
   * so nothing reads "overdue 1,250 days". The served demo and `tidtam demo` give today; without it (tests)
   * 2566-06 keeps the 5 July 2023 deadline and some May reports await review, as the tests count them.
   * The committee's open assignments are then due relative to it too, and the development results the demo
   * leaves unfiled are filed (late): nothing reads years overdue (issue 14 item 15).
   */
  cycleToday?: string;
}

export async function loadDemo(db: Database, options: DemoOptions = {}): Promise<void> {
  const unitIds = new Map<string, number>();
  await db.transaction(async (tx) => {
    for (const u of demoUnits) unitIds.set(u.code, await createUnit(tx, DEMO_LOADER, u));
  });
  await importPlanTable(db, DEMO_LOADER, asTable(demoPlanRows));
  await importReportTable(db, DEMO_LOADER, asTable(demoReportRows), { source: 'demo' });
  await openDemoMonths(db, options.cycleToday);
  await db.transaction((tx) => shapeDemoHistory(tx, options.cycleToday === undefined));
  await db.transaction((tx) => shapeDemoFollowUp(tx));
  await db.transaction(async (tx) => {
    for (const a of DEMO_ACCOUNTS) {
      await createUser(tx, DEMO_LOADER, {
        username: a.username,
        displayName: a.displayName,
        password: DEMO_PASSWORD,
        role: a.role,
        unitId: a.unit ? (unitIds.get(a.unit) ?? null) : null,
        email: null,
      });
    }
  });
  await loadDemoOutcomes(db);
  await loadCommitteeDemo(db, options.cycleToday);
  const today = options.today ?? bangkokDate(new Date());
  if (options.workforce !== false) await db.transaction((tx) => loadWorkforceDemo(tx, today));
  await loadCareersDemo(db);
  await loadCohortDemo(db);
  if (options.workforce !== false) await loadNominationsDemo(db, today);
  await db.transaction((tx) => loadDevelopmentDemo(tx, options.cycleToday));
}

/** The demo's reporting months: 2565-10 … 2566-05 (locked long ago) and 2566-06, left open to try the cycle. */
export const DEMO_OPEN_MONTH = '2566-06';
const DEMO_HISTORY = ['2565-10', '2565-11', '2565-12', '2566-01', '2566-02', '2566-03', '2566-04', '2566-05'];

/** Days the month left open gives agencies from the day the demo is loaded (decision 0021). */
export const DEMO_OPEN_MONTH_DAYS = 14;

async function openDemoMonths(db: Database, cycleToday: string | undefined) {
  for (const period of DEMO_HISTORY) await openReportingMonth(db, DEMO_LOADER, { period, lockAfterDays: 10 });
  // Never locks by itself, so the demo stays usable for trying the monthly cycle years later; due two weeks
  // after the day the demo is loaded, so it is not years overdue (its usual deadline, 5 July 2023, is earlier).
  const deadline = cycleToday === undefined ? undefined : addDays(cycleToday, DEMO_OPEN_MONTH_DAYS);
  await openReportingMonth(db, DEMO_LOADER, {
    period: DEMO_OPEN_MONTH,
    lockAfterDays: null,
    ...(deadline !== undefined && deadline > '2023-07-05' ? { deadline } : {}),
  });
}

/**
 * Gives the imported history believable dates and states: about one report in five came in after the
 * deadline (deterministic, from project and month), and some May 2566 reports still await review.
 */
async function shapeDemoHistory(tx: Queryable, someAwaitReview: boolean) {
  await tx.query(
    `update monthly_report m
        set submitted_at = t.at, reported_at = t.at, accepted_at = t.at + interval '3 days'
       from (select m2.id,
                    ((rm.deadline + case when (m2.project_id * 7 + m2.period) % 5 = 0
                                         then 1 + (m2.project_id + m2.period) % 7
                                         else -((m2.project_id + m2.period) % 4) end)::text
                     || ' 03:00:00+00')::timestamptz as at
               from monthly_report m2 join reporting_month rm on rm.period = m2.period) t
      where t.id = m.id`,
  );
  if (!someAwaitReview) return; // a closed month's reports were reviewed long ago (decision 0021)
  await tx.query(
    `update monthly_report m set state = w.state, accepted_at = null, accepted_by_label = null,
            approved_at = case when w.state = 'approved' then m.submitted_at + interval '2 days' end,
            approved_by_label = case when w.state = 'approved' then 'approver (demo)' end
       from project p join org_unit u on u.id = p.owner_unit_id
       join (values ('SPE', 'approved'), ('MED', 'approved'), ('D-CHATUCHAK', 'submitted')) as w(code, state)
         on w.code = u.code
      where m.project_id = p.id and m.period = 256605 and m.superseded_at is null`,
  );
}

/**
 * Follow-up in the demo (attention flags and the problems register), so that every kind of flag shows as
 * of 2566-05 without changing the summary counts (13 / 28 / 15):
 * - the register entries opened by the reports get a category, severity, who must act and a due date;
 *   the March and April entries of a problem reported again in May are closed as carried forward;
 *   P3-06's May entry is past its due date (15 May 2023), P5-01's is resolved;
 * - P1-09 (an invented project) is given an end date of 30 April 2023, so one project is past its end
 *   date while still in progress (every real end date up to May 2566 belongs to a completed project).
 * Shaped directly in SQL like shapeDemoHistory: this is how the demo starts, not an edit by someone.
 */
async function shapeDemoFollowUp(tx: Queryable) {
  await tx.query(`update project set end_date = '2023-04-30' where code = 'P1-09'`);
  await tx.query(
    `update problem pr
        set category = d.category, severity = d.severity,
            action_unit_id = (select id from org_unit where code = d.unit), action_by = d.action_by,
            due_date = d.due::date, status = d.status, resolution = d.resolution
       from project p,
            (values
              ('P2-04', 'procurement', 'high', 'OCSC-BMA', 'คณะกรรมการจัดซื้อจัดจ้างของโครงการ', '2023-06-30', 'in_progress', null),
              ('P2-06', 'restructuring', 'high', 'OCSC-BMA', 'คณะทำงาน (Agile Team) เป้าประสงค์ยุทธศาสตร์ที่ ๒', '2023-06-30', 'open', null),
              ('P3-03', 'staff', 'medium', 'MED', null, '2023-09-30', 'in_progress', null),
              ('P3-06', 'budget', 'medium', null, 'สำนักงบประมาณกรุงเทพมหานคร', '2023-05-15', 'open', null),
              ('P3-07', 'procurement', 'high', 'OCSC-BMA', null, '2023-07-31', 'in_progress', null),
              ('P3-13', 'staff', 'low', 'BHRDI', null, '2023-09-30', 'in_progress', null),
              ('P4-07', 'restructuring', 'medium', 'OCSC-BMA', null, '2023-06-30', 'open', null),
              ('P5-01', 'budget', 'medium', 'SPE', 'สำนักงบประมาณกรุงเทพมหานคร', '2023-06-15', 'resolved',
               'ได้รับการจัดสรรงบประมาณแล้ว กำหนดจัดงานใหม่ในเดือนสิงหาคม ๒๕๖๖ (ตัวอย่าง)')
            ) as d(code, category, severity, unit, action_by, due, status, resolution)
      where p.id = pr.project_id and p.code = d.code and pr.period = 256605`,
  );
  await tx.query(
    `update problem older
        set category = may.category, severity = may.severity, action_unit_id = may.action_unit_id,
            action_by = may.action_by, status = 'closed',
            resolution = 'รายงานปัญหาเดิมอีกครั้งในเดือนถัดไป ติดตามต่อในรายการเดือนล่าสุด'
       from problem may
      where may.project_id = older.project_id and may.period = 256605 and older.period < 256605`,
  );
}

/**
 * Outcomes in the demo: key results of fiscal year 2566 for the five targets, the projects serving them,
 * and the annual action plan 2566 (priority, budget requested and allocated for all 56 projects, monthly
 * milestones for some). Shaped directly in SQL like the functions above.
 * EXAMPLES ONLY: the indicators follow the committee's own examples (seed 000 ประเด็นสำคัญ ๑: engagement,
 * top-5 employer ranking, productivity per head, % high-potential staff; strategy 3.3's satisfaction KPI,
 * l.318; the 70:20:10 model of seed 004), but every baseline, target and actual, every priority, budget
 * and milestone is invented for trying the system: each key result's note and each actual's source says
 * so (ตัวอย่าง). No report is written, so the summary stays 13 / 28 / 15 in May 2566. No target of the demo
 * has all its projects completed, so the flag ดำเนินการครบแต่ผลลัพธ์ยังไม่ถึงเป้า cannot show here (the tests
 * build it in a small plan); as of 2566-05 every key result but KR 3.2 is below its target.
 */
export async function loadDemoOutcomes(db: Database): Promise<void> {
  const note =
    'ตัวอย่าง: ค่าฐาน ค่าเป้าหมาย และผลที่วัดได้สมมุติขึ้นเพื่อทดลองใช้ระบบ (แนวคิดตัวชี้วัดจากรายงานการประชุม อ.ก.ก. ครั้งที่ ๖/๒๕๖๖)';
  // prettier-ignore
  const keyResults: ReadonlyArray<{
    target: string; no: string; indicator: string; unit: string;
    direction: 'higher_is_better' | 'lower_is_better' | 'range';
    baseline: string; goal: string | null; low?: string; high?: string; source: string;
    actuals: ReadonlyArray<readonly [period: string, value: string]>; projects: readonly string[];
  }> = [
    { target: '1', no: '1', indicator: 'ระดับความผูกพันต่อองค์กร (Engagement) ของข้าราชการและบุคลากรกรุงเทพมหานคร',
      unit: 'ร้อยละ', direction: 'higher_is_better', baseline: '62.5', goal: '70',
      source: 'แบบสำรวจความผูกพันรายสองเดือน สำนักงาน ก.ก. (ตัวอย่าง)',
      actuals: [['2566-01', '63.1'], ['2566-03', '64.6'], ['2566-05', '66.2']],
      projects: ['P1-07', 'P1-08', 'P1-09', 'P1-10'] },
    { target: '1', no: '2', indicator: 'อันดับของกรุงเทพมหานครในการจัดอันดับองค์กรภาครัฐที่คนอยากร่วมงานด้วย (เป้าหมาย ๑ ใน ๕)',
      unit: 'อันดับ', direction: 'lower_is_better', baseline: '18', goal: '5',
      source: 'ผลสำรวจความนิยมนายจ้างภาครัฐ (ตัวอย่าง)',
      actuals: [['2566-01', '17'], ['2566-03', '15'], ['2566-05', '12']],
      projects: ['P1-03', 'P1-05', 'P1-09', 'P3-06'] },
    { target: '2', no: '1', indicator: 'ผลิตภาพต่อบุคลากร (Productivity per head): งานบริการที่แล้วเสร็จต่อบุคลากร ๑ คนต่อเดือน',
      unit: 'งานต่อคนต่อเดือน', direction: 'higher_is_better', baseline: '41.2', goal: '45',
      source: 'ระบบรายงานผลการปฏิบัติราชการ (ตัวอย่าง)',
      actuals: [['2566-02', '41.6'], ['2566-04', '42.4'], ['2566-05', '42.9']],
      projects: ['P2-01', 'P2-03', 'P2-04', 'P1-11'] },
    { target: '2', no: '2', indicator: 'สัดส่วนการพัฒนาแบบฝึกอบรมอย่างเป็นทางการ ตามรูปแบบ ๗๐ : ๒๐ : ๑๐ (ให้อยู่ในช่วงร้อยละ ๘–๑๒)',
      unit: 'ร้อยละ', direction: 'range', baseline: '28', goal: null, low: '8', high: '12',
      source: 'แผนและผลการพัฒนาทรัพยากรบุคคล สถาบันพัฒนาทรัพยากรบุคคลกรุงเทพมหานคร (ตัวอย่าง)',
      actuals: [['2566-01', '24'], ['2566-03', '18'], ['2566-05', '14']],
      projects: ['P2-02', 'P2-06', 'P2-10', 'P2-11', 'P2-12'] },
    { target: '3', no: '1', indicator: 'ความพึงพอใจของผู้รับบริการและผู้เกี่ยวข้องกับการบริหารทรัพยากรบุคคลของกรุงเทพมหานคร',
      unit: 'ร้อยละ', direction: 'higher_is_better', baseline: '72', goal: '85',
      source: 'แบบสอบถามความพึงพอใจหลังรับบริการ (ตัวอย่าง)',
      actuals: [['2566-01', '73.5'], ['2566-03', '76'], ['2566-05', '78.4']],
      projects: ['P3-12', 'P3-13', 'P3-14', 'P3-15', 'P3-16'] },
    { target: '3', no: '2', indicator: 'ระยะเวลาเฉลี่ยตั้งแต่ขอใช้บัญชีจนบรรจุแต่งตั้ง',
      unit: 'วัน', direction: 'lower_is_better', baseline: '120', goal: '90',
      source: 'ทะเบียนการสรรหาและเลือกสรร สำนักงาน ก.ก. (ตัวอย่าง)',
      actuals: [['2566-01', '112'], ['2566-03', '101'], ['2566-05', '88']],
      projects: ['P3-01', 'P3-02', 'P3-04', 'P3-07'] },
    { target: '4', no: '1', indicator: 'ร้อยละของผู้มีขีดความสามารถสูง (High Potential) ต่อข้าราชการระดับชำนาญการพิเศษขึ้นไป',
      unit: 'ร้อยละ', direction: 'higher_is_better', baseline: '8', goal: '15',
      source: 'ผลการประเมินศักยภาพ (People Landscape) (ตัวอย่าง)',
      actuals: [['2566-01', '8.4'], ['2566-03', '9.6'], ['2566-05', '10.5']],
      projects: ['P4-04', 'P4-07', 'P2-06'] },
    { target: '4', no: '2', indicator: 'ร้อยละของตำแหน่งสำคัญที่มีผู้สืบทอดตำแหน่งพร้อมเข้ารับตำแหน่ง',
      unit: 'ร้อยละ', direction: 'higher_is_better', baseline: '20', goal: '40',
      source: 'แผนการสืบทอดตำแหน่ง สำนักงาน ก.ก. (ตัวอย่าง)',
      actuals: [['2566-01', '21'], ['2566-03', '24'], ['2566-05', '26']],
      projects: ['P4-05', 'P4-06', 'P4-08'] },
    { target: '5', no: '1', indicator: 'จำนวนนวัตกรรมและผลงานพัฒนาเมืองที่นำไปทดลองนำร่องจริง (สะสม)',
      unit: 'ผลงาน', direction: 'higher_is_better', baseline: '0', goal: '5',
      source: 'คณะอนุกรรมการห้องทดลองเมือง (Bangkok City Lab and Sandbox) (ตัวอย่าง)',
      actuals: [['2566-01', '0'], ['2566-03', '1'], ['2566-05', '2']],
      projects: ['P5-01', 'P5-02', 'P5-03'] },
  ];
  // prettier-ignore
  const priorities: Record<string, 1 | 3> = {
    'P1-07': 1, 'P1-11': 1, 'P1-12': 1, 'P2-04': 1, 'P2-06': 1, 'P3-07': 1, 'P3-11': 1, 'P4-04': 1, 'P4-07': 1,
    'P1-05': 3, 'P1-10': 3, 'P3-14': 3, 'P3-15': 3, 'P4-11': 3, 'P4-12': 3,
  };
  // Share of the request allocated; 1 unless listed (P2-08 and P5-01 got nothing in 2566, seed 000 l.329).
  const allocated: Record<string, string> = {
    'P2-08': '0',
    'P5-01': '0',
    'P3-06': '0.6',
    'P3-08': '0.8',
    'P4-04': '0.5',
  };
  // prettier-ignore
  const withMilestones = ['P1-01', 'P1-02', 'P1-03', 'P1-05', 'P1-09', 'P1-12', 'P2-03', 'P2-04', 'P3-02', 'P3-06',
    'P3-07', 'P3-11', 'P3-13', 'P4-01', 'P4-09', 'P4-10', 'P5-01', 'P5-02'];

  await db.transaction(async (tx) => {
    const { rows: targets } = await tx.query<{ id: number; no: string }>(
      `select t.id, t.no from strategic_target t join plan on plan.id = t.plan_id where plan.code = 'HR-2566-2570'`,
    );
    const { rows: projects } = await tx.query<{
      id: number;
      code: string;
      start_date: string | null;
      end_date: string | null;
    }>(
      `select p.id, p.code, p.start_date::text as start_date, p.end_date::text as end_date
         from project p join plan on plan.id = p.plan_id where plan.code = 'HR-2566-2570'`,
    );
    const targetId = new Map(targets.map((t) => [t.no, t.id]));
    const projectId = new Map(projects.map((p) => [p.code, p.id]));
    for (const kr of keyResults) {
      const { rows } = await tx.query<{ id: number }>(
        `insert into key_result (target_id, fiscal_year, no, indicator, unit, direction, baseline, target_value,
                                 range_low, range_high, note)
         values ($1, 2566, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
        [
          targetId.get(kr.target),
          kr.no,
          kr.indicator,
          kr.unit,
          kr.direction,
          kr.baseline,
          kr.goal,
          kr.low ?? null,
          kr.high ?? null,
          note,
        ],
      );
      const id = rows[0]!.id;
      await tx.query(
        `insert into key_result_actual (key_result_id, granularity, period, period_end, value, source,
                                        recorded_by_label, created_at, updated_at)
         select $1::int, 'month', u.period, replace(u.period, '-', '')::int, u.value::numeric, $2::text, 'demo',
                d.at, d.at
           from unnest($3::text[], $4::text[]) as u(period, value),
                -- recorded a week after the month it measures
                lateral (select (make_date(split_part(u.period, '-', 1)::int - 543, split_part(u.period, '-', 2)::int, 1)
                                 + interval '1 month 7 days')::timestamptz as at) d`,
        [id, kr.source, kr.actuals.map((a) => a[0]), kr.actuals.map((a) => a[1])],
      );
      await tx.query(
        `insert into project_key_result (project_id, key_result_id) select unnest($1::int[]), $2::int`,
        [kr.projects.map((code) => projectId.get(code)), id],
      );
    }
    // Budget requested for 2566: the project's budget spread evenly over its fiscal years, to the thousand.
    await tx.query(
      `insert into project_year_plan (project_id, fiscal_year, priority, budget_requested, budget_allocated)
       select p.id, 2566, coalesce(d.priority, 2), r.requested, round(r.requested * coalesce(d.share, 1), -3)
         from project p
         join plan on plan.id = p.plan_id
         cross join lateral (select round(p.budget / (p.fiscal_year_to - p.fiscal_year_from + 1), -3) as requested) r
         left join unnest($1::text[], $2::int[], $3::numeric[]) as d(code, priority, share) on d.code = p.code
        where plan.code = 'HR-2566-2570' and p.fiscal_year_from <= 2566 and p.fiscal_year_to >= 2566`,
      (() => {
        const codes = [...new Set([...Object.keys(priorities), ...Object.keys(allocated)])];
        return [codes, codes.map((c) => priorities[c] ?? null), codes.map((c) => allocated[c] ?? null)];
      })(),
    );
    // Milestones: the cumulative percent planned evenly over the project's months, start to end date.
    const monthIndex = (isoDate: string) => {
      const p = periodOfIsoDate(isoDate);
      return p.yearBE * 12 + p.month - 1;
    };
    const rows: { projectId: number; period: number; percent: string }[] = [];
    for (const code of withMilestones) {
      const p = projects.find((x) => x.code === code);
      if (!p?.start_date || !p.end_date) continue;
      const start = monthIndex(p.start_date);
      const months = monthIndex(p.end_date) - start + 1;
      for (const key of fiscalMonthKeys(2566)) {
        const index = Math.floor(key / 100) * 12 + (key % 100) - 1;
        if (index < start || index - start >= months) continue;
        rows.push({
          projectId: p.id,
          period: key,
          percent: String(Math.round((100 * (index - start + 1)) / months)),
        });
      }
    }
    await tx.query(
      `insert into project_milestone (project_id, period, planned_percent)
       select * from unnest($1::int[], $2::int[], $3::numeric[])`,
      [rows.map((r) => r.projectId), rows.map((r) => r.period), rows.map((r) => r.percent)],
    );
  });
}
