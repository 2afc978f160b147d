/** The development years (the institute's cycle) and the HRD plans they classify against. */
import type { Queryable } from '../../db/database';

export interface YearRow {
  fiscal_year: number;
  form_name: string;
  submission_deadline: string | null;
  hrd_plan: string;
  hrd_plan_name: string;
  salary_budget: string | null;
  approved_by: string | null;
  approved_on: string | null;
  approval_ref: string | null;
  published_at: Date | null;
  version: number;
}

const YEAR_SELECT = `select y.fiscal_year, y.form_name, to_char(y.submission_deadline, 'YYYY-MM-DD') as submission_deadline,
       h.code as hrd_plan, h.name as hrd_plan_name, y.salary_budget, y.approved_by,
       to_char(y.approved_on, 'YYYY-MM-DD') as approved_on, y.approval_ref, y.published_at, y.version
  from development_year y join hrd_plan h on h.id = y.hrd_plan_id`;

export async function listYearRows(db: Queryable): Promise<YearRow[]> {
  return (await db.query<YearRow>(`${YEAR_SELECT} order by y.fiscal_year desc`)).rows;
}

export async function findYearRow(db: Queryable, fiscalYear: number, lock = false): Promise<YearRow | null> {
  if (lock) await db.query('select 1 from development_year where fiscal_year = $1 for update', [fiscalYear]);
  const { rows } = await db.query<YearRow>(`${YEAR_SELECT} where y.fiscal_year = $1`, [fiscalYear]);
  return rows[0] ?? null;
}

export interface HrdPlanRow {
  code: string;
  name: string;
  strategies: { no: string; name: string }[];
}

export async function hrdPlanRows(db: Queryable): Promise<HrdPlanRow[]> {
  const { rows } = await db.query<HrdPlanRow>(
    `select h.code, h.name,
            coalesce((select json_agg(json_build_object('no', s.no, 'name', s.name)
                                      order by case when s.no ~ '^[0-9]+$' then lpad(s.no, 10, '0') else s.no end)
                        from hrd_strategy s where s.hrd_plan_id = h.id), '[]'::json) as strategies
       from hrd_plan h order by h.from_fiscal_year desc, h.code`,
  );
  return rows;
}

export async function hrdPlanIdOf(db: Queryable, code: string): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>('select id from hrd_plan where code = $1', [code]);
  return rows[0]?.id ?? null;
}

/** Opens the year; false when it is already open. */
export async function insertYear(
  tx: Queryable,
  y: {
    fiscalYear: number;
    hrdPlanId: number;
    formName: string;
    deadline: string;
    salaryBudget: string | null;
  },
): Promise<boolean> {
  const { rows } = await tx.query(
    `insert into development_year (fiscal_year, hrd_plan_id, form_name, submission_deadline, salary_budget)
     values ($1, $2, $3, $4, $5) on conflict (fiscal_year) do nothing returning fiscal_year`,
    [y.fiscalYear, y.hrdPlanId, y.formName, y.deadline, y.salaryBudget],
  );
  return rows.length === 1;
}

export async function setYearApproval(
  tx: Queryable,
  fiscalYear: number,
  a: { approvedBy: string; approvedOn: string; approvalRef: string },
): Promise<void> {
  await tx.query(
    `update development_year set approved_by = $2, approved_on = $3, approval_ref = $4,
            updated_at = now(), version = version + 1 where fiscal_year = $1`,
    [fiscalYear, a.approvedBy, a.approvedOn, a.approvalRef],
  );
}

export async function setYearPublished(tx: Queryable, fiscalYear: number, at: Date): Promise<void> {
  await tx.query(
    `update development_year set published_at = $2, updated_at = now(), version = version + 1
      where fiscal_year = $1`,
    [fiscalYear, at],
  );
}
