import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ResultsTimelinessView } from '../../../shared/api/development';
import { useApiData } from '../../shared/api/useApiData';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, Loading, TableScroll } from '../../shared/ui/Notice';
import { FiscalYearSelect, fiscalYearFromSearch } from './FiscalYearSelect';
import { resultsMessages } from './results-messages';
import './development.css';
import { ThaiDateInput } from '../../shared/dates/ThaiDateInput';

const COUNTS = [
  ['onTime', 'on_time'],
  ['late', 'late'],
  ['missing', 'missing'],
  ['notYetDue', 'not_yet_due'],
] as const;

/** Timeliness of the results on form สพข. ๒ per agency (counts, late and missing marked), drill to projects. */
export function ResultsPage() {
  const m = useMessages(resultsMessages);
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const fy = fiscalYearFromSearch(params);
  const asOf = params.get('asOf') ?? undefined;
  const [open, setOpen] = useState<number | null>(null);
  const { data, error, loading } = useApiData<ResultsTimelinessView>('/api/development/results/timeliness', {
    fiscalYear: fy,
    asOf,
  });
  const set = (next: Record<string, string>) => setParams({ fiscalYear: String(fy), ...next });
  return (
    <section className="development" data-testid="development-results">
      <h1>
        {m('title')} {f.fiscalYear(fy)}
      </h1>
      <p>{m('rule')}</p>
      <div className="development-tools no-print">
        <FiscalYearSelect value={fy} onChange={(y) => setParams({ fiscalYear: String(y) })} />
        <ThaiDateInput
          inline
          label={m('asOf')}
          testId="results-as-of"
          value={data?.asOf ?? asOf ?? ''}
          onChange={(iso) => iso && set({ asOf: iso })}
          required
        />
        {data && <span data-testid="results-as-of-text">{f.date(data.asOf)}</span>}
      </div>
      <ErrorNotice error={error} />
      {loading && !data && <Loading />}
      {data && (
        <TableScroll label={m('title')}>
          <table className="compact" data-testid="results-units">
            <thead>
              <tr>
                <th scope="col">{m('agency')}</th>
                <th scope="col">{m('projects')}</th>
                {COUNTS.map(([, key]) => (
                  <th scope="col" key={key}>
                    {m(key)}
                  </th>
                ))}
                <th scope="col" className="no-print" />
              </tr>
            </thead>
            <tbody>
              {data.units.map((u) => (
                <UnitRows key={u.unitId} view={data} unit={u} open={open === u.unitId} toggle={setOpen} />
              ))}
              <tr data-testid="results-total">
                <th scope="row">{m('total')}</th>
                <td>{f.number(data.totals.projects)}</td>
                {COUNTS.map(([field, key]) => (
                  <td key={key} data-count={key}>
                    {f.number(data.totals[field])}
                  </td>
                ))}
                <td className="no-print" />
              </tr>
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

type Unit = ResultsTimelinessView['units'][number];

function UnitRows(props: {
  view: ResultsTimelinessView;
  unit: Unit;
  open: boolean;
  toggle: (id: number | null) => void;
}) {
  const m = useMessages(resultsMessages);
  const f = useFormat();
  const { unit } = props;
  const bad = (key: string, n: number) =>
    n > 0 && (key === 'late' || key === 'missing') ? `result-${key}` : '';
  return (
    <>
      <tr data-testid={`results-unit-${unit.unitCode}`}>
        <th scope="row">{unit.unitName}</th>
        <td>{f.number(unit.projects)}</td>
        {COUNTS.map(([field, key]) => (
          <td key={key} data-count={key} className={bad(key, unit[field])}>
            {f.number(unit[field])}
          </td>
        ))}
        <td className="no-print">
          <button
            type="button"
            aria-expanded={props.open}
            onClick={() => props.toggle(props.open ? null : unit.unitId)}
          >
            {m('show')}
          </button>
        </td>
      </tr>
      {props.open && (
        <tr>
          <td colSpan={7}>
            <table className="compact" data-testid={`results-projects-${unit.unitCode}`}>
              <thead>
                <tr>
                  <th scope="col">{m('code')}</th>
                  <th scope="col">{m('name')}</th>
                  <th scope="col">{m('end')}</th>
                  <th scope="col">{m('due')}</th>
                  <th scope="col">{m('filed')}</th>
                  <th scope="col">{m('state')}</th>
                </tr>
              </thead>
              <tbody>
                {props.view.projects
                  .filter((p) => p.unitId === unit.unitId)
                  .map((p) => (
                    <tr key={p.id} data-testid={`results-project-${p.code}`} data-state={p.state}>
                      <td>{p.code}</td>
                      <td>
                        <Link to={`/development/projects/${p.id}/result`}>{p.name}</Link>
                      </td>
                      <td>{p.endDate ? f.date(p.endDate) : m('none')}</td>
                      <td>{p.dueOn ? f.date(p.dueOn) : m('none')}</td>
                      <td>{p.filedOn ? f.date(p.filedOn) : m('none')}</td>
                      <td className={bad(p.state, 1)}>{m(p.state)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </td>
        </tr>
      )}
    </>
  );
}
