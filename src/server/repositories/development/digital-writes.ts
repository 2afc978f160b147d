/**
 * The digital skills file's writes, set-based: each batch staged in one INSERT … SELECT FROM unnest that finds
 * the person (by person_no), the skill area (by code or Thai name, spaces and case ignored) and the person's
 * unit on the assessment date (for an agency's scope); checks over the whole stage in one query; the merge
 * updates an assessment of the same person, date and area in place.
 */
import type { Queryable } from '../../db/database';
import { firstCodes, thaiDateSql } from '../../import/named';
import type { DigitalLine } from '../../import/development/digital-rows';
import type { FieldIssue } from '../../../shared/messages';

export async function createDigitalStage(tx: Queryable): Promise<void> {
  await tx.query(`create temp table dev_digital_stage (
    row_no int, person_no text, assessed_on date, skill_text text, level int,
    person_id int, skill_area text, unit_id int) on commit drop`);
}

export async function stageDigital(tx: Queryable, lines: readonly DigitalLine[]): Promise<void> {
  await tx.query(
    `insert into dev_digital_stage
     select u.*, p.id, a.code, coalesce(h.unit_id, p.unit_id)
       from unnest($1::int[], $2::text[], $3::date[], $4::text[], $5::int[])
            as u(row_no, person_no, assessed_on, skill_text, level)
       left join person p on p.person_no = u.person_no
       left join digital_skill_area a
         on lower(a.code) = lower(regexp_replace(u.skill_text, '\\s+', '', 'g'))
         or regexp_replace(a.name_th, '\\s+', '', 'g') = regexp_replace(u.skill_text, '\\s+', '', 'g')
       left join lateral (
         select coalesce(x.work_unit_id, x.unit_id) as unit_id from position_history x
          where x.person_id = p.id and x.role = 'holds' and x.from_date <= u.assessed_on
            and (x.to_date is null or x.to_date >= u.assessed_on)
          order by x.from_date desc limit 1) h on true`,
    [
      lines.map((l) => l.row),
      lines.map((l) => l.personNo),
      lines.map((l) => l.assessedOn),
      lines.map((l) => l.skillArea),
      lines.map((l) => l.level),
    ],
  );
}

/** Unknown people or skill areas, repeated rows, and (for an agency) people outside its unit on the date. */
export async function digitalFileIssues(tx: Queryable, limit: number, ownUnit: number | null) {
  const { rows } = await tx.query<{ row_no: number; kind: string; value: string; n: string }>(
    `with found as (
       select row_no, 'person' as kind, person_no as value from dev_digital_stage where person_id is null
       union all
       select row_no, 'area', skill_text from dev_digital_stage where skill_area is null
       union all
       select row_no, 'repeat', first::text from (
         select row_no, first_value(row_no) over (
                  partition by person_no, assessed_on, coalesce(skill_area, skill_text) order by row_no) as first
           from dev_digital_stage) d where first <> row_no
       union all
       select row_no, 'unit', person_no from dev_digital_stage
        where $2::int is not null and person_id is not null and unit_id is distinct from $2::int)
     select row_no, kind, value, count(*) over () as n from found order by row_no, kind limit $1`,
    [limit, ownUnit],
  );
  const areas = rows.some((r) => r.kind === 'area')
    ? (await tx.query<{ code: string }>('select code from digital_skill_area order by ord')).rows
        .map((a) => a.code)
        .join(', ')
    : '';
  const listed = rows.map((r): FieldIssue => {
    switch (r.kind) {
      case 'person':
        return {
          row: r.row_no,
          field: 'person_no',
          en: `no person "${r.value}": import the people file first`,
          th: `ไม่พบบุคลากรเลขที่ "${r.value}": นำเข้าไฟล์บุคลากรก่อน`,
        };
      case 'area':
        return {
          row: r.row_no,
          field: 'skill_area',
          en: `"${r.value}" is not a digital skill area (${areas})`,
          th: `"${r.value}" ไม่ใช่ด้านทักษะดิจิทัลที่กำหนด (${areas})`,
        };
      case 'repeat':
        return {
          row: r.row_no,
          field: 'skill_area',
          en: `repeats row ${r.value} (same person, date and skill area)`,
          th: `ซ้ำกับแถวที่ ${r.value} (บุคคล วันที่ประเมิน และด้านทักษะเดียวกัน)`,
        };
      default:
        return {
          row: r.row_no,
          field: 'person_no',
          en: 'the person was not in your unit on the assessment date',
          th: 'บุคคลนี้ไม่ได้อยู่ในหน่วยงานของท่านในวันที่ประเมิน',
        };
    }
  });
  return { listed, count: rows.length > 0 ? Number(rows[0]!.n) : 0 };
}

/** SQL: an assessment's code, "person_no date skill_area" (W01 15/01/2567 digital_literacy). */
const assessmentCode = (personNo: string, d: string) =>
  `${personNo} || ' ' || ${thaiDateSql(`${d}.assessed_on`)} || ' ' || ${d}.skill_area`;

export async function mergeDigital(tx: Queryable) {
  const { rows } = await tx.query<{
    updated: string;
    created: string;
    staged: string;
    created_named: string[];
    updated_named: string[];
  }>(
    `with updated as (
       update digital_assessment d set level = s.level
         from dev_digital_stage s
        where d.person_id = s.person_id and d.assessed_on = s.assessed_on and d.skill_area = s.skill_area
          and d.level <> s.level
       returning s.row_no, s.person_no, d.assessed_on, d.skill_area),
     created as (
       insert into digital_assessment (person_id, assessed_on, skill_area, level)
       select s.person_id, s.assessed_on, s.skill_area, s.level from dev_digital_stage s
        where not exists (select 1 from digital_assessment d where d.person_id = s.person_id
                            and d.assessed_on = s.assessed_on and d.skill_area = s.skill_area)
       returning person_id, assessed_on, skill_area)
     select (select count(*) from updated) as updated, (select count(*) from created) as created,
            (select count(*) from dev_digital_stage) as staged,
            ${firstCodes(assessmentCode('person_no', 'updated'), 'updated')} as updated_named,
            ${firstCodes(assessmentCode('p.person_no', 'c'), 'created c join person p on p.id = c.person_id', 'p.person_no, c.assessed_on, c.skill_area')} as created_named`,
  );
  const r = rows[0]!;
  const created = Number(r.created);
  const updated = Number(r.updated);
  return {
    created,
    updated,
    unchanged: Number(r.staged) - created - updated,
    named: { created: r.created_named, updated: r.updated_named },
  };
}
