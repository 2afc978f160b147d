/**
 * Results on form สพข. ๒: one row per project (development_result). Dates come back as YYYY-MM-DD text and
 * amounts as exact numeric strings. The timeliness list is one query over the year's projects.
 */
import type { Queryable } from '../../db/database';
import type { ResultInput } from '../../../shared/api/development/results';
import { COUNTED_PROJECT } from './counted';

export interface ProjectResultRow {
  id: number;
  fiscal_year: number;
  project_code: string;
  project_name: string;
  unit_id: number;
  unit_name: string;
  participants: number;
  budget: string;
  budget_source: 'ordinance' | 'other' | 'none';
  start_date: string | null;
  end_date: string | null;
  result: {
    actual_start: string;
    actual_end: string;
    participants: number;
    passed: number | null;
    spent_ordinance: string;
    spent_other: string;
    evaluation_score: string | null;
    lessons: string | null;
    filed_on: string;
    filed_by: string | null;
    version: number;
  } | null;
}

/** One project with its result; `lock` takes the project's row lock (filing serialises on it). */
export async function projectResult(
  db: Queryable,
  id: number,
  lock = false,
): Promise<ProjectResultRow | null> {
  if (lock) await db.query('select id from development_project where id = $1 for update', [id]);
  const { rows } = await db.query<ProjectResultRow>(
    `select p.id, p.fiscal_year, p.project_code, p.project_name, p.unit_id, u.name as unit_name,
            p.participants, p.budget::text as budget, p.budget_source,
            to_char(p.start_date, 'YYYY-MM-DD') as start_date, to_char(p.end_date, 'YYYY-MM-DD') as end_date,
            case when r.project_id is null then null else json_build_object(
              'actual_start', to_char(r.actual_start, 'YYYY-MM-DD'),
              'actual_end', to_char(r.actual_end, 'YYYY-MM-DD'),
              'participants', r.participants, 'passed', r.passed,
              'spent_ordinance', r.spent_ordinance::text, 'spent_other', r.spent_other::text,
              'evaluation_score', r.evaluation_score::text, 'lessons', r.lessons,
              'filed_on', to_char(r.filed_on, 'YYYY-MM-DD'), 'filed_by', a.username, 'version', r.version)
            end as result
       from development_project p
       join org_unit u on u.id = p.unit_id
       left join development_result r on r.project_id = p.id
       left join app_user a on a.id = r.filed_by
      where p.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

const COLUMNS = [
  'actual_start',
  'actual_end',
  'participants',
  'passed',
  'spent_ordinance',
  'spent_other',
  'evaluation_score',
  'lessons',
  'filed_on',
  'filed_by',
] as const;

function values(input: ResultInput, filedOn: string, userId: number | null): unknown[] {
  return [
    input.actualStart,
    input.actualEnd,
    input.participants,
    input.passed,
    input.spentOrdinance,
    input.spentOther,
    input.evaluationScore,
    input.lessons,
    filedOn,
    userId,
  ];
}

export async function insertResult(
  tx: Queryable,
  projectId: number,
  input: ResultInput,
  filedOn: string,
  userId: number | null,
): Promise<void> {
  await tx.query(
    `insert into development_result (project_id, ${COLUMNS.join(', ')})
     values ($1, ${COLUMNS.map((_, i) => `$${i + 2}`).join(', ')})`,
    [projectId, ...values(input, filedOn, userId)],
  );
}

/** Refiles in place; false when the version read is no longer the row's (someone refiled meanwhile). */
export async function updateResult(
  tx: Queryable,
  projectId: number,
  version: number,
  input: ResultInput,
  filedOn: string,
  userId: number | null,
): Promise<boolean> {
  const { rows } = await tx.query(
    `update development_result set ${COLUMNS.map((c, i) => `${c} = $${i + 3}`).join(', ')},
            version = version + 1
      where project_id = $1 and version = $2 returning project_id`,
    [projectId, version, ...values(input, filedOn, userId)],
  );
  return rows.length === 1;
}

export interface TimelinessRow {
  id: number;
  code: string;
  name: string;
  unit_id: number;
  unit_code: string;
  unit_name: string;
  end_date: string | null;
  filed_on: string | null;
}

/**
 * Every project the year's plan counts (counted.ts: not one of an agency's submission still being prepared), of
 * one unit or all when `unitId` is null, with its filing day: one query.
 */
export async function timelinessRows(
  db: Queryable,
  fiscalYear: number,
  unitId: number | null,
): Promise<TimelinessRow[]> {
  const { rows } = await db.query<TimelinessRow>(
    `select p.id, p.project_code as code, p.project_name as name, p.unit_id, u.code as unit_code,
            u.name as unit_name, to_char(p.end_date, 'YYYY-MM-DD') as end_date,
            to_char(r.filed_on, 'YYYY-MM-DD') as filed_on
       from development_project p
       join org_unit u on u.id = p.unit_id
       left join development_result r on r.project_id = p.id
      where p.fiscal_year = $1 and ($2::int is null or p.unit_id = $2) and ${COUNTED_PROJECT}
      order by u.code, p.end_date nulls last, p.project_code`,
    [fiscalYear, unitId],
  );
  return rows;
}

export async function yearExists(db: Queryable, fiscalYear: number): Promise<boolean> {
  const { rows } = await db.query('select 1 from development_year where fiscal_year = $1', [fiscalYear]);
  return rows.length === 1;
}
