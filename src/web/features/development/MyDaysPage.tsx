import { useSearchParams } from 'react-router';
import type { PersonDaysView } from '../../../shared/api/development';
import { useApiData } from '../../shared/api/useApiData';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, Loading, TableScroll } from '../../shared/ui/Notice';
import { FiscalYearSelect, fiscalYearFromSearch } from './FiscalYearSelect';
import { developmentMessages } from './messages';
import { OwnEntries } from './OwnEntries';
import './development.css';

const MODES = ['experiential', 'social', 'formal'] as const;

/**
 * A staff user's own development days: against 10, the 70:20:10 mix with numbers, the records, and their own
 * entries of outside learning (pending until their agency approves them).
 */
export function MyDaysPage() {
  const m = useMessages(developmentMessages);
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const fy = fiscalYearFromSearch(params);
  const {
    data: d,
    error,
    loading,
    reload,
  } = useApiData<PersonDaysView>('/api/development/me/days', {
    fiscalYear: fy,
  });
  return (
    <section className="development" data-testid="my-days">
      <h1>
        {m('myDays')} {f.fiscalYear(fy)}
      </h1>
      <div className="development-tools no-print">
        <FiscalYearSelect value={fy} onChange={(y) => setParams({ fiscalYear: String(y) })} />
      </div>
      <ErrorNotice error={error} />
      {loading && !d && <Loading />}
      {d && (
        <>
          <p className="days-total" data-testid="my-days-total">
            {m('days', { total: f.number(d.totalDays, 1), target: f.number(d.targetDays) })} —{' '}
            {d.meetsTarget ? m('met') : m('short', { n: f.number(d.shortfallDays, 1) })}
          </p>
          <progress max={d.targetDays} value={Math.min(d.totalDays, d.targetDays)} />
          <h2>{m('mix')}</h2>
          <div className="mix-bar" aria-hidden="true">
            {MODES.map((k) => (
              <span key={k} className={`mix-${k}`} style={{ width: `${d.mixPercent[k]}%` }} />
            ))}
          </div>
          <ul className="mix-legend" data-testid="my-days-mix">
            {MODES.map((k) => (
              <li key={k} data-testid={`mix-${k}`}>
                <span className={`swatch mix-${k}`} /> {m(k)}: {f.number(d.days[k], 1)} (
                {f.number(d.mixPercent[k])}
                %)
              </li>
            ))}
          </ul>
          <h2>{m('records')}</h2>
          {d.records.length === 0 ? (
            <p className="muted">{m('noRecords')}</p>
          ) : (
            <TableScroll>
              <table className="compact" data-testid="my-days-records">
                <thead>
                  <tr>
                    <th scope="col">{m('activity')}</th>
                    <th scope="col">{m('dates')}</th>
                    <th scope="col">{m('daysCol')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.records.map((r, i) => (
                    <tr key={i}>
                      <th scope="row">{r.activity}</th>
                      <td>
                        {r.startDate === r.endDate
                          ? f.date(r.startDate)
                          : `${f.date(r.startDate)} – ${f.date(r.endDate)}`}
                      </td>
                      <td>{f.number(r.days, 1)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
      <OwnEntries fiscalYear={fy} changed={reload} />
    </section>
  );
}
