import { useMemo, useState } from 'react';
import type { UnitCloseResult, UnitView } from '../../../shared/api/units';
import { useApiData } from '../../shared/api/useApiData';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, Loading } from '../../shared/ui/Notice';
import { AdminOnly } from './AdminOnly';
import { AdminTable } from './AdminTable';
import { CloseUnitsDialog, type CloseRequest } from './CloseUnitsDialog';
import { adminMessages } from './messages';
import { UnitCreateForm } from './UnitCreateForm';
import { UnitRow } from './UnitRow';

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
      <AdminTable
        name="units"
        title={m('units.title')}
        filter={filter}
        onFilter={setFilter}
        done={done}
        columns={[
          { label: m('units.col.code') },
          { label: m('units.col.name') },
          { label: m('units.col.kind') },
          { label: m('units.col.status') },
          { label: m('units.col.projects'), num: true },
          { label: m('units.col.users'), num: true },
          { label: m('units.col.actions') },
        ]}
        empty={shown.length === 0}
        tools={
          <>
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
          </>
        }
      >
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
      </AdminTable>
      {closing && (
        <CloseUnitsDialog request={closing} units={list} onCancel={() => setClosing(null)} onDone={closed} />
      )}
    </>
  );
}
