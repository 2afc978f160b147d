import { useState } from 'react';
import { Link } from 'react-router';
import { MeetingCreate, type MeetingSummary } from '../../../shared/api/committee';
import { apiRequest } from '../../shared/api/client';
import { useApiData } from '../../shared/api/useApiData';
import { useApiForm } from '../../shared/forms/useApiForm';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { useSession } from '../../shared/session/useSession';
import { ErrorNotice, Loading } from '../../shared/ui/Notice';
import { committeeMessages } from './messages';
import './committee.css';

/** The committee's meetings, newest first; the secretariat records a new one here. */
export function MeetingsPage() {
  const m = useMessages(committeeMessages);
  const fmt = useFormat();
  const { user } = useSession();
  const list = useApiData<MeetingSummary[]>('/api/committee/meetings');
  if (list.error && !list.data) return <ErrorNotice error={list.error} />;
  if (!list.data) return <Loading />;
  return (
    <section className="committee" data-testid="committee-meetings">
      <h1>{m('meetings')}</h1>
      <p className="muted">{m('meetingsIntro')}</p>
      <ul className="committee-list">
        {list.data.map((meeting) => (
          <li key={meeting.id} className="card" data-testid={`meeting-${meeting.no}-${meeting.yearBe}`}>
            <Link to={`/committee/meetings/${meeting.id}`}>
              {m('meetingNo', { no: meeting.no, year: meeting.yearBe })}
            </Link>{' '}
            · {fmt.date(meeting.heldOn)}
            <div className="muted">
              {[meeting.place, meeting.online].filter(Boolean).join(' · ')} ·{' '}
              {m('resolutions', { n: meeting.resolutions })}
              {meeting.openAssignments > 0 && ` · ${m('openItems', { n: meeting.openAssignments })}`}
            </div>
          </li>
        ))}
      </ul>
      {user?.role === 'admin' && <NewMeetingForm onSaved={list.reload} />}
    </section>
  );
}

function NewMeetingForm({ onSaved }: { onSaved: () => void }) {
  const m = useMessages(committeeMessages);
  const form = useApiForm();
  const [v, setV] = useState({ no: '', yearBe: '', heldOn: '', place: '', online: '' });
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [key]: e.target.value });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = {
      no: v.no,
      yearBe: v.yearBe,
      heldOn: v.heldOn,
      place: v.place || null,
      online: v.online || null,
      agenda: [],
    };
    const saved = await form.send(MeetingCreate, input, (body) =>
      apiRequest('/api/committee/meetings', { method: 'POST', body }),
    );
    if (saved) {
      setV({ no: '', yearBe: '', heldOn: '', place: '', online: '' });
      onSaved();
    }
  };
  const err = (key: string) => form.errors[key]?.join(' ');
  return (
    <form className="card committee-form" onSubmit={submit} data-testid="meeting-form">
      <h2>{m('newMeeting')}</h2>
      <ErrorNotice error={form.failure} />
      {(['no', 'yearBe', 'heldOn', 'place', 'online'] as const).map((key) => (
        <label key={key}>
          {m(key === 'yearBe' ? 'year' : key)}
          <input
            type={key === 'heldOn' ? 'date' : 'text'}
            value={v[key]}
            onChange={set(key)}
            data-testid={`meeting-${key}`}
          />
          {err(key) && <span className="field-error">{err(key)}</span>}
        </label>
      ))}
      <button type="submit" disabled={form.busy} data-testid="meeting-save">
        {m('save')}
      </button>
    </form>
  );
}
