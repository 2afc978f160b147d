/** The positions file's writes (the staffing frame), set-based like people-writes.ts: staged, checked, merged. */
import type { Queryable } from '../../db/database';
import type { PositionLine } from '../../import/workforce/position-rows';
import type { FieldIssue } from '../../../shared/messages';
import { mergeCountsOf, mergeCountsSql, type MergeCountRow, type MergeCounts } from './people-writes';

export async function createPositionStage(tx: Queryable): Promise<void> {
  await tx.query(`create temp table wf_position_stage (
    row_no int, position_no text, title text, position_type text, level text, line text, unit_id int,
    section text, section_head boolean, abolished_date date) on commit drop`);
}

export async function stagePositions(tx: Queryable, lines: readonly PositionLine[]): Promise<void> {
  const col = <K extends keyof PositionLine>(k: K) => lines.map((l) => l[k]);
  await tx.query(
    `insert into wf_position_stage
     select * from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[],
                          $8::text[], $9::boolean[], $10::date[])`,
    [
      col('row'),
      col('positionNo'),
      col('title'),
      col('positionType'),
      col('level'),
      col('line'),
      col('unitId'),
      col('section'),
      col('sectionHead'),
      col('abolishedDate'),
    ],
  );
}

export async function positionFileIssues(tx: Queryable, limit: number) {
  const { rows } = await tx.query<{ row_no: number; first_row: number; n: string }>(
    `select row_no, first_row, count(*) over () as n from (
       select row_no, first_value(row_no) over (partition by position_no order by row_no) as first_row
         from wf_position_stage) f
      where first_row <> row_no order by row_no limit $1`,
    [limit],
  );
  const listed = rows.map((r): FieldIssue => ({
    row: r.row_no,
    field: 'position_no',
    en: `repeats row ${r.first_row}`,
    th: `ซ้ำกับแถวที่ ${r.first_row}`,
  }));
  return { listed, count: rows.length > 0 ? Number(rows[0]!.n) : 0 };
}

const COLS = [
  'title',
  'position_type',
  'level',
  'line',
  'unit_id',
  'section',
  'section_head',
  'abolished_date',
];
const differs = (a: string, b: string) =>
  `(${COLS.map((c) => `${a}.${c}`).join(', ')}) is distinct from (${COLS.map((c) => `${b}.${c}`).join(', ')})`;
const json = (side: string) => `jsonb_build_object(${COLS.map((c) => `'${c}', ${side}.${c}`).join(', ')})`;

/** Merges the staged positions by position_no; the earlier values of each changed one go to workforce_revision. */
export async function mergePositions(tx: Queryable, eventId: number): Promise<MergeCounts> {
  const { rows } = await tx.query<MergeCountRow>(
    mergeCountsSql(
      `select s.row_no, s.position_no as code,
              case when p.id is null then 'created' when ${differs('s', 'p')} then 'updated' end as change
         from wf_position_stage s left join position p on p.position_no = s.position_no`,
    ),
  );
  await tx.query(
    `insert into workforce_revision (audit_event_id, entity, entity_key, change, before)
     select $1, 'position', p.position_no, 'update', ${json('p')}
       from wf_position_stage s join position p on p.position_no = s.position_no where ${differs('s', 'p')}`,
    [eventId],
  );
  await tx.query(
    `insert into position (position_no, ${COLS.join(', ')})
     select position_no, ${COLS.join(', ')} from wf_position_stage
     on conflict (position_no) do update set ${COLS.map((c) => `${c} = excluded.${c}`).join(', ')},
       updated_at = now(), version = position.version + 1
     where ${differs('excluded', 'position')}`,
  );
  return mergeCountsOf(rows[0]!);
}
