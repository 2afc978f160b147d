import type { UnitView } from '../../../shared/api/units';
import { ROLES, type Role } from '../../../shared/limits';
import type { FieldErrors } from '../../shared/forms/fieldErrors';
import type { MessageKey } from '../../shared/i18n/dictionary.th';
import { useMessages } from '../../shared/i18n/useMessages';
import { useT } from '../../shared/i18n/useT';
import { Field } from '../../shared/ui/Field';
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
  return (
    <>
      <Field label={m('user.displayName')} errors={errors.displayName}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            value={values.displayName}
            onChange={(e) => set({ displayName: e.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-testid={`${testIdPrefix}-display-name`}
          />
        )}
      </Field>
      <Field label={m('user.email')} errors={errors.email}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="email"
            value={values.email}
            onChange={(e) => set({ email: e.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-testid={`${testIdPrefix}-email`}
          />
        )}
      </Field>
      <Field label={m('user.role')} errors={errors.role}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            value={values.role}
            onChange={(e) => set({ role: e.target.value as Role })}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-testid={`${testIdPrefix}-role`}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={m('user.unit')} errors={errors.unitId} hint={m('user.unitHint')}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            value={values.unitId}
            onChange={(e) => set({ unitId: e.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-testid={`${testIdPrefix}-unit`}
          >
            <option value="">{m('user.noUnit')}</option>
            {choices.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={passwordLabel} errors={errors.password}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="password"
            autoComplete="new-password"
            value={values.password}
            onChange={(e) => set({ password: e.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-testid={`${testIdPrefix}-password`}
          />
        )}
      </Field>
    </>
  );
}
