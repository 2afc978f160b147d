import type { ReactNode } from 'react';
import { PlanSelect } from '../plans/PlanSelect';
import { MonthPicker } from '../../../../shared/ui/MonthPicker';
import type { PlanPeriod } from './usePlanPeriod';

/**
 * The plan and month choosers of a page that shows a plan as of a month, then the page's own controls
 * (children). Nothing until a plan is known: the month range comes from it.
 */
export function PlanPeriodToolbar({
  period,
  className = 'toolbar no-print',
  children,
}: {
  period: Pick<PlanPeriod, 'plans' | 'plan' | 'setPlan' | 'asOf' | 'setAsOf'>;
  className?: string;
  children?: ReactNode;
}) {
  const { plans, plan, setPlan, asOf, setAsOf } = period;
  if (!plan) return null;
  return (
    <div className={className}>
      <PlanSelect plans={plans ?? []} value={plan.code} onChange={setPlan} />
      <MonthPicker value={asOf} onChange={setAsOf} minYear={plan.startYear - 1} maxYear={plan.endYear} />
      {children}
    </div>
  );
}
