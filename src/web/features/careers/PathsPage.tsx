import { Link } from 'react-router';
import type { PathSummary } from '../../../shared/api/careers';
import { useApiData } from '../../shared/api/useApiData';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, Loading } from '../../shared/ui/Notice';
import { careerMessages } from './messages';
import { PathFilePanel } from './PathFilePanel';
import { useSession } from '../../shared/session/useSession';
import './careers.css';

/** Every career path: its target, the version in force and any draft. */
export function PathsPage() {
  const m = useMessages(careerMessages);
  const f = useFormat();
  const list = useApiData<PathSummary[]>('/api/careers/paths');
  const role = useSession().user?.role;
  return (
    <section className="careers" data-testid="career-paths">
      <h1>{m('paths')}</h1>
      <p className="muted">{m('pathsIntro')}</p>
      <ErrorNotice error={list.error} />
      <PathFilePanel canImport={role === 'admin'} onImported={list.reload} />
      {!list.data ? (
        <Loading />
      ) : (
        <ul className="path-list">
          {list.data.map((p) => (
            <li key={p.id} className="card" data-testid={`path-${p.code}`}>
              <Link to={`/careers/paths/${p.id}`}>{p.name}</Link>
              {p.isExample && <span className="badge"> {m('example')}</span>}
              <p className="muted">
                {m('target')}: {p.targetTitle}
              </p>
              <p>
                {p.inForce
                  ? `${m('versionNo', { no: p.inForce.versionNo })} · ${m('effective', { date: f.date(p.inForce.effectiveFrom) })}`
                  : m('noneInForce')}
                {p.draftVersionNo !== null && ` · ${m('draft')} ${m('versionNo', { no: p.draftVersionNo })}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
