import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { UnitCloseResult, UnitView } from '../../../shared/api/units';
import { apiRequest } from '../../shared/api/client';
import { useFormat } from '../../shared/format/useFormat';
import { useApiForm } from '../../shared/forms/useApiForm';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, Notice } from '../../shared/ui/Notice';
import { FormActions } from './FormActions';
import { adminMessages } from './messages';

export type CloseRequest = { mode: 'close'; unitId: number } | { mode: 'merge' };

const thai = new Intl.Collator('th');

/**
 * Close one unit into a successor, or merge several into one. The preview counts what will move from
 * the list the page holds; the server moves exactly what the database holds, in one transaction.
 */
export function CloseUnitsDialog({
  request,
  units,
  onCancel,
  onDone,
}: {
  request: CloseRequest;
  units: UnitView[];
  onCancel: () => void;
  onDone: (result: UnitCloseResult) => void;
}) {
  const m = useMessages(adminMessages);
  const fmt = useFormat();
  const dialog = useRef<HTMLDialogElement>(null);
  const active = units.filter((u) => u.status === 'active').sort((a, b) => thai.compare(a.name, b.name));
  const [picked, setPicked] = useState<number[]>(request.mode === 'close' ? [request.unitId] : []);
  const [successorId, setSuccessorId] = useState('');
  const [movePeople, setMovePeople] = useState(true);
  const { busy, failure, run, setFailure } = useApiForm();
  const [missing, setMissing] = useState<string>();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const chosen = units.filter((u) => picked.includes(u.id));
  const projects = chosen.reduce((sum, u) => sum + u.projectCount, 0);
  const users = movePeople ? chosen.reduce((sum, u) => sum + u.userCount, 0) : 0;
  const one = request.mode === 'close' ? units.find((u) => u.id === request.unitId) : undefined;
  const successors = active.filter((u) => !picked.includes(u.id));

  const toggle = (id: number, on: boolean) => {
    setPicked((ids) => (on ? [...ids, id] : ids.filter((other) => other !== id)));
    if (on && String(id) === successorId) setSuccessorId('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    if (picked.length === 0) return setMissing(m('close.needUnits'));
    if (!successorId) return setMissing(m('close.needSuccessor'));
    setMissing(undefined);
    const result = await run(() =>
      request.mode === 'close'
        ? apiRequest<UnitCloseResult>(`/api/units/${request.unitId}/close`, {
            method: 'POST',
            body: { successorId: Number(successorId), movePeople },
          })
        : apiRequest<UnitCloseResult>('/api/units/merge', {
            method: 'POST',
            body: { unitIds: picked, successorId: Number(successorId), movePeople },
          }),
    );
    if (result) onDone(result);
  };

  return (
    <dialog
      ref={dialog}
      className="admin-dialog"
      aria-labelledby="close-units-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      data-testid="unit-close-dialog"
    >
      <form onSubmit={submit} noValidate>
        <h2 id="close-units-title">
          {one ? m('close.titleOne', { name: one.name }) : m('close.titleMerge')}
        </h2>
        <p className="muted">{one ? m('close.introOne') : m('close.introMerge')}</p>
        {request.mode === 'merge' && (
          <fieldset className="admin-pick">
            <legend>{m('close.pick')}</legend>
            <div className="admin-pick__list">
              {active.map((unit) => (
                <label key={unit.id} className="admin-check">
                  <input
                    type="checkbox"
                    checked={picked.includes(unit.id)}
                    onChange={(e) => toggle(unit.id, e.target.checked)}
                    data-testid={`unit-merge-pick-${unit.id}`}
                  />
                  {unit.name}{' '}
                  <span className="muted">
                    (
                    {m('close.counts', {
                      projects: fmt.digits(unit.projectCount),
                      users: fmt.digits(unit.userCount),
                    })}
                    )
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <div className="field">
          <label htmlFor="unit-successor">{m('close.successor')}</label>
          <select
            id="unit-successor"
            value={successorId}
            onChange={(e) => setSuccessorId(e.target.value)}
            data-testid="unit-successor"
          >
            <option value="">{m('close.choose')}</option>
            {successors.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name} ({unit.code})
              </option>
            ))}
          </select>
        </div>
        <label className="admin-check">
          <input
            type="checkbox"
            checked={movePeople}
            onChange={(e) => setMovePeople(e.target.checked)}
            data-testid="unit-move-people"
          />
          {m('close.movePeople')}
        </label>
        <Notice tone="warning" testId="unit-close-preview">
          {m('close.preview', { projects: fmt.digits(projects), users: fmt.digits(users) })}
        </Notice>
        {missing && <Notice tone="error">{missing}</Notice>}
        <ErrorNotice error={failure} testId="unit-close-error" />
        <FormActions
          label={busy ? m('close.busy') : one ? m('close.confirmOne') : m('close.confirmMerge')}
          busy={busy}
          onCancel={onCancel}
          testId="unit-close-confirm"
        />
      </form>
    </dialog>
  );
}
