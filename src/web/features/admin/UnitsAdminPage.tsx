import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { UNIT_KINDS, type UnitCloseResult, type UnitView } from '../../../shared/api/units';
import { ApiError, apiRequest } from '../../shared/api/client';
import { useApiData } from '../../shared/api/useApiData';
import { bangkokDateTime } from '../../shared/format/format';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, Loading, Notice, TableScroll } from '../../shared/ui/Notice';
import { AdminOnly } from './AdminOnly';
import { CloseUnitsDialog, type CloseRequest } from './CloseUnitsDialog';
import { adminMessages } from './messages';
import { UnitCreateForm } from './UnitCreateForm';

const thai = new Intl.Collator('th');

/** Units: add, rename, change kind, close into a successor, merge several. */
export function UnitsAdminPage() {
  const m = useMessages(adminMessages);
  return (
    <AdminOnly title={m('units.title')} intro={m('units.intro')} testId="units-admin">
      <UnitsAdmin />
    </AdminOnly>
  );
}

function UnitsAdmin() {
  const m = useMessages(adminMessages);
  const fmt = useFormat();
  const units = useApiData<UnitView[]>('/api/units');
  const [filter, setFilter] = useState('');
  const [showClosed, setShowClosed] = useState(true);
  const [closing, setClosing] = useState<CloseRequest | null>(null);
  const [done, setDone] = useState<string>();

  const list = useMemo(() => units.data ?? [], [units.data]);
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return list
      .filter((u) => showClosed || u.status === 'active')
      .filter(
        (u) =>
          !needle ||
          [u.code, u.name, ...u.formerNames.map((n) => n.name)].some((text) =>
            text.toLowerCase().includes(needle),
          ),
      )
      .sort((a, b) =>
        a.status === b.status ? thai.compare(a.name, b.name) : a.status === 'active' ? -1 : 1,
      );
  }, [list, filter, showClosed]);

  if (units.error && !units.data) return <ErrorNotice error={units.error} />;
  if (!units.data) return <Loading />;

  const closed = (result: UnitCloseResult) => {
    setClosing(null);
    setDone(
      m('close.done', {
        units: result.closed.map((u) => u.name).join(', '),
        projects: fmt.digits(result.movedProjects),
        users: fmt.digits(result.movedUsers),
        successor: result.successor.name,
      }),
    );
    units.reload();
  };

  return (
    <>
      <UnitCreateForm
        onCreated={(unit) => {
          setDone(m('create.unitDone', { name: unit.name }));
          units.reload();
        }}
      />
      <div className="toolbar">
        <label className="inline-field">
          {m('filter')}
          <input
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            data-testid="units-filter"
          />
        </label>
        <label className="admin-check">
          <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.target.checked)} />
          {m('units.showClosed')}
        </label>
        <button
          type="button"
          className="button"
          onClick={() => {
            setDone(undefined);
            setClosing({ mode: 'merge' });
          }}
          data-testid="unit-merge"
        >
          {m('units.merge')}
        </button>
      </div>
      {done && (
        <Notice tone="success" testId="units-done">
          {done}
        </Notice>
      )}
      <TableScroll label={m('units.title')}>
        <table className="data-table admin-table" data-testid="units-table">
          <thead>
            <tr>
              <th scope="col">{m('units.col.code')}</th>
              <th scope="col">{m('units.col.name')}</th>
              <th scope="col">{m('units.col.kind')}</th>
              <th scope="col">{m('units.col.status')}</th>
              <th scope="col" className="num">
                {m('units.col.projects')}
              </th>
              <th scope="col" className="num">
                {m('units.col.users')}
              </th>
              <th scope="col">{m('units.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((unit) => (
              <UnitRow
                key={unit.id}
                unit={unit}
                onSaved={(saved) => {
                  setDone(m('units.saved', { name: saved.name }));
                  units.reload();
                }}
                onClose={() => {
                  setDone(undefined);
                  setClosing({ mode: 'close', unitId: unit.id });
                }}
              />
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={7} className="muted">
                  {m('none')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
      {closing && (
        <CloseUnitsDialog request={closing} units={list} onCancel={() => setClosing(null)} onDone={closed} />
      )}
    </>
  );
}

function UnitRow({
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
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  const day = (timestamp: string) => fmt.date(bangkokDateTime(timestamp).date);

  const startEditing = () => {
    setName(unit.name);
    setKind(unit.kind);
    setFailure(undefined);
    setEditing(true);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      const body: Record<string, string> = {};
      if (name.trim() !== unit.name) body.name = name;
      if (kind !== unit.kind) body.kind = kind;
      if (Object.keys(body).length === 0) return setEditing(false);
      const saved = await apiRequest<UnitView>(`/api/units/${unit.id}`, { method: 'PATCH', body });
      setEditing(false);
      onSaved(saved);
    } catch (cause) {
      if (cause instanceof ApiError) setFailure(cause);
      else throw cause;
    } finally {
      setBusy(false);
    }
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
