import { lazy, Suspense } from 'react';
import type { SummaryBasis } from '../../../../domain/monitoring';
import type { SummaryResponse } from '../../../../shared/api/monitoring/summary';
import { useApiData } from '../../../shared/api/useApiData';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { useT } from '../../../shared/i18n/useT';
import { BasisSwitch } from '../shared/period/BasisSwitch';
import { PlanPeriodToolbar } from '../shared/period/PlanPeriodToolbar';
import { usePlanPeriod } from '../shared/period/usePlanPeriod';
import { usePrintMode } from '../../../shared/print/usePrintMode';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/Notice';
import { summaryMessages } from './messages';
import { SummaryProgress } from './SummaryProgress';
import { SummaryTable } from './SummaryTable';
import './summary.css';
import { basisMessages } from '../shared/basis-messages';

const StatusChart = lazy(() => import('./StatusChart'));

export function SummaryPage() {
  const { t } = useT();
  const m = useMessages(summaryMessages);
  const basisWords = useMessages(basisMessages);
  const fmt = useFormat();
  const { print } = usePrintMode();
  const period = usePlanPeriod();
  const { plans, plan, asOf, basis, setBasis, error: plansError, loading: plansLoading } = period;
  const summary = useApiData<SummaryResponse>(
    plan ? `/api/plans/${encodeURIComponent(plan.code)}/summary` : null,
    { asOf, basis },
  );

  if (plansError) return <ErrorNotice error={plansError} />;
  if (plansLoading && !plans) return <Loading />;
  if (!plan) return <Notice>{t('summary.noPlans')}</Notice>;

  const data = summary.data?.plan === plan.code ? summary.data : undefined;
  // The answer says which basis it used; an older server that does not say counted everything sent up.
  const usedBasis: SummaryBasis = data ? (data.basis ?? 'submitted') : basis;

  return (
    <section className="summary">
      <PlanPeriodToolbar period={period}>
        <BasisSwitch
          name="summary-basis"
          value={basis}
          onChange={setBasis}
          legend={m('basis.label')}
          labels={{ submitted: basisWords('submitted'), accepted: basisWords('accepted') }}
        />
        <button type="button" className="button" onClick={print} data-testid="summary-print" disabled={!data}>
          {t('summary.print')}
        </button>
      </PlanPeriodToolbar>

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
        {data && (
          <p className="summary__basis" data-testid="summary-basis-note" data-basis={usedBasis}>
            {m(usedBasis === 'accepted' ? 'basis.noteAccepted' : 'basis.noteSubmitted')}
          </p>
        )}
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
