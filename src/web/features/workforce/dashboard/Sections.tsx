import type {
  AgeProfileResponse,
  HeadcountResponse,
  MovementsResponse,
  VacanciesResponse,
} from '../../../../shared/api/workforce/dashboard';
import { useApiData } from '../../../shared/api/useApiData';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { ErrorNotice, Loading, TableScroll } from '../../../shared/ui/Notice';
import { BarFigure, fromCounts } from '../shared/BarFigure';
import { wfMessages } from '../shared/messages';
import { hrMessages } from './messages';

export interface Scope {
  asOf: string;
  unit: string | undefined;
}

export function HeadcountSection({ scope }: { scope: Scope }) {
  const m = useMessages(hrMessages);
  const w = useMessages(wfMessages);
  const fmt = useFormat();
  const { data, error } = useApiData<HeadcountResponse>('/api/workforce/headcount', { ...scope });
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <Loading />;
  const units = [...data.byUnit].sort((a, b) => b.count - a.count);
  return (
    <section className="wf-section" aria-labelledby="hr-headcount">
      <h2 id="hr-headcount">{m('headcount')}</h2>
      <p className="wf-figure-big" data-testid="hr-headcount-total" data-value={data.total}>
        {m('headcountTotal', { total: fmt.number(data.total, 0) })}
      </p>
      <div className="wf-grid">
        <BarFigure
          title={m('byUnit')}
          testId="hr-hc-unit"
          labels={units.map((u) => u.name)}
          series={[{ name: w('colCount'), values: units.map((u) => u.count) }]}
        />
        <BarFigure
          title={m('byStaffType')}
          testId="hr-hc-staff"
          {...fromCounts(data.byStaffType, w('colCount'))}
        />
        <BarFigure
          title={m('byPositionType')}
          testId="hr-hc-ptype"
          {...fromCounts(data.byPositionType, w('colCount'))}
        />
        <BarFigure title={m('byLevel')} testId="hr-hc-level" {...fromCounts(data.byLevel, w('colCount'))} />
        <BarFigure title={m('byLine')} testId="hr-hc-line" {...fromCounts(data.byLine, w('colCount'))} />
      </div>
    </section>
  );
}

export function VacanciesSection({ scope }: { scope: Scope }) {
  const m = useMessages(hrMessages);
  const w = useMessages(wfMessages);
  const fmt = useFormat();
  const { data, error } = useApiData<VacanciesResponse>('/api/workforce/vacancies', { ...scope });
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <Loading />;
  const units = [...data.byUnit].sort((a, b) => b.count - a.count);
  return (
    <section className="wf-section" aria-labelledby="hr-vacancies">
      <h2 id="hr-vacancies">{m('vacancies')}</h2>
      <p className="wf-figure-big" data-testid="hr-vacancies-total" data-value={data.total}>
        {m('vacanciesTotal', { total: fmt.number(data.total, 0) })}
      </p>
      <BarFigure
        title={`${m('vacancies')} ${m('byUnit')}`}
        testId="hr-vac-unit"
        labels={units.map((u) => u.name)}
        series={[{ name: w('colCount'), values: units.map((u) => u.count) }]}
      />
      <details className="wf-details">
        <summary>{m('vacanciesTotal', { total: fmt.number(data.positions.length, 0) })}</summary>
        <TableScroll label={m('vacancies')}>
          <table className="data-table" data-testid="hr-vacancy-list">
            <thead>
              <tr>
                <th scope="col">{m('colPosition')}</th>
                <th scope="col">{m('colTitle')}</th>
                <th scope="col">{m('colLevel')}</th>
                <th scope="col">{m('colUnit')}</th>
                <th scope="col">{m('colSince')}</th>
                <th scope="col">{m('colDays')}</th>
              </tr>
            </thead>
            <tbody>
              {data.positions.map((p) => (
                <tr key={p.positionNo}>
                  <td>{fmt.digits(p.positionNo)}</td>
                  <td>{p.title}</td>
                  <td>{p.level}</td>
                  <td>{p.section ? `${p.unitName} · ${p.section}` : p.unitName}</td>
                  <td>{p.vacantSince ? fmt.date(p.vacantSince) : m('neverHeld')}</td>
                  <td className="num">{p.vacantDays === null ? '–' : fmt.number(p.vacantDays, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}

export function AgeSection({ scope }: { scope: Scope }) {
  const m = useMessages(hrMessages);
  const { data, error } = useApiData<AgeProfileResponse>('/api/workforce/age-profile', { ...scope });
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <Loading />;
  const types = [...new Set(data.bands.flatMap((b) => Object.keys(b.byStaffType)))].sort();
  return (
    <section className="wf-section" aria-labelledby="hr-age">
      <h2 id="hr-age">{m('ageProfile')}</h2>
      <BarFigure
        title={m('ageProfile')}
        testId="hr-age"
        labels={data.bands.map((b) => m('ageBand', { band: b.band }))}
        series={types.map((t) => ({ name: t, values: data.bands.map((b) => b.byStaffType[t] ?? 0) }))}
      />
    </section>
  );
}

export function MovementsSection(props: { fromFiscalYear: number; toFiscalYear: number; unit?: string }) {
  const m = useMessages(hrMessages);
  const fmt = useFormat();
  const { data, error } = useApiData<MovementsResponse>('/api/workforce/movements', { ...props });
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <Loading />;
  const years = data.fiscalYears;
  const pick = (key: 'entries' | 'exits' | 'promotions' | 'transfers') => ({
    name: m(key),
    values: years.map((y) => y[key]),
  });
  const reasons = [...new Set(years.flatMap((y) => Object.keys(y.exitsByReason)))].sort();
  return (
    <section className="wf-section" aria-labelledby="hr-movements">
      <h2 id="hr-movements">{m('movements')}</h2>
      <div className="wf-grid">
        <BarFigure
          title={m('movements')}
          testId="hr-mov"
          labels={years.map((y) => m('fy', { fy: fmt.digits(y.fiscalYear) }))}
          series={[pick('entries'), pick('exits'), pick('promotions'), pick('transfers')]}
        />
        <BarFigure
          title={m('exits')}
          testId="hr-mov-exits"
          labels={years.map((y) => m('fy', { fy: fmt.digits(y.fiscalYear) }))}
          series={reasons.map((r) => ({ name: r, values: years.map((y) => y.exitsByReason[r] ?? 0) }))}
        />
      </div>
    </section>
  );
}
