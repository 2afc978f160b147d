import { useState, type FormEvent } from 'react';
import type { UnitView } from '../../../shared/api/units';
import { UserCreate, type UserView } from '../../../shared/api/users';
import { ApiError, apiRequest } from '../../shared/api/client';
import { schemaFieldErrors, serverFieldErrors, type FieldErrors } from '../../shared/forms/fieldErrors';
import { useMessages } from '../../shared/i18n/useMessages';
import { useT } from '../../shared/i18n/useT';
import { Field } from '../../shared/ui/Field';
import { ErrorNotice } from '../../shared/ui/Notice';
import { adminMessages } from './messages';
import { UserFields, type UserFieldValues } from './UserFields';

const EMPTY: UserFieldValues & { username: string } = {
  username: '',
  displayName: '',
  email: '',
  role: 'focal_point',
  unitId: '',
  password: '',
};

export function UserCreateForm({
  units,
  onCreated,
}: {
  units: UnitView[];
  onCreated: (user: UserView) => void;
}) {
  const m = useMessages(adminMessages);
  const { lang } = useT();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const parsed = UserCreate.safeParse({
      ...values,
      email: values.email.trim() || null,
      unitId: values.unitId ? Number(values.unitId) : null,
    });
    if (!parsed.success) return setErrors(schemaFieldErrors(parsed.error.issues, lang));
    setErrors({});
    setBusy(true);
    try {
      const user = await apiRequest<UserView>('/api/users', { method: 'POST', body: parsed.data });
      setValues(EMPTY);
      onCreated(user);
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setFailure(cause);
      setErrors(serverFieldErrors(cause.issues, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="card admin-create">
      <summary>
        <h2>{m('user.createTitle')}</h2>
      </summary>
      <form className="admin-form" onSubmit={submit} noValidate data-testid="user-create">
        <Field label={m('user.username')} errors={errors.username}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              autoComplete="off"
              value={values.username}
              onChange={(e) => setValues({ ...values, username: e.target.value })}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              data-testid="user-create-username"
            />
          )}
        </Field>
        <UserFields
          values={values}
          set={(change) => setValues({ ...values, ...change })}
          errors={errors}
          units={units}
          passwordLabel={m('user.password')}
          testIdPrefix="user-create"
        />
        <div className="admin-form__footer">
          <ErrorNotice error={failure} testId="user-create-error" />
          <button
            type="submit"
            className="button button--primary"
            disabled={busy}
            data-testid="user-create-submit"
          >
            {m('user.create')}
          </button>
        </div>
      </form>
    </details>
  );
}
