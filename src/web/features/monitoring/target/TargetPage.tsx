import { lazy, Suspense } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { TargetOutcomeResponse } from '../../../../shared/api/monitoring/key-results';
import type { PlanListItem } from '../../../../shared/api/monitoring/plans';
import { useApiData } from '../../../shared/api/useApiData';
import { currentPeriod, isPeriod } from '../../../shared/format/periods';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { useT } from '../../../shared/i18n/useT';
import { usePrintMode } from '../../../shared/print/usePrintMode';
import { MonthPicker } from '../../../shared/ui/MonthPicker';
import { ErrorNotice, Loading, Notice, TableScroll } from '../../../shared/ui/Notice';
import { asOfForYear, KeyResultTable, krMessages } from '../key-results';
import { targetMessages } from './messages';
import './target.css';

const TrendChart = lazy(() => import('./TrendChart'));

const STATUS_ROWS = [
  { status: 'completed', count: 'completed', pct: 'completedPct' },
  { status: 'in_progress', count: 'inProgress', pct: 'inProgressPct' },
  { status: 'not_started', count: 'notStarted', pct: 'notStartedPct' },
] as const;

/**
 * One strategic target: its activity progress (the summary's column, as of a month) beside the outcome of
 * its key results, with the flag ดำเนินการครบแต่ผลลัพธ์ยังไม่ถึงเป้า when every project is done but an outcome
 * is not. Route: /plans/:code/targets/:no?asOf=2566-05&fiscalYear=2566.
 */
export function TargetPage() {
  const m = useMessages(targetMessages);
  const km = useMessages(krMessages);
  const { t } = useT();
  const fmt = useFormat();
  const { print } = usePrintMode();
  const navigate = useNavigate();
  const { code = '', no = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const plans = useApiData<PlanListItem[]>('/api/plans');
  const plan = plans.data?.find((p) => p.code === code);
  const fyParam = Number(params.get('fiscalYear'));
  const fiscalYear = Number.isInteger(fyParam) && fyParam > 2400 ? fyParam : undefined;
  const asOfParam = params.get('asOf');
  const asOf = isPeriod(asOfParam)
    ? asOfParam
    : plan
      ? fiscalYear
        ? asOfForYear(plan, fiscalYear)
        : (plan.defaultAsOf ?? plan.latestPeriod ?? currentPeriod())
      : null;
  const outcome = useApiData<TargetOutcomeResponse>(
    asOf ? `/api/plans/${encodeURIComponent(code)}/targets/${encodeURIComponent(no)}/outcome` : null,
    { asOf: asOf ?? undefined, fiscalYear },
  );

  if (plans.error) return <ErrorNotice error={plans.error} />;
  if (!plans.data) return <Loading />;
  if (!plan) return <Notice tone="warning">{t('notFound.title')}</Notice>;

  const data =
    outcome.data && outcome.data.plan === code && outcome.data.target.no === no ? outcome.data : undefined;
  const setAsOf = (period: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('asOf', period);
        next.delete('fiscalYear');
        return next;
      },
      { replace: true },
    );
  const krName = (id: number) => {
    const kr = data?.keyResults.find((k) => k.id === id);
    return kr ? fmt.digits(km('krLabel', { target: kr.targetNo, no: kr.no })) : '';
  };
  const belowList = data?.belowTargetKeyResultIds.map(krName).join(', ') ?? '';
  const withActual = data?.keyResults.filter((k) => k.latest !== null) ?? [];
  const met = withActual.filter((k) => k.latest?.met).length;
  const progress = data?.progress;

  return (
    <section className="target-page" data-testid="target-page">
      <p className="target-page__back no-print">
        <Link
          to={`/key-results?plan=${encodeURIComponent(code)}${data ? `&fiscalYear=${data.fiscalYear}` : ''}`}
        >
          {m('back')}
        </Link>
      </p>
      <div className="toolbar no-print">
        <MonthPicker
          value={asOf ?? currentPeriod()}
          onChange={setAsOf}
          minYear={plan.startYear - 1}
          maxYear={plan.endYear}
        />
        {data && (
          <label className="inline-field">
            <span>{m('otherTarget')}</span>
            <select
              value={no}
              onChange={(e) =>
                void navigate(
                  `/plans/${encodeURIComponent(code)}/targets/${encodeURIComponent(e.target.value)}?asOf=${data.asOf}`,
                )
              }
              data-testid="target-switch"
            >
              {data.targets.map((x) => (
                <option key={x.no} value={x.no}>
                  {m('heading', { no: x.no })}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="button" onClick={print} disabled={!data} data-testid="target-print">
          {m('print')}
        </button>
      </div>

      <header className="target-page__heading">
        <p className="kr-plan-name">{data?.planName ?? plan.name}</p>
        <h1>
          <span className="nowrap">{m('heading', { no: fmt.digits(no) })}</span> {data?.target.name}
          {data && (
            <span className="target-page__when" data-testid="target-when">
              {fmt.fiscalYear(data.fiscalYear)} {t('summary.asOf', { month: fmt.period(data.asOf) })}
            </span>
          )}
        </h1>
        {data?.target.valueDelivered && (
          <p className="target-page__value">
            <strong>{m('valueDelivered')}:</strong> {data.target.valueDelivered}
          </p>
        )}
      </header>

      <ErrorNotice error={outcome.error} />
      {!data && !outcome.error && <Loading />}
      {data && progress && (
        <div className={outcome.loading ? 'kr-refreshing' : undefined} aria-busy={outcome.loading}>
          {data.completedButBelowTarget && (
            <div className="notice notice--warning target-flag" role="alert" data-testid="target-flag">
              <strong>{m('flagTitle')}</strong>
              <p>{m('flagText', { list: belowList })}</p>
            </div>
          )}
          <div className="target-page__columns">
            <section className="target-card" aria-labelledby="target-activity" data-testid="target-activity">
              <h2 id="target-activity">{m('activityTitle')}</h2>
              {progress.total === 0 ? (
                <p className="empty">{m('noProjects')}</p>
              ) : (
                <>
                  <p className="target-card__big" data-testid="target-progress">
                    {m('progress', {
                      pct: fmt.number(progress.progressPct),
                      level: fmt.level(progress.level),
                    })}
                  </p>
                  <TableScroll label={m('activityCaption', { no: fmt.digits(no) })}>
                    <table className="data-table target-status">
                      <caption>{m('activityCaption', { no: fmt.digits(no) })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{m('status')}</th>
                          <th scope="col" className="num">
                            {m('projects')}
                          </th>
                          <th scope="col" className="num">
                            {m('share')}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {STATUS_ROWS.map((row) => (
                          <tr key={row.status} data-row={row.status}>
                            <th scope="row">{fmt.status(row.status)}</th>
                            <td className="num">{fmt.number(progress[row.count])}</td>
                            <td className="num">{fmt.number(progress[row.pct])}</td>
                          </tr>
                        ))}
                        <tr className="kr-total-row">
                          <th scope="row">{m('total')}</th>
                          <td className="num">{fmt.number(progress.total)}</td>
                          <td className="num">{fmt.number(100)}</td>
                        </tr>
                      </tbody>
                    </table>
                  </TableScroll>
                  {progress.unreported > 0 && (
                    <p className="muted">{m('unreported', { n: fmt.number(progress.unreported) })}</p>
                  )}
                  {progress.cancelled > 0 && (
                    <p className="muted">{m('cancelled', { n: fmt.number(progress.cancelled) })}</p>
                  )}
                </>
              )}
              <p className="muted target-card__note">{m('basisNote')}</p>
            </section>
            <section className="target-card" aria-labelledby="target-outcome" data-testid="target-outcome">
              <h2 id="target-outcome">{m('outcomeTitle')}</h2>
              {data.keyResults.length === 0 ? (
                <p className="empty">{m('outcomeNone')}</p>
              ) : (
                <>
                  <p className="target-card__big">
                    {m('outcomeSummary', { met: fmt.number(met), total: fmt.number(data.keyResults.length) })}
                  </p>
                  {data.keyResults.length > withActual.length && (
                    <p className="muted">
                      {m('outcomeNoActual', { n: fmt.number(data.keyResults.length - withActual.length) })}
                    </p>
                  )}
                  {data.belowTargetKeyResultIds.length > 0 && !data.completedButBelowTarget && (
                    <p>{m('belowNote', { list: belowList })}</p>
                  )}
                  <ul className="target-outcome__list">
                    {data.keyResults.map((kr) => (
                      <li key={kr.id} data-met={kr.latest ? String(kr.latest.met) : 'none'}>
                        <span className="nowrap">
                          {fmt.digits(km('krLabel', { target: kr.targetNo, no: kr.no }))}
                        </span>{' '}
                        {kr.indicator}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <p className="no-print">
                <Link to={`/key-results?plan=${encodeURIComponent(code)}&fiscalYear=${data.fiscalYear}`}>
                  {m('editKeyResults')} →
                </Link>
              </p>
            </section>
          </div>

          {data.keyResults.length > 0 && (
            <>
              <KeyResultTable
                keyResults={data.keyResults}
                caption={m('krCaption', { month: fmt.period(data.asOf) })}
                testId="target-kr-table"
              />
              <section className="target-charts no-print" aria-labelledby="target-charts">
                <h2 id="target-charts">{m('chartsTitle')}</h2>
                <div className="target-charts__grid">
                  {data.keyResults.map((kr) => {
                    const label = fmt.digits(km('krLabel', { target: kr.targetNo, no: kr.no }));
                    return (
                      <figure key={kr.id} className="target-chart">
                        <figcaption>
                          <strong>{label}</strong> {kr.indicator}
                          {kr.unit ? ` (${kr.unit})` : ''}
                        </figcaption>
                        <Suspense fallback={<Loading />}>
                          <TrendChart
                            keyResult={kr}
                            asOf={data.asOf}
                            label={m('chartLabel', { kr: label })}
                          />
                        </Suspense>
                      </figure>
                    );
                  })}
                </div>
              </section>
            </>
          )}
        </div>
      )}
    </section>
  );
}
