/**
 * The people file's writes, set-based: rows are staged a batch at a time (one INSERT … SELECT FROM unnest per
 * batch), checked across the file in SQL, then merged into person by person_no in one statement. Personal
 * data (national ID, birth date) is never copied into the earlier values: a changed one is named, not given.
 */
import type { Queryable } from '../../db/database';
import { firstCodes, namedOf } from '../../import/named';
import type { PersonLine } from '../../import/workforce/people-rows';
import type { FieldIssue } from '../../../shared/messages';

export async function createPeopleStage(tx: Queryable): Promise<void> {
  await tx.query(`create temp table wf_person_stage (
    row_no int, person_no text, national_id text, title text, first_name text, last_name text, birth_date date,
    gender text, staff_type text, entry_date date, exit_date date, exit_reason text) on commit drop`);
}

export async function stagePeople(tx: Queryable, lines: readonly PersonLine[]): Promise<void> {
  const col = <K extends keyof PersonLine>(k: K) => lines.map((l) => l[k]);
  await tx.query(
    `insert into wf_person_stage
     select * from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[],
                          $8::text[], $9::text[], $10::date[], $11::date[], $12::text[])`,
    [
      col('row'),
      col('personNo'),
      col('nationalId'),
      col('title'),
      col('firstName'),
      col('lastName'),
      col('birthDate'),
      col('gender'),
      col('staffType'),
      col('entryDate'),
      col('exitDate'),
      col('exitReason'),
    ],
  );
}

/** Rows repeating a person_no or national ID of an earlier row, or an ID another person already has. */
export async function peopleFileIssues(
  tx: Queryable,
  limit: number,
): Promise<{ listed: FieldIssue[]; count: number }> {
  await tx.query('create index on wf_person_stage (person_no)');
  const { rows } = await tx.query<{ row_no: number; field: string; other: string | null; n: string }>(
    `with found as (
       select s.row_no, 'person_no' as field, first_value(s.row_no) over w as first_row
         from wf_person_stage s window w as (partition by s.person_no order by s.row_no)
       union all
       select s.row_no, 'national_id', first_value(s.row_no) over w
         from wf_person_stage s where s.national_id is not null
       window w as (partition by s.national_id order by s.row_no)
       union all
       select s.row_no, 'national_id_taken', null
         from wf_person_stage s join person p on p.national_id = s.national_id and p.person_no <> s.person_no)
     select row_no, field, first_row::text as other, count(*) over () as n from found
      where first_row is null or first_row <> row_no
      order by row_no limit $1`,
    [limit],
  );
  const listed = rows.map((r): FieldIssue => {
    if (r.field === 'person_no')
      return { row: r.row_no, field: 'person_no', en: `repeats row ${r.other}`, th: `ซ้ำกับแถวที่ ${r.other}` };
    if (r.field === 'national_id')
      return { row: r.row_no, field: 'national_id', en: `repeats row ${r.other}`, th: `ซ้ำกับแถวที่ ${r.other}` };
    return {
      row: r.row_no,
      field: 'national_id',
      en: 'belongs to another person already recorded',
      th: 'เป็นเลขของบุคคลอื่นที่มีอยู่แล้วในระบบ',
    };
  });
  return { listed, count: rows.length > 0 ? Number(rows[0]!.n) : 0 };
}

const PLAIN = [
  'title',
  'first_name',
  'last_name',
  'gender',
  'staff_type',
  'entry_date',
  'exit_date',
  'exit_reason',
];
/** New values as the merge writes them: an empty national ID keeps the one recorded. */
const NEW = (s: string, p: string) => [
  `coalesce(${s}.national_id, ${p}.national_id)`,
  `${s}.birth_date`,
  ...PLAIN.map((c) => `${s}.${c}`),
];
const OLD = (p: string) => [`${p}.national_id`, `${p}.birth_date`, ...PLAIN.map((c) => `${p}.${c}`)];
const differs = (s: string, p: string) => `(${OLD(p).join(', ')}) is distinct from (${NEW(s, p).join(', ')})`;

export interface MergeCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** The first codes created and updated, in the order of the file. */
  named: { created: string[]; updated: string[] };
}

/** SQL: the staged rows with what the merge does to each ('created', 'updated', or null: unchanged) and the counts. */
export const mergeCountsSql = (joined: string) =>
  `with j as materialized (${joined})
   select count(*) filter (where change = 'created') as created,
          count(*) filter (where change = 'updated') as updated,
          count(*) filter (where change is null) as unchanged,
          ${firstCodes('code', "j where change = 'created'")} as created_named,
          ${firstCodes('code', "j where change = 'updated'")} as updated_named
     from j`;

export interface MergeCountRow {
  created: string;
  updated: string;
  unchanged: string;
  created_named: string[];
  updated_named: string[];
}

export const mergeCountsOf = (c: MergeCountRow): MergeCounts => ({
  created: Number(c.created),
  updated: Number(c.updated),
  unchanged: Number(c.unchanged),
  named: namedOf(c),
});

/**
 * Merges the staged people by person_no. The earlier values of each changed person go to workforce_revision
 * under the import's audit event (personal data named, never copied).
 */
export async function mergePeople(tx: Queryable, eventId: number): Promise<MergeCounts> {
  const { rows: counts } = await tx.query<MergeCountRow>(
    mergeCountsSql(
      `select s.row_no, s.person_no as code,
              case when p.id is null then 'created' when ${differs('s', 'p')} then 'updated' end as change
         from wf_person_stage s left join person p on p.person_no = s.person_no`,
    ),
  );
  await tx.query(
    `insert into workforce_revision (audit_event_id, entity, entity_key, change, before)
     select $1, 'person', p.person_no, 'update',
            jsonb_build_object(${PLAIN.map((c) => `'${c}', p.${c}`).join(', ')})
              || jsonb_build_object('personal_data_changed', array_remove(array[
                   case when coalesce(s.national_id, p.national_id) is distinct from p.national_id
                        then 'national_id' end,
                   case when s.birth_date is distinct from p.birth_date then 'birth_date' end], null))
       from wf_person_stage s join person p on p.person_no = s.person_no where ${differs('s', 'p')}`,
    [eventId],
  );
  await tx.query(
    `insert into person (person_no, national_id, title, first_name, last_name, birth_date, gender, staff_type,
                         entry_date, exit_date, exit_reason)
     select person_no, national_id, title, first_name, last_name, birth_date, gender, staff_type, entry_date,
            exit_date, exit_reason from wf_person_stage
     on conflict (person_no) do update set
       national_id = coalesce(excluded.national_id, person.national_id), title = excluded.title,
       first_name = excluded.first_name, last_name = excluded.last_name, birth_date = excluded.birth_date,
       gender = excluded.gender, staff_type = excluded.staff_type, entry_date = excluded.entry_date,
       exit_date = excluded.exit_date, exit_reason = excluded.exit_reason,
       updated_at = now(), version = person.version + 1
     where ${differs('excluded', 'person')}`,
  );
  return mergeCountsOf(counts[0]!);
}
