import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  PROBLEM_CATEGORIES,
  PROBLEM_CATEGORY_LABEL,
  PROBLEM_SEVERITIES,
  PROBLEM_SEVERITY_LABEL,
  PROBLEM_STATUS_LABEL,
  PROBLEM_STATUSES,
  type ProblemStatus,
} from '../../../../domain/monitoring/attention-flags';
import { ProblemUpdate, type ProblemView } from '../../../../shared/api/monitoring/follow-up';
import type { UnitView } from '../../../../shared/api/units';
import { ApiError, apiRequest } from '../../../shared/api/client';
import { schemaFieldErrors, serverFieldErrors, type FieldErrors } from '../../../shared/forms/fieldErrors';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { pick, useT } from '../../../shared/i18n/useT';
import { Field } from '../../../shared/ui/Field';
import { ErrorNotice, Notice } from '../../../shared/ui/Notice';
import { problemsMessages } from './messages';
import { ThaiDateInput } from '../../../shared/dates/ThaiDateInput';
import { EvidenceSection } from '../shared/EvidenceSection';

interface Fields {
  category: string;
  severity: string;
  actionUnitId: string;
  actionBy: string;
  dueDate: string;
  status: ProblemStatus;
  resolution: string;
}

const fieldsOf = (p: ProblemView): Fields => ({
  category: p.category ?? '',
  severity: p.severity ?? '',
  actionUnitId: p.actionUnit ? String(p.actionUnit.id) : '',
  actionBy: p.actionBy ?? '',
  dueDate: p.dueDate ?? '',
  status: p.status,
  resolution: p.resolution ?? '',
});

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

const thaiOrder = new Intl.Collator('th');

interface Props {
  problem: ProblemView;
  units: UnitView[];
  /** The entry was saved: the list reloads. */
  onSaved: (saved: ProblemView) => void;
  /** Someone else saved first: the list reloads and the panel shows the latest. */
  onConflict: () => void;
  onClose: () => void;
  /** Set after a conflict, until the next save. */
  conflict: boolean;
}

/**
 * Follow-up of one register entry, beside the list. The central office edits every field; the owning
 * unit's focal point or approver status and resolution (the rest is shown, not editable).
 */
export function ProblemEditPanel({ problem, units, onSaved, onConflict, onClose, conflict }: Props) {
  const m = useMessages(problemsMessages);
  const { t, lang } = useT();
  const fmt = useFormat();
  const [fields, setFields] = useState<Fields>(() => fieldsOf(problem));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const centre = problem.abilities.update;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const set = (key: keyof Fields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const body: Record<string, unknown> = {
      version: problem.version,
      status: fields.status,
      resolution: orNull(fields.resolution),
    };
    if (centre) {
      body.category = orNull(fields.category);
      body.severity = orNull(fields.severity);
      body.actionUnitId = fields.actionUnitId ? Number(fields.actionUnitId) : null;
      body.actionBy = orNull(fields.actionBy);
      body.dueDate = orNull(fields.dueDate);
    }
    const parsed = ProblemUpdate.safeParse(body);
    if (!parsed.success) {
      setErrors(schemaFieldErrors(parsed.error.issues, lang));
      return;
    }
    if (fields.status === 'resolved' && orNull(fields.resolution) === null) {
      setErrors({ resolution: [m('field.resolutionHint')] });
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await apiRequest<ProblemView>(`/api/problems/${problem.id}`, {
        method: 'PATCH',
        body: parsed.data,
      });
      onSaved(saved);
    } catch (cause) {
      const error = cause instanceof ApiError ? cause : undefined;
      if (error?.status === 409) onConflict();
      else if (error?.status === 400 && error.issues.length > 0)
        setErrors(serverFieldErrors(error.issues, lang));
      else setFailure(error ?? new ApiError(0, 'internal', { th: String(cause), en: String(cause) }));
    } finally {
      setSaving(false);
    }
  };

  const sortedUnits = [...units].sort((a, b) => thaiOrder.compare(a.name, b.name));
  const none = <option value="">{m('field.none')}</option>;

  return (
    <aside
      id="problem-panel"
      className="problem-panel"
      role="dialog"
      aria-labelledby="problem-panel-title"
      data-testid="problem-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="problem-panel__head">
        <h2 id="problem-panel-title" ref={heading} tabIndex={-1}>
          {m('panel.title')}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={m('panel.close')}>
          ×
        </button>
      </div>
      <p className="problem-panel__project">
        <span className="code">{problem.project.code}</span> {problem.project.name}
        <br />
        <span className="muted">{fmt.period(problem.period)}</span>
      </p>
      <blockquote className="problem-panel__text">{problem.description}</blockquote>
      {conflict && <Notice tone="warning">{m('conflict')}</Notice>}
      <ErrorNotice error={failure} />
      <form onSubmit={submit} noValidate>
        {!centre && <p className="muted">{m('panel.centreOnly')}</p>}
        <Field label={m('field.category')} errors={errors.category}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={fields.category}
              disabled={!centre}
              onChange={(e) => set('category')(e.target.value)}
              data-testid="problem-field-category"
            >
              {none}
              {PROBLEM_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {pick(PROBLEM_CATEGORY_LABEL[c], lang)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={m('field.severity')} errors={errors.severity}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={fields.severity}
              disabled={!centre}
              onChange={(e) => set('severity')(e.target.value)}
              data-testid="problem-field-severity"
            >
              {none}
              {PROBLEM_SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {pick(PROBLEM_SEVERITY_LABEL[s], lang)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={m('field.actionUnit')} errors={errors.actionUnitId}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={fields.actionUnitId}
              disabled={!centre}
              onChange={(e) => set('actionUnitId')(e.target.value)}
              data-testid="problem-field-unit"
            >
              {none}
              {sortedUnits.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={m('field.actionBy')} hint={m('field.actionByHint')} errors={errors.actionBy}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={fields.actionBy}
              disabled={!centre}
              onChange={(e) => set('actionBy')(e.target.value)}
              data-testid="problem-field-action-by"
            />
          )}
        </Field>
        <ThaiDateInput
          label={m('field.dueDate')}
          errors={errors.dueDate}
          value={fields.dueDate}
          disabled={!centre}
          onChange={set('dueDate')}
          testId="problem-field-due"
        />
        <Field label={m('field.status')} errors={errors.status}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={fields.status}
              onChange={(e) => set('status')(e.target.value)}
              data-testid="problem-field-status"
            >
              {PROBLEM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {pick(PROBLEM_STATUS_LABEL[s], lang)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={m('field.resolution')} hint={m('field.resolutionHint')} errors={errors.resolution}>
          {({ id, describedBy, invalid }) => (
            <textarea
              id={id}
              rows={4}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={fields.resolution}
              onChange={(e) => set('resolution')(e.target.value)}
              data-testid="problem-field-resolution"
            />
          )}
        </Field>
        {errors[''] && <Notice tone="error">{errors['']!.join(' ')}</Notice>}
        <div className="problem-panel__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={saving}
            data-testid="problem-save"
          >
            {saving ? m('saving') : m('save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {m('cancel')}
          </button>
        </div>
      </form>
      {/* Its evidence (issue 14, item 8): changed by whoever reports its status, until it is closed. */}
      <EvidenceSection
        url={`/api/problems/${problem.id}/attachments`}
        intro={t('evidence.problemIntro')}
        refresh={problem.status}
        testId="problem-evidence"
      />
    </aside>
  );
}
