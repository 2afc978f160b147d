import { Suspense } from 'react';
import { useParams } from 'react-router';
import type { UnitOverviewResponse } from '../../../../shared/api/monitoring/dashboard';
import { useApiData } from '../../../shared/api/useApiData';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { PlanPeriodToolbar } from '../shared/period/PlanPeriodToolbar';
import { usePlanPeriod } from '../shared/period/usePlanPeriod';
import { ErrorNotice, Loading } from '../../../shared/ui/Notice';
import { LazyBudgetCharts as BudgetCharts } from '../dashboard';
import { moneyText } from '../key-results';
import { AgencyFollowUp } from './AgencyFollowUp';
import { AgencyProjects } from './AgencyProjects';
import { AgencyTimeliness } from './AgencyTimeliness';
import { agencyMessages } from './messages';
import './agency.css';

/** One agency at a glance: its projects, progress, timeliness, what to follow up, and its money. */
export function AgencyPage() {
  const m = useMessages(agencyMessages);
  const fmt = useFormat();
  const { unitCode = '' } = useParams();
  const period = usePlanPeriod();
  const { plans, plan, asOf, error: plansError, loading } = period;
  const overview = useApiData<UnitOverviewResponse>(
    plan ? `/api/agencies/${encodeURIComponent(unitCode)}/overview` : null,
    plan ? { plan: plan.code, asOf } : undefined,
  );
  if (plansError) return <ErrorNotice error={plansError} />;
  if (loading && !plans) return <Loading />;
  const data =
    overview.data?.unit.code === unitCode && overview.data.plan === plan?.code ? overview.data : undefined;
  const counts = data?.counts;

  return (
    <section className="agency" data-testid="agency-page" data-unit={unitCode}>
      <PlanPeriodToolbar period={period} />
      <ErrorNotice error={overview.error} testId="agency-error" />
      {!data && !overview.error && <Loading />}
      {data && counts && (
        <div className={overview.loading ? 'is-refreshing' : undefined} aria-busy={overview.loading}>
          <header className="agency__heading">
            <p className="agency__kicker">
              {m('kicker')} · <span className="code">{data.unit.code}</span>
              {data.unit.status === 'closed' && ` · ${m('closed')}`}
            </p>
            <h1 data-testid="agency-name">
              {data.unit.name}
              <span className="dashboard__when">
                {fmt.fiscalYear(data.fiscalYear)} {m('asOf', { month: fmt.period(data.asOf) })}
              </span>
            </h1>
          </header>
          <p className="overall-progress" data-testid="agency-progress">
            {m('progress', { pct: fmt.number(counts.progressPct), level: fmt.level(counts.level) })}
            <span className="dashboard__counts">
              {m('counts', {
                completed: fmt.number(counts.completed),
                inProgress: fmt.number(counts.inProgress),
                notStarted: fmt.number(counts.notStarted),
                total: fmt.number(counts.total),
              })}
              {counts.cancelled > 0 && ` · ${m('cancelled', { n: fmt.number(counts.cancelled) })}`}
            </span>
          </p>
          <AgencyProjects data={data} />
          <AgencyTimeliness data={data} />
          <AgencyFollowUp data={data} />
          <section aria-labelledby="agency-budget-title" data-testid="agency-budget">
            <h2 id="agency-budget-title">{m('budgetTitle')}</h2>
            <p data-testid="agency-budget-total">
              {m('budgetTotal', {
                planned: moneyText(fmt, data.budget.overall.planned),
                spent: moneyText(fmt, data.budget.overall.spent),
              })}
            </p>
            <Suspense fallback={<Loading />}>
              <BudgetCharts budget={data.budget} testId="agency-budget-chart" />
            </Suspense>
          </section>
        </div>
      )}
    </section>
  );
}
