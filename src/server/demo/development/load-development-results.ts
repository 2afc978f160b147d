/**
 * Demo results on form สพข. ๒ for the example projects of FY2566 and FY2567, deterministic by the project code's
 * number n (HRD66-003 … HRD66-026, HRD67-003 … 026: six of each n % 4): 0 filed 10 days after the end (on time), 1 filed on the due
 * day itself (end + 14: on time), 2 filed 30 days after the end (late), 3 not filed (missing).
 * Today: 12 on time, 6 late, 6 missing of 24. Loaded on a given day (`closed`: the served demo), years after
 * these fiscal years, the 3s are filed too, 45 days after the end (late): a real office would have closed its
 * year, so nothing reads missing for years (issue 14 item 15) — 12 on time, 12 late.
 */
import type { Queryable } from '../../db/database';

export async function loadDevelopmentResultsDemo(
  tx: Queryable,
  fiscalYear: number,
  closed = false,
): Promise<void> {
  await tx.query(
    `insert into development_result (project_id, actual_start, actual_end, participants, passed, spent_ordinance,
       spent_other, evaluation_score, lessons, filed_on)
     select p.id, p.start_date, p.end_date, p.participants - x.n % 5, p.participants - x.n % 5 - x.n % 3,
            case when p.budget_source = 'ordinance' then round(p.budget * 0.9, 2) else 0 end,
            case when p.budget_source = 'other' then round(p.budget * 0.85, 2) else 0 end,
            70 + x.n % 25,
            'ผู้เข้าร่วมนำความรู้ไปใช้ในงานได้ ควรเพิ่มเวลาฝึกปฏิบัติ (ตัวอย่าง)',
            p.end_date + case x.n % 4 when 0 then 10 when 1 then 14 when 2 then 30 else 45 end
       from development_project p
       cross join lateral (select substring(p.project_code from 7)::int as n) x
      where p.fiscal_year = $1 and p.project_code like $2 and (x.n % 4 <> 3 or $3::boolean)
        and p.end_date is not null and p.start_date is not null`,
    [fiscalYear, `HRD${String(fiscalYear).slice(2)}-%`, closed],
  );
}
