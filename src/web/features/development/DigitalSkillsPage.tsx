import { useSearchParams } from 'react-router';
import type { DigitalSkillsView } from '../../../shared/api/development';
import { useApiData } from '../../shared/api/useApiData';
import { useFormat } from '../../shared/format/useFormat';
import { useT } from '../../shared/i18n/useT';
import { useMessages } from '../../shared/i18n/useMessages';
import { useSession } from '../../shared/session/useSession';
import { ErrorNotice, Loading, TableScroll } from '../../shared/ui/Notice';
import { DigitalImport } from './DigitalImport';
import { digitalMessages } from './digital-messages';
import { currentFiscalYear, FiscalYearSelect, fiscalYearFromSearch } from './FiscalYearSelect';
import './development.css';

/**
 * Digital skills of a fiscal year: the share of each agency's staff assessed, the gaps by area, the import.
 * Without ?fiscalYear= it opens on the latest year that has data (the API picks it and names it).
 */
export function DigitalSkillsPage() {
  const m = useMessages(digitalMessages);
  const f = useFormat();
  const { lang } = useT();
  const role = useSession().user?.role;
  const [params, setParams] = useSearchParams();
  const asked = params.has('fiscalYear') ? fiscalYearFromSearch(params) : undefined;
  const {
    data: d,
    error,
    loading,
    reload,
  } = useApiData<DigitalSkillsView>('/api/development/digital', {
    fiscalYear: asked,
  });
  const fy = asked ?? d?.fiscalYear;
  return (
    <section className="development" data-testid="digital-skills">
      <h1>
        {m('title')} {fy !== undefined && f.fiscalYear(fy)}
      </h1>
      <div className="development-tools no-print">
        <FiscalYearSelect
          value={fy ?? currentFiscalYear()}
          onChange={(y) => setParams({ fiscalYear: String(y) })}
        />
      </div>
      <ErrorNotice error={error} />
      {loading && !d && <Loading />}
      {d && (asked === undefined || d.fiscalYear === asked) && (
        <>
          <h2>{m('gaps')}</h2>
          <TableScroll label={m('gaps')}>
            <table className="compact" data-testid="digital-gaps">
              <thead>
                <tr>
                  <th scope="col">{m('area')}</th>
                  <th scope="col">{m('expected')}</th>
                  <th scope="col">{m('assessed')}</th>
                  <th scope="col">{m('below')}</th>
                  <th scope="col">{m('share')}</th>
                </tr>
              </thead>
              <tbody>
                {d.areas.map((a) => (
                  <tr key={a.code}>
                    <th scope="row">{lang === 'th' ? a.nameTh : a.nameEn}</th>
                    <td>{f.number(a.expectedLevel)}</td>
                    <td>{f.number(a.assessed)}</td>
                    <td>{f.number(a.below)}</td>
                    <td>{f.number(a.belowPct, 2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <h2>{m('coverage')}</h2>
          <TableScroll label={m('coverage')}>
            <table className="compact" data-testid="digital-coverage">
              <thead>
                <tr>
                  <th scope="col">{m('agency')}</th>
                  <th scope="col">{m('staff')}</th>
                  <th scope="col">{m('assessed')}</th>
                  <th scope="col">{m('share')}</th>
                  <th scope="col">{m('digitalPeople')}</th>
                  <th scope="col">{m('digitalDays')}</th>
                </tr>
              </thead>
              <tbody>
                {d.units.map((u) => (
                  <tr key={u.unitId}>
                    <th scope="row">{u.unitName}</th>
                    <td>{f.number(u.staff)}</td>
                    <td>{f.number(u.assessed)}</td>
                    <td>{f.number(u.assessedPct, 2)}</td>
                    <td>{f.number(u.digitalPeople)}</td>
                    <td>{f.number(u.digitalDays, 1)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{m('total')}</th>
                  <td>{f.number(d.total.staff)}</td>
                  <td>{f.number(d.total.assessed)}</td>
                  <td>{f.number(d.total.assessedPct, 2)}</td>
                  <td />
                  <td />
                </tr>
              </tfoot>
            </table>
          </TableScroll>
        </>
      )}
      {(role === 'admin' || role === 'focal_point' || role === 'approver') && <DigitalImport done={reload} />}
    </section>
  );
}
