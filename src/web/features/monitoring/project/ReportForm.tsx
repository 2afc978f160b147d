import { PROJECT_STATUSES, type ProjectStatus } from '../../../../domain/monitoring';
import type { ReportingMonthView } from '../../../../shared/api/monitoring/months';
import type { ProjectDetail } from '../../../../shared/api/monitoring/plans';
import { useApiData } from '../../../shared/api/useApiData';
import { bangkokDateTime } from '../../../shared/format/format';
import { currentPeriod } from '../../../shared/format/periods';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { pick, useT } from '../../../shared/i18n/useT';
import { useSession } from '../../../shared/session/useSession';
import { Field } from '../../../shared/ui/Field';
import { MonthPicker } from '../../../shared/ui/MonthPicker';
import { Loading, Notice } from '../../../shared/ui/Notice';
import { checkStatusPercent, percentFromTyped } from '../../../../domain/monitoring/status-percent';
import { projectMessages } from './messages';
import { ReportStateBadge } from '../shared/ReportStateBadge';
import { latestWorkableMonth, monthWindowFor, type MonthWindowInfo } from './reportingWindow';
import { currentReportOf, fallbackPeriod, useReportForm, type ReportFields } from './useReportForm';
import { reportIsReadOnly, SentReportNotice } from './SentReportNotice';
import { lastMonthAccepted, monthBefore } from './lastMonth';
import { checkSpentAgainstBudget } from '../../../../domain/monitoring/budget-check';
import { parseDecimal } from '../../../../domain';
import { EvidenceSection } from '../shared/EvidenceSection';

const FORM_FIELDS: (keyof ReportFields)[] = [
  'period',
  'status',
  'percent',
  'kpiActual',
  'spent',
  'problems',
  'nextSteps',
];

/**
 * The monthly report: saved as a draft or submitted to the agency approver. Every save is a new
 * version of the project-month report; the form opens on the latest month the unit may work on.
 */
export function ReportForm({ project, onSaved }: { project: ProjectDetail; onSaved: () => void }) {
  const months = useApiData<ReportingMonthView[]>('/api/reporting-months');
  const unitId = useSession().user?.unit?.id ?? null;
  // Without the months (an old server, a failed request) the form still works, on the old default.
  if (!months.data && !months.error) return <Loading />;
  const today = bangkokDateTime(new Date()).date;
  const list = months.data ?? [];
  const initialPeriod = latestWorkableMonth(list, unitId, today) ?? fallbackPeriod(project);
  return (
    <ReportFormBody
      project={project}
      months={months.data}
      unitId={unitId}
      today={today}
      initialPeriod={initialPeriod}
      onSaved={onSaved}
    />
  );
}

function ReportFormBody({
  project,
  months,
  unitId,
  today,
  initialPeriod,
  onSaved,
}: {
  project: ProjectDetail;
  months: ReportingMonthView[] | undefined;
  unitId: number | null;
  today: string;
  initialPeriod: string;
  onSaved: () => void;
}) {
  const { t, lang } = useT();
  const m = useMessages(projectMessages);
  const fmt = useFormat();
  const isAdmin = useSession().user?.role === 'admin';
  const { fields, set, errors, failure, saved, busy, submit } = useReportForm(
    project,
    initialPeriod,
    onSaved,
  );
  const otherErrors = Object.entries(errors)
    .filter(([field]) => !FORM_FIELDS.includes(field as keyof ReportFields))
    .flatMap(([, messages]) => messages);
  const thisYear = Number(currentPeriod().slice(0, 4));
  const current = currentReportOf(project, fields.period);
  // A sent report is shown read-only with why and what comes next (issue 14 item 5): the server would refuse.
  const readOnly = reportIsReadOnly(current, isAdmin);
  const monthWindow = months ? monthWindowFor(months, fields.period, unitId, today) : null;
  const refused = failure && (failure.status === 403 || failure.status === 409);
  // In progress at 0 % or 100 % is allowed but probably a slip (decision 0009): said beside the field.
  const typedPercent = percentFromTyped(fields.percent);
  const note = typeof typedPercent === 'number' ? checkStatusPercent(fields.status, typedPercent) : null;
  const percentWarning = note?.level === 'warning' ? pick(note, lang) : undefined;
  // Last month's accepted values beside each field, and spending above the budget (issue 14, item 7): the
  // same domain check as the server's flag; a warning, the report is still sent (docs/decisions/0020).
  const previousMonth = monthBefore(fields.period);
  const last = lastMonthAccepted(project, fields.period);
  const lastHint = (value: string | null | undefined) =>
    last ? m('lastMonth.value', { value: value ?? '–' }) : undefined;
  const hints = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ') || undefined;
  const typedSpent = parseDecimal(fields.spent.trim()) ?? null;
  const budgetCheck = checkSpentAgainstBudget(typedSpent, project.budget);

  const text = (key: keyof ReportFields, label: string, hint?: string, testId?: string) => (
    <Field label={label} errors={errors[key]} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={key}
          inputMode="decimal"
          value={fields[key]}
          onChange={(e) => set(key, e.target.value)}
          readOnly={readOnly}
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
          readOnly={readOnly}
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
      <p className="muted">{isAdmin ? m('form.hintAdmin') : m('form.hint')}</p>
      {/* The buttons stay focusable while sending and once the report is sent (aria-disabled, refused here):
          focus stays on the pressed button and the result is announced in the live region below. */}
      <form
        className="report-form"
        data-testid="report-form"
        onSubmit={(event) => (busy !== null || readOnly ? event.preventDefault() : submit(event))}
        noValidate
      >
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
          {monthWindow && !isAdmin && <MonthWindowLine info={monthWindow} />}
        </div>

        <div className="report-current field--wide" aria-live="polite">
          <p className="report-current__line">
            <strong>{m('current.title', { month: fmt.period(fields.period) })}:</strong>{' '}
            {current ? (
              <ReportStateBadge state={current.state} testId="report-state" />
            ) : (
              <span className="muted" data-testid="report-state" data-state="none">
                {m('current.none')}
              </span>
            )}
          </p>
          {current?.state === 'returned' && current.reviewComment && (
            <div className="report-comment" data-testid="report-comment">
              <strong>{m('current.comment')}</strong>
              <p>{current.reviewComment}</p>
            </div>
          )}
          {current && readOnly && <SentReportNotice report={current} />}
          {current && (current.state === 'draft' || current.state === 'returned') && (
            <p className="muted">{m('current.loaded')}</p>
          )}
        </div>

        {previousMonth && (
          <p className="report-last-month field--wide" data-testid="report-last-month">
            {last
              ? m('lastMonth.title', { month: fmt.period(previousMonth) })
              : m('lastMonth.none', { month: fmt.period(previousMonth) })}
          </p>
        )}
        <Field
          label={t('report.status')}
          errors={errors.status}
          hint={lastHint(last ? fmt.status(last.status) : null)}
        >
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              name="status"
              value={fields.status}
              onChange={(e) => set('status', e.target.value as ProjectStatus)}
              disabled={readOnly}
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
        {text(
          'percent',
          t('report.percent'),
          hints(
            percentWarning ?? t('report.percentHint'),
            lastHint(last?.percent && fmt.number(last.percent)),
          ),
          'report-percent',
        )}
        {text(
          'kpiActual',
          t('report.kpiActual'),
          hints(project.kpiUnit ?? undefined, lastHint(last?.kpiActual && fmt.number(last.kpiActual, 4))),
          'report-kpi-actual',
        )}
        {text('spent', t('report.spentBaht'), lastHint(last?.spent && fmt.baht(last.spent)), 'report-spent')}
        {budgetCheck.over && project.budget !== null && typedSpent !== null && (
          <div className="field--wide">
            <Notice tone="warning" testId="report-over-budget">
              {m('budget.over', {
                spent: fmt.baht(typedSpent),
                budget: fmt.baht(project.budget),
                excess: fmt.baht(budgetCheck.excess!),
              })}
            </Notice>
          </div>
        )}
        {area('problems', t('report.problems'))}
        {area('nextSteps', t('report.nextSteps'))}
        <div className="report-form__footer field--wide">
          {failure && (
            <Notice tone="error" testId="report-error">
              {refused && <strong>{m('form.refused')} </strong>}
              {pick(failure.bilingual, lang)}
            </Notice>
          )}
          {otherErrors.length > 0 && <Notice tone="error">{otherErrors.join(' ')}</Notice>}
          <div role="status" aria-live="polite" data-testid="report-live">
            {saved && (
              <p className="notice notice--success" data-testid="report-success">
                {m(
                  saved.state === 'draft'
                    ? 'form.savedDraft'
                    : saved.state === 'accepted'
                      ? 'form.savedAccepted'
                      : 'form.savedSubmitted',
                  { month: fmt.period(saved.period) },
                )}
              </p>
            )}
          </div>
          <div className="report-form__buttons">
            {!isAdmin && (
              <button
                type="submit"
                name="action"
                value="save"
                className="button"
                aria-disabled={busy !== null || readOnly || undefined}
                data-testid="report-save"
              >
                {busy === 'save' ? m('form.saving') : m('form.save')}
              </button>
            )}
            <button
              type="submit"
              name="action"
              value="submit"
              className="button button--primary"
              aria-disabled={busy !== null || readOnly || undefined}
              data-testid="report-submit"
            >
              {busy === 'submit' ? m('form.sending') : isAdmin ? m('form.submitAdmin') : m('form.submit')}
            </button>
          </div>
        </div>
      </form>
      {/* The month's evidence (issue 14, item 8): its own requests, outside the report's form. */}
      <EvidenceSection
        key={fields.period}
        url={`/api/projects/${project.id}/attachments`}
        query={{ period: fields.period }}
        intro={t('evidence.reportIntro', { month: fmt.period(fields.period) })}
        refresh={current ? `${current.id}-${current.state}` : 'none'}
      />
    </section>
  );
}

/** "กำหนดส่ง 5 กรกฎาคม 2566 · ไม่ปิดรับอัตโนมัติ", or why the month cannot be reported now. */
function MonthWindowLine({ info }: { info: MonthWindowInfo }) {
  const m = useMessages(projectMessages);
  const fmt = useFormat();
  if (!info.open) {
    return (
      <small className="report-window report-window--closed" data-testid="report-window" data-open="false">
        {m('window.notOpen')}
      </small>
    );
  }
  const parts = [
    m('window.deadline', { date: fmt.date(info.deadline) }),
    info.lockDate === null ? m('window.neverLocks') : m('window.lockDate', { date: fmt.date(info.lockDate) }),
  ];
  return (
    <small
      className={`report-window${info.locked ? ' report-window--closed' : ''}`}
      data-testid="report-window"
      data-open={!info.locked}
    >
      {parts.join(' · ')}
      {info.locked && (
        <>
          <br />
          {m('window.locked')}
        </>
      )}
      {info.exceptionUntil && (
        <>
          <br />
          {m('window.exception', { date: fmt.date(info.exceptionUntil) })}
        </>
      )}
    </small>
  );
}
