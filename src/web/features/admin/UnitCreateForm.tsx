import { useState } from 'react';
import { UNIT_KINDS, UnitCreate, type UnitView } from '../../../shared/api/units';
import { apiRequest } from '../../shared/api/client';
import { useApiForm } from '../../shared/forms/useApiForm';
import { useMessages } from '../../shared/i18n/useMessages';
import { SelectField, TextField } from '../../shared/ui/InputField';
import { CreateCard } from './CreateCard';
import { adminMessages } from './messages';

const EMPTY = { code: '', name: '', kind: 'office' as UnitView['kind'] };

export function UnitCreateForm({ onCreated }: { onCreated: (unit: UnitView) => void }) {
  const m = useMessages(adminMessages);
  const form = useApiForm();
  const [fields, setFields] = useState(EMPTY);

  const submit = async () => {
    const unit = await form.send(UnitCreate, fields, (body) =>
      apiRequest<UnitView>('/api/units', { method: 'POST', body }),
    );
    if (!unit) return;
    setFields(EMPTY);
    onCreated(unit);
  };

  return (
    <CreateCard
      title={m('create.unitTitle')}
      submitLabel={m('create.unitSubmit')}
      onSubmit={submit}
      busy={form.busy}
      failure={form.failure}
      testId="unit-create"
    >
      <TextField
        label={m('create.code')}
        errors={form.errors.code}
        value={fields.code}
        onChange={(code) => setFields({ ...fields, code })}
        testId="unit-create-code"
      />
      <TextField
        label={m('create.name')}
        errors={form.errors.name}
        value={fields.name}
        onChange={(name) => setFields({ ...fields, name })}
        testId="unit-create-name"
      />
      <SelectField
        label={m('create.kind')}
        errors={form.errors.kind}
        value={fields.kind}
        onChange={(kind) => setFields({ ...fields, kind: kind as UnitView['kind'] })}
      >
        {UNIT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {m(`kind.${kind}`)}
          </option>
        ))}
      </SelectField>
    </CreateCard>
  );
}
