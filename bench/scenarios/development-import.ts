/**
 * The development records import (issue 11, item 8): every generated record (≈2,000,000 at scale 100)
 * exported as the development records file of formats.md (person_no, never ids), imported through the
 * running server — `POST /api/development/imports/records`, all-or-nothing, committed — after the workforce
 * files (the records name their people). The floor: COPY of the same rows into development_record (with the
 * unit, title and level the import finds for each), in the same transaction as the workforce's COPY.
 */
import type { Queryable } from '../../src/server/db/database';
import { exportBulk, str, tf, yesNo, type BulkFile } from './bulk-files';

interface RecordRow {
  id: number;
  person_id: number;
  person_no: string;
  fiscal_year: number;
  activity: string;
  start_date: string;
  end_date: string;
  days: string;
  mode: string;
  passed: boolean | null;
  digital: boolean;
  dev_project: string | null;
  project_id: number | null;
  provider: string | null;
  unit_id: number | null;
  position_title: string | null;
  level: string | null;
}

export function exportRecordsFile(db: Queryable): Promise<BulkFile> {
  return exportBulk<RecordRow>(db, {
    kind: 'records',
    table: 'development_record',
    sql: `select r.id::int as id, r.person_id, p.person_no, r.fiscal_year, r.activity, r.start_date::text as start_date,
                 r.end_date::text as end_date, r.days::text as days, r.mode, r.passed, r.digital,
                 pr.project_code as dev_project, r.project_id, r.provider, r.unit_id, r.position_title, r.level
            from development_record r join person p on p.id = r.person_id
            left join development_project pr on pr.id = r.project_id
           where r.id > $1 order by r.id limit $2`,
    id: (r) => r.id,
    header: [
      'person_no',
      'activity',
      'start_date',
      'end_date',
      'days',
      'mode',
      'passed',
      'digital',
      'dev_project',
      'provider',
    ],
    csv: (r) => [
      r.person_no,
      r.activity,
      r.start_date,
      r.end_date,
      r.days,
      r.mode,
      yesNo(r.passed),
      yesNo(r.digital),
      r.dev_project,
      r.provider,
    ],
    copyColumns: [
      'person_id',
      'fiscal_year',
      'activity',
      'start_date',
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
    ],
    copy: (r) => [
      str(r.person_id),
      str(r.fiscal_year),
      r.activity,
      r.start_date,
      r.end_date,
      r.days,
      r.mode,
      tf(r.passed),
      tf(r.digital),
      str(r.project_id),
      r.provider,
      str(r.unit_id),
      r.position_title,
      r.level,
    ],
  });
}
