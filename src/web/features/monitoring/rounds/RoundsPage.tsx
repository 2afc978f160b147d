import type { RoundFigures, RoundsResponse, RoundView } from '../../../../shared/api/monitoring/rounds';
import { withQuery } from '../../../shared/api/client';
import { useApiData } from '../../../shared/api/useApiData';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/Notice';
import { moneyText } from '../key-results';
import { PlanYearHeader } from '../shared/plans/PlanYearHeader';
import { usePlanYear } from '../shared/plans/usePlanYear';
import { roundMessages } from './messages';
import './rounds.css';

type Fmt = ReturnType<typeof useFormat>;
type Key = keyof (typeof roundMessages)['th'];
type Line = {
  key: Key;
  pick: (f: RoundFigures) => number | string;
  change: (r: RoundView) => number | string;
  kind: 'int' | 'pct' | 'money';
};

const LINES: Line[] = [
  { key: 'total', pick: (f) => f.status.total, change: (r) => r.change!.total, kind: 'int' },
  { key: 'completed', pick: (f) => f.status.completed, change: (r) => r.change!.completed, kind: 'int' },
  { key: 'inProgress', pick: (f) => f.status.inProgress, change: (r) => r.change!.inProgress, kind: 'int' },
  { key: 'notStarted', pick: (f) => f.status.notStarted, change: (r) => r.change!.notStarted, kind: 'int' },
  { key: 'cancelled', pick: (f) => f.status.cancelled, change: (r) => r.change!.cancelled, kind: 'int' },
  { key: 'progress', pick: (f) => f.status.progressPct, change: (r) => r.change!.progressPct, kind: 'pct' },
  { key: 'krTotal', pick: (f) => f.keyResults.total, change: (r) => r.change!.keyResultsTotal, kind: 'int' },
  { key: 'krMet', pick: (f) => f.keyResults.met, change: (r) => r.change!.keyResultsMet, kind: 'int' },
  { key: 'planned', pick: (f) => f.budget.planned, change: (r) => r.change!.planned, kind: 'money' },
  { key: 'spent', pick: (f) => f.budget.spent, change: (r) => r.change!.spent, kind: 'money' },
  { key: 'spentPct', pick: (f) => f.budget.spentPct, change: (r) => r.change!.spentPct, kind: 'pct' },
];

const show = (fmt: Fmt, kind: Line['kind'], value: number | string) =>
  kind === 'money' ? moneyText(fmt, String(value)) : fmt.number(value);

/** A change with its sign: "+3", "−2", "0". */
export function signedText(fmt: Fmt, kind: Line['kind'], value: number | string): string {
  const text = String(value);
  const negative = text.startsWith('-');
  const magnitude = show(fmt, kind, negative ? text.slice(1) : value);
  if (/^0(\.0*)?$/.test(negative ? text.slice(1) : text)) return magnitude;
  return `${negative ? '−' : '+'}${magnitude}`;
}

function RoundTable({ round, fiscalYear }: { round: RoundView; fiscalYear: number }) {
  const m = useMessages(roundMessages);
  const fmt = useFormat();
  const title = m('round', { months: fmt.digits(round.months) });
  const notes = [
    !round.reached && m('notReached'),
    round.coveredMonths > 0 &&
      round.coveredMonths < round.months &&
      m('midYear', { n: fmt.digits(round.coveredMonths) }),
    round.previous === null && m('noPrevious'),
  ].filter(Boolean);
  return (
    <section className="round" data-testid={`round-${round.months}`}>
      <h2>
        {title}{' '}
        <span className="round__span">
          {m('span', { from: fmt.period(round.from), to: fmt.period(round.to) })}
        </span>
      </h2>
      <div className="table-scroll">
        <table className="data-table round__table">
          <caption>{m('captionOf', { round: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{m('colItem')}</th>
              <th scope="col">{m('colYear', { year: fmt.digits(fiscalYear) })}</th>
              <th scope="col">{m('colYear', { year: fmt.digits(fiscalYear - 1) })}</th>
              <th scope="col">{m('colChange')}</th>
            </tr>
          </thead>
          <tbody>
            {LINES.map((line) => (
              <tr key={line.key} data-line={line.key}>
                <th scope="row">{m(line.key)}</th>
                <td className="num">{show(fmt, line.kind, line.pick(round.current))}</td>
                <td className="num">
                  {round.previous ? show(fmt, line.kind, line.pick(round.previous)) : '–'}
                </td>
                <td className="num" data-testid={`round-${round.months}-${line.key}-change`}>
                  {round.change ? signedText(fmt, line.kind, line.change(round)) : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notes.length > 0 && <p className="muted round__note">{notes.join(' · ')}</p>}
    </section>
  );
}

/** Round reports: the 3, 6, 9 and 12 month rounds of a fiscal year beside the year before (issue 14.12). */
export function RoundsPage() {
  const m = useMessages(roundMessages);
  const fmt = useFormat();
  const choice = usePlanYear();
  const { plans, plan, fiscalYear, error: plansError, loading: plansLoading } = choice;
  const url = plan ? `/api/plans/${encodeURIComponent(plan.code)}/rounds` : null;
  const data = useApiData<RoundsResponse>(url, { fiscalYear });

  if (plansError) return <ErrorNotice error={plansError} />;
  if (plansLoading && !plans) return <Loading />;
  if (!plan || !url) return <Notice>{m('noPlans')}</Notice>;
  const result = data.data?.plan === plan.code && data.data.fiscalYear === fiscalYear ? data.data : undefined;

  return (
    <section className="rounds-page" data-testid="rounds-page">
      <PlanYearHeader
        choice={choice}
        plan={plan}
        title={m('title')}
        yearLabel={m('fiscalYear')}
        yearOption={(year) => m('fiscalYearOption', { year: fmt.digits(year) })}
        yearTestId="rounds-fiscal-year"
      />
      <p className="muted">
        {m('intro', { a: fmt.digits(3), b: fmt.digits(6), c: fmt.digits(9), d: fmt.digits(12) })}
      </p>
      <p
        className="list-downloads no-print"
        role="group"
        aria-label={m('download')}
        data-testid="rounds-downloads"
      >
        <span className="muted">{m('download')}:</span>{' '}
        {(['xlsx', 'docx'] as const).map((format) => (
          <a
            key={format}
            className="button button--quiet"
            href={withQuery(`${url}.${format}`, { fiscalYear })}
            download
            data-testid={`rounds-download-${format}`}
          >
            {m(format)}
          </a>
        ))}
      </p>
      <ErrorNotice error={data.error} />
      {!result && !data.error && <Loading />}
      {result && (
        <div aria-busy={data.loading}>
          <p data-testid="rounds-latest">
            {result.latestMonth ? m('latest', { month: fmt.period(result.latestMonth) }) : m('noneYet')}
          </p>
          {result.budgetScope === 'own_unit' && <Notice>{m('ownUnit')}</Notice>}
          {result.rounds.map((round) => (
            <RoundTable key={round.months} round={round} fiscalYear={result.fiscalYear} />
          ))}
        </div>
      )}
    </section>
  );
}
