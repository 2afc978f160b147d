import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  milestoneProblems,
  PRIORITIES,
  PRIORITY_LABEL_EN,
  PRIORITY_LABEL_TH,
} from '../../../../domain/monitoring/action-plan';
import { YearPlanUpdate, type ActionPlanProject } from '../../../../shared/api/monitoring/action-plan';
import { ApiError, apiRequest } from '../../../shared/api/client';
import { schemaFieldErrors, serverFieldErrors, type FieldErrors } from '../../../shared/forms/fieldErrors';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { useT } from '../../../shared/i18n/useT';
import { Field } from '../../../shared/ui/Field';
import { ErrorNotice, Notice } from '../../../shared/ui/Notice';
import { shortMonth } from '../key-results';
import { apMessages } from './messages';

const orNull = (text: string) => (text.trim() === '' ? null : text.trim().replace(/,/g, ''));

/** The central office edits one project's plan for the year: priority, budgets and monthly milestones. */
export function YearPlanEditor({
  project,
  fiscalYear,
  onSaved,
  onReload,
  onCancel,
}: {
  project: ActionPlanProject;
  fiscalYear: number;
  onSaved: () => void;
  onReload: () => void;
  onCancel: () => void;
}) {
  const m = useMessages(apMessages);
  const { lang } = useT();
  const fmt = useFormat();
  const [priority, setPriority] = useState(String(project.yearPlan?.priority ?? ''));
  const [requested, setRequested] = useState(project.yearPlan?.budgetRequested ?? '');
  const [allocated, setAllocated] = useState(project.yearPlan?.budgetAllocated ?? '');
  const [milestones, setMilestones] = useState(() => project.months.map((month) => month.milestone ?? ''));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError>();
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const body = {
      version: project.yearPlan?.version ?? null,
      priority: priority === '' ? null : Number(priority),
      budgetRequested: orNull(requested),
      budgetAllocated: orNull(allocated),
      milestones: project.months
        .map((month, i) => ({ period: month.period, plannedPercent: (milestones[i] ?? '').trim() }))
        .filter((x) => x.plannedPercent !== ''),
    };
    const parsed = YearPlanUpdate.safeParse(body);
    const found: FieldErrors = parsed.success ? {} : schemaFieldErrors(parsed.error.issues, lang);
    if (parsed.success) {
      for (const p of milestoneProblems(fiscalYear, body.milestones)) (found.milestones ??= []).push(p[lang]);
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await apiRequest(`/api/projects/${project.id}/action-plan/${fiscalYear}`, { method: 'PATCH', body });
      onSaved();
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 409) {
        setConflict(true);
        onReload();
      } else if (cause instanceof ApiError) {
        setErrors(serverFieldErrors(cause.issues, lang));
        setFailure(cause);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="kr-panel ap-editor no-print" onSubmit={submit} noValidate data-testid="ap-editor">
      <h3 ref={heading} tabIndex={-1}>
        {m('editTitle', { code: project.code, year: fmt.digits(fiscalYear) })}
      </h3>
      <p className="kr-panel__what">{project.name}</p>
      {conflict && <Notice tone="warning">{m('conflict')}</Notice>}
      <ErrorNotice error={failure} />
      <div className="kr-form__grid">
        <Field label={m('fieldPriority')} errors={errors.priority}>
          {({ id, describedBy }) => (
            <select
              id={id}
              value={priority}
              aria-describedby={describedBy}
              onChange={(e) => setPriority(e.target.value)}
              data-testid="ap-field-priority"
            >
              <option value="">{m('priorityNone')}</option>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {p} {(lang === 'th' ? PRIORITY_LABEL_TH : PRIORITY_LABEL_EN)[p]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={m('fieldRequested')} errors={errors.budgetRequested}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              inputMode="decimal"
              value={requested}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => setRequested(e.target.value)}
              data-testid="ap-field-requested"
            />
          )}
        </Field>
        <Field label={m('fieldAllocated')} errors={errors.budgetAllocated}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              inputMode="decimal"
              value={allocated}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => setAllocated(e.target.value)}
              data-testid="ap-field-allocated"
            />
          )}
        </Field>
      </div>
      <fieldset className="ap-milestones">
        <legend>{m('milestonesTitle')}</legend>
        <p className="muted">{m('milestonesHint')}</p>
        <div className="ap-milestones__grid">
          {project.months.map((month, i) => {
            const on = project.bar !== null && i >= project.bar.from && i <= project.bar.to;
            return (
              <label key={month.period} className={on ? 'is-on' : undefined}>
                <span>{shortMonth(fmt, month.period)}</span>
                <input
                  inputMode="decimal"
                  value={milestones[i] ?? ''}
                  onChange={(e) =>
                    setMilestones((list) => list.map((value, j) => (j === i ? e.target.value : value)))
                  }
                  data-testid={`ap-milestone-${month.period}`}
                />
              </label>
            );
          })}
        </div>
        {errors.milestones && (
          <p className="field__error" role="alert">
            {errors.milestones.join(' ')}
          </p>
        )}
      </fieldset>
      <div className="kr-panel__buttons">
        <button type="submit" className="button button--primary" disabled={saving} data-testid="ap-save">
          {m('save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {m('cancel')}
        </button>
      </div>
    </form>
  );
}
