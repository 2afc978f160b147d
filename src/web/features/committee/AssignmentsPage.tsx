import { useState } from 'react';
import type { AssignmentView, UnitAssignmentCounts } from '../../../shared/api/committee';
import { useApiData } from '../../shared/api/useApiData';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, Loading, Notice } from '../../shared/ui/Notice';
import { AssignmentCard } from './AssignmentCard';
import { committeeMessages } from './messages';
import './committee.css';

type Status = 'open' | 'overdue' | 'closed' | 'all';

/**
 * "My assignments" for a unit (its focal point or approver sees its own only), and for the committee and the
 * secretariat every unit's, with the counts per unit.
 */
export function AssignmentsPage() {
  const m = useMessages(committeeMessages);
  const [status, setStatus] = useState<Status>('open');
  const list = useApiData<AssignmentView[]>('/api/committee/assignments', { status });
  const counts = useApiData<UnitAssignmentCounts[]>('/api/committee/assignments/by-unit');
  const reload = () => {
    list.reload();
    counts.reload();
  };
  return (
    <section className="committee" data-testid="committee-assignments">
      <h1>{m('myAssignments')}</h1>
      <p className="muted">{m('myIntro')}</p>
      {counts.data && counts.data.length > 0 && (
        <table className="compact">
          <thead>
            <tr>
              <th scope="col">{m('unitCol')}</th>
              <th scope="col">{m('status_open')}</th>
              <th scope="col">{m('status_overdue')}</th>
              <th scope="col">{m('status_closed')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.data.map((c) => (
              <tr key={c.unit.id}>
                <th scope="row">{c.unit.name}</th>
                <td>{c.open}</td>
                <td className={c.overdue > 0 ? 'overdue' : ''}>{c.overdue}</td>
                <td>{c.closed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div role="group" aria-label={m('showStatus')}>
        {(['open', 'overdue', 'closed', 'all'] as const).map((s) => (
          <label key={s}>
            <input
              type="radio"
              checked={status === s}
              onChange={() => setStatus(s)}
              data-testid={`status-${s}`}
            />{' '}
            {m(`status_${s}`)}
          </label>
        ))}
      </div>
      <ErrorNotice error={list.error} />
      {!list.data ? (
        <Loading />
      ) : list.data.length === 0 ? (
        <Notice>{m('none')}</Notice>
      ) : (
        list.data.map((a) => (
          <div key={a.id} className="card resolution">
            <p className="muted">
              {m('meetingNo', { no: a.meeting.no, year: a.meeting.yearBe })} · {a.resolutionText}
            </p>
            <AssignmentCard a={a} onChange={reload} />
          </div>
        ))
      )}
    </section>
  );
}
