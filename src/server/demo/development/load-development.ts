/**
 * The development demo, deterministic: the HRD plan 2561–2565 with seed 004's four strategies (verbatim),
 * seed 004's FY2564 plan (fy2564.ts: 332 example projects with the memo's totals), a development plan for FY2566 of 24 example projects (3 for each of 8 agencies, names marked ตัวอย่าง),
 * its salary-and-wage budget, and two development records for each of the first 1,500 people in service
 * (by person_no) who held a position on its first day, keeping that unit, position and level; results on
 * form สพข. ๒ for 18 of the projects (load-development-results.ts); FY2567 with records for the whole
 * workforce, people's own entries and digital assessments (fy2567.ts).
 */
import type { Queryable } from '../../db/database';
import { loadFy2564 } from './fy2564';
import { loadDevelopmentResultsDemo } from './load-development-results';
import { loadFy2567 } from './fy2567';

const STRATEGIES = [
  'พัฒนาทรัพยากรบุคคลของกรุงเทพมหานครให้มีสมรรถนะพึงประสงค์',
  'พัฒนาศักยภาพของนักบริหารและเตรียมความพร้อมการเป็นผู้นำในการปฏิบัติภารกิจของเมืองในอนาคต',
  'เพิ่มประสิทธิภาพเครื่องมือและกลไกในการขับเคลื่อนการพัฒนาทรัพยากรบุคคลของกรุงเทพมหานคร',
  'การสร้างวัฒนธรรมองค์กรสมัยใหม่',
];
const AGENCIES = ['BHRDI', 'OCSC-BMA', 'PERS', 'SPE', 'EDU', 'MED', 'D-PHRANAKHON', 'D-BANGRAK'];
const ACTIVITIES = ['training', 'meeting', 'seminar', 'study_visit'];
const SOURCES = ['ordinance', 'ordinance', 'other', 'none'];
const MODES = ['formal', 'social', 'experiential'];

/** `cycleToday`: the day the demo is loaded on (the served demo): every result of the demo's years filed then. */
export async function loadDevelopmentDemo(tx: Queryable, cycleToday?: string): Promise<void> {
  const { rows } = await tx.query<{ id: number }>(
    `insert into hrd_plan (code, name, from_fiscal_year, to_fiscal_year)
     values ('HRD-2561-2565', 'แผนพัฒนาทรัพยากรบุคคลของกรุงเทพมหานคร (พ.ศ. ๒๕๖๑ - ๒๕๖๕)', 2561, 2565) returning id`,
  );
  const planId = rows[0]!.id;
  await tx.query(
    `insert into hrd_strategy (hrd_plan_id, no, name)
     select $1, ord::text, name from unnest($2::text[]) with ordinality as s(name, ord)`,
    [planId, STRATEGIES],
  );
  await loadFy2564(tx, planId);
  await tx.query(
    `insert into development_year (fiscal_year, hrd_plan_id, form_name, submission_deadline, salary_budget)
     values (2566, $1, 'HRD 66', '2022-11-30', 15092000000)`,
    [planId],
  );
  await tx.query(
    `insert into development_project (fiscal_year, unit_id, project_code, project_name, hrd_strategy_id,
       activity_type, participants, budget, budget_source, start_date, end_date, days, digital, example)
     select 2566, u.id, 'HRD66-' || lpad((a.ord * 3 + k)::text, 3, '0'),
            'โครงการพัฒนาบุคลากร ' || u.name || ' ที่ ' || (k + 1) || ' (ตัวอย่าง)',
            st.id, ($3::text[])[1 + (a.ord + k) % 4], 20 + ((a.ord * 37 + k * 11) % 80),
            case when ($4::text[])[1 + (a.ord + k) % 4] = 'none' then 0
                 else 50000 + ((a.ord * 7919 + k * 104729) % 400) * 1000 end,
            ($4::text[])[1 + (a.ord + k) % 4],
            date '2022-11-01' + ((a.ord * 3 + k) * 10), date '2022-11-03' + ((a.ord * 3 + k) * 10),
            3, k = 2, true
       from (select code, ord::int as ord from unnest($2::text[]) with ordinality as t(code, ord)) a
       join org_unit u on u.code = a.code
       cross join generate_series(0, 2) as k
       join hrd_strategy st on st.hrd_plan_id = $1 and st.no = (1 + (a.ord + k) % 4)::text`,
    [planId, AGENCIES, ACTIVITIES, SOURCES],
  );
  await tx.query(
    `insert into development_record (person_id, fiscal_year, activity, start_date, end_date, days, mode, passed,
       digital, project_id, unit_id, position_title, level, source)
     select p.id, 2566, case when p.mode = 'formal' then coalesce(pr.project_name, 'อบรมออนไลน์ (ตัวอย่าง)')
                             when p.mode = 'social' then 'การสอนงานโดยผู้บังคับบัญชา (ตัวอย่าง)'
                             else 'การมอบหมายงานใหม่ (ตัวอย่าง)' end,
            p.start_date, p.start_date + 1, (5 + (p.n * 7) % 40) / 10.0, p.mode,
            case when p.mode = 'formal' then p.n % 5 <> 0 end, p.n % 6 = 0,
            case when p.mode = 'formal' then pr.id end, h.unit_id, h.title, h.level, 'file'
       from (select x.id, x.n, k, ($1::text[])[1 + (x.n + k) % 3] as mode,
                    date '2022-10-03' + ((x.n * 13 + k * 97) % 330) as start_date
               from (select id, row_number() over (order by person_no)::int as n from person
                      where exit_date is null order by person_no limit 1500) x
              cross join generate_series(0, 1) as k) p
       join lateral (
         select coalesce(ph.work_unit_id, ph.unit_id) as unit_id, ph.title, ph.level from position_history ph
          where ph.person_id = p.id and ph.role = 'holds' and ph.from_date <= p.start_date
            and (ph.to_date is null or ph.to_date >= p.start_date)
          order by ph.from_date desc limit 1) h on true
       left join development_project pr on pr.fiscal_year = 2566
            and pr.project_code = 'HRD66-' || lpad((3 + p.n % 24)::text, 3, '0')`,
    [MODES],
  );
  await loadFy2567(tx, planId, AGENCIES);
  await loadDevelopmentResultsDemo(tx, 2566, cycleToday !== undefined);
  await loadDevelopmentResultsDemo(tx, 2567, cycleToday !== undefined);
}
