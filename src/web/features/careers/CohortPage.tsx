import { useState } from 'react';
import { useParams } from 'react-router';
import type { CohortStatus, CohortView } from '../../../shared/api/careers';
import { ApiError, apiRequest } from '../../shared/api/client';
import { useApiData } from '../../shared/api/useApiData';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { useSession } from '../../shared/session/useSession';
import { ErrorNotice, Loading } from '../../shared/ui/Notice';
import { CohortRankTable } from './CohortRankTable';
import { CohortScoresForm } from './CohortScoresForm';
import { cohortMessages } from './cohort-messages';
import './careers.css';

/** One cohort: its course, weights and pass mark, the ranked list with the top five, scores and status. */
export function CohortPage() {
  const { id } = useParams();
  const m = useMessages(cohortMessages);
  const f = useFormat();
  const data = useApiData<CohortView>(`/api/careers/cohorts/${id ?? ''}`);
  const [error, setError] = useState<ApiError>();
  const staff = useSession().user?.role === 'staff';
  const c = data.data;
  const move = async (status: CohortStatus) => {
    if (!c) return;
    if (status === 'published' && !window.confirm(m('publishConfirm'))) return;
    setError(undefined);
    try {
      await apiRequest(`/api/careers/cohorts/${c.id}/status`, {
        method: 'POST',
        body: { status, version: c.version },
      });
      data.reload();
    } catch (cause) {
      if (cause instanceof ApiError) setError(cause);
      else throw cause;
    }
  };
  return (
    <section className="careers" data-testid="career-cohort">
      <ErrorNotice error={data.error} />
      {!c ? (
        <Loading />
      ) : (
        <>
          <h1>{c.name}</h1>
          {c.isExample && <p className="badge">({m('example')})</p>}
          <p>
            {c.code} · {m('course')}: {c.course}
            {c.path && ` · ${m('path')}: ${c.path.code} → ${c.path.targetTitle}`}
          </p>
          <p>
            {m('fiscalYear', { year: c.fiscalYear })} ·{' '}
            {m('dates', { from: f.date(c.startsOn), to: f.date(c.endsOn) })} ·{' '}
            {m('members', { n: c.members })} ·{' '}
            <strong data-testid="cohort-status">{m(`status_${c.status}`)}</strong>
          </p>
          <p className="muted">
            {c.components.map((x) => `${x.name} ${x.weight}%`).join(' · ')} ·{' '}
            {c.passMark === null ? m('noPassMark') : m('passMarkIs', { mark: c.passMark })}
          </p>
          <h2>{m('ranked')}</h2>
          <p className="muted">{m('tieRule')}</p>
          {!c.names && <p className="muted">{m('figuresOnly')}</p>}
          {staff && <p className="muted">{m('ownOnly')}</p>}
          <CohortRankTable cohort={c} />
          {c.members > 0 && !staff && (
            <p>
              <a href={`/api/careers/cohorts/${c.id}/ranking.xlsx`} data-testid="cohort-export">
                {m('exportXlsx')}
              </a>
            </p>
          )}
          {c.canEdit && (
            <p>
              {c.status === 'open' && (
                <button type="button" onClick={() => void move('scored')} data-testid="cohort-mark-scored">
                  {m('markScored')}
                </button>
              )}
              {c.status === 'scored' && (
                <>
                  <button type="button" onClick={() => void move('open')}>
                    {m('reopen')}
                  </button>{' '}
                  <button type="button" onClick={() => void move('published')} data-testid="cohort-publish">
                    {m('publish')}
                  </button>
                </>
              )}
            </p>
          )}
          <ErrorNotice error={error} />
          {c.canEdit && c.status === 'open' && (
            <CohortScoresForm key={c.version} cohort={c} onSaved={data.reload} />
          )}
        </>
      )}
    </section>
  );
}
