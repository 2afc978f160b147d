import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { withQuery } from '../../../shared/api/client';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { fiscalYearOf, isIsoDate, todayIso } from '../shared/dates';
import { wfMessages } from '../shared/messages';
import { UnitFilter } from '../shared/UnitFilter';
import { hrMessages } from './messages';
import { AgeSection, HeadcountSection, MovementsSection, VacanciesSection } from './Sections';
import { RetirementsSection } from './RetirementsSection';
import { ThaiDateInput } from '../../../shared/dates/ThaiDateInput';

const VIEWS = ['headcount', 'vacancies', 'retirements', 'age-profile', 'movements'] as const;
type View = (typeof VIEWS)[number];

/**
 * The HR Dashboard: every figure as of one chosen day (today by default, in the address so a link keeps it),
 * scoped by the server to what the signed-in role may see; each chart with its numbers one click away.
 */
export function HrDashboardPage() {
  const m = useMessages(hrMessages);
  const w = useMessages(wfMessages);
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const asOfParam = params.get('asOf');
  const asOf = isIsoDate(asOfParam) ? asOfParam : todayIso();
  const unit = params.get('unit') ?? undefined;
  const fy = fiscalYearOf(asOf);
  const [view, setView] = useState<View>('headcount');

  const setAsOf = (value: string) => {
    if (!isIsoDate(value)) return;
    const next = new URLSearchParams(params);
    next.set('asOf', value);
    setParams(next, { replace: true });
  };
  const setUnit = (code: string) => {
    const next = new URLSearchParams(params);
    if (code) next.set('unit', code);
    else next.delete('unit');
    setParams(next, { replace: true });
  };
  const scope = { asOf, unit };
  const exportHref = withQuery('/api/workforce/export.xlsx', {
    view,
    asOf,
    unit,
    fromFiscalYear: view === 'movements' ? fy - 4 : fy,
    toFiscalYear: view === 'movements' ? fy : undefined,
    years: 5,
  });

  return (
    <section className="wf-page" data-testid="hr-dashboard">
      <header className="wf-head">
        <h1>{m('title')}</h1>
        <p className="print-only">{w('asOfIs', { date: fmt.date(asOf) })}</p>
        <div className="wf-controls no-print">
          <div className="wf-control">
            <ThaiDateInput
              inline
              label={w('asOf')}
              value={asOf}
              onChange={(iso) => iso && setAsOf(iso)}
              required
              testId="hr-asof"
            />
            <span className="wf-hint" data-testid="hr-asof-be">
              {fmt.date(asOf)}
            </span>
          </div>
          <UnitFilter value={unit ?? ''} onChange={setUnit} />
          <label className="wf-control">
            <span>{m('exportView')}</span>
            <select
              value={view}
              onChange={(e) => setView(e.target.value as View)}
              data-testid="hr-export-view"
            >
              {VIEWS.map((v) => (
                <option key={v} value={v}>
                  {m(`view_${v}`)}
                </option>
              ))}
            </select>
            <a className="button" href={exportHref} download data-testid="hr-export">
              {m('exportLink')}
            </a>
          </label>
          <button type="button" className="button" onClick={() => window.print()}>
            {w('print')}
          </button>
        </div>
      </header>
      <HeadcountSection scope={scope} />
      <VacanciesSection scope={scope} />
      <RetirementsSection fromFiscalYear={fy} unit={unit} />
      <AgeSection scope={scope} />
      <MovementsSection fromFiscalYear={fy - 4} toFiscalYear={fy} unit={unit} />
    </section>
  );
}
