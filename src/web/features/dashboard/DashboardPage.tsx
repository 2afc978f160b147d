import { lazy, Suspense } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SUMMARY_BASES, type SummaryBasis } from '../../../domain';
import type { PlanOverviewResponse } from '../../../shared/api/dashboard';
import { useApiData } from '../../shared/api/useApiData';
import { currentPeriod, isPeriod } from '../../shared/format/periods';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { PlanSelect } from '../../shared/plans/PlanSelect';
import { usePlanChoice } from '../../shared/plans/usePlanChoice';
import { usePrintMode } from '../../shared/print/usePrintMode';
import { MonthPicker } from '../../shared/ui/MonthPicker';
import { ErrorNotice, Loading, Notice } from '../../shared/ui/Notice';
import { moneyText } from '../key-results';
import { dashboardMessages } from './messages';
import { TargetProgressTable } from './TargetProgressTable';
import './dashboard.css';

// The chart library loads with the charts, in their own chunk.
const ProgressTrend = lazy(() => import('./ProgressTrend'));
const BudgetCharts = lazy(() => import('./BudgetCharts'));

const isBasis = (text: string | null): text is SummaryBasis =>
  text !== null && (SUMMARY_BASES as readonly string[]).includes(text);

/** The plan at a glance: the summary as of a month, its trend since October, and money planned against spent. */
export function DashboardPage() {
  const m = useMessages(dashboardMessages);
  const fmt = useFormat();
  const { print } = usePrintMode();
  const [params, setParams] = useSearchParams();
  const { plans, plan, setPlan, error: plansError, loading: plansLoading } = usePlanChoice();
  const asOfParam = params.get('asOf');
  const asOf = isPeriod(asOfParam) ? asOfParam : (plan?.latestPeriod ?? currentPeriod());
  const basisParam = params.get('basis');
  const basis: SummaryBasis = isBasis(basisParam) ? basisParam : 'submitted';
  const overview = useApiData<PlanOverviewResponse>(
    plan ? `/api/plans/${encodeURIComponent(plan.code)}/overview` : null,
    { asOf, basis },
  );
  const setParam = (key: string, value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set(key, value);
        if (plan) next.set('plan', plan.code);
        return next;
      },
      { replace: true },
    );

  if (plansError) return <ErrorNotice error={plansError} />;
  if (plansLoading && !plans) return <Loading />;
  if (!plan) return <Notice>{m('noPlans')}</Notice>;
  const data = overview.data?.summary.plan === plan.code ? overview.data : undefined;
  const overall = data?.summary.overall;

  return (
    <section className="dashboard" data-testid="dashboard-page">
      <div className="toolbar no-print">
        <PlanSelect plans={plans ?? []} value={plan.code} onChange={setPlan} />
        <MonthPicker
          value={asOf}
          onChange={(period) => setParam('asOf', period)}
          minYear={plan.startYear - 1}
          maxYear={plan.endYear}
        />
        <fieldset className="basis-switch" data-testid="dash-basis" data-value={basis}>
          <legend>{m('basisLabel')}</legend>
          {SUMMARY_BASES.map((option) => (
            <label key={option} className={option === basis ? 'is-checked' : undefined}>
              <input
                type="radio"
                name="dash-basis"
                value={option}
                checked={option === basis}
                onChange={() => setParam('basis', option)}
              />
              {m(option === 'accepted' ? 'basisAccepted' : 'basisSubmitted')}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button" onClick={print} disabled={!data}>
          {m('print')}
        </button>
      </div>

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
