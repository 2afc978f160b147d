import { useState, type FormEvent } from 'react';
import type { UnitView } from '../../../shared/api/units';
import { UserUpdate, type UserView } from '../../../shared/api/users';
import { ApiError, apiRequest } from '../../shared/api/client';
import { schemaFieldErrors, serverFieldErrors, type FieldErrors } from '../../shared/forms/fieldErrors';
import { useMessages } from '../../shared/i18n/useMessages';
import { useT } from '../../shared/i18n/useT';
import { ErrorNotice, Notice } from '../../shared/ui/Notice';
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
  const { lang } = useT();
  const [values, setValues] = useState<UserFieldValues & { active: boolean }>({
    displayName: user.displayName,
    email: user.email ?? '',
    role: user.role,
    unitId: user.unit ? String(user.unit.id) : '',
    password: '',
    active: user.active,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError>();
  const [unchanged, setUnchanged] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
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
    const parsed = UserUpdate.safeParse(changes);
    if (!parsed.success) return setErrors(schemaFieldErrors(parsed.error.issues, lang));
    setErrors({});
    setBusy(true);
    try {
      onSaved(await apiRequest<UserView>(`/api/users/${user.id}`, { method: 'PATCH', body: parsed.data }));
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setFailure(cause);
      setErrors(serverFieldErrors(cause.issues, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="admin-form" onSubmit={submit} noValidate data-testid="user-edit">
      <h3 className="admin-form__title">{m('user.editTitle', { username: user.username })}</h3>
      <UserFields
        values={values}
        set={(change) => setValues({ ...values, ...change })}
        errors={errors}
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
        <ErrorNotice error={failure} testId="user-edit-error" />
        <div className="admin-dialog__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={busy}
            data-testid="user-edit-save"
          >
            {m('save')}
          </button>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {m('cancel')}
          </button>
        </div>
      </div>
    </form>
  );
}
