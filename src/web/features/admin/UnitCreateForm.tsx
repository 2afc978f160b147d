import { useState, type FormEvent } from 'react';
import { UNIT_KINDS, UnitCreate, type UnitView } from '../../../shared/api/units';
import { ApiError, apiRequest } from '../../shared/api/client';
import { schemaFieldErrors, serverFieldErrors, type FieldErrors } from '../../shared/forms/fieldErrors';
import { useMessages } from '../../shared/i18n/useMessages';
import { useT } from '../../shared/i18n/useT';
import { Field } from '../../shared/ui/Field';
import { ErrorNotice } from '../../shared/ui/Notice';
import { adminMessages } from './messages';

const EMPTY = { code: '', name: '', kind: 'office' as UnitView['kind'] };

export function UnitCreateForm({ onCreated }: { onCreated: (unit: UnitView) => void }) {
  const m = useMessages(adminMessages);
  const { lang } = useT();
  const [fields, setFields] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const parsed = UnitCreate.safeParse(fields);
    if (!parsed.success) return setErrors(schemaFieldErrors(parsed.error.issues, lang));
    setErrors({});
    setBusy(true);
    try {
      const unit = await apiRequest<UnitView>('/api/units', { method: 'POST', body: parsed.data });
      setFields(EMPTY);
      onCreated(unit);
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
        <h2>{m('create.unitTitle')}</h2>
      </summary>
      <form className="admin-form" onSubmit={submit} noValidate data-testid="unit-create">
        <Field label={m('create.code')} errors={errors.code}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              value={fields.code}
              onChange={(e) => setFields({ ...fields, code: e.target.value })}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              data-testid="unit-create-code"
            />
          )}
        </Field>
        <Field label={m('create.name')} errors={errors.name}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              value={fields.name}
              onChange={(e) => setFields({ ...fields, name: e.target.value })}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              data-testid="unit-create-name"
            />
          )}
        </Field>
        <Field label={m('create.kind')} errors={errors.kind}>
          {({ id, describedBy }) => (
            <select
              id={id}
              value={fields.kind}
              onChange={(e) => setFields({ ...fields, kind: e.target.value as UnitView['kind'] })}
              aria-describedby={describedBy}
            >
              {UNIT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {m(`kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="admin-form__footer">
          <ErrorNotice error={failure} />
          <button
            type="submit"
            className="button button--primary"
            disabled={busy}
            data-testid="unit-create-submit"
          >
            {m('create.unitSubmit')}
          </button>
        </div>
      </form>
    </details>
  );
}
