import { useSearchParams } from 'react-router';
import type { DevelopmentSummaryView, YearsView } from '../../../shared/api/development';
import { useApiData } from '../../shared/api/useApiData';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { useSession } from '../../shared/session/useSession';
import { ErrorNotice, Loading, TableScroll } from '../../shared/ui/Notice';
import { FiscalYearSelect, fiscalYearFromSearch } from './FiscalYearSelect';
import { developmentMessages } from './messages';
import { UnitsDaysTable } from './UnitsDaysTable';
import './development.css';

/** The year's consolidated development plan: totals, breakdowns, the coverage matrix; printable. */
export function DevelopmentPlanPage() {
  const m = useMessages(developmentMessages);
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const fy = fiscalYearFromSearch(params);
  const { data, error, loading } = useApiData<DevelopmentSummaryView>('/api/development/summary', {
    fiscalYear: fy,
  });
  return (
    <section className="development" data-testid="development-plan">
      <h1>
        {m('plan')} {f.fiscalYear(fy)}
      </h1>
      <div className="development-tools no-print">
        <FiscalYearSelect value={fy} onChange={(y) => setParams({ fiscalYear: String(y) })} />
        <button type="button" onClick={() => window.print()}>
          {m('print')}
        </button>
        <PaperDownloads fiscalYear={fy} />
      </div>
      <ErrorNotice error={error} />
      {loading && !data && <Loading />}
      {data && <PlanBody s={data} />}
      <UnitsDaysTable fiscalYear={fy} />
    </section>
  );
}

/** The plan paper as Word and Excel: for admin, the institute and the committee (the routes' rule). */
function PaperDownloads({ fiscalYear }: { fiscalYear: number }) {
  const m = useMessages(developmentMessages);
  const role = useSession().user?.role;
  const { data } = useApiData<YearsView>('/api/development/years');
  if (!(role === 'viewer' || data?.institute)) return null;
  const base = `/api/development/years/${fiscalYear}/plan`;
  return (
    <>
      <a className="button" href={`${base}.docx`} download data-testid="plan-docx">
        {m('paperDocx')}
      </a>
      <a className="button" href={`${base}.xlsx`} download data-testid="plan-xlsx">
        {m('paperXlsx')}
      </a>
    </>
  );
}

function PlanBody({ s }: { s: DevelopmentSummaryView }) {
  const m = useMessages(developmentMessages);
  const f = useFormat();
  const weak = s.coverage.strategies.filter((c) => c.weak).map((c) => c.no);
  return (
    <>
      <dl className="development-totals" data-testid="plan-totals">
        <div>
          <dt>{m('projects')}</dt>
          <dd data-testid="plan-projects">{f.number(s.projects)}</dd>
        </div>
        <div>
          <dt>{m('participants')}</dt>
          <dd data-testid="plan-participants">{f.number(s.participants)}</dd>
        </div>
        <div>
          <dt>{m('budget')}</dt>
          <dd data-testid="plan-budget">
            {f.baht(s.budget)}
            <br />
            <span data-testid="plan-budget-text">({s.budgetText})</span>
          </dd>
        </div>
        {s.budgetPctOfSalary !== null && (
          <div>
            <dt>{m('pctSalary')}</dt>
            <dd data-testid="plan-pct">{f.number(s.budgetPctOfSalary, 2)}</dd>
          </div>
        )}
      </dl>
      <h2>{m('byStrategy')}</h2>
      <Breakdown
        testId="plan-strategies"
        rows={s.strategies.map((x) => ({ key: x.no, label: `${f.digits(x.no)}. ${x.name}`, ...x }))}
      />
      <h2>{m('bySource')}</h2>
      <Breakdown
        testId="plan-sources"
        rows={s.budgetSources.map((x) => ({ key: x.source, label: m(`source_${x.source}`), ...x }))}
      />
      <h2>{m('byGroup')}</h2>
      <Breakdown
        testId="plan-groups"
        rows={s.agencyGroups.map((x) => ({ key: x.group, label: m(`group_${x.group}`), ...x }))}
      />
      <h2>{m('coverage')}</h2>
      <TableScroll label={m('coverage')}>
        <table className="compact" data-testid="plan-coverage">
          <thead>
            <tr>
              <th scope="col">{m('agency')}</th>
              {s.coverage.strategies.map((c) => (
                <th key={c.no} scope="col" className={c.weak ? 'weak' : ''}>
                  {f.digits(c.no)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.coverage.agencies.map((a) => (
              <tr key={a.unitId}>
                <th scope="row">{a.unitName}</th>
                {a.projects.map((n, i) => (
                  <td key={i} className={n === 0 ? 'empty' : ''}>
                    {f.number(n)}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{m('agencies')}</th>
              {s.coverage.strategies.map((c) => (
                <td key={c.no} className={c.weak ? 'weak' : ''} data-testid={`coverage-${c.no}`}>
                  {f.number(c.agencies)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableScroll>
      {weak.length > 0 && (
        <p className="weak-note" data-testid="plan-weak">
          {m('weak')}: {weak.map((no) => `${m('strategy')} ${f.digits(no)}`).join(', ')}
        </p>
      )}
    </>
  );
}

interface Row {
  key: string;
  label: string;
  projects: number;
  participants: number;
  budget: number;
}

function Breakdown({ rows, testId }: { rows: Row[]; testId: string }) {
  const m = useMessages(developmentMessages);
  const f = useFormat();
  return (
    <TableScroll>
      <table className="compact" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{m('projects')}</th>
            <th scope="col">{m('participants')}</th>
            <th scope="col">{m('budget')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{f.number(r.projects)}</td>
              <td>{f.number(r.participants)}</td>
              <td>{f.baht(r.budget)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
