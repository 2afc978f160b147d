import { useState } from 'react';
import {
  AssignmentClose,
  ProgressCreate,
  type AssignmentDetail,
  type AssignmentView,
  type MeetingSummary,
} from '../../../shared/api/committee';
import { apiRequest } from '../../shared/api/client';
import { useApiData } from '../../shared/api/useApiData';
import { useApiForm } from '../../shared/forms/useApiForm';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { useSession } from '../../shared/session/useSession';
import { ErrorNotice } from '../../shared/ui/Notice';
import { ACCEPT, AttachMore, checkChosen, FileList, filesForm } from './AssignmentFiles';
import { RETURN_LABEL, STATE_LABEL } from './labels';
import { committeeMessages } from './messages';

/** One assignment: its unit, what comes back by when, its state; its progress and the forms when opened. */
export function AssignmentCard({ a, onChange }: { a: AssignmentView; onChange: () => void }) {
  const m = useMessages(committeeMessages);
  const fmt = useFormat();
  const [open, setOpen] = useState(false);
  const stateClass = a.state === 'closed' ? 'closed' : a.overdue ? 'overdue' : '';
  return (
    <div className="assignment" data-testid={`assignment-${a.id}`}>
      <button type="button" className="link" onClick={() => setOpen(!open)} aria-expanded={open}>
        {a.unit.name}
      </button>{' '}
      <span className={`state ${stateClass}`} data-testid="assignment-state">
        {STATE_LABEL[a.state]}
      </span>{' '}
      <span className="muted">
        {RETURN_LABEL[a.returnKind]} ·{' '}
        {a.dueNextMeeting && !a.dueOn ? m('dueNextShort') : m('due', { date: fmt.date(a.dueOn ?? '') })}
        {a.overdue && ` · ${m('overdue', { n: a.daysLate })}`}
        {a.closedAt && ` · ${m('closedAt', { no: a.closedAt.no, year: a.closedAt.yearBe })}`}
      </span>
      {open && <AssignmentDetailPanel id={a.id} onChange={onChange} />}
    </div>
  );
}

function AssignmentDetailPanel({ id, onChange }: { id: number; onChange: () => void }) {
  const m = useMessages(committeeMessages);
  const fmt = useFormat();
  const { user } = useSession();
  const detail = useApiData<AssignmentDetail>(`/api/committee/assignments/${id}`);
  if (!detail.data) return <ErrorNotice error={detail.error} />;
  const a = detail.data;
  const changed = () => {
    detail.reload();
    onChange();
  };
  const mayReport = a.state !== 'closed' && user?.role !== 'viewer' && user?.unit?.id === a.unit.id;
  return (
    <div className="assignment-detail">
      <h4>{m('progress')}</h4>
      <ol data-testid="progress-list">
        {a.progress.map((p) => (
          <li key={p.id}>
            {fmt.date(p.at.slice(0, 10))} · {p.author}: {p.text}
            {p.proposesClosing && ` (${m('propose')})`}
            <FileList files={a.attachments.filter((f) => f.progressId === p.id)} onChanged={changed} />
          </li>
        ))}
      </ol>
      {mayReport && <ProgressForm a={a} onSaved={changed} />}
      {mayReport && <AttachMore a={a} onSaved={changed} />}
      {user?.role === 'admin' && a.state === 'closing_proposed' && <CloseForm a={a} onSaved={changed} />}
    </div>
  );
}

function ProgressForm({ a, onSaved }: { a: AssignmentDetail; onSaved: () => void }) {
  const m = useMessages(committeeMessages);
  const form = useApiForm();
  const [text, setText] = useState('');
  const [propose, setPropose] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [local, setLocal] = useState<string | null>(null);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const refusal = checkChosen(files, 0, m);
    setLocal(refusal);
    if (refusal) return;
    const input = { text, proposesClosing: propose, version: a.version };
    // With files, the report and its files go together (multipart): one transaction on the server.
    const saved = await form.send(ProgressCreate, input, (body) =>
      files.length === 0
        ? apiRequest(`/api/committee/assignments/${a.id}/progress`, { method: 'POST', body })
        : apiRequest(`/api/committee/assignments/${a.id}/attachments`, {
            method: 'POST',
            body: filesForm(files, {
              text: body.text,
              proposesClosing: String(body.proposesClosing),
              version: String(body.version),
            }),
          }),
    );
    if (saved) {
      setText('');
      setFiles([]);
      onSaved();
    }
  };
  return (
    <form className="committee-form" onSubmit={submit}>
      <ErrorNotice error={form.failure} />
      <label>
        {m('report')}
        <textarea value={text} onChange={(e) => setText(e.target.value)} data-testid="progress-text" />
      </label>
      <label>
        <input
          type="checkbox"
          checked={propose}
          onChange={(e) => setPropose(e.target.checked)}
          data-testid="progress-propose"
        />{' '}
        {m('propose')}
      </label>
      <label>
        {m('files')}
        <input
          type="file"
          multiple
          accept={ACCEPT}
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
          data-testid="progress-files"
        />
      </label>
      <small className="muted">{m('filesHint')}</small>
      {local && (
        <p role="alert" className="error">
          {local}
        </p>
      )}
      <button type="submit" disabled={form.busy} data-testid="progress-send">
        {m('send')}
      </button>
    </form>
  );
}

function CloseForm({ a, onSaved }: { a: AssignmentDetail; onSaved: () => void }) {
  const m = useMessages(committeeMessages);
  const form = useApiForm();
  const meetings = useApiData<MeetingSummary[]>('/api/committee/meetings');
  const later = (meetings.data ?? []).filter((x) => x.heldOn > a.meeting.heldOn);
  const [meetingId, setMeetingId] = useState('');
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = { meetingId: meetingId || later[0]?.id, version: a.version };
    const saved = await form.send(AssignmentClose, input, (body) =>
      apiRequest(`/api/committee/assignments/${a.id}/close`, { method: 'POST', body }),
    );
    if (saved) onSaved();
  };
  return (
    <form className="committee-form" onSubmit={submit}>
      <ErrorNotice error={form.failure} />
      <label>
        {m('close')}
        <select value={meetingId} onChange={(e) => setMeetingId(e.target.value)} data-testid="close-meeting">
          {later.map((x) => (
            <option key={x.id} value={x.id}>
              {m('meetingNo', { no: x.no, year: x.yearBe })}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={form.busy} data-testid="close-send">
        {m('closeButton')}
      </button>
    </form>
  );
}
