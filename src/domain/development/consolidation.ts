/** Consolidation of an HRD plan's projects: totals, by strategy and by agency, and the share of salary budget. */
import { roundHalfUpDiv } from '../percent';

export interface PlannedProject {
  agencyId: string;
  strategyNo: number;
  participants: number;
  /** Budget in satang (integer) so sums stay exact. */
  budgetSatang: bigint;
}

export interface Totals {
  projects: number;
  participants: number;
  budgetSatang: bigint;
}

export interface Consolidation extends Totals {
  byStrategy: Map<number, Totals>;
  byAgency: Map<string, Totals>;
}

const empty = (): Totals => ({ projects: 0, participants: 0, budgetSatang: 0n });

function add(t: Totals, p: PlannedProject): void {
  t.projects += 1;
  t.participants += p.participants;
  t.budgetSatang += p.budgetSatang;
}

export function consolidate(projects: readonly PlannedProject[]): Consolidation {
  const all = empty();
  const byStrategy = new Map<number, Totals>();
  const byAgency = new Map<string, Totals>();
  for (const p of projects) {
    add(all, p);
    if (!byStrategy.has(p.strategyNo)) byStrategy.set(p.strategyNo, empty());
    add(byStrategy.get(p.strategyNo)!, p);
    if (!byAgency.has(p.agencyId)) byAgency.set(p.agencyId, empty());
    add(byAgency.get(p.agencyId)!, p);
  }
  return { ...all, byStrategy, byAgency };
}

/** Share of the salary-and-wage budget, in percent with two decimals, rounded half up (as the memo's 2.34). */
export function salaryBudgetShare(budgetSatang: bigint, salaryBudgetSatang: bigint): string {
  if (salaryBudgetSatang <= 0n) return '0.00';
  const hundredths = roundHalfUpDiv(budgetSatang * 10_000n, salaryBudgetSatang);
  const whole = hundredths / 100n;
  const frac = (hundredths % 100n).toString().padStart(2, '0');
  return `${whole}.${frac}`;
}

/** An exact decimal amount in baht ("353166405.00", "12.5") as satang; null when it is not one. */
export function satangOf(decimal: string): bigint | null {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(decimal.trim());
  if (!m) return null;
  return BigInt(m[1]!) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
}

/** Satang as baht for JSON: a number with at most 2 decimals. */
export function bahtNumber(satang: bigint): number {
  return Number(satang / 100n) + Number(satang % 100n) / 100;
}
