/** `development summary --fiscal-year FY --json`: the consolidated development plan in formats.md's shape. */
import { bahtNumber, bahtText, salaryBudgetShare, satangOf } from '../../../domain/development';
import type { Queryable } from '../../db/database';
import { AppError } from '../../errors';
import { yearSummaryRows, type SummaryTotals } from '../../repositories/development/summary';

export interface DevelopmentSummary {
  fiscalYear: number;
  hrdPlan: string;
  projects: number;
  participants: number;
  budget: number;
  budgetText: string;
  salaryBudget: number | null;
  budgetPctOfSalary: number | null;
  strategies: { no: string; name: string; projects: number; participants: number; budget: number }[];
  budgetSources: {
    source: 'ordinance' | 'other' | 'none';
    projects: number;
    participants: number;
    budget: number;
  }[];
}

const satang = (decimal: string): bigint => satangOf(decimal) ?? 0n;
const totals = (t: SummaryTotals) => ({
  projects: t.projects,
  participants: t.participants,
  budget: bahtNumber(satang(t.budget)),
});

export async function developmentSummary(db: Queryable, fiscalYear: number): Promise<DevelopmentSummary> {
  const rows = await yearSummaryRows(db, fiscalYear);
  if (!rows) {
    throw new AppError('not_found', {
      th: `ไม่พบแผนพัฒนาของปีงบประมาณ ${fiscalYear}`,
      en: `No development plan for fiscal year ${fiscalYear}`,
    });
  }
  const budget = satang(rows.budget);
  const salary = rows.salaryBudget === null ? null : satang(rows.salaryBudget);
  return {
    fiscalYear,
    hrdPlan: rows.hrdPlan,
    projects: rows.projects,
    participants: rows.participants,
    budget: bahtNumber(budget),
    budgetText: bahtText(budget),
    salaryBudget: salary === null ? null : bahtNumber(salary),
    budgetPctOfSalary: salary === null ? null : Number(salaryBudgetShare(budget, salary)),
    strategies: rows.strategies.map((s) => ({ no: s.no, name: s.name, ...totals(s) })),
    budgetSources: rows.budgetSources.map((s) => ({ source: s.source, ...totals(s) })),
  };
}
