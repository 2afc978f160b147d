import { useState } from 'react';
import {
  RESOLUTION_KINDS,
  RETURN_KINDS,
  type ResolutionKind,
  type ReturnKind,
} from '../../../domain/committee';
import { ResolutionCreate } from '../../../shared/api/committee';
import type { UnitView } from '../../../shared/api/units';
import { apiRequest } from '../../shared/api/client';
import { useApiData } from '../../shared/api/useApiData';
import { useApiForm } from '../../shared/forms/useApiForm';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice } from '../../shared/ui/Notice';
import { RESOLUTION_LABEL, RETURN_LABEL } from './labels';
import { committeeMessages } from './messages';
import { ThaiDateInput } from '../../shared/dates/ThaiDateInput';

const EMPTY = {
  kind: 'assign' as ResolutionKind,
  text: '',
  suggestions: '',
  unitId: '',
  returnKind: 'report_for_information' as ReturnKind,
  dueDate: '',
};

/** The secretariat records a resolution under an agenda item, with suggestions and (optionally) one unit. */
export function ResolutionForm({ agendaItemId, onSaved }: { agendaItemId: number; onSaved: () => void }) {
  const m = useMessages(committeeMessages);
  const form = useApiForm();
  const units = useApiData<UnitView[]>('/api/units');
  const [open, setOpen] = useState(false);
  const [v, setV] = useState(EMPTY);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)} data-testid={`add-resolution-${agendaItemId}`}>
        {m('recordResolution')}
      </button>
    );
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = {
      kind: v.kind,
      text: v.text,
      suggestions: v.suggestions
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
      assignments: v.unitId
        ? [
            {
              unitId: v.unitId,
              returnKind: v.returnKind,
              dueDate: v.dueDate || null,
              dueNextMeeting: !v.dueDate,
            },
          ]
        : [],
    };
    const saved = await form.send(ResolutionCreate, input, (body) =>
      apiRequest(`/api/committee/agenda-items/${agendaItemId}/resolutions`, { method: 'POST', body }),
    );
    if (saved) {
      setV(EMPTY);
      setOpen(false);
      onSaved();
    }
  };
  return (
    <form className="committee-form" onSubmit={submit} data-testid="resolution-form">
      <ErrorNotice error={form.failure} />
      <label>
        {m('resolution')}
        <select value={v.kind} onChange={(e) => setV({ ...v, kind: e.target.value as ResolutionKind })}>
          {RESOLUTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {RESOLUTION_LABEL[k]}
            </option>
          ))}
        </select>
      </label>
      <textarea
        value={v.text}
        onChange={(e) => setV({ ...v, text: e.target.value })}
        data-testid="resolution-text"
      />
      <label>
        {m('suggestions')}
        <textarea value={v.suggestions} onChange={(e) => setV({ ...v, suggestions: e.target.value })} />
      </label>
      <label>
        {m('assignUnit')}
        <select
          value={v.unitId}
          onChange={(e) => setV({ ...v, unitId: e.target.value })}
          data-testid="resolution-unit"
        >
          <option value="">{m('noUnit')}</option>
          {(units.data ?? [])
            .filter((u) => u.status === 'active')
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
        </select>
      </label>
      <label>
        {m('returnKind')}
        <select
          value={v.returnKind}
          onChange={(e) => setV({ ...v, returnKind: e.target.value as ReturnKind })}
        >
          {RETURN_KINDS.map((k) => (
            <option key={k} value={k}>
              {RETURN_LABEL[k]}
            </option>
          ))}
        </select>
      </label>
      <ThaiDateInput
        label={`${m('dueNext')} — ${m('dueDate')}`}
        value={v.dueDate}
        onChange={(dueDate) => setV({ ...v, dueDate })}
        testId="resolution-due-date"
      />
      <button type="submit" disabled={form.busy} data-testid="resolution-save">
        {m('recordResolution')}
      </button>
    </form>
  );
}
