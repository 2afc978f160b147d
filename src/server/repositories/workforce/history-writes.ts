/**
 * The history file's writes. Staging joins each batch to person and position (a row with a position_no takes
 * the position's title, type, level, line, unit, section and section head where it leaves them empty). The
 * file is the full history of the persons it names (mergeHistory): set-based statements, none per row.
 */
import type { Queryable } from '../../db/database';
import { firstCodes, thaiDateSql } from '../../import/named';
import { countAndName } from '../count-rows';
import type { HistoryLine } from '../../import/workforce/history-rows';
import type { FieldIssue } from '../../../shared/messages';
import type { HistoryPeriod, Level, PositionType } from '../../../domain/workforce';

export async function createHistoryStage(tx: Queryable): Promise<void> {
  await tx.query(`create temp table wf_history_stage (
    row_no int, person_no text, person_id int, from_date date, to_date date, role text, position_no text,
    position_id int, title text, position_type text, level text, line text, unit_id int, work_unit_id int,
    section text, section_head boolean, order_ref text, existing_id int) on commit drop`);
}

export async function stageHistory(tx: Queryable, lines: readonly HistoryLine[]): Promise<void> {
  const col = <K extends keyof HistoryLine>(k: K) => lines.map((l) => l[k]);
  await tx.query(
    `insert into wf_history_stage
     select u.row_no, u.person_no, p.id, u.from_date, u.to_date, u.role, u.position_no, pos.id,
            coalesce(u.title, pos.title), coalesce(u.position_type, pos.position_type), coalesce(u.level, pos.level),
            coalesce(u.line, pos.line), coalesce(u.unit_id, pos.unit_id), u.work_unit_id,
            coalesce(u.section, pos.section), coalesce(u.section_head, pos.section_head, false), u.order_ref
       from unnest($1::int[], $2::text[], $3::date[], $4::date[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::text[], $10::text[], $11::int[], $12::int[], $13::text[], $14::boolean[], $15::text[])
            as u(row_no, person_no, from_date, to_date, role, position_no, title, position_type, level, line,
                 unit_id, work_unit_id, section, section_head, order_ref)
       left join person p on p.person_no = u.person_no
       left join position pos on pos.position_no = u.position_no`,
    [
      col('row'),
      col('personNo'),
      col('from'),
      col('to'),
      col('role'),
      col('positionNo'),
      col('title'),
      col('positionType'),
      col('level'),
      col('line'),
      col('unitId'),
      col('workUnitId'),
      col('section'),
      col('sectionHead'),
      col('orderRef'),
    ],
  );
}

/** Rows naming a person or position that is not recorded. */
export async function historyReferenceIssues(tx: Queryable, limit: number) {
  await tx.query('create index on wf_history_stage (person_id)');
  const { rows } = await tx.query<{ row_no: number; field: string; value: string; n: string }>(
    `select row_no, field, value, count(*) over () as n from (
       select row_no, 'person_no' as field, person_no as value from wf_history_stage where person_id is null
       union all
       select row_no, 'position_no', position_no from wf_history_stage
        where position_no is not null and position_id is null) f
      order by row_no limit $1`,
    [limit],
  );
  const listed = rows.map((r): FieldIssue =>
    r.field === 'person_no'
      ? {
          row: r.row_no,
          field: r.field,
          en: `no person "${r.value}": import the people file first`,
          th: `ไม่พบบุคลากรเลขที่ "${r.value}": นำเข้าไฟล์บุคลากรก่อน`,
        }
      : {
          row: r.row_no,
          field: r.field,
          en: `no position "${r.value}": import the positions file first`,
          th: `ไม่พบตำแหน่งเลขที่ "${r.value}": นำเข้าไฟล์ตำแหน่งก่อน`,
        },
  );
  return { listed, count: rows.length > 0 ? Number(rows[0]!.n) : 0 };
}

/** The next persons of the stage after `afterId` (at most `limit`), in id order: checks go a chunk at a time. */
export async function nextStagedPersons(tx: Queryable, afterId: number, limit: number): Promise<number[]> {
  const { rows } = await tx.query<{ person_id: number }>(
    `select distinct person_id from wf_history_stage where person_id > $1 order by person_id limit $2`,
    [afterId, limit],
  );
  return rows.map((r) => r.person_id);
}

/** The staged periods of some persons, for the domain's checks. */
export async function stagedPeriods(tx: Queryable, personIds: readonly number[]) {
  const { rows } = await tx.query<{
    person_id: number;
    row_no: number;
    role: HistoryPeriod['role'];
    from_date: string;
    to_date: string | null;
    position_type: PositionType | null;
    level: Level | null;
  }>(
    `select person_id, row_no, role, from_date, to_date, position_type, level
       from wf_history_stage where person_id = any($1::int[]) order by person_id`,
    [personIds],
  );
  return rows;
}

const COLS = [
  'to_date',
  'position_id',
  'title',
  'position_type',
  'level',
  'line',
  'unit_id',
  'work_unit_id',
  'section',
  'section_head',
  'order_ref',
];
/** A period is the same record when person, role and first day agree (formats.md: updated in place). */
const KEY = (s: string, h: string) =>
  `${s}.person_id = ${h}.person_id and ${s}.role = ${h}.role and ${s}.from_date = ${h}.from_date`;
const differs = (s: string, h: string) =>
  `(${COLS.map((c) => `${s}.${c}`).join(', ')}) is distinct from (${COLS.map((c) => `${h}.${c}`).join(', ')})`;

export interface HistoryCounts {
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** The first periods updated (in the order of the file), created and removed (by person number and day). */
  named: { created: string[]; updated: string[]; removed: string[] };
}

/** SQL: a period's code, "person_no from-date" with the role when not `holds` (100234 01/10/2563 acting). */
const periodCode = (personNo: string, h: string) =>
  `${personNo} || ' ' || ${thaiDateSql(`${h}.from_date`)} || case when ${h}.role = 'holds' then '' else ' ' || ${h}.role end`;

/**
 * The file is the whole history of the persons it names: a period with the same person, role and first
 * day is updated in place, a new one inserted, and a recorded period of those persons the file no longer
 * has is removed. The earlier values of every period changed or removed go to workforce_revision.
 */
export async function mergeHistory(tx: Queryable, eventId: number): Promise<HistoryCounts> {
  await tx.query('create index on wf_history_stage (person_id, role, from_date)');
  await tx.query(
    `insert into workforce_revision (audit_event_id, entity, entity_key, change, before)
     select $1, 'position_history', p.person_no, case when s.person_id is null then 'delete' else 'update' end,
            to_jsonb(h) - 'id' - 'person_id' - 'created_at'
       from position_history h
       join person p on p.id = h.person_id
       left join wf_history_stage s on ${KEY('s', 'h')}
      where h.person_id in (select person_id from wf_history_stage)
        and (s.person_id is null or ${differs('s', 'h')})`,
    [eventId],
  );
  // Matched first, written after, one statement each: as one statement (CTEs) the insert's anti-join
  // scanned position_history while the same statement filled it, and 1,001,497 rows into an empty table
  // (bench scale 100) ran for over 15 minutes when the planner chose a sequential scan for it.
  // Named: updated periods in the file's order, created and removed ones by person number and first day.
  await tx.query('analyze wf_history_stage');
  await tx.query(
    `update wf_history_stage s set existing_id = h.id from position_history h where ${KEY('s', 'h')}`,
  );
  const removed = await countAndName(
    tx,
    `delete from position_history h
      where h.person_id in (select person_id from wf_history_stage)
        and not exists (select 1 from wf_history_stage s where s.existing_id = h.id)
     returning h.person_id, h.role, h.from_date`,
    firstCodes(
      periodCode('p.person_no', 'r'),
      'x r join person p on p.id = r.person_id',
      'p.person_no, r.from_date, r.role',
    ),
  );
  const updated = await countAndName(
    tx,
    `update position_history h set ${COLS.map((c) => `${c} = s.${c}`).join(', ')}
       from wf_history_stage s where h.id = s.existing_id and ${differs('s', 'h')}
     returning s.row_no, s.person_no, h.role, h.from_date`,
    firstCodes(periodCode('person_no', 'x'), 'x'),
  );
  const created = await countAndName(
    tx,
    `insert into position_history (person_id, role, from_date, ${COLS.join(', ')})
     select s.person_id, s.role, s.from_date, ${COLS.map((c) => `s.${c}`).join(', ')} from wf_history_stage s
      where s.existing_id is null
     returning 1`,
    firstCodes(
      periodCode('s.person_no', 's'),
      'wf_history_stage s where s.existing_id is null',
      's.person_no, s.from_date, s.role',
    ),
  );
  const staged = await countAndName(tx, 'select 1 from wf_history_stage');
  return {
    created: created.n,
    updated: updated.n,
    unchanged: staged.n - created.n - updated.n,
    removed: removed.n,
    named: { created: created.named, updated: updated.named, removed: removed.named },
  };
}
