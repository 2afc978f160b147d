import { useSearchParams } from 'react-router';
import type { PlanListItem } from '../../../../../shared/api/monitoring/plans';
import { apiRequest } from '../../../../shared/api/client';
import { useApiData } from '../../../../shared/api/useApiData';

/**
 * The plans, and the one chosen in the URL (`?plan=CODE`), defaulting to the user's last chosen plan
 * (remembered on the server), else the current plan. A choice is remembered (PUT /api/plans/choice).
 */
export function usePlanChoice() {
  const [params, setParams] = useSearchParams();
  const plans = useApiData<PlanListItem[]>('/api/plans');
  const wanted = params.get('plan');
  const plan =
    plans.data?.find((p) => p.code === wanted) ??
    plans.data?.find((p) => p.lastChosen) ??
    plans.data?.find((p) => p.state === 'current') ??
    plans.data?.[0];

  const setPlan = (code: string) => {
    void apiRequest('/api/plans/choice', { method: 'PUT', body: { code } }).catch(() => undefined);
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('plan', code);
        next.delete('asOf');
        return next;
      },
      { replace: true },
    );
  };

  return { plans: plans.data, plan, setPlan, error: plans.error, loading: plans.loading };
}
