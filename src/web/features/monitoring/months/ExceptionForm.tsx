import { useState, type FormEvent } from 'react';
import { GrantExceptionRequest, type ReportingMonthView } from '../../../../shared/api/monitoring/months';
import type { UnitView } from '../../../../shared/api/units';
import { ApiError, apiRequest } from '../../../shared/api/client';
import { schemaFieldErrors, serverFieldErrors, type FieldErrors } from '../../../shared/forms/fieldErrors';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { pick, useT } from '../../../shared/i18n/useT';
import { Field } from '../../../shared/ui/Field';
import { Notice } from '../../../shared/ui/Notice';
import { monthsMessages } from './messages';
import { ThaiDateInput } from '../../../shared/dates/ThaiDateInput';

/** Grants one unit more time on a month (granting again for the same unit and month replaces it). */
export function ExceptionForm({
  months,
  units,
  period,
  onPeriod,
  defaultUntil,
  onGranted,
}: {
  months: ReportingMonthView[];
  units: UnitView[];
  period: string;
  onPeriod: (period: string) => void;
  defaultUntil: string;
  onGranted: () => void;
}) {
  const m = useMessages(monthsMessages);
  const { lang } = useT();
  const fmt = useFormat();
  const [unitId, setUnitId] = useState('');
  const [until, setUntil] = useState(defaultUntil);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError>();
  const [done, setDone] = useState<{ unit: string; period: string; until: string }>();
  const [busy, setBusy] = useState(false);
  const choices = units
    .filter((unit) => unit.status === 'active')
    .sort((a, b) => a.name.localeCompare(b.name, 'th'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    setFailure(undefined);
    if (unitId === '') {
      setErrors({ unitId: [m('exception.unitRequired')] });
      return;
    }
    const parsed = GrantExceptionRequest.safeParse({
      unitId,
      until,
      reason: reason.trim() === '' ? null : reason.trim(),
    });
    if (!parsed.success) {
      setErrors(schemaFieldErrors(parsed.error.issues, lang));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await apiRequest<ReportingMonthView[]>(`/api/reporting-months/${period}/exceptions`, {
        method: 'POST',
        body: parsed.data,
      });
      setDone({ unit: choices.find((u) => u.id === parsed.data.unitId)?.name ?? '', period, until });
      setReason('');
      onGranted();
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setFailure(cause);
      setErrors(serverFieldErrors(cause.issues, lang));
    } finally {
      setBusy(false);
    }
  }

  if (months.length === 0) return <p className="muted">{m('exception.noMonths')}</p>;

  return (
    <form className="month-exception" onSubmit={submit} noValidate data-testid="exception-form">
      <Field label={m('exception.period')} errors={errors.period}>
        {({ id, describedBy }) => (
          <select
            id={id}
            value={period}
            onChange={(e) => onPeriod(e.target.value)}
            aria-describedby={describedBy}
            data-testid="exception-period"
          >
            {months.map((month) => (
              <option key={month.period} value={month.period}>
                {fmt.period(month.period)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={m('exception.unit')} errors={errors.unitId}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            value={unitId}
            onChange={(e) => setUnitId(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-testid="exception-unit"
          >
            <option value="">{m('exception.chooseUnit')}</option>
            {choices.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ThaiDateInput
        label={m('exception.untilLabel')}
        errors={errors.until}
        hint={until ? m('open.deadlineIs', { date: fmt.date(until) }) : undefined}
        value={until}
        onChange={setUntil}
        required
        testId="exception-until"
      />
      <Field label={m('exception.reason')} errors={errors.reason} wide>
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-testid="exception-reason"
          />
        )}
      </Field>
      <div className="month-exception__footer">
        {failure && (
          <Notice tone="error" testId="exception-error">
            {pick(failure.bilingual, lang)}
          </Notice>
        )}
        {done && (
          <Notice tone="success" testId="exception-done">
            {m('exception.done', {
              unit: done.unit,
              month: fmt.period(done.period),
              date: fmt.date(done.until),
            })}
          </Notice>
        )}
        <button
          type="submit"
          className="button button--primary"
          disabled={busy}
          data-testid="exception-submit"
        >
          {busy ? m('saving') : m('exception.submit')}
        </button>
      </div>
    </form>
  );
}
