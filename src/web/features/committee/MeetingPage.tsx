import { useParams } from 'react-router';
import type { MeetingView } from '../../../shared/api/committee';
import { useApiData } from '../../shared/api/useApiData';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { useSession } from '../../shared/session/useSession';
import { ErrorNotice, Loading } from '../../shared/ui/Notice';
import { AssignmentCard } from './AssignmentCard';
import { AGENDA_LABEL, RESOLUTION_LABEL } from './labels';
import { committeeMessages } from './messages';
import { ResolutionForm } from './ResolutionForm';
import './committee.css';

/** One meeting: its agenda, resolutions with suggestions and assignments, and its two papers. */
export function MeetingPage() {
  const m = useMessages(committeeMessages);
  const fmt = useFormat();
  const { user } = useSession();
  const { id } = useParams();
  const meeting = useApiData<MeetingView>(`/api/committee/meetings/${id}`);
  if (meeting.error && !meeting.data) return <ErrorNotice error={meeting.error} />;
  if (!meeting.data) return <Loading />;
  const mt = meeting.data;
  return (
    <section className="committee" data-testid="committee-meeting">
      <h1>{m('meetingNo', { no: mt.no, year: mt.yearBe })}</h1>
      <p className="muted">
        {fmt.date(mt.heldOn)} {mt.startTime ?? ''} · {[mt.place, mt.online].filter(Boolean).join(' · ')}
      </p>
      <p>
        <a href={`/api/committee/meetings/${mt.id}/follow-up.docx`} data-testid="paper-follow-up">
          {m('paperFollowUp')}
        </a>
        {' · '}
        <a href={`/api/committee/meetings/${mt.id}/minutes-draft.docx`} data-testid="paper-minutes">
          {m('paperMinutes')}
        </a>
      </p>
      {mt.attendees.length > 0 && (
        <details>
          <summary>{m('attendees')}</summary>
          <ol>
            {mt.attendees.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ol>
        </details>
      )}
      <h2>{m('agenda')}</h2>
      {mt.agenda.map((item) => (
        <article key={item.id} className="card agenda-item" data-testid={`agenda-${item.no}`}>
          <h3>
            {m('agendaNo', { no: item.no })} {AGENDA_LABEL[item.kind]}
          </h3>
          <p>{item.title}</p>
          {item.summary && <p className="muted">{item.summary}</p>}
          {item.resolutions.length === 0 && <p className="muted">{m('noResolution')}</p>}
          {item.resolutions.map((r) => (
            <div key={r.id} className="resolution" data-testid={`resolution-${r.id}`}>
              <p>
                <strong>{m('resolution')}</strong> ({RESOLUTION_LABEL[r.kind]}) {r.text}
              </p>
              {r.suggestions.length > 0 && (
                <ol>
                  {r.suggestions.map((s) => (
                    <li key={s.no}>{s.text}</li>
                  ))}
                </ol>
              )}
              {r.assignments.map((a) => (
                <AssignmentCard key={a.id} a={a} onChange={meeting.reload} />
              ))}
            </div>
          ))}
          {user?.role === 'admin' && <ResolutionForm agendaItemId={item.id} onSaved={meeting.reload} />}
        </article>
      ))}
    </section>
  );
}
