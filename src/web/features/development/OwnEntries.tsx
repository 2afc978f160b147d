import { useState } from 'react';
import type { EntryView, MyEntriesView } from '../../../shared/api/development';
import { useApiData } from '../../shared/api/useApiData';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, TableScroll } from '../../shared/ui/Notice';
import { EntryForm } from './EntryForm';
import { entryMessages } from './entries-messages';
import { useAction } from './useAction';

/** The person's own entries of outside learning of the year: every state, added, edited or withdrawn here. */
export function OwnEntries(props: { fiscalYear: number; changed: () => void }) {
  const m = useMessages(entryMessages);
  const f = useFormat();
  const { data, error, reload } = useApiData<MyEntriesView>('/api/development/me/entries', {
    fiscalYear: props.fiscalYear,
  });
  const [editing, setEditing] = useState<EntryView | 'new' | null>(null);
  const done = () => {
    setEditing(null);
    reload();
    props.changed();
  };
  const withdraw = useAction(done);
  if (error?.status === 404) return null; // an account linked to no person
  return (
    <section data-testid="own-entries">
      <h2>{m('ownEntries')}</h2>
      <p className="muted">{m('ownHint')}</p>
      <ErrorNotice error={error ?? withdraw.error} />
      {editing === null ? (
        <button type="button" onClick={() => setEditing('new')} data-testid="entry-add">
          {m('add')}
        </button>
      ) : (
        <EntryForm
          entry={editing === 'new' ? undefined : editing}
          done={done}
          cancel={() => setEditing(null)}
        />
      )}
      {data && data.entries.length === 0 && <p className="muted">{m('none')}</p>}
      {data && data.entries.length > 0 && (
        <TableScroll>
          <table className="compact" data-testid="own-entries-table">
            <thead>
              <tr>
                <th scope="col">{m('activity')}</th>
                <th scope="col">{m('start')}</th>
                <th scope="col">{m('days')}</th>
                <th scope="col">{m('mode')}</th>
                <th scope="col">{m('state')}</th>
                <th scope="col">{m('comment')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {data.entries.map((e) => (
                <tr key={e.id} data-testid={`entry-${e.id}`}>
                  <th scope="row">{e.activity}</th>
                  <td>
                    {e.startDate === e.endDate
                      ? f.date(e.startDate)
                      : `${f.date(e.startDate)} – ${f.date(e.endDate)}`}
                  </td>
                  <td>{f.number(e.days, 1)}</td>
                  <td>{m(e.mode)}</td>
                  <td data-testid="entry-state">{m(`state_${e.state}`)}</td>
                  <td>{e.decisionComment ?? ''}</td>
                  <td>
                    {e.state === 'pending' && (
                      <>
                        <button type="button" onClick={() => setEditing(e)}>
                          {m('edit')}
                        </button>{' '}
                        <button
                          type="button"
                          disabled={withdraw.busy}
                          onClick={() =>
                            void withdraw.send(`/api/development/me/entries/${e.id}?version=${e.version}`, {
                              method: 'DELETE',
                            })
                          }
                        >
                          {m('withdraw')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
