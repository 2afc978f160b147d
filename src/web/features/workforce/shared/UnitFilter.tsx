import type { UnitView } from '../../../../shared/api/units';
import { useApiData } from '../../../shared/api/useApiData';
import { useMessages } from '../../../shared/i18n/useMessages';
import { useSession } from '../../../shared/session/useSession';
import { wfMessages } from './messages';

/** Roles whose workforce figures cover every unit, so a unit is theirs to choose (workforce-policy.ts). */
const CHOOSE_ANY_UNIT = new Set(['admin', 'viewer']);

/**
 * The unit a workforce page is scoped to. The central office and the committee pick one unit or all of them;
 * an agency's focal point or approver sees their own unit named, since the server scopes them to it anyway.
 * `value` is a unit code ('' = every unit), kept in the page's address by the caller.
 */
export function UnitFilter({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const w = useMessages(wfMessages);
  const { user } = useSession();
  const mayChoose = !!user && CHOOSE_ANY_UNIT.has(user.role);
  const { data: units } = useApiData<UnitView[]>(mayChoose ? '/api/units' : null);
  if (!user) return null;
  if (!mayChoose) {
    return user.unit ? (
      <p className="wf-control" data-testid="wf-unit-fixed">
        <span>{w('unit')}</span> <strong>{user.unit.name}</strong>
      </p>
    ) : null;
  }
  const active = (units ?? []).filter((u) => u.status === 'active' || u.code === value);
  return (
    <label className="wf-control">
      <span>{w('unit')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="wf-unit">
        <option value="">{w('allUnits')}</option>
        {active.map((u) => (
          <option key={u.id} value={u.code}>
            {u.name}
          </option>
        ))}
      </select>
    </label>
  );
}
