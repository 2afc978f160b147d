/**
 * The workforce import (issue 10, item 7): the generated workforce (100,000 people, ≈1,000,000 history rows
 * at scale 100) exported as the three workforce files of formats.md (positions, people, position history;
 * CSV with codes, never ids), imported in that order through the running server — the web app's upload,
 * `POST /api/workforce/imports/{kind}`, each file all-or-nothing and committed — into a fresh database of the
 * same dataset generated without its workforce. The floor: COPY of the same rows into the same three tables
 * (bulk-files.ts), in the same run. The server's memory during the imports is compared with its idle RSS.
 */
import type { Queryable } from '../../src/server/db/database';
import { exportBulk, str, tf, yesNo, type BulkFile } from './bulk-files';

interface PositionRow {
  id: number;
  position_no: string;
  title: string;
  position_type: string;
  level: string;
  line: string | null;
  unit: string;
  unit_id: number;
  section: string | null;
  section_head: boolean;
  abolished_date: string | null;
}

interface PersonRow {
  id: number;
  person_no: string;
  national_id: string;
  title: string | null;
  first_name: string;
  last_name: string;
  birth_date: string;
  gender: string | null;
  staff_type: string;
  entry_date: string | null;
  exit_date: string | null;
  exit_reason: string | null;
}

interface HistoryRow {
  id: number;
  person_id: number;
  person_no: string;
  from_date: string;
  to_date: string | null;
  role: string;
  position_id: number | null;
  position_no: string | null;
  title: string;
  position_type: string;
  level: string;
  line: string | null;
  unit_id: number;
  unit: string;
  work_unit_id: number | null;
  work_unit: string | null;
  section: string | null;
  section_head: boolean;
  order_ref: string | null;
}

/** The three files, in the order they must be imported. */
export async function exportWorkforceFiles(db: Queryable): Promise<BulkFile[]> {
  const positions = await exportBulk<PositionRow>(db, {
    kind: 'positions',
    table: 'position',
    sql: `select p.id, p.position_no, p.title, p.position_type, p.level, p.line, u.code as unit, p.unit_id,
                 p.section, p.section_head, p.abolished_date::text as abolished_date
            from position p join org_unit u on u.id = p.unit_id where p.id > $1 order by p.id limit $2`,
    id: (r) => r.id,
    header: [
      'position_no',
      'title',
      'position_type',
      'level',
      'line',
      'unit',
      'section',
      'section_head',
      'abolished_date',
    ],
    csv: (r) => [
      r.position_no,
      r.title,
      r.position_type,
      r.level,
      r.line,
      r.unit,
      r.section,
      yesNo(r.section_head),
      r.abolished_date,
    ],
    copyColumns: [
      'id',
      'position_no',
      'title',
      'position_type',
      'level',
      'line',
      'unit_id',
      'section',
      'section_head',
      'abolished_date',
    ],
    copy: (r) => [
      str(r.id),
      r.position_no,
      r.title,
      r.position_type,
      r.level,
      r.line,
      str(r.unit_id),
      r.section,
      tf(r.section_head),
      r.abolished_date,
    ],
  });
  const personCols = [
    'person_no',
    'national_id',
    'title',
    'first_name',
    'last_name',
    'birth_date',
    'gender',
    'staff_type',
    'entry_date',
    'exit_date',
    'exit_reason',
  ] as const;
  const people = await exportBulk<PersonRow>(db, {
    kind: 'people',
    table: 'person',
    sql: `select id, person_no, national_id, title, first_name, last_name, birth_date::text as birth_date, gender,
                 staff_type, entry_date::text as entry_date, exit_date::text as exit_date, exit_reason
            from person where id > $1 order by id limit $2`,
    id: (r) => r.id,
    header: [...personCols],
    csv: (r) => personCols.map((k) => r[k]),
    copyColumns: ['id', ...personCols],
    copy: (r) => [str(r.id), ...personCols.map((k) => r[k])],
  });
  const history = await exportBulk<HistoryRow>(db, {
    kind: 'history',
    table: 'position_history',
    sql: `select h.id::int as id, h.person_id, p.person_no, h.from_date::text as from_date, h.to_date::text as to_date,
                 h.role, h.position_id, pos.position_no, h.title, h.position_type, h.level, h.line, h.unit_id,
                 u.code as unit, h.work_unit_id, w.code as work_unit, h.section, h.section_head, h.order_ref
            from position_history h join person p on p.id = h.person_id join org_unit u on u.id = h.unit_id
            left join org_unit w on w.id = h.work_unit_id left join position pos on pos.id = h.position_id
           where h.id > $1 order by h.id limit $2`,
    id: (r) => r.id,
    header: [
      'person_no',
      'from',
      'to',
      'role',
      'position_no',
      'title',
      'position_type',
      'level',
      'line',
      'unit',
      'work_unit',
      'section',
      'section_head',
      'order_ref',
    ],
    csv: (r) => [
      r.person_no,
      r.from_date,
      r.to_date,
      r.role,
      r.position_no,
      r.title,
      r.position_type,
      r.level,
      r.line,
      r.unit,
      r.work_unit,
      r.section,
      yesNo(r.section_head),
      r.order_ref,
    ],
    copyColumns: [
      'person_id',
      'from_date',
      'to_date',
      'role',
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
    ],
    copy: (r) => [
      str(r.person_id),
      r.from_date,
      r.to_date,
      r.role,
      str(r.position_id),
      r.title,
      r.position_type,
      r.level,
      r.line,
      str(r.unit_id),
      str(r.work_unit_id),
      r.section,
      tf(r.section_head),
      r.order_ref,
    ],
  });
  return [positions, people, history];
}
