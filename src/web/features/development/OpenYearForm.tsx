import { useState } from 'react';
import type { YearsView } from '../../../shared/api/development';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice } from '../../shared/ui/Notice';
import { cycleMessages } from './cycle-messages';
import { useAction } from './useAction';
import { ThaiDateInput } from '../../shared/dates/ThaiDateInput';

/** The institute opens a fiscal year: form name, submission deadline, the HRD plan it classifies against. */
export function OpenYearForm(props: { fiscalYear: number; plans: YearsView['hrdPlans']; done: () => void }) {
  const m = useMessages(cycleMessages);
  const [formName, setFormName] = useState(`HRD ${String(props.fiscalYear).slice(2)}`);
  const [deadline, setDeadline] = useState('');
  const [hrdPlan, setHrdPlan] = useState(props.plans[0]?.code ?? '');
  const { send, error, busy } = useAction(props.done);
  return (
    <form
      className="cycle-form"
      data-testid="open-year"
      onSubmit={(e) => {
        e.preventDefault();
        void send('/api/development/years', {
          method: 'POST',
          body: { fiscalYear: props.fiscalYear, formName, submissionDeadline: deadline, hrdPlan },
        });
      }}
    >
      <h2>{m('openYear')}</h2>
      <label>
        {m('formName')}
        <input value={formName} onChange={(e) => setFormName(e.target.value)} data-testid="open-form-name" />
      </label>
      <ThaiDateInput
        label={m('deadline')}
        value={deadline}
        onChange={setDeadline}
        required
        testId="open-deadline"
      />
      <label>
        {m('hrdPlan')}
        <select value={hrdPlan} onChange={(e) => setHrdPlan(e.target.value)} data-testid="open-hrd-plan">
          {props.plans.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code} {p.name}
            </option>
          ))}
        </select>
      </label>
      <ErrorNotice error={error} testId="open-error" />
      <button type="submit" disabled={busy} data-testid="open-submit">
        {m('open')}
      </button>
    </form>
  );
}
