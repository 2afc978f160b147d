import { useSearchParams } from 'react-router';
import { fiscalYearOfPeriod, parsePeriod } from '../../../../../domain';
import type { PlanListItem } from '../../../../../shared/api/monitoring/plans';
import { usePlanChoice } from './usePlanChoice';

/** The fiscal year a plan's pages open on: that of its latest report, within the plan's years. */
export function defaultFiscalYear(
  plan: Pick<PlanListItem, 'startYear' | 'endYear' | 'latestPeriod'>,
): number {
  const latest = plan.latestPeriod ? parsePeriod(plan.latestPeriod) : null;
  const year = latest ? fiscalYearOfPeriod(latest) : plan.startYear;
  return Math.min(plan.endYear, Math.max(plan.startYear, year));
}

/**
 * A plan and one of its fiscal years, both in the URL (`?plan=CODE&fiscalYear=2567`): the plan as
 * usePlanChoice picks it, the year when it lies within the plan's, else the year of its latest report.
 */
export function usePlanYear() {
  const choice = usePlanChoice();
  const [params, setParams] = useSearchParams();
  const { plan } = choice;
  const asked = Number(params.get('fiscalYear'));
  const fiscalYear =
    plan && Number.isInteger(asked) && asked >= plan.startYear && asked <= plan.endYear
      ? asked
      : plan
        ? defaultFiscalYear(plan)
        : 0;
  const years = plan
    ? Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i)
    : [];
  const setYear = (year: number) => {
    if (!plan) return;
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('fiscalYear', String(year));
        next.set('plan', plan.code);
        return next;
      },
      { replace: true },
    );
  };
  return { ...choice, fiscalYear, years, setYear };
}

export type PlanYear = ReturnType<typeof usePlanYear>;
