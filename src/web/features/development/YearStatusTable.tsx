import { useState } from 'react';
import { Link } from 'react-router';
import type { YearStatusView } from '../../../shared/api/development';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, TableScroll } from '../../shared/ui/Notice';
import { cycleMessages } from './cycle-messages';
import { useAction } from './useAction';

type Agency = YearStatusView['agencies'][number];

/** Every agency of the year with its submission; the institute returns (with a comment) or accepts. */
export function YearStatusTable(props: { status: YearStatusView; institute: boolean; done: () => void }) {
  const m = useMessages(cycleMessages);
  const f = useFormat();
  const { send, error, busy } = useAction(props.done);
  const [comments, setComments] = useState<Record<string, string>>({});
  const fy = props.status.year.fiscalYear;
  const decide = (a: Agency, action: 'return' | 'accept') =>
    void send(`/api/development/years/${fy}/submissions/${encodeURIComponent(a.unitCode)}/${action}`, {
      method: 'POST',
      body: { version: a.version, ...(comments[a.unitCode] ? { comment: comments[a.unitCode] } : {}) },
    });
  return (
    <section>
      <h2>{m('agencies')}</h2>
      <ErrorNotice error={error} testId="decide-error" />
      <TableScroll label={m('agencies')}>
        <table className="compact" data-testid="cycle-status">
          <thead>
            <tr>
              <th scope="col">{m('agency')}</th>
              <th scope="col">{m('state')}</th>
              <th scope="col">{m('projects')}</th>
              <th scope="col">{m('participants')}</th>
              <th scope="col">{m('budget')}</th>
              <th scope="col">{m('submittedAt')}</th>
              <th scope="col">{m('decidedAt')}</th>
              <th scope="col">{m('deadline')}</th>
              {props.institute && <th scope="col">{m('comment')}</th>}
            </tr>
          </thead>
          <tbody>
            {props.status.agencies.map((a) => (
              <tr key={a.unitId} data-testid={`cycle-row-${a.unitCode}`}>
                <th scope="row">
                  <Link
                    to={`/development/submission?fiscalYear=${fy}&unit=${encodeURIComponent(a.unitCode)}`}
                  >
                    {a.unitName}
                  </Link>
                </th>
                <td data-testid="cycle-state">{m(`state_${a.state}`)}</td>
                <td>{f.number(a.projects)}</td>
                <td>{f.number(a.participants)}</td>
                <td>{f.baht(a.budget)}</td>
                <td>{a.submittedAt ? f.dateTime(a.submittedAt) : '–'}</td>
                <td>{a.decidedAt ? f.dateTime(a.decidedAt) : '–'}</td>
                <td className={a.late ? 'weak' : ''} data-testid="cycle-late">
                  {a.late ? m('late') : m('onTime')}
                </td>
                {props.institute && (
                  <td>
                    {a.state === 'submitted' && (
                      <div className="cycle-decide">
                        <input
                          aria-label={m('comment')}
                          value={comments[a.unitCode] ?? ''}
                          onChange={(e) => setComments({ ...comments, [a.unitCode]: e.target.value })}
                          data-testid="decide-comment"
                        />
                        <button
                          type="button"
                          disabled={busy}
                          onClick={() => decide(a, 'return')}
                          data-testid="decide-return"
                        >
                          {m('return')}
                        </button>
                        <button
                          type="button"
                          disabled={busy}
                          onClick={() => decide(a, 'accept')}
                          data-testid="decide-accept"
                        >
                          {m('accept')}
                        </button>
                      </div>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
