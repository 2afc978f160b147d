/**
 * The development demo's FY2567 (issue 11 item 7), deterministic, all names marked ตัวอย่าง:
 * - the year opened against the same HRD plan as FY2566, with a stated salary-and-wage budget of
 *   15,480,000,000 baht, and 24 example projects HRD67-001 … 024 (3 for each of the 8 agencies of FY2566);
 *   their results on form สพข. ๒ follow load-development-results.ts (on time, late, missing);
 * - for every person in service today (by person_no, n = 1 … ), records of FY2567 at the unit, position and
 *   level held on the first day: learning by doing 2.0–6.9 days, from others 1.0–3.9, training 0.5–2.9 (a
 *   project's roster); every 7th person has the training only. About a third reach 10 days;
 *   every 5th training is digital;
 * - a person's own entries of outside learning: every 97th person has a coaching entry pending, every 89th
 *   an approved e-learning (counted), every 199th a rejected one with the agency's comment;
 * - OCSC digital self-assessments for 1 in 4 people (n % 4 = 0), the six areas, levels 0–5, in Feb–Mar 2024.
 */
import type { Queryable } from '../../db/database';

/**
 * The position held on the date (a person holds at most one at a time: formats.md), as a plain join the
 * planner hashes — a lateral lookup per record costs the demo's load time.
 */
const AT_THE_TIME = (person: string, date: string) => `left join position_history ph
         on ph.person_id = ${person} and ph.role = 'holds' and ph.from_date <= ${date}
        and (ph.to_date is null or ph.to_date >= ${date})
       left join lateral (select coalesce(ph.work_unit_id, ph.unit_id) as unit_id, ph.title, ph.level) h on true`;

const PEOPLE = `(select p.id, p.unit_id, row_number() over (order by p.person_no)::int as n from person p
                  where p.exit_date is null) x`;

export async function loadFy2567(tx: Queryable, planId: number, agencies: readonly string[]): Promise<void> {
  await tx.query(
    `insert into development_year (fiscal_year, hrd_plan_id, form_name, submission_deadline, salary_budget)
     values (2567, $1, 'HRD 67', '2023-11-30', 15480000000)`,
    [planId],
  );
  await tx.query(
    `insert into development_project (fiscal_year, unit_id, project_code, project_name, hrd_strategy_id,
       activity_type, participants, budget, budget_source, start_date, end_date, days, digital, example)
     select 2567, u.id, 'HRD67-' || lpad((a.ord * 3 + k)::text, 3, '0'),
            'หลักสูตรพัฒนาบุคลากร ' || u.name || ' ปี ๒๕๖๗ ที่ ' || (k + 1) || ' (ตัวอย่าง)',
            st.id, (array['seminar', 'training', 'study_visit', 'meeting'])[1 + (a.ord + k) % 4],
            25 + ((a.ord * 41 + k * 13) % 70),
            case when (a.ord + k) % 4 = 3 then 0 else 60000 + ((a.ord * 6151 + k * 7919) % 300) * 1000 end,
            (array['ordinance', 'ordinance', 'other', 'none'])[1 + (a.ord + k) % 4],
            date '2023-11-06' + ((a.ord * 3 + k) * 11), date '2023-11-08' + ((a.ord * 3 + k) * 11),
            3, k = 1, true
       from (select code, ord::int as ord from unnest($2::text[]) with ordinality as t(code, ord)) a
       join org_unit u on u.code = a.code
       cross join generate_series(0, 2) as k
       join hrd_strategy st on st.hrd_plan_id = $1 and st.no = (1 + (a.ord + 2 * k) % 4)::text`,
    [planId, agencies],
  );
  // The records of the year, one set-based insert: three kinds per person, every 7th person training only.
  await tx.query(
    `insert into development_record (person_id, fiscal_year, activity, start_date, end_date, days, mode, passed,
       digital, project_id, unit_id, position_title, level, source)
     select r.id, 2567, r.activity, r.start_date, r.start_date + (ceil(r.days)::int - 1), r.days, r.mode,
            case when r.mode = 'formal' then r.n % 9 <> 0 end, r.mode = 'formal' and r.n % 5 = 0,
            case when r.mode = 'formal' then pr.id end, coalesce(h.unit_id, r.unit_id), h.title, h.level, 'file'
       from (select x.id, x.unit_id, x.n, m.mode, m.activity,
                    case m.mode when 'experiential' then 2 + (x.n * 37 % 50) / 10.0
                                when 'social' then 1 + (x.n * 53 % 30) / 10.0
                                else 0.5 + (x.n * 11 % 25) / 10.0 end as days,
                    date '2023-10-02' + ((x.n * 13 + m.k * 97) % 320) as start_date
               from ${PEOPLE}
              cross join (values (0, 'experiential', 'การมอบหมายงานโครงการพิเศษ (ตัวอย่าง)'),
                                 (1, 'social', 'การสอนงานและให้คำปรึกษาโดยผู้บังคับบัญชา (ตัวอย่าง)'),
                                 (2, 'formal', 'หลักสูตรฝึกอบรม (ตัวอย่าง)')) as m(k, mode, activity)
              where m.mode = 'formal' or x.n % 7 <> 0) r
       ${AT_THE_TIME('r.id', 'r.start_date')}
       left join development_project pr on pr.fiscal_year = 2567
            and pr.project_code = 'HRD67-' || lpad((3 + r.n % 24)::text, 3, '0')
      where coalesce(h.unit_id, r.unit_id) is not null`,
  );
  // A person's own entries: pending, approved (counted), rejected with a comment.
  await tx.query(
    `insert into development_record (person_id, fiscal_year, activity, start_date, end_date, days, mode, digital,
       provider, note, unit_id, position_title, level, source, state, decision_comment, decided_at)
     select x.id, 2567, e.activity, e.start_date, e.start_date + 2, e.days, e.mode, e.digital, e.provider, e.note,
            coalesce(h.unit_id, x.unit_id), h.title, h.level, 'self', e.state, e.comment,
            case when e.state <> 'pending' then timestamptz '2024-06-03 10:00+07' end
       from ${PEOPLE}
       cross join lateral (
         select * from (values
           (x.n % 97 = 0, 'การสอนงานระบบงานสารบรรณ (ตัวอย่าง)', date '2024-05-06' + x.n % 20, 2.5, 'social', false,
            'หัวหน้าฝ่ายบริหารงานทั่วไป', 'ได้รับการสอนงานสัปดาห์ละครั้ง', 'pending', null::text),
           (x.n % 89 = 0, 'บทเรียนออนไลน์การใช้ข้อมูลเปิดภาครัฐ (ตัวอย่าง)', date '2024-03-04' + x.n % 20, 1.0,
            'formal', true, 'สำนักงาน ก.พ. (OCSC Learning Portal)', 'มีวุฒิบัตร', 'approved', null),
           (x.n % 199 = 0, 'สัมมนาภายนอก (ตัวอย่าง)', date '2024-04-01' + x.n % 20, 3.0, 'formal', false,
            'บริษัทเอกชน', null, 'rejected', 'ไม่มีหลักฐานการเข้าร่วม กรุณาแนบวุฒิบัตร'))
           as v(included, activity, start_date, days, mode, digital, provider, note, state, comment)
          where v.included) e
       ${AT_THE_TIME('x.id', 'e.start_date')}
      where coalesce(h.unit_id, x.unit_id) is not null`,
  );
  await tx.query(
    `insert into digital_assessment (person_id, assessed_on, skill_area, level)
     select x.id, date '2024-02-01' + (x.n % 45), a.code, (x.n * 7 + a.ord * 3) % 6
       from ${PEOPLE} cross join digital_skill_area a
      where x.n % 4 = 0`,
  );
}
