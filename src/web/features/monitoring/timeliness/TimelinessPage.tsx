import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import type { TimelinessResponse } from '../../../../shared/api/monitoring/timeliness';
import { useApiData } from '../../../shared/api/useApiData';
import { isPeriod } from '../../../shared/format/periods';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { PlanSelect } from '../shared/plans/PlanSelect';
import { usePlanChoice } from '../shared/plans/usePlanChoice';
import { usePrintMode } from '../../../shared/print/usePrintMode';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/Notice';
import { LeagueTable } from './LeagueTable';
import { messages } from './messages';
import { MissingList } from './MissingList';
import { percentText } from './labels';
import { TimelinessGrid } from './TimelinessGrid';
import type { MissingSelection } from './useMissingReports';
import './timeliness.css';
import { ListDownloads } from '../shared/ListDownloads';

const RatesChart = lazy(() => import('./RatesChart'));

/**
 * Reporting timeliness (DHIS2's reporting rates): the league table of agencies, the agencies × months
 * grid, the monthly rates as a chart, and the missing reports behind each count. The range lives in
 * the URL (?plan=&from=&to=), as does the open missing list (?missingUnit=&missingPeriod=).
 */
export function TimelinessPage() {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { print } = usePrintMode();
  const [params, setParams] = useSearchParams();
  const { plans, plan, setPlan, error: plansError, loading: plansLoading } = usePlanChoice();
  const from = params.get('from');
  const to = params.get('to');
  const timeliness = useApiData<TimelinessResponse>(plan ? '/api/timeliness' : null, {
    plan: plan?.code,
    from: isPeriod(from) ? from : undefined,
    to: isPeriod(to) ? to : undefined,
  });

  const missingUnit = params.get('missingUnit');
  const missingPeriod = params.get('missingPeriod');
  const selection: MissingSelection | null =
    missingUnit !== null || missingPeriod !== null
      ? {
          unitId: missingUnit && /^\d+$/.test(missingUnit) ? Number(missingUnit) : null,
          period: isPeriod(missingPeriod) ? missingPeriod : null,
        }
      : null;

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        if (plan) next.set('plan', plan.code);
        return next;
      },
      { replace: true },
    );
  const showMissing = (s: MissingSelection) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      next.set('missingUnit', s.unitId === null ? 'all' : String(s.unitId));
      if (s.period) next.set('missingPeriod', s.period);
      else next.delete('missingPeriod');
      return next;
    });
  const closeMissing = () => update({ missingUnit: null, missingPeriod: null });

  if (plansError) return <ErrorNotice error={plansError} />;
  if (plansLoading && !plans) return <Loading />;
  if (!plan) return <Notice>{t('noPlans')}</Notice>;

  const data = timeliness.data?.plan === plan.code ? timeliness.data : undefined;
  const opened = data?.openedMonths ?? [];

  return (
    <section className="timeliness">
      <div className="toolbar no-print">
        <PlanSelect plans={plans ?? []} value={plan.code} onChange={setPlan} />
        {data?.from && data.to && (
          <>
            <label className="inline-field">
              <span>{t('from')}</span>
              <select
                value={data.from}
                data-testid="timeliness-from"
                onChange={(e) =>
                  update({
                    from: e.target.value,
                    to: e.target.value > data.to! ? e.target.value : data.to,
                    missingUnit: null,
                    missingPeriod: null,
                  })
                }
              >
                {opened.map((p) => (
                  <option key={p} value={p}>
                    {fmt.period(p)}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline-field">
              <span>{t('to')}</span>
              <select
                value={data.to}
                data-testid="timeliness-to"
                onChange={(e) =>
                  update({
                    to: e.target.value,
                    from: e.target.value < data.from! ? e.target.value : data.from,
                    missingUnit: null,
                    missingPeriod: null,
                  })
                }
              >
                {opened.map((p) => (
                  <option key={p} value={p}>
                    {fmt.period(p)}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <button
          type="button"
          className="button"
          onClick={print}
          disabled={!data}
          data-testid="timeliness-print"
        >
          {t('print')}
        </button>
      </div>

      <header className="timeliness__heading">
        <p className="timeliness__plan">{data?.planName ?? plan.name}</p>
        <h1>
          {t('title')}
          {data?.from && data.to && (
            <span className="timeliness__when" data-testid="timeliness-range">
              {t('range', { from: fmt.period(data.from), to: fmt.period(data.to) })}
            </span>
          )}
        </h1>
        <p className="timeliness__intro">{t('intro')}</p>
      </header>

      <div className="no-print">
        <ListDownloads
          list="timeliness"
          query={{
            plan: plan.code,
            from: isPeriod(from) ? from : undefined,
            to: isPeriod(to) ? to : undefined,
          }}
        />
      </div>
      <ErrorNotice error={timeliness.error} />
      {!data && !timeliness.error && <Loading />}
      {data && opened.length === 0 && <Notice tone="warning">{t('noMonths')}</Notice>}
      {data && opened.length > 0 && data.agencies.length === 0 && <Notice>{t('noAgencies')}</Notice>}
      {data && data.agencies.length > 0 && (
        <div className={timeliness.loading ? 'is-refreshing' : undefined} aria-busy={timeliness.loading}>
          <p className="timeliness__overall" data-testid="timeliness-overall">
            {t('overall', {
              expected: fmt.number(data.overall.expected),
              reported: fmt.number(data.overall.onTime + data.overall.late),
              reportingRate: percentText(fmt, data.overall.reportingRate),
              onTime: fmt.number(data.overall.onTime),
              onTimeRate: percentText(fmt, data.overall.onTimeRate),
              missing: fmt.number(data.overall.missing),
            })}
          </p>
          {selection && <MissingList data={data} selection={selection} onClose={closeMissing} />}
          <LeagueTable data={data} onShowMissing={showMissing} />
          <TimelinessGrid data={data} onShowMissing={showMissing} />
          <figure className="timeliness__chart no-print">
            <figcaption>{t('chartTitle')}</figcaption>
            <Suspense fallback={<Loading />}>
              <RatesChart months={data.months} />
            </Suspense>
          </figure>
        </div>
      )}
    </section>
  );
}
