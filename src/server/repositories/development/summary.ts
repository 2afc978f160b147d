/**
 * The consolidated development plan of a fiscal year (formats.md, `development summary --json`), set-based:
 * one query for the year and its totals, one for every strategy of its HRD plan, one for the budget sources.
 * Amounts come back as exact numeric strings. Only the projects that count (./counted.ts) are summed.
 */
import type { Queryable } from '../../db/database';
import { COUNTED_PROJECT } from './counted';

export interface SummaryTotals {
  projects: number;
  participants: number;
  budget: string;
}

export interface YearSummaryRows extends SummaryTotals {
  fiscalYear: number;
  hrdPlan: string;
  salaryBudget: string | null;
  strategies: (SummaryTotals & { no: string; name: string })[];
  budgetSources: (SummaryTotals & { source: 'ordinance' | 'other' | 'none' })[];
}

export async function yearSummaryRows(db: Queryable, fiscalYear: number): Promise<YearSummaryRows | null> {
  const year = await db.query<{ hrd_plan: string; salary_budget: string | null } & Record<string, unknown>>(
    `select h.code as hrd_plan, y.salary_budget,
            (select count(*)::int from development_project p where p.fiscal_year = y.fiscal_year and ${COUNTED_PROJECT}) as projects,
            (select coalesce(sum(p.participants), 0)::int from development_project p
              where p.fiscal_year = y.fiscal_year and ${COUNTED_PROJECT}) as participants,
            (select coalesce(sum(p.budget), 0)::numeric(18, 2) from development_project p
              where p.fiscal_year = y.fiscal_year and ${COUNTED_PROJECT}) as budget
       from development_year y join hrd_plan h on h.id = y.hrd_plan_id
      where y.fiscal_year = $1`,
    [fiscalYear],
  );
  const head = year.rows[0];
  if (!head) return null;
  const strategies = await db.query<SummaryTotals & { no: string; name: string }>(
    `select s.no, s.name, count(p.id)::int as projects, coalesce(sum(p.participants), 0)::int as participants,
            coalesce(sum(p.budget), 0)::numeric(18, 2) as budget
       from development_year y
       join hrd_strategy s on s.hrd_plan_id = y.hrd_plan_id
       left join development_project p on p.hrd_strategy_id = s.id and p.fiscal_year = y.fiscal_year
                                    and ${COUNTED_PROJECT}
      where y.fiscal_year = $1
      group by s.id, s.no, s.name
      order by case when s.no ~ '^[0-9]+$' then lpad(s.no, 10, '0') else s.no end`,
    [fiscalYear],
  );
  const sources = await db.query<SummaryTotals & { source: 'ordinance' | 'other' | 'none' }>(
    `select src.source, count(p.id)::int as projects, coalesce(sum(p.participants), 0)::int as participants,
            coalesce(sum(p.budget), 0)::numeric(18, 2) as budget
       from (values (1, 'ordinance'), (2, 'other'), (3, 'none')) as src (ord, source)
       left join development_project p on p.budget_source = src.source and p.fiscal_year = $1
                                    and ${COUNTED_PROJECT}
      group by src.ord, src.source
      order by src.ord`,
    [fiscalYear],
  );
  return {
    fiscalYear,
    hrdPlan: head.hrd_plan,
    salaryBudget: head.salary_budget,
    projects: head.projects as number,
    participants: head.participants as number,
    budget: head.budget as string,
    strategies: strategies.rows,
    budgetSources: sources.rows,
  };
}
