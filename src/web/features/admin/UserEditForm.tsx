import { useState, type FormEvent } from 'react';
import type { UnitView } from '../../../shared/api/units';
import { UserUpdate, type UserView } from '../../../shared/api/users';
import { apiRequest } from '../../shared/api/client';
import { useApiForm } from '../../shared/forms/useApiForm';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, Notice } from '../../shared/ui/Notice';
import { FormActions } from './FormActions';
import { adminMessages } from './messages';
import { UserFields, type UserFieldValues } from './UserFields';

/** Edits one user; sends only what changed (a change of role, unit or active signs them out). */
export function UserEditForm({
  user,
  units,
  onSaved,
  onCancel,
}: {
  user: UserView;
  units: UnitView[];
  onSaved: (user: UserView) => void;
  onCancel: () => void;
}) {
  const m = useMessages(adminMessages);
  const form = useApiForm();
  const [values, setValues] = useState<UserFieldValues & { active: boolean }>({
    displayName: user.displayName,
    email: user.email ?? '',
    role: user.role,
    unitId: user.unit ? String(user.unit.id) : '',
    password: '',
    active: user.active,
  });
  const [unchanged, setUnchanged] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.setFailure(undefined);
    const email = values.email.trim() || null;
    const unitId = values.unitId ? Number(values.unitId) : null;
    const changes: Record<string, unknown> = {};
    if (values.displayName !== user.displayName) changes.displayName = values.displayName;
    if (email !== user.email) changes.email = email;
    if (values.role !== user.role) changes.role = values.role;
    if (unitId !== (user.unit?.id ?? null)) changes.unitId = unitId;
    if (values.active !== user.active) changes.active = values.active;
    if (values.password) changes.password = values.password;
    if (Object.keys(changes).length === 0) return setUnchanged(true);
    setUnchanged(false);
    const saved = await form.send(UserUpdate, changes, (body) =>
      apiRequest<UserView>(`/api/users/${user.id}`, { method: 'PATCH', body }),
    );
    if (saved) onSaved(saved);
  };

  return (
    <form className="admin-form" onSubmit={submit} noValidate data-testid="user-edit">
      <h3 className="admin-form__title">{m('user.editTitle', { username: user.username })}</h3>
      <UserFields
        values={values}
        set={(change) => setValues({ ...values, ...change })}
        errors={form.errors}
        units={units}
        currentUnitId={user.unit?.id ?? null}
        passwordLabel={m('user.newPassword')}
        testIdPrefix="user-edit"
      />
      <label className="admin-check">
        <input
          type="checkbox"
          checked={values.active}
          onChange={(e) => setValues({ ...values, active: e.target.checked })}
          data-testid="user-edit-active"
        />
        {m('user.active')}
      </label>
      <div className="admin-form__footer">
        {unchanged && <Notice>{m('user.nothingChanged')}</Notice>}
        <ErrorNotice error={form.failure} testId="user-edit-error" />
        <FormActions label={m('save')} busy={form.busy} onCancel={onCancel} testId="user-edit-save" />
      </div>
    </form>
  );
}
