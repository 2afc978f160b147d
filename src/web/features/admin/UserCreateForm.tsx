import { useState } from 'react';
import type { UnitView } from '../../../shared/api/units';
import { UserCreate, type UserView } from '../../../shared/api/users';
import { apiRequest } from '../../shared/api/client';
import { useApiForm } from '../../shared/forms/useApiForm';
import { useMessages } from '../../shared/i18n/useMessages';
import { TextField } from '../../shared/ui/InputField';
import { CreateCard } from './CreateCard';
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
  const form = useApiForm();
  const [values, setValues] = useState(EMPTY);

  const submit = async () => {
    const input = {
      ...values,
      email: values.email.trim() || null,
      unitId: values.unitId ? Number(values.unitId) : null,
    };
    const user = await form.send(UserCreate, input, (body) =>
      apiRequest<UserView>('/api/users', { method: 'POST', body }),
    );
    if (!user) return;
    setValues(EMPTY);
    onCreated(user);
  };

  return (
    <CreateCard
      title={m('user.createTitle')}
      submitLabel={m('user.create')}
      onSubmit={submit}
      busy={form.busy}
      failure={form.failure}
      testId="user-create"
      errorTestId="user-create-error"
    >
      <TextField
        label={m('user.username')}
        errors={form.errors.username}
        autoComplete="off"
        value={values.username}
        onChange={(username) => setValues({ ...values, username })}
        testId="user-create-username"
      />
      <UserFields
        values={values}
        set={(change) => setValues({ ...values, ...change })}
        errors={form.errors}
        units={units}
        passwordLabel={m('user.password')}
        testIdPrefix="user-create"
      />
    </CreateCard>
  );
}
