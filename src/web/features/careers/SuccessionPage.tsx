import { useState } from 'react';
import type { SuccessionView } from '../../../shared/api/careers';
import { useApiData } from '../../shared/api/useApiData';
import { bangkokDateTime } from '../../shared/format/format';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, Loading, TableScroll } from '../../shared/ui/Notice';
import { careerMessages } from './messages';
import { TalentPool } from './TalentPool';
import { ThaiDateInput } from '../../shared/dates/ThaiDateInput';
import { useSession } from '../../shared/session/useSession';
import './careers.css';

/**
 * The office's view: per key position, its seats, the people eligible now and within a year, and for the next
 * five fiscal years the seats retirements empty against the successors ready by then.
 */
export function SuccessionPage() {
  const m = useMessages(careerMessages);
  const f = useFormat();
  const [asOf, setAsOf] = useState(() => bangkokDateTime(new Date()).date);
  const view = useApiData<SuccessionView>('/api/careers/succession', { asOf, withinYears: 1 });
  const v = view.data;
  const role = useSession().user?.role;
  return (
    <section className="careers" data-testid="career-succession">
      <h1>{m('succession')}</h1>
      <p className="muted">{m('successionIntro', { n: 1 })}</p>
      <ThaiDateInput
        value={asOf}
        onChange={(iso) => iso && setAsOf(iso)}
        label={m('asOf')}
        testId="succession-as-of"
        required
      />
      <ErrorNotice error={view.error} />
      {!v ? (
        <Loading />
      ) : (
        v.titles.map((t) => (
          <article
            key={t.targetTitle}
            className="card"
            data-testid="succession-title"
            data-title={t.targetTitle}
          >
            <h2>{t.targetTitle}</h2>
            <dl className="figures">
              <div>
                <dt>{m('seats')}</dt>
                <dd data-testid="seats">{f.number(t.seats)}</dd>
              </div>
              <div>
                <dt>{m('vacant')}</dt>
                <dd data-testid="vacant">{f.number(t.vacant)}</dd>
              </div>
              <div>
                <dt>{m('eligibleNow')}</dt>
                <dd data-testid="eligible-now">{f.number(t.eligibleNow)}</dd>
              </div>
              <div>
                <dt>{m('eligibleWithin', { n: v.withinYears })}</dt>
                <dd data-testid="eligible-within">{f.number(t.eligibleWithin)}</dd>
              </div>
              <div>
                <dt>{m('coverage')}</dt>
                <dd>{t.coveragePct === null ? '–' : `${f.number(t.coveragePct, 1)}%`}</dd>
              </div>
            </dl>
            <TableScroll label={t.targetTitle}>
              <table className="compact">
                <thead>
                  <tr>
                    <th scope="col">{m('fiscalYear')}</th>
                    <th scope="col">{m('emptied')}</th>
                    <th scope="col">{m('open')}</th>
                    <th scope="col">{m('successors')}</th>
                    <th scope="col">{m('shortfall')}</th>
                  </tr>
                </thead>
                <tbody>
                  {t.years.map((y) => (
                    <tr
                      key={y.fiscalYear}
                      data-testid={`fy-${y.fiscalYear}`}
                      className={y.shortfall > 0 ? 'not-met' : ''}
                    >
                      <th scope="row">{f.fiscalYear(y.fiscalYear)}</th>
                      <td>{f.number(y.emptied)}</td>
                      <td>{f.number(y.openByYearEnd)}</td>
                      <td>{f.number(y.successors)}</td>
                      <td>{f.number(y.shortfall)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </article>
        ))
      )}
      <TalentPool asOf={asOf} canEdit={role === 'admin'} />
    </section>
  );
}
