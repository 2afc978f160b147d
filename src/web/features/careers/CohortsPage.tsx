import { Link } from 'react-router';
import type { CohortSummary } from '../../../shared/api/careers';
import { useApiData } from '../../shared/api/useApiData';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { useSession } from '../../shared/session/useSession';
import { ErrorNotice, Loading } from '../../shared/ui/Notice';
import { CohortCreateForm } from './CohortCreateForm';
import { cohortMessages } from './cohort-messages';
import './careers.css';

/** Course cohorts: code, course, fiscal year, dates, status; the office opens new ones. */
export function CohortsPage() {
  const m = useMessages(cohortMessages);
  const f = useFormat();
  const list = useApiData<CohortSummary[]>('/api/careers/cohorts');
  const user = useSession().user;
  // the office that runs courses: the central office and the development institute (BHRDI)
  const office =
    user?.role === 'admin' ||
    ((user?.role === 'focal_point' || user?.role === 'approver') && user.unit?.code === 'BHRDI');
  return (
    <section className="careers" data-testid="career-cohorts">
      <h1>{m('title')}</h1>
      <p className="muted">{m('intro')}</p>
      <ErrorNotice error={list.error} />
      {!list.data ? (
        <Loading />
      ) : list.data.length === 0 ? (
        <p className="muted">{m('none')}</p>
      ) : (
        <ul className="path-list">
          {list.data.map((c) => (
            <li key={c.id} className="card" data-testid={`cohort-${c.code}`}>
              <Link to={`/careers/cohorts/${c.id}`}>{c.name}</Link>
              {c.isExample && <span className="badge"> ({m('example')})</span>}
              <p className="muted">
                {c.code} · {m('course')}: {c.course}
                {c.path && ` · ${m('path')}: ${c.path.code} → ${c.path.targetTitle}`}
              </p>
              <p>
                {m('fiscalYear', { year: c.fiscalYear })} ·{' '}
                {m('dates', { from: f.date(c.startsOn), to: f.date(c.endsOn) })} ·{' '}
                {m('members', { n: c.members })} · <strong>{m(`status_${c.status}`)}</strong>
              </p>
            </li>
          ))}
        </ul>
      )}
      {office && <CohortCreateForm onCreated={list.reload} />}
    </section>
  );
}
