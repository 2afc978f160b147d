/** One agency's development projects of a year, as the web form writes them (the import writes in bulk). */
import type { Queryable } from '../../db/database';

export interface ProjectRow {
  id: number;
  unit_id: number;
  project_code: string;
  project_name: string;
  strategy_no: string;
  activity_type: 'training' | 'meeting' | 'seminar' | 'study_visit';
  participants: number;
  budget: string;
  budget_source: 'ordinance' | 'other' | 'none';
  target_group: string | null;
  start_date: string | null;
  end_date: string | null;
  days: string | null;
  digital: boolean;
  version: number;
}

const SELECT = `select p.id, p.unit_id, p.project_code, p.project_name, s.no as strategy_no, p.activity_type,
       p.participants, p.budget, p.budget_source, p.target_group, to_char(p.start_date, 'YYYY-MM-DD') as start_date,
       to_char(p.end_date, 'YYYY-MM-DD') as end_date, p.days, p.digital, p.version
  from development_project p join hrd_strategy s on s.id = p.hrd_strategy_id`;

export async function unitProjectRows(db: Queryable, fiscalYear: number, unitId: number) {
  const { rows } = await db.query<ProjectRow>(
    `${SELECT} where p.fiscal_year = $1 and p.unit_id = $2 order by p.project_code`,
    [fiscalYear, unitId],
  );
  return rows;
}

export async function findProjectRow(db: Queryable, fiscalYear: number, id: number) {
  const { rows } = await db.query<ProjectRow>(`${SELECT} where p.fiscal_year = $1 and p.id = $2`, [
    fiscalYear,
    id,
  ]);
  return rows[0] ?? null;
}

/** The strategy of the year's HRD plan numbered `no`. */
export async function strategyIdOf(db: Queryable, fiscalYear: number, no: string): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>(
    `select s.id from development_year y join hrd_strategy s on s.hrd_plan_id = y.hrd_plan_id
      where y.fiscal_year = $1 and s.no = $2`,
    [fiscalYear, no],
  );
  return rows[0]?.id ?? null;
}

export interface ProjectFields {
  projectCode: string;
  projectName: string;
  strategyId: number;
  activityType: string;
  participants: number;
  budget: string;
  budgetSource: string;
  targetGroup: string | null;
  startDate: string | null;
  endDate: string | null;
  days: number | null;
  digital: boolean;
}

const values = (f: ProjectFields) => [
  f.projectCode,
  f.projectName,
  f.strategyId,
  f.activityType,
  f.participants,
  f.budget,
  f.budgetSource,
  f.targetGroup,
  f.startDate,
  f.endDate,
  f.days,
  f.digital,
];

/** The new project's id, or null when the year already has a project with this code. */
export async function insertProject(tx: Queryable, fiscalYear: number, unitId: number, f: ProjectFields) {
  const { rows } = await tx.query<{ id: number }>(
    `insert into development_project (project_code, project_name, hrd_strategy_id, activity_type, participants,
       budget, budget_source, target_group, start_date, end_date, days, digital, fiscal_year, unit_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     on conflict (fiscal_year, project_code) do nothing returning id`,
    [...values(f), fiscalYear, unitId],
  );
  return rows[0]?.id ?? null;
}

/** False when another project of the year has this code. */
export async function updateProject(tx: Queryable, id: number, f: ProjectFields): Promise<boolean> {
  const clash = await tx.query(
    `select 1 from development_project a join development_project b on b.fiscal_year = a.fiscal_year
      where a.id = $1 and b.project_code = $2 and b.id <> a.id`,
    [id, f.projectCode],
  );
  if (clash.rows.length > 0) return false;
  await tx.query(
    `update development_project set project_code = $1, project_name = $2, hrd_strategy_id = $3,
            activity_type = $4, participants = $5, budget = $6, budget_source = $7, target_group = $8,
            start_date = $9, end_date = $10, days = $11, digital = $12, updated_at = now(), version = version + 1
      where id = $13`,
    [...values(f), id],
  );
  return true;
}

export async function deleteProject(tx: Queryable, id: number): Promise<void> {
  await tx.query('delete from development_project where id = $1', [id]);
}
