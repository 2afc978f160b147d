import { useState } from 'react';
import { ApiError, apiRequest } from '../../shared/api/client';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, Notice } from '../../shared/ui/Notice';
import { cohortMessages } from './cohort-messages';
import { ThaiDateInput } from '../../shared/dates/ThaiDateInput';

interface Component {
  code: string;
  name: string;
  weight: string;
}

/** Opens a cohort: code, name, course, fiscal year, dates, components with weights (sum shown), pass mark. */
export function CohortCreateForm({ onCreated }: { onCreated: () => void }) {
  const m = useMessages(cohortMessages);
  const [form, setForm] = useState({
    code: '',
    name: '',
    course: 'หลักสูตรผู้ช่วยผู้อำนวยการเขต',
    fiscalYear: '2568',
    passMark: '',
  });
  const [from, setFrom] = useState('2024-10-01');
  const [to, setTo] = useState('2024-12-27');
  const [components, setComponents] = useState<Component[]>([
    { code: 'exam', name: 'สอบวัดความรู้ ความสามารถ ทักษะ และสมรรถนะ', weight: '60' },
    { code: 'proposal', name: 'โครงร่างข้อเสนอการพัฒนางาน', weight: '40' },
  ]);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState(false);
  const sum = components.reduce((s, c) => s + (Number(c.weight) || 0), 0);
  const text = (k: keyof typeof form) => ({
    value: form[k],
    onChange: (ev: { target: { value: string } }) => setForm({ ...form, [k]: ev.target.value }),
  });
  const setComponent = (i: number, change: Partial<Component>) =>
    setComponents(components.map((c, j) => (j === i ? { ...c, ...change } : c)));
  const submit = async () => {
    setError(undefined);
    setDone(false);
    try {
      await apiRequest('/api/careers/cohorts', {
        method: 'POST',
        body: {
          code: form.code,
          name: form.name,
          course: form.course,
          fiscalYear: Number(form.fiscalYear),
          startsOn: from,
          endsOn: to,
          components: components.map((c) => ({ code: c.code, name: c.name, weight: Number(c.weight) })),
          passMark: form.passMark === '' ? null : Number(form.passMark),
        },
      });
      setDone(true);
      onCreated();
    } catch (cause) {
      if (cause instanceof ApiError) setError(cause);
      else throw cause;
    }
  };
  return (
    <form
      className="card"
      data-testid="cohort-create"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{m('create')}</h2>
      <label className="threshold">
        {m('code')} <input {...text('code')} data-testid="cohort-code" required />
      </label>
      <label className="threshold">
        {m('name')} <input {...text('name')} data-testid="cohort-name" required />
      </label>
      <label className="threshold">
        {m('course')} <input {...text('course')} required />
      </label>
      <label className="threshold">
        {m('fiscalYear', { year: '' })} <input type="number" {...text('fiscalYear')} />
      </label>
      <ThaiDateInput value={from} onChange={setFrom} label={m('startsOn')} testId="cohort-starts" />
      <ThaiDateInput value={to} onChange={setTo} label={m('endsOn')} testId="cohort-ends" />
      <fieldset>
        <legend>{m('components')}</legend>
        {components.map((c, i) => (
          <div key={i} className="figures">
            <input
              aria-label={m('componentCode')}
              value={c.code}
              onChange={(e) => setComponent(i, { code: e.target.value })}
              size={10}
            />
            <input
              aria-label={m('componentName')}
              value={c.name}
              onChange={(e) => setComponent(i, { name: e.target.value })}
            />
            <input
              aria-label={m('weight')}
              type="number"
              value={c.weight}
              onChange={(e) => setComponent(i, { weight: e.target.value })}
            />
          </div>
        ))}
        <button
          type="button"
          onClick={() => setComponents([...components, { code: '', name: '', weight: '' }])}
        >
          {m('addComponent')}
        </button>{' '}
        <span className={sum === 100 ? 'met' : 'not-met'} data-testid="cohort-weight-sum">
          {m('weightSum', { sum })}
        </span>
      </fieldset>
      <label className="threshold">
        {m('passMark')} <input type="number" step="0.01" {...text('passMark')} />
      </label>
      <button type="submit">{m('save')}</button>
      <ErrorNotice error={error} />
      {done && <Notice tone="success">{m('created')}</Notice>}
    </form>
  );
}
