import { useState, type FormEvent } from 'react';
import { addMonths, formatPeriod, parsePeriod } from '../../../../domain';
import { defaultDeadline } from '../../../../domain/monitoring';
import { OpenMonthRequest, type ReportingMonthView } from '../../../../shared/api/monitoring/months';
import { ApiError, apiRequest } from '../../../shared/api/client';
import { schemaFieldErrors, serverFieldErrors, type FieldErrors } from '../../../shared/forms/fieldErrors';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { pick, useT } from '../../../shared/i18n/useT';
import { MonthPicker } from '../../../shared/ui/MonthPicker';
import { Notice } from '../../../shared/ui/Notice';
import { LockDaysField, parseLockDays, type LockDaysValue } from './LockDaysField';
import { monthsMessages } from './messages';
import { ThaiDateInput } from '../../../shared/dates/ThaiDateInput';

const deadlineOf = (period: string) => {
  const p = parsePeriod(period);
  return p ? defaultDeadline(p) : '';
};

/** Opens a month: the deadline follows the month (5th of the next) until it is typed over. */
export function OpenMonthForm({
  initialPeriod,
  months,
  minYear,
  maxYear,
  onOpened,
}: {
  initialPeriod: string;
  months: ReportingMonthView[];
  minYear: number;
  maxYear: number;
  onOpened: () => void;
}) {
  const m = useMessages(monthsMessages);
  const { lang } = useT();
  const fmt = useFormat();
  const [period, setPeriod] = useState(initialPeriod);
  const [deadline, setDeadline] = useState<string | null>(null);
  const [lock, setLock] = useState<LockDaysValue>({ days: '10', never: false });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError>();
  const [done, setDone] = useState<{ period: string; deadline: string }>();
  const [busy, setBusy] = useState(false);

  const suggested = deadlineOf(period);
  const effectiveDeadline = deadline ?? suggested;
  const alreadyOpen = months.some((month) => month.period === period);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    setFailure(undefined);
    const lockAfterDays = parseLockDays(lock);
    const parsed = OpenMonthRequest.safeParse({ period, deadline: effectiveDeadline, lockAfterDays });
    const found = parsed.success ? {} : schemaFieldErrors(parsed.error.issues, lang);
    if (lockAfterDays === undefined) found.lockAfterDays = [m('lockDays.invalid')];
    if (!parsed.success || lockAfterDays === undefined) {
      setErrors(found);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await apiRequest<ReportingMonthView[]>('/api/reporting-months', { method: 'POST', body: parsed.data });
      setDone({ period, deadline: effectiveDeadline });
      // the next month is the likelier one to open next
      const opened = parsePeriod(period);
      if (opened) setPeriod(formatPeriod(addMonths(opened, 1)));
      setDeadline(null);
      onOpened();
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setFailure(cause);
      setErrors(serverFieldErrors(cause.issues, lang));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="month-open" onSubmit={submit} noValidate data-testid="month-open-form">
      <div className="field month-open__period">
        <MonthPicker
          label={m('open.period')}
          value={period}
          onChange={(next) => {
            setPeriod(next);
            setDone(undefined);
          }}
          minYear={minYear}
          maxYear={maxYear}
          testId="month-open-period"
          invalid={Boolean(errors.period) || alreadyOpen}
        />
        {alreadyOpen && <small className="field__hint">{m('open.alreadyOpen')}</small>}
        {errors.period && (
          <small className="field__error" role="alert">
            {errors.period.join(' ')}
          </small>
        )}
      </div>
      <div className="month-open__deadline">
        <ThaiDateInput
          label={m('open.deadline')}
          errors={errors.deadline}
          hint={
            deadline === null || deadline === suggested
              ? m('open.deadlineDefault', { date: suggested ? fmt.date(suggested) : '–' })
              : m('open.deadlineIs', { date: effectiveDeadline ? fmt.date(effectiveDeadline) : '–' })
          }
          value={effectiveDeadline}
          onChange={setDeadline}
          required
          testId="month-open-deadline"
        />
        {deadline !== null && deadline !== suggested && (
          <button type="button" className="button button--quiet" onClick={() => setDeadline(null)}>
            {m('open.useDefault')}
          </button>
        )}
      </div>
      <LockDaysField
        value={lock}
        onChange={setLock}
        deadline={effectiveDeadline || null}
        error={errors.lockAfterDays?.join(' ')}
        testIdPrefix="month-open"
      />
      <div className="month-open__footer">
        {failure && (
          <Notice tone="error" testId="month-open-error">
            {pick(failure.bilingual, lang)}
          </Notice>
        )}
        {done && (
          <Notice tone="success" testId="month-open-done">
            {m('open.done', { month: fmt.period(done.period), date: fmt.date(done.deadline) })}
          </Notice>
        )}
        <button
          type="submit"
          className="button button--primary"
          disabled={busy}
          data-testid="month-open-submit"
        >
          {busy ? m('saving') : m('open.submit')}
        </button>
      </div>
    </form>
  );
}
