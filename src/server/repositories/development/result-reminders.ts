/**
 * The projects whose result reminders may be due (src/domain/development/result-reminders.ts): counted
 * (counted.ts), with an end date, no result filed, and a due day (end + 14) within the window the run asks
 * about. One query; the domain decides the rest.
 */
import type { Queryable } from '../../db/database';
import { DEVELOPMENT_INSTITUTE_CODE } from '../../policies/development/import-policy';
import { COUNTED_PROJECT } from './counted';

export interface ResultReminderRow {
  id: number;
  fiscal_year: number;
  project_code: string;
  project_name: string;
  unit_id: number;
  unit_name: string;
  end_date: string;
}

/** Unfiled projects due (end + `dueDays`) from `dueFrom` to `dueTo`, both included. */
export async function unfiledResultRows(
  db: Queryable,
  dueDays: number,
  dueFrom: string,
  dueTo: string,
): Promise<ResultReminderRow[]> {
  const { rows } = await db.query<ResultReminderRow>(
    `select p.id, p.fiscal_year, p.project_code, p.project_name, p.unit_id, u.name as unit_name,
            to_char(p.end_date, 'YYYY-MM-DD') as end_date
       from development_project p
       join org_unit u on u.id = p.unit_id
      where p.end_date is not null
        and p.end_date + $1::int between $2::date and $3::date
        and not exists (select 1 from development_result r where r.project_id = p.id)
        and ${COUNTED_PROJECT}
      order by p.end_date, u.code, p.project_code`,
    [dueDays, dueFrom, dueTo],
  );
  return rows;
}

/** The institute's unit (BHRDI), null when the organisation has none. */
export async function instituteUnitId(db: Queryable): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>('select id from org_unit where code = $1', [
    DEVELOPMENT_INSTITUTE_CODE,
  ]);
  return rows[0]?.id ?? null;
}
