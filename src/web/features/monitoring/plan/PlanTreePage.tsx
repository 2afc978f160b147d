import { useState } from 'react';
import type { PlanTree } from '../../../../shared/api/monitoring/plans';
import { useApiData } from '../../../shared/api/useApiData';
import { useT } from '../../../shared/i18n/useT';
import { PlanSelect } from '../shared/plans/PlanSelect';
import { usePlanChoice } from '../shared/plans/usePlanChoice';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/Notice';
import { TargetBranch } from './TargetBranch';
import './plan.css';

/** The plan as a tree: target → strategy → project, each level collapsible. */
export function PlanTreePage() {
  const { t } = useT();
  const { plans, plan, setPlan, error: plansError, loading: plansLoading } = usePlanChoice();
  const tree = useApiData<PlanTree>(plan ? `/api/plans/${encodeURIComponent(plan.code)}/tree` : null);
  // Expanding or collapsing everything remounts the branches with a new default.
  const [view, setView] = useState({ open: true, generation: 0 });

  if (plansError) return <ErrorNotice error={plansError} />;
  if (plansLoading && !plans) return <Loading />;
  if (!plan) return <Notice>{t('summary.noPlans')}</Notice>;
  const data = tree.data?.code === plan.code ? tree.data : undefined;

  return (
    <section className="plan-page">
      <div className="toolbar">
        <PlanSelect plans={plans ?? []} value={plan.code} onChange={setPlan} />
        <button
          type="button"
          className="button"
          onClick={() => setView((v) => ({ open: true, generation: v.generation + 1 }))}
        >
          {t('plan.expandAll')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setView((v) => ({ open: false, generation: v.generation + 1 }))}
        >
          {t('plan.collapseAll')}
        </button>
      </div>
      <h1>{data?.name ?? plan.name}</h1>
      <p className="muted">
        {t('plan.code')}: {plan.code} · {t('plan.years', { from: plan.startYear, to: plan.endYear })} ·{' '}
        {t('plan.projectCount', { count: plan.projectCount })}
      </p>
      <ErrorNotice error={tree.error} />
      {!data && !tree.error && <Loading />}
      {data && (
        <ul className="plan-tree" data-testid="plan-tree" key={view.generation}>
          {data.targets.map((target) => (
            <TargetBranch key={target.id} target={target} defaultOpen={view.open} />
          ))}
        </ul>
      )}
    </section>
  );
}
