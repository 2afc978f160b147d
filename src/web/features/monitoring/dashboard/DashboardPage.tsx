import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import type { PlanOverviewResponse } from '../../../../shared/api/monitoring/dashboard';
import { useApiData } from '../../../shared/api/useApiData';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { BasisSwitch } from '../shared/period/BasisSwitch';
import { PlanPeriodToolbar } from '../shared/period/PlanPeriodToolbar';
import { usePlanPeriod } from '../shared/period/usePlanPeriod';
import { usePrintMode } from '../../../shared/print/usePrintMode';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/Notice';
import { moneyText } from '../key-results';
import { dashboardMessages } from './messages';
import { TargetProgressTable } from './TargetProgressTable';
import './dashboard.css';
import { basisMessages } from '../shared/basis-messages';

// The chart library loads with the charts, in their own chunk.
const ProgressTrend = lazy(() => import('./ProgressTrend'));
const BudgetCharts = lazy(() => import('./BudgetCharts'));

/** The plan at a glance: the summary as of a month, its trend since October, and money planned against spent. */
export function DashboardPage() {
  const m = useMessages(dashboardMessages);
  const basisWords = useMessages(basisMessages);
  const fmt = useFormat();
  const { print } = usePrintMode();
  const period = usePlanPeriod();
  const { plans, plan, asOf, basis, setBasis, error: plansError, loading: plansLoading } = period;
  const overview = useApiData<PlanOverviewResponse>(
    plan ? `/api/plans/${encodeURIComponent(plan.code)}/overview` : null,
    { asOf, basis },
  );

  if (plansError) return <ErrorNotice error={plansError} />;
  if (plansLoading && !plans) return <Loading />;
  if (!plan) return <Notice>{m('noPlans')}</Notice>;
  const data = overview.data?.summary.plan === plan.code ? overview.data : undefined;
  const overall = data?.summary.overall;

  return (
    <section className="dashboard" data-testid="dashboard-page">
      <PlanPeriodToolbar period={period}>
        <BasisSwitch
          name="dash-basis"
          value={basis}
          onChange={setBasis}
          legend={m('basisLabel')}
          labels={{ submitted: basisWords('submitted'), accepted: basisWords('accepted') }}
        />
        <button type="button" className="button" onClick={print} disabled={!data}>
          {m('print')}
        </button>
      </PlanPeriodToolbar>

      <header className="dashboard__heading">
        <p className="dashboard__plan">{data?.summary.planName ?? plan.name}</p>
        <h1>
          {m('title')}
          {data && (
            <span className="dashboard__when" data-testid="dash-when">
              {fmt.fiscalYear(data.summary.fiscalYear)} {m('asOf', { month: fmt.period(data.summary.asOf) })}
            </span>
          )}
        </h1>
      </header>

      <ErrorNotice error={overview.error} />
      {!data && !overview.error && <Loading />}
      {data && overall && (
        <div className={overview.loading ? 'is-refreshing' : undefined} aria-busy={overview.loading}>
          <p className="overall-progress" data-testid="dash-overall">
            {m('overall', { pct: fmt.number(overall.progressPct), level: fmt.level(overall.level) })}
            <span className="dashboard__counts">
              {m('overallNote', {
                completed: fmt.number(overall.completed),
                inProgress: fmt.number(overall.inProgress),
                notStarted: fmt.number(overall.notStarted),
                total: fmt.number(overall.total),
              })}
            </span>
          </p>
          <TargetProgressTable summary={data.summary} />
          <div className="dashboard__charts">
            <Suspense fallback={<Loading />}>
              <ProgressTrend trend={data.trend} targets={data.summary.targets} />
            </Suspense>
            <Suspense fallback={<Loading />}>
              <BudgetCharts budget={data.budget} />
            </Suspense>
          </div>
          <p className="dashboard__note" data-testid="dash-budget-total">
            {m('budgetTotal', {
              planned: moneyText(fmt, data.budget.overall.planned),
              spent: moneyText(fmt, data.budget.overall.spent),
            })}
          </p>
          {data.budget.scope === 'own_unit' && <Notice>{m('budgetOwnUnit')}</Notice>}
          <p className="dashboard__note">{m('budgetNote')}</p>
          <p className="no-print">
            <Link to={`/?plan=${encodeURIComponent(plan.code)}&asOf=${data.summary.asOf}`}>
              {m('summaryLink')}
            </Link>
          </p>
        </div>
      )}
    </section>
  );
}
