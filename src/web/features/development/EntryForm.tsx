import { useState } from 'react';
import { ENTRY_MODES, type EntryView } from '../../../shared/api/development';
import { ThaiDateInput } from '../../shared/dates/ThaiDateInput';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice } from '../../shared/ui/Notice';
import { entryMessages } from './entries-messages';
import { useAction } from './useAction';

/** Enters a person's own outside learning, or edits a pending one (with the version it read). */
export function EntryForm(props: { entry?: EntryView; done: () => void; cancel: () => void }) {
  const m = useMessages(entryMessages);
  const e = props.entry;
  const [v, setV] = useState({
    activity: e?.activity ?? '',
    startDate: e?.startDate ?? '',
    endDate: e?.endDate ?? '',
    days: String(e?.days ?? ''),
    mode: e?.mode ?? 'social',
    provider: e?.provider ?? '',
    note: e?.note ?? '',
  });
  const [digital, setDigital] = useState(e?.digital ?? false);
  const { send, error, busy } = useAction(props.done);
  const set = (k: keyof typeof v) => (ev: { target: { value: string } }) =>
    setV({ ...v, [k]: ev.target.value });
  const text = (k: keyof typeof v, label: string, type = 'text') => (
    <label>
      {label}
      <input type={type} value={v[k]} onChange={set(k)} data-testid={`entry-${k}`} />
    </label>
  );
  const date = (k: 'startDate' | 'endDate', label: string) => (
    <ThaiDateInput
      value={v[k]}
      onChange={(iso) => setV((old) => ({ ...old, [k]: iso }))}
      label={label}
      testId={`entry-${k}`}
      required
    />
  );
  return (
    <form
      className="cycle-form"
      data-testid="entry-form"
      onSubmit={(ev) => {
        ev.preventDefault();
        void send(e ? `/api/development/me/entries/${e.id}` : '/api/development/me/entries', {
          method: e ? 'PATCH' : 'POST',
          body: {
            ...v,
            days: Number(v.days),
            provider: v.provider || null,
            note: v.note || null,
            digital,
            ...(e ? { version: e.version } : {}),
          },
        });
      }}
    >
      {text('activity', m('activity'))}
      {date('startDate', m('start'))}
      {date('endDate', m('end'))}
      {text('days', m('days'), 'number')}
      <label>
        {m('mode')}
        <select value={v.mode} onChange={set('mode')} data-testid="entry-mode">
          {ENTRY_MODES.map((k) => (
            <option key={k} value={k}>
              {m(k)}
            </option>
          ))}
        </select>
      </label>
      {text('provider', m('provider'))}
      {text('note', m('note'))}
      <label>
        <input type="checkbox" checked={digital} onChange={(ev) => setDigital(ev.target.checked)} />{' '}
        {m('digital')}
      </label>
      <ErrorNotice error={error} testId="entry-error" />
      <div className="development-tools">
        <button type="submit" disabled={busy} data-testid="entry-save">
          {m('save')}
        </button>
        <button type="button" onClick={props.cancel}>
          {m('cancel')}
        </button>
      </div>
    </form>
  );
}
