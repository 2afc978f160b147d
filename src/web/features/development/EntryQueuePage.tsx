import { useState } from 'react';
import type { EntryQueueView } from '../../../shared/api/development';
import { useApiData } from '../../shared/api/useApiData';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, Loading, TableScroll } from '../../shared/ui/Notice';
import { entryMessages } from './entries-messages';
import { useAction } from './useAction';
import './development.css';

type Entry = EntryQueueView['entries'][number];

/** The agency's approval queue of its people's own entries: counts per unit, approve or reject with a comment. */
export function EntryQueuePage() {
  const m = useMessages(entryMessages);
  const f = useFormat();
  const { data, error, loading, reload } = useApiData<EntryQueueView>('/api/development/entries/pending');
  return (
    <section className="development" data-testid="entry-queue">
      <h1>{m('queue')}</h1>
      <ErrorNotice error={error} />
      {loading && !data && <Loading />}
      {data && (
        <>
          <p data-testid="entry-queue-count">{m('pending', { n: f.number(data.pending) })}</p>
          {data.units.length > 1 && (
            <ul className="mix-legend" data-testid="entry-queue-units">
              {data.units.map((u) => (
                <li key={u.unitId}>
                  {u.unitName}: {f.number(u.pending)}
                </li>
              ))}
            </ul>
          )}
          {data.entries.length === 0 ? (
            <p className="muted">{m('queueEmpty')}</p>
          ) : (
            <TableScroll>
              <table className="compact" data-testid="entry-queue-table">
                <thead>
                  <tr>
                    <th scope="col">{m('person')}</th>
                    <th scope="col">{m('activity')}</th>
                    <th scope="col">{m('start')}</th>
                    <th scope="col">{m('days')}</th>
                    <th scope="col">{m('mode')}</th>
                    <th scope="col">{m('comment')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.entries.map((e) => (
                    <QueueRow key={e.id} entry={e} done={reload} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </section>
  );
}

function QueueRow({ entry: e, done }: { entry: Entry; done: () => void }) {
  const m = useMessages(entryMessages);
  const f = useFormat();
  const [comment, setComment] = useState('');
  const { send, error, busy } = useAction(done);
  const decide = (decision: 'approve' | 'reject') =>
    void send(`/api/development/entries/${e.id}/decision`, {
      method: 'POST',
      body: { decision, comment: comment || undefined, version: e.version },
    });
  return (
    <tr data-testid={`queue-entry-${e.id}`}>
      <th scope="row">
        {e.person.title ?? ''}
        {e.person.firstName} {e.person.lastName} ({e.person.personNo})
        <br />
        <span className="muted">{[e.unitName, e.positionTitle].filter(Boolean).join(' · ')}</span>
      </th>
      <td>
        {e.activity}
        {e.provider && <span className="muted"> · {e.provider}</span>}
        {e.note && <div className="muted">{e.note}</div>}
      </td>
      <td>
        {e.startDate === e.endDate ? f.date(e.startDate) : `${f.date(e.startDate)} – ${f.date(e.endDate)}`}
      </td>
      <td>{f.number(e.days, 1)}</td>
      <td>{m(e.mode)}</td>
      <td>
        <input
          aria-label={m('comment')}
          value={comment}
          onChange={(ev) => setComment(ev.target.value)}
          data-testid="queue-comment"
        />{' '}
        <button type="button" disabled={busy} onClick={() => decide('approve')} data-testid="queue-approve">
          {m('approve')}
        </button>{' '}
        <button type="button" disabled={busy} onClick={() => decide('reject')} data-testid="queue-reject">
          {m('reject')}
        </button>
        <ErrorNotice error={error} />
      </td>
    </tr>
  );
}
