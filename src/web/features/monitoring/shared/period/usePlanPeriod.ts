import { useSearchParams } from 'react-router';
import { SUMMARY_BASES, type SummaryBasis } from '../../../../../domain/monitoring';
import { currentPeriod, isPeriod } from '../../../../shared/format/periods';
import { usePlanChoice } from '../plans/usePlanChoice';

const isBasis = (text: string | null): text is SummaryBasis =>
  text !== null && (SUMMARY_BASES as readonly string[]).includes(text);

/**
 * The plan, the month (`?asOf=`) and the reports counted (`?basis=`) of a page that shows a plan as of a
 * month. The month defaults to the plan's latest reported one, the basis to every report sent up.
 * Changes replace the history entry (stepping through months should not fill the back button), and write
 * the plan chosen by default into the URL too, so that a copied link shows the same plan.
 */
export function usePlanPeriod() {
  const [params, setParams] = useSearchParams();
  const choice = usePlanChoice();
  const { plan } = choice;
  const asOfParam = params.get('asOf');
  const asOf = isPeriod(asOfParam) ? asOfParam : (plan?.defaultAsOf ?? plan?.latestPeriod ?? currentPeriod());
  const basisParam = params.get('basis');
  const basis: SummaryBasis = isBasis(basisParam) ? basisParam : 'submitted';

  /** Sets (or, given null, removes) one search parameter. */
  const setParam = (key: string, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        if (plan) next.set('plan', plan.code);
        return next;
      },
      { replace: true },
    );

  return {
    ...choice,
    asOf,
    basis,
    setAsOf: (period: string) => setParam('asOf', period),
    setBasis: (next: SummaryBasis) => setParam('basis', next),
    setParam,
  };
}

export type PlanPeriod = ReturnType<typeof usePlanPeriod>;
