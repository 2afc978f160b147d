/**
 * A person's development in a fiscal year: days by the 70:20:10 categories against the 10-day target.
 * experiential = learning by doing (70), social = from others, coaching, feedback (20), formal = training,
 * classroom or e-learning (10). Days are kept in tenths of a day to stay exact.
 */
export type DevelopmentCategory = 'experiential' | 'social' | 'formal';

export const YEARLY_TARGET_DAYS = 10;

export interface DevelopmentRecord {
  category: DevelopmentCategory;
  /** Days in tenths (15 = 1.5 days). */
  tenthDays: number;
}

export interface DevelopmentYear {
  tenthDays: Record<DevelopmentCategory, number>;
  totalTenthDays: number;
  meetsTarget: boolean;
  /** Tenths of a day still missing to reach 10 days (0 when met). */
  shortfallTenthDays: number;
  /** Share of each category in whole percent of the total (0 when no days). */
  mixPercent: Record<DevelopmentCategory, number>;
}

export function developmentYear(records: readonly DevelopmentRecord[]): DevelopmentYear {
  const tenthDays: Record<DevelopmentCategory, number> = { experiential: 0, social: 0, formal: 0 };
  for (const r of records) tenthDays[r.category] += r.tenthDays;
  const total = tenthDays.experiential + tenthDays.social + tenthDays.formal;
  const target = YEARLY_TARGET_DAYS * 10;
  const pct = (n: number): number => (total === 0 ? 0 : Math.round((n * 100) / total));
  return {
    tenthDays,
    totalTenthDays: total,
    meetsTarget: total >= target,
    shortfallTenthDays: Math.max(0, target - total),
    mixPercent: {
      experiential: pct(tenthDays.experiential),
      social: pct(tenthDays.social),
      formal: pct(tenthDays.formal),
    },
  };
}
