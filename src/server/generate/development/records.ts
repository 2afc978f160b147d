/**
 * The people's development records, drawn in SQL from the seed (one INSERT … SELECT per fiscal year, no row
 * in memory): every person of the dataset in service for the whole year has 0–10 records that year (about 5,
 * so ≈ 2,000,000 over five years at scale 100), each from md5(seed, person_no, year, n) — so the same seed
 * gives the same rows whichever database. Modes in the 70:20:10 proportion by count (experiential 1–5 days,
 * social 0.5–2, formal 1–5 with a pass mark); a year totals ≈ 15 days, so about a quarter of the people stay
 * under the 10-day rule. Start dates are 33 days apart within the year (never the same activity and day
 * twice, as the records file requires); the unit, title and level are those of the position held on the
 * first day, as the import keeps them (src/server/repositories/development/record-writes.ts).
 */
import type { Queryable } from '../../db/database';
import { fiscalYearStart } from './build-development';

const EXPERIENTIAL = [
  'ปฏิบัติงานตามที่ได้รับมอบหมายในโครงการพิเศษ',
  'หมุนเวียนงานภายในฝ่าย',
  'ปฏิบัติหน้าที่แทนหัวหน้าฝ่าย',
  'ร่วมคณะทำงานปรับปรุงกระบวนงาน',
  'ลงพื้นที่ให้บริการประชาชนเชิงรุก',
  'จัดทำคู่มือการปฏิบัติงาน',
];
const SOCIAL = [
  'การสอนงานโดยผู้บังคับบัญชา',
  'พี่เลี้ยงบุคลากรใหม่',
  'ชุมชนนักปฏิบัติ (CoP)',
  'การให้ข้อมูลป้อนกลับรายบุคคล',
  'แลกเปลี่ยนเรียนรู้ข้ามหน่วยงาน',
];
const FORMAL = [
  'หลักสูตรการบริหารงานบุคคล',
  'หลักสูตรการเขียนหนังสือราชการ',
  'หลักสูตรภาวะผู้นำ',
  'หลักสูตรการวิเคราะห์ข้อมูล',
  'หลักสูตรการบริการประชาชน',
  'หลักสูตรการป้องกันการทุจริต',
  'หลักสูตรการใช้เทคโนโลยีดิจิทัล',
  'หลักสูตรการจัดซื้อจัดจ้าง',
];
const DIGITAL = 'หลักสูตรการใช้เทคโนโลยีดิจิทัล';

const PROVIDERS = ['สถาบันพัฒนาข้าราชการกรุงเทพมหานคร', 'สำนักงานคณะกรรมการข้าราชการพลเรือน (ก.พ.)'];

/** Writes the records of `fiscalYear` for the people whose person_no starts with `prefix`; returns the count. */
export async function writeRecordsOfYear(
  tx: Queryable,
  options: { seed: number; prefix: string; fiscalYear: number },
): Promise<number> {
  const fyStart = fiscalYearStart(options.fiscalYear);
  const { rows } = await tx.query<{ n: number }>(
    `with people as (
       select p.id, p.person_no from person p
        where p.person_no like $2 || '%'
          and (p.entry_date is null or p.entry_date <= $4::date)
          and (p.exit_date is null or p.exit_date > ($4::date + interval '1 year')::date)
     ), draws as (
       select p.id, p.person_no, n, md5($1::text || ':' || p.person_no || ':' || $3::int || ':' || n) as h
         from people p
        cross join lateral generate_series(0,
          ('x' || substr(md5($1::text || ':' || p.person_no || ':' || $3::int), 1, 4))::bit(16)::int % 11 - 1) n
     ), parts as (
       select id, n,
              ('x' || substr(h, 1, 4))::bit(16)::int % 100 as r_mode,
              ('x' || substr(h, 5, 4))::bit(16)::int as r_days,
              ('x' || substr(h, 9, 4))::bit(16)::int as r_when,
              ('x' || substr(h, 13, 4))::bit(16)::int as r_other
         from draws
     ), drawn as (
       select id, r_when, r_other,
              case when r_mode < 70 then 'experiential' when r_mode < 90 then 'social' else 'formal' end as mode,
              case when r_mode < 70 then 1 + (r_days % 9) * 0.5
                   when r_mode < 90 then 0.5 + (r_days % 4) * 0.5
                   else 1 + r_days % 5 end as days,
              $4::date + n * 33 + r_when % 30 as start_date
         from parts
     ), named as (
       select d.*, case d.mode
                     when 'experiential' then ($5::text[])[1 + (d.r_when / 30) % cardinality($5::text[])]
                     when 'social' then ($6::text[])[1 + (d.r_when / 30) % cardinality($6::text[])]
                     else ($7::text[])[1 + (d.r_when / 30) % cardinality($7::text[])] end as activity
         from drawn d
     ), written as (
       insert into development_record (person_id, fiscal_year, activity, start_date, end_date, days, mode, passed,
                                       digital, provider, unit_id, position_title, level, source, state)
       select r.id, $3::int, r.activity, r.start_date, r.start_date + greatest(ceil(r.days)::int - 1, 0), r.days, r.mode,
              case when r.mode = 'formal' then r.r_other % 10 <> 0 end,
              r.activity = $8 or (r.mode = 'formal' and r.r_other % 7 = 0),
              case when r.mode = 'formal' then ($9::text[])[1 + r.r_other % 2] end,
              h.unit_id, h.title, h.level, 'file', 'approved'
         from named r
         left join lateral (
           select coalesce(x.work_unit_id, x.unit_id) as unit_id, x.title, x.level from position_history x
            where x.person_id = r.id and x.role = 'holds' and x.from_date <= r.start_date
              and (x.to_date is null or x.to_date >= r.start_date)
            order by x.from_date desc limit 1) h on true
       returning 1
     )
     select count(*)::int as n from written`,
    [
      String(options.seed),
      options.prefix,
      options.fiscalYear,
      fyStart,
      EXPERIENTIAL,
      SOCIAL,
      FORMAL,
      DIGITAL,
      PROVIDERS,
    ],
  );
  return rows[0]!.n;
}
