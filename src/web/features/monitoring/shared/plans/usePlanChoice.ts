import { useSearchParams } from 'react-router';
import type { PlanListItem } from '../../../../../shared/api/monitoring/plans';
import { useApiData } from '../../../../shared/api/useApiData';

/** The plans, and the one chosen in the URL (`?plan=CODE`), defaulting to the first. */
export function usePlanChoice() {
  const [params, setParams] = useSearchParams();
  const plans = useApiData<PlanListItem[]>('/api/plans');
  const wanted = params.get('plan');
  const plan = plans.data?.find((p) => p.code === wanted) ?? plans.data?.[0];

  const setPlan = (code: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('plan', code);
        next.delete('asOf');
        return next;
      },
      { replace: true },
    );

  return { plans: plans.data, plan, setPlan, error: plans.error, loading: plans.loading };
}
