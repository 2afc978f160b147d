import { useParams } from 'react-router';
import type { PathView } from '../../../shared/api/careers';
import { useApiData } from '../../shared/api/useApiData';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { useSession } from '../../shared/session/useSession';
import { ErrorNotice, Loading } from '../../shared/ui/Notice';
import { CriteriaTree } from './CriteriaTree';
import { DraftEditor } from './DraftEditor';
import { ExceptionsPanel } from './ExceptionsPanel';
import { careerMessages } from './messages';
import './careers.css';

/** One path: its target, and every version with stages, criteria, status, effective date and approver. */
export function PathPage() {
  const { id } = useParams();
  const m = useMessages(careerMessages);
  const f = useFormat();
  const role = useSession().user?.role;
  const path = useApiData<PathView>(`/api/careers/paths/${id ?? ''}`);
  const p = path.data;
  return (
    <section className="careers" data-testid="career-path">
      <ErrorNotice error={path.error} />
      {!p ? (
        <Loading />
      ) : (
        <>
          <h1>{p.name}</h1>
          <p>
            {m('target')}: <strong>{p.targetTitle}</strong>
            {p.isExample && <span className="badge"> ({m('example')})</span>}
          </p>
          {p.description && <p className="muted">{p.description}</p>}
          {role === 'admin' && <DraftEditor path={p} onSaved={path.reload} />}
          {(role === 'admin' || role === 'focal_point' || role === 'approver') && (
            <ExceptionsPanel path={p} canGrant={role === 'admin'} />
          )}
          {p.versions.map((v) => (
            <article key={v.id} className="card" data-testid={`version-${v.versionNo}`}>
              <h2>
                {m('versionNo', { no: v.versionNo })} · {v.status === 'draft' ? m('draft') : m('approved')}
              </h2>
              {v.effectiveFrom && <p>{m('effective', { date: f.date(v.effectiveFrom) })}</p>}
              {v.approvedBy && (
                <p className="muted">
                  {m('approvedBy', { who: v.approvedBy })}
                  {v.approvedAt && ` · ${f.dateTime(v.approvedAt)}`}
                </p>
              )}
              {v.note && <p className="muted">{v.note}</p>}
              <h3>{m('stages')}</h3>
              {v.stages.length === 0 ? (
                <p className="muted">{m('noStages')}</p>
              ) : (
                <ol>
                  {v.stages.map((s, i) => (
                    <li key={i}>
                      {[s.title, s.positionType, s.level, s.unitKind].filter(Boolean).join(' · ')}
                      {s.minYears !== undefined && ` · ${m('years', { n: s.minYears })}`}
                      {s.note && <span className="muted"> — {s.note}</span>}
                    </li>
                  ))}
                </ol>
              )}
              <h3>{m('criteria')}</h3>
              <CriteriaTree c={v.criteria} />
            </article>
          ))}
        </>
      )}
    </section>
  );
}
