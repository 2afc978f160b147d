/**
 * The development records file's writes, set-based for 2,000,000 rows: each batch is staged in one INSERT …
 * SELECT FROM unnest that also finds the person (by person_no), the position they held when the activity
 * began (position_history, role holds, as of start_date: unit, title, level kept on the record) and the
 * year's project; checks run in SQL over the whole stage; the merge matches a record by person, activity
 * and first day (records from files only) and updates it in place.
 */
import type { Queryable } from '../../db/database';
import { firstCodes, thaiDateSql } from '../../import/named';
import { countAndName } from '../count-rows';
import type { RecordLine } from '../../import/development/record-rows';
import type { FieldIssue } from '../../../shared/messages';

export async function createRecordStage(tx: Queryable): Promise<void> {
  await tx.query(`create temp table dev_record_stage (
    row_no int, person_no text, fiscal_year int, activity text, start_date date, end_date date,
    days numeric(5, 1), mode text, passed boolean, digital boolean, dev_project text, provider text,
    person_id int, unit_id int, position_title text, level text, project_id int, existing_id int)
    on commit drop`);
}

export async function stageRecords(tx: Queryable, lines: readonly RecordLine[]): Promise<void> {
  const col = <K extends keyof RecordLine>(k: K) => lines.map((l) => l[k]);
  await tx.query(
    `insert into dev_record_stage
     select u.*, p.id, h.unit_id, h.title, h.level, pr.id, null::int
       from unnest($1::int[], $2::text[], $3::int[], $4::text[], $5::date[], $6::date[], $7::numeric[],
                   $8::text[], $9::boolean[], $10::boolean[], $11::text[], $12::text[])
            as u(row_no, person_no, fiscal_year, activity, start_date, end_date, days, mode, passed, digital,
                 dev_project, provider)
       left join person p on p.person_no = u.person_no
       left join lateral (
         select coalesce(x.work_unit_id, x.unit_id) as unit_id, x.title, x.level from position_history x
          where x.person_id = p.id and x.role = 'holds' and x.from_date <= u.start_date
            and (x.to_date is null or x.to_date >= u.start_date)
          order by x.from_date desc limit 1) h on true
       left join development_project pr on pr.fiscal_year = u.fiscal_year and pr.project_code = u.dev_project`,
    [
      col('row'),
      col('personNo'),
      col('fiscalYear'),
      col('activity'),
      col('startDate'),
      col('endDate'),
      col('days'),
      col('mode'),
      col('passed'),
      col('digital'),
      col('devProject'),
      col('provider'),
    ],
  );
}

/** Unknown people or projects, repeated records, and (for an agency) people outside its unit at the time. */
export async function recordFileIssues(tx: Queryable, limit: number, ownUnit: number | null) {
  await tx.query('create index on dev_record_stage (person_id, start_date)');
  const { rows } = await tx.query<{ row_no: number; kind: string; value: string; n: string }>(
    `with found as (
       select row_no, 'person' as kind, person_no as value from dev_record_stage where person_id is null
       union all
       select row_no, 'project', dev_project || ' (' || fiscal_year || ')' from dev_record_stage
        where dev_project is not null and project_id is null
       union all
       select row_no, 'repeat', first::text from (
         select row_no, first_value(row_no) over (partition by person_no, activity, start_date order by row_no) as first
           from dev_record_stage) d where first <> row_no
       union all
       select row_no, 'unit', person_no from dev_record_stage
        where $2::int is not null and person_id is not null and unit_id is distinct from $2::int)
     select row_no, kind, value, count(*) over () as n from found order by row_no limit $1`,
    [limit, ownUnit],
  );
  const listed = rows.map((r): FieldIssue => {
    switch (r.kind) {
      case 'person':
        return {
          row: r.row_no,
          field: 'person_no',
          en: `no person "${r.value}": import the people file first`,
          th: `ไม่พบบุคลากรเลขที่ "${r.value}": นำเข้าไฟล์บุคลากรก่อน`,
        };
      case 'project':
        return {
          row: r.row_no,
          field: 'dev_project',
          en: `no project ${r.value} in the development plan of that fiscal year`,
          th: `ไม่พบโครงการ ${r.value} ในแผนพัฒนาของปีงบประมาณนั้น`,
        };
      case 'repeat':
        return {
          row: r.row_no,
          field: 'activity',
          en: `repeats row ${r.value} (same person, activity and start date)`,
          th: `ซ้ำกับแถวที่ ${r.value} (บุคคล กิจกรรม และวันเริ่มต้นเดียวกัน)`,
        };
      default:
        return {
          row: r.row_no,
          field: 'person_no',
          en: 'the person was not in your unit when the activity began',
          th: 'บุคคลนี้ไม่ได้อยู่ในหน่วยงานของท่านเมื่อเริ่มกิจกรรม',
        };
    }
  });
  return { listed, count: rows.length > 0 ? Number(rows[0]!.n) : 0 };
}

const COLS = [
  'end_date',
  'days',
  'mode',
  'passed',
  'digital',
  'project_id',
  'provider',
  'unit_id',
  'position_title',
  'level',
];
const KEY = (s: string, r: string) =>
  `${r}.person_id = ${s}.person_id and ${r}.fiscal_year = ${s}.fiscal_year and ${r}.start_date = ${s}.start_date
   and ${r}.activity = ${s}.activity and ${r}.source = 'file'`;
const differs = (s: string, r: string) =>
  `(${COLS.map((c) => `${s}.${c}`).join(', ')}) is distinct from (${COLS.map((c) => `${r}.${c}`).join(', ')})`;

/** SQL: a record's code, "person_no start-date activity" (W01 01/10/2566 หลักสูตรนักบริหาร). */
const recordCode = (personNo: string, r: string) =>
  `${personNo} || ' ' || ${thaiDateSql(`${r}.start_date`)} || ' ' || ${r}.activity`;

/**
 * Three statements, not one: matching the stage against development_record first, before anything is
 * written. In one statement (update + insert … where not exists, as CTEs) the anti-join scanned the table
 * while the same statement filled it; on a first import into an empty table (statistics: 0 rows, so a
 * nested loop over a sequential scan) 1,960,026 records (bench scale 100) had not finished after 15 minutes.
 * The update and the insert each name their first records, in the order of the file (issue 14 item 17).
 */
export async function mergeRecords(tx: Queryable) {
  await tx.query('analyze dev_record_stage');
  await tx.query(
    `update dev_record_stage s set existing_id = r.id from development_record r where ${KEY('s', 'r')}`,
  );
  const updated = await countAndName(
    tx,
    `update development_record r set ${COLS.map((c) => `${c} = s.${c}`).join(', ')}
       from dev_record_stage s where r.id = s.existing_id and ${differs('s', 'r')}
     returning s.row_no, s.person_no, s.start_date, s.activity`,
    firstCodes(recordCode('x.person_no', 'x'), 'x'),
  );
  const created = await countAndName(
    tx,
    `insert into development_record (person_id, fiscal_year, activity, start_date, ${COLS.join(', ')})
     select s.person_id, s.fiscal_year, s.activity, s.start_date, ${COLS.map((c) => `s.${c}`).join(', ')}
       from dev_record_stage s where s.existing_id is null
     returning 1`,
    firstCodes(recordCode('s.person_no', 's'), 'dev_record_stage s where s.existing_id is null'),
  );
  const staged = await countAndName(tx, 'select 1 from dev_record_stage');
  return {
    created: created.n,
    updated: updated.n,
    unchanged: staged.n - created.n - updated.n,
    named: { created: created.named, updated: updated.named },
  };
}
