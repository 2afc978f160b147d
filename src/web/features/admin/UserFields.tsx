import type { UnitView } from '../../../shared/api/units';
import { ROLES, type Role } from '../../../shared/limits';
import type { FieldErrors } from '../../shared/forms/fieldErrors';
import type { MessageKey } from '../../shared/i18n/dictionary.th';
import { useMessages } from '../../shared/i18n/useMessages';
import { useT } from '../../shared/i18n/useT';
import { SelectField, TextField } from '../../shared/ui/InputField';
import { adminMessages } from './messages';

const thai = new Intl.Collator('th');

export interface UserFieldValues {
  displayName: string;
  email: string;
  role: Role;
  unitId: string;
  password: string;
}

/** The fields a user form shares between adding and editing. */
export function UserFields({
  values,
  set,
  errors,
  units,
  currentUnitId,
  passwordLabel,
  testIdPrefix,
}: {
  values: UserFieldValues;
  set: (change: Partial<UserFieldValues>) => void;
  errors: FieldErrors;
  units: UnitView[];
  /** A unit the user already has stays selectable even when it is closed. */
  currentUnitId?: number | null;
  passwordLabel: string;
  testIdPrefix: string;
}) {
  const m = useMessages(adminMessages);
  const { t } = useT();
  const choices = units
    .filter((u) => u.status === 'active' || u.id === currentUnitId)
    .sort((a, b) => thai.compare(a.name, b.name));
  // Each field's errors, value and setter by its name (the role select offers only ROLES).
  const field = (key: keyof UserFieldValues) => ({
    errors: errors[key],
    value: values[key],
    onChange: (value: string) => set({ [key]: value } as Partial<UserFieldValues>),
  });
  return (
    <>
      <TextField
        label={m('user.displayName')}
        {...field('displayName')}
        testId={`${testIdPrefix}-display-name`}
      />
      <TextField label={m('user.email')} type="email" {...field('email')} testId={`${testIdPrefix}-email`} />
      <SelectField label={m('user.role')} {...field('role')} testId={`${testIdPrefix}-role`}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`role.${role}` as MessageKey)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={m('user.unit')}
        hint={m('user.unitHint')}
        {...field('unitId')}
        testId={`${testIdPrefix}-unit`}
      >
        <option value="">{m('user.noUnit')}</option>
        {choices.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={passwordLabel}
        type="password"
        autoComplete="new-password"
        {...field('password')}
        testId={`${testIdPrefix}-password`}
      />
    </>
  );
}
