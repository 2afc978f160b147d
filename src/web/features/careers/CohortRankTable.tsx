import type { CohortView } from '../../../shared/api/careers';
import { useMessages } from '../../shared/i18n/useMessages';
import { cohortMessages } from './cohort-messages';

/** The ranked list: rank, member (when names are shown), each component, total; the top five highlighted. */
export function CohortRankTable({ cohort }: { cohort: CohortView }) {
  const m = useMessages(cohortMessages);
  const nameOf = (code: string) => cohort.components.find((c) => c.code === code)?.name ?? code;
  return (
    <div className="table-scroll">
      <table data-testid="cohort-ranking">
        <thead>
          <tr>
            <th>{m('rank')}</th>
            {cohort.names && <th>{m('person')}</th>}
            {cohort.components.map((c) => (
              <th key={c.code}>
                {c.name} ({c.weight}%)
              </th>
            ))}
            <th>{m('total')}</th>
          </tr>
        </thead>
        <tbody>
          {cohort.list.map((r, i) => (
            <tr
              key={r.personNo ?? i}
              className={r.top ? 'top-five' : undefined}
              data-testid="cohort-row"
              data-top={r.top ? 'yes' : 'no'}
              data-person={r.personNo ?? ''}
              data-rank={r.rank ?? ''}
            >
              <td>
                {r.rank ?? '–'}
                {r.top && <span className="badge"> ★ {m('top')}</span>}
              </td>
              {cohort.names && (
                <td>
                  {r.personNo} {r.name}
                  {r.unit && <span className="muted"> · {r.unit}</span>}
                  {r.coursePassed && <span className="met"> · {m('coursePassed')}</span>}
                </td>
              )}
              {cohort.components.map((c) => (
                <td key={c.code}>{r.scores[c.code] ?? '–'}</td>
              ))}
              <td>
                <strong>{r.total ?? '–'}</strong>
                {r.state !== 'ranked' && <span className="not-met"> · {m(`state_${r.state}`)}</span>}
                {r.decidedBy === 'shared' && <span className="muted"> · {m('shared')}</span>}
                {r.decidedBy !== null && r.decidedBy !== 'shared' && (
                  <span className="muted"> · {m('decidedBy', { name: nameOf(r.decidedBy) })}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
