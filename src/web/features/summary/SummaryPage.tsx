import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import type { SummaryResponse } from '../../../shared/api/summary';
import { useApiData } from '../../shared/api/useApiData';
import { currentPeriod, isPeriod } from '../../shared/format/periods';
import { useFormat } from '../../shared/format/useFormat';
import { useT } from '../../shared/i18n/useT';
import { PlanSelect } from '../../shared/plans/PlanSelect';
import { usePlanChoice } from '../../shared/plans/usePlanChoice';
import { usePrintMode } from '../../shared/print/usePrintMode';
import { MonthPicker } from '../../shared/ui/MonthPicker';
import { ErrorNotice, Loading, Notice } from '../../shared/ui/Notice';
import { SummaryProgress } from './SummaryProgress';
import { SummaryTable } from './SummaryTable';
import './summary.css';

const StatusChart = lazy(() => import('./StatusChart'));

export function SummaryPage() {
  const { t } = useT();
  const fmt = useFormat();
  const { print } = usePrintMode();
  const [params, setParams] = useSearchParams();
  const { plans, plan, setPlan, error: plansError, loading: plansLoading } = usePlanChoice();
  const asOfParam = params.get('asOf');
  const asOf = isPeriod(asOfParam) ? asOfParam : (plan?.latestPeriod ?? currentPeriod());
  const summary = useApiData<SummaryResponse>(
    plan ? `/api/plans/${encodeURIComponent(plan.code)}/summary` : null,
    { asOf },
  );

  const setAsOf = (period: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('asOf', period);
        if (plan) next.set('plan', plan.code);
        return next;
      },
      { replace: true },
    );

  if (plansError) return <ErrorNotice error={plansError} />;
  if (plansLoading && !plans) return <Loading />;
  if (!plan) return <Notice>{t('summary.noPlans')}</Notice>;

  const data = summary.data?.plan === plan.code ? summary.data : undefined;

  return (
    <section className="summary">
      <div className="toolbar no-print">
        <PlanSelect plans={plans ?? []} value={plan.code} onChange={setPlan} />
        <MonthPicker value={asOf} onChange={setAsOf} minYear={plan.startYear - 1} maxYear={plan.endYear} />
        <button type="button" className="button" onClick={print} data-testid="summary-print" disabled={!data}>
          {t('summary.print')}
        </button>
      </div>

      <header className="summary__heading">
        <p className="summary__plan">{data?.planName ?? plan.name}</p>
        <h1>
          {t('summary.title')}
          {data && (
            <span className="summary__when" data-testid="summary-when">
              {fmt.fiscalYear(data.fiscalYear)} {t('summary.asOf', { month: fmt.period(data.asOf) })}
            </span>
          )}
        </h1>
      </header>

      <ErrorNotice error={summary.error} />
      {!data && !summary.error && <Loading />}
      {data && (
        <div className={summary.loading ? 'is-refreshing' : undefined} aria-busy={summary.loading}>
          {data.overall.total === 0 && data.overall.cancelled === 0 && (
            <Notice tone="warning">{t('summary.noProjects')}</Notice>
          )}
          <SummaryTable summary={data} />
          <SummaryProgress summary={data} />
          <figure className="summary__chart no-print">
            <figcaption>{t('summary.chartTitle')}</figcaption>
            <Suspense fallback={<Loading />}>
              <StatusChart targets={data.targets} />
            </Suspense>
          </figure>
        </div>
      )}
    </section>
  );
}
