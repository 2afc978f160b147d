import { useState } from 'react';
import {
  ACTIVITY_TYPES,
  BUDGET_SOURCES,
  type ProjectView,
  type YearsView,
} from '../../../shared/api/development';
import { ThaiDateInput } from '../../shared/dates/ThaiDateInput';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice } from '../../shared/ui/Notice';
import { cycleMessages } from './cycle-messages';
import { useAction } from './useAction';

type Strategy = YearsView['hrdPlans'][number]['strategies'][number];

/** Adds a project to the agency's submission, or changes one (with the version it read). */
export function ProjectForm(props: {
  url: string;
  method: 'POST' | 'PATCH';
  project?: ProjectView;
  strategies: Strategy[];
  done: () => void;
  cancel: () => void;
}) {
  const m = useMessages(cycleMessages);
  const p = props.project;
  const [v, setV] = useState({
    projectCode: p?.projectCode ?? '',
    projectName: p?.projectName ?? '',
    strategyNo: p?.strategyNo ?? props.strategies[0]?.no ?? '',
    activityType: p?.activityType ?? 'training',
    participants: String(p?.participants ?? ''),
    budget: String(p?.budget ?? '0'),
    budgetSource: p?.budgetSource ?? 'ordinance',
    startDate: p?.startDate ?? '',
    endDate: p?.endDate ?? '',
  });
  const { send, error, busy } = useAction(props.done);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const text = (k: keyof typeof v, label: string, type = 'text') => (
    <label>
      {label}
      <input type={type} value={v[k]} onChange={set(k)} data-testid={`project-${k}`} />
    </label>
  );
  // Optional: a project may be planned before its dates are known.
  const date = (k: 'startDate' | 'endDate', label: string) => (
    <ThaiDateInput
      value={v[k]}
      onChange={(iso) => setV((old) => ({ ...old, [k]: iso }))}
      label={label}
      testId={`project-${k}`}
    />
  );
  return (
    <form
      className="cycle-form"
      data-testid="project-form"
      onSubmit={(e) => {
        e.preventDefault();
        void send(props.url, {
          method: props.method,
          body: {
            ...v,
            participants: Number(v.participants),
            startDate: v.startDate || null,
            endDate: v.endDate || null,
            ...(p ? { version: p.version } : {}),
          },
        });
      }}
    >
      {text('projectCode', m('code'))}
      {text('projectName', m('name'))}
      <label>
        {m('strategy')}
        <select value={v.strategyNo} onChange={set('strategyNo')} data-testid="project-strategyNo">
          {props.strategies.map((s) => (
            <option key={s.no} value={s.no}>
              {s.no}. {s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m('activity')}
        <select value={v.activityType} onChange={set('activityType')} data-testid="project-activityType">
          {ACTIVITY_TYPES.map((a) => (
            <option key={a} value={a}>
              {m(`activity_${a}`)}
            </option>
          ))}
        </select>
      </label>
      {text('participants', m('participants'), 'number')}
      <label>
        {m('source')}
        <select value={v.budgetSource} onChange={set('budgetSource')} data-testid="project-budgetSource">
          {BUDGET_SOURCES.map((s) => (
            <option key={s} value={s}>
              {m(`source_${s}`)}
            </option>
          ))}
        </select>
      </label>
      {text('budget', m('budget'))}
      {date('startDate', m('start'))}
      {date('endDate', m('end'))}
      <ErrorNotice error={error} testId="project-error" />
      <div className="development-tools">
        <button type="submit" disabled={busy} data-testid="project-save">
          {m('save')}
        </button>
        <button type="button" onClick={props.cancel}>
          {m('cancel')}
        </button>
      </div>
    </form>
  );
}
