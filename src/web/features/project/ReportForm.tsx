import { PROJECT_STATUSES, type ProjectStatus } from '../../../domain';
import type { ProjectDetail } from '../../../shared/api/plans';
import { currentPeriod } from '../../shared/format/periods';
import { useFormat } from '../../shared/format/useFormat';
import { useT } from '../../shared/i18n/useT';
import { Field } from '../../shared/ui/Field';
import { MonthPicker } from '../../shared/ui/MonthPicker';
import { ErrorNotice, Notice } from '../../shared/ui/Notice';
import { useReportForm, type ReportFields } from './useReportForm';

const FORM_FIELDS: (keyof ReportFields)[] = [
  'period',
  'status',
  'percent',
  'kpiActual',
  'spent',
  'problems',
  'nextSteps',
];

/** The monthly report (one per project and month; sending a month again replaces its report). */
export function ReportForm({ project, onSaved }: { project: ProjectDetail; onSaved: () => void }) {
  const { t } = useT();
  const fmt = useFormat();
  const { fields, set, errors, failure, saved, busy, submit } = useReportForm(project, onSaved);
  const otherErrors = Object.entries(errors)
    .filter(([field]) => !FORM_FIELDS.includes(field as keyof ReportFields))
    .flatMap(([, messages]) => messages);
  const thisYear = Number(currentPeriod().slice(0, 4));

  const text = (key: keyof ReportFields, label: string, hint?: string, testId?: string) => (
    <Field label={label} errors={errors[key]} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={key}
          inputMode="decimal"
          value={fields[key]}
          onChange={(e) => set(key, e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          data-testid={testId}
        />
      )}
    </Field>
  );
  const area = (key: 'problems' | 'nextSteps', label: string) => (
    <Field label={label} errors={errors[key]} wide>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          name={key}
          rows={3}
          value={fields[key]}
          onChange={(e) => set(key, e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          data-testid={`report-${key === 'problems' ? 'problems' : 'next-steps'}`}
        />
      )}
    </Field>
  );

  return (
    <section className="card">
      <h2>{t('report.formTitle')}</h2>
      <p className="muted">{t('report.formHint')}</p>
      <form className="report-form" data-testid="report-form" onSubmit={submit} noValidate>
        <div
          className={`field field--wide${errors.period ? ' field--invalid' : ''}`}
          data-testid="report-period"
        >
          <MonthPicker
            label={t('report.period')}
            value={fields.period}
            onChange={(period) => set('period', period)}
            minYear={project.fiscalYearFrom - 1}
            maxYear={Math.max(project.fiscalYearTo, thisYear)}
            invalid={Boolean(errors.period)}
          />
          {errors.period && (
            <small className="field__error" role="alert">
              {errors.period.join(' ')}
            </small>
          )}
        </div>
        <Field label={t('report.status')} errors={errors.status}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              name="status"
              value={fields.status}
              onChange={(e) => set('status', e.target.value as ProjectStatus)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              data-testid="report-status"
            >
              {PROJECT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {fmt.status(status)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('percent', t('report.percent'), t('report.percentHint'), 'report-percent')}
        {text('kpiActual', t('report.kpiActual'), project.kpiUnit ?? undefined, 'report-kpi-actual')}
        {text('spent', t('report.spentBaht'), undefined, 'report-spent')}
        {area('problems', t('report.problems'))}
        {area('nextSteps', t('report.nextSteps'))}
        <div className="report-form__footer field--wide">
          <ErrorNotice error={failure} testId="report-error" />
          {otherErrors.length > 0 && <Notice tone="error">{otherErrors.join(' ')}</Notice>}
          {saved && (
            <Notice tone="success" testId="report-success">
              {t('report.saved', { month: fmt.period(saved.period), status: fmt.status(saved.status) })}
            </Notice>
          )}
          <button
            type="submit"
            className="button button--primary"
            disabled={busy}
            data-testid="report-submit"
          >
            {busy ? t('common.saving') : t('report.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
