import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { SUMMARY_BASES, type SummaryBasis } from '../../../domain';
import type { SummaryResponse } from '../../../shared/api/summary';
import { useApiData } from '../../shared/api/useApiData';
import { currentPeriod, isPeriod } from '../../shared/format/periods';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { useT } from '../../shared/i18n/useT';
import { PlanSelect } from '../../shared/plans/PlanSelect';
import { usePlanChoice } from '../../shared/plans/usePlanChoice';
import { usePrintMode } from '../../shared/print/usePrintMode';
import { MonthPicker } from '../../shared/ui/MonthPicker';
import { ErrorNotice, Loading, Notice } from '../../shared/ui/Notice';
import { summaryMessages } from './messages';
import { SummaryProgress } from './SummaryProgress';
import { SummaryTable } from './SummaryTable';
import './summary.css';

const StatusChart = lazy(() => import('./StatusChart'));

const isBasis = (text: string | null): text is SummaryBasis =>
  text !== null && (SUMMARY_BASES as readonly string[]).includes(text);

export function SummaryPage() {
  const { t } = useT();
  const m = useMessages(summaryMessages);
  const fmt = useFormat();
  const { print } = usePrintMode();
  const [params, setParams] = useSearchParams();
  const { plans, plan, setPlan, error: plansError, loading: plansLoading } = usePlanChoice();
  const asOfParam = params.get('asOf');
  const asOf = isPeriod(asOfParam) ? asOfParam : (plan?.latestPeriod ?? currentPeriod());
  const basisParam = params.get('basis');
  const basis: SummaryBasis = isBasis(basisParam) ? basisParam : 'submitted';
  const summary = useApiData<SummaryResponse>(
    plan ? `/api/plans/${encodeURIComponent(plan.code)}/summary` : null,
    { asOf, basis },
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

  const setBasis = (next: SummaryBasis) =>
    setParams(
      (previous) => {
        const updated = new URLSearchParams(previous);
        updated.set('basis', next);
        if (plan) updated.set('plan', plan.code);
        return updated;
      },
      { replace: true },
    );

  if (plansError) return <ErrorNotice error={plansError} />;
  if (plansLoading && !plans) return <Loading />;
  if (!plan) return <Notice>{t('summary.noPlans')}</Notice>;

  const data = summary.data?.plan === plan.code ? summary.data : undefined;
  // The answer says which basis it used; an older server that does not say counted everything sent up.
  const usedBasis: SummaryBasis = data ? (data.basis ?? 'submitted') : basis;

  return (
    <section className="summary">
      <div className="toolbar no-print">
        <PlanSelect plans={plans ?? []} value={plan.code} onChange={setPlan} />
        <MonthPicker value={asOf} onChange={setAsOf} minYear={plan.startYear - 1} maxYear={plan.endYear} />
        <fieldset className="basis-switch" data-testid="summary-basis" data-value={basis}>
          <legend>{m('basis.label')}</legend>
          {SUMMARY_BASES.map((option) => (
            <label key={option} className={option === basis ? 'is-checked' : undefined}>
              <input
                type="radio"
                name="summary-basis"
                value={option}
                checked={option === basis}
                onChange={() => setBasis(option)}
                data-testid={`summary-basis-${option}`}
              />
              {m(option === 'accepted' ? 'basis.accepted' : 'basis.submitted')}
            </label>
          ))}
        </fieldset>
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
