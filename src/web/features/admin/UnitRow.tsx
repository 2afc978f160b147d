import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { UNIT_KINDS, type UnitView } from '../../../shared/api/units';
import { apiRequest } from '../../shared/api/client';
import { bangkokDateTime } from '../../shared/format/format';
import { useFormat } from '../../shared/format/useFormat';
import { useApiForm } from '../../shared/forms/useApiForm';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice } from '../../shared/ui/Notice';
import { adminMessages } from './messages';

/** One unit in the units table: its names, status and counts; renamed or re-kinded in place. */
export function UnitRow({
  unit,
  onSaved,
  onClose,
}: {
  unit: UnitView;
  onSaved: (unit: UnitView) => void;
  onClose: () => void;
}) {
  const m = useMessages(adminMessages);
  const fmt = useFormat();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(unit.name);
  const [kind, setKind] = useState(unit.kind);
  const { busy, failure, run, setFailure } = useApiForm();
  const day = (timestamp: string) => fmt.date(bangkokDateTime(timestamp).date);

  const startEditing = () => {
    setName(unit.name);
    setKind(unit.kind);
    setFailure(undefined);
    setEditing(true);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const body: Record<string, string> = {};
    if (name.trim() !== unit.name) body.name = name;
    if (kind !== unit.kind) body.kind = kind;
    if (Object.keys(body).length === 0) return setEditing(false);
    const saved = await run(() => apiRequest<UnitView>(`/api/units/${unit.id}`, { method: 'PATCH', body }));
    if (!saved) return;
    setEditing(false);
    onSaved(saved);
  };

  return (
    <tr className={unit.status === 'closed' ? 'is-closed' : undefined} data-testid={`unit-row-${unit.id}`}>
      <td className="code">{unit.code}</td>
      <td>
        {editing ? (
          <form id={`unit-edit-${unit.id}`} onSubmit={save} className="admin-inline-form">
            <input
              aria-label={m('units.col.name')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              data-testid={`unit-name-input-${unit.id}`}
            />
            <ErrorNotice error={failure} />
          </form>
        ) : (
          <>
            <span className="admin-unit-name">{unit.name}</span>
            {unit.formerNames.length > 0 && (
              <ul className="admin-former">
                {unit.formerNames.map((former) => (
                  <li key={former.validTo}>
                    {m('units.former', { name: former.name, date: day(former.validTo) })}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </td>
      <td>
        {editing ? (
          <select
            form={`unit-edit-${unit.id}`}
            aria-label={m('units.col.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as UnitView['kind'])}
          >
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {m(`kind.${k}`)}
              </option>
            ))}
          </select>
        ) : (
          m(`kind.${unit.kind}`)
        )}
      </td>
      <td>
        {unit.status === 'active' ? (
          <span className="admin-status admin-status--on">{m('units.active')}</span>
        ) : (
          <>
            <span className="admin-status admin-status--off">{m('units.closed')}</span>
            {unit.successor && <div>{m('units.closedInto', { name: unit.successor.name })}</div>}
            {unit.closedAt && (
              <div className="muted">{m('units.closedOn', { date: day(unit.closedAt) })}</div>
            )}
          </>
        )}
      </td>
      <td className="num">{fmt.digits(unit.projectCount)}</td>
      <td className="num">{fmt.digits(unit.userCount)}</td>
      <td className="admin-actions">
        {editing ? (
          <>
            <button
              key="save"
              type="submit"
              form={`unit-edit-${unit.id}`}
              className="button button--primary"
              disabled={busy}
              data-testid={`unit-rename-save-${unit.id}`}
            >
              {m('save')}
            </button>
            <button
              key="cancel"
              type="button"
              className="button button--quiet"
              onClick={() => setEditing(false)}
            >
              {m('cancel')}
            </button>
          </>
        ) : (
          <>
            <button
              key="edit"
              type="button"
              className="button"
              onClick={startEditing}
              data-testid={`unit-rename-${unit.id}`}
            >
              {m('units.rename')}
            </button>
            {unit.status === 'active' && (
              <button
                type="button"
                className="button"
                onClick={onClose}
                data-testid={`unit-close-${unit.id}`}
              >
                {m('units.close')}
              </button>
            )}
            <Link to={`/admin/audit?entity=org_unit&entityId=${unit.id}`} className="admin-history-link">
              {m('units.history')}
            </Link>
          </>
        )}
      </td>
    </tr>
  );
}
