import type { RetirementsResponse } from '../../../../shared/api/workforce/dashboard';
import { useApiData } from '../../../shared/api/useApiData';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { ErrorNotice, Loading, TableScroll } from '../../../shared/ui/Notice';
import { BarFigure } from '../shared/BarFigure';
import { hrMessages } from './messages';

type Year = RetirementsResponse['fiscalYears'][number];

/** Categories as rows, one series per fiscal year (stacked): how many of each retire in which year. */
function pivot(
  years: Year[],
  counts: (y: Year) => Record<string, number>,
  seriesName: (fy: number) => string,
) {
  const labels = [...new Set(years.flatMap((y) => Object.keys(counts(y))))].sort();
  return {
    labels,
    series: years.map((y) => ({
      name: seriesName(y.fiscalYear),
      values: labels.map((l) => counts(y)[l] ?? 0),
    })),
  };
}

/** Retirements in the five fiscal years from the as-of date's, and the key positions they empty. */
export function RetirementsSection({ fromFiscalYear, unit }: { fromFiscalYear: number; unit?: string }) {
  const m = useMessages(hrMessages);
  const fmt = useFormat();
  const { data, error } = useApiData<RetirementsResponse>('/api/workforce/retirements', {
    fromFiscalYear,
    years: 5,
    unit,
  });
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <Loading />;
  const years = data.fiscalYears;
  const fyName = (fy: number) => m('fy', { fy: fmt.digits(fy) });
  const byUnit = (y: Year) => Object.fromEntries(y.byUnit.map((u) => [u.name, u.count]));
  return (
    <section className="wf-section" aria-labelledby="hr-retirements">
      <h2 id="hr-retirements">{m('retirements')}</h2>
      <ul className="wf-year-list" data-testid="hr-ret-years">
        {years.map((y) => (
          <li key={y.fiscalYear} data-fy={y.fiscalYear} data-value={y.total}>
            {m('retirementsTotal', { fy: fmt.digits(y.fiscalYear), total: fmt.number(y.total, 0) })}
          </li>
        ))}
      </ul>
      <div className="wf-grid">
        <BarFigure
          title={m('retirements')}
          testId="hr-ret"
          labels={years.map((y) => fyName(y.fiscalYear))}
          series={[{ name: m('people'), values: years.map((y) => y.total) }]}
        />
        <BarFigure
          title={m('retByPositionType')}
          testId="hr-ret-ptype"
          {...pivot(years, (y) => y.byPositionType, fyName)}
        />
        <BarFigure
          title={m('retByLevel')}
          testId="hr-ret-level"
          {...pivot(years, (y) => y.byLevel, fyName)}
        />
        <BarFigure title={m('retByUnit')} testId="hr-ret-unit" {...pivot(years, byUnit, fyName)} />
      </div>
      <h3>{m('keyPositions')}</h3>
      <TableScroll label={m('keyPositions')}>
        <table className="data-table" data-testid="hr-key-positions">
          <thead>
            <tr>
              <th scope="col">{m('colFy')}</th>
              <th scope="col">{m('colReason')}</th>
              <th scope="col">{m('colTitle')}</th>
              <th scope="col">{m('colUnit')}</th>
              <th scope="col">{m('colHolder')}</th>
            </tr>
          </thead>
          <tbody>
            {data.keyPositions.map((k, i) => (
              <tr key={`${k.fiscalYear}-${k.positionNo ?? i}-${k.personNo ?? i}`}>
                <td>{fmt.digits(k.fiscalYear)}</td>
                <td>{m(`reason_${k.reason}`)}</td>
                <td>{k.title}</td>
                <td>{k.section ? `${k.unitName} · ${k.section}` : k.unitName}</td>
                <td>{k.name ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
