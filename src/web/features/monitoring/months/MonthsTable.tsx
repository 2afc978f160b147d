import { Fragment, useState, type FormEvent } from 'react';
import { UpdateMonthRequest, type ReportingMonthView } from '../../../../shared/api/monitoring/months';
import { ApiError, apiRequest } from '../../../shared/api/client';
import { schemaFieldErrors, serverFieldErrors, type FieldErrors } from '../../../shared/forms/fieldErrors';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { pick, useT } from '../../../shared/i18n/useT';
import { Notice, TableScroll } from '../../../shared/ui/Notice';
import { LockDaysField, parseLockDays, type LockDaysValue } from './LockDaysField';
import { monthsMessages } from './messages';
import { ThaiDateInput } from '../../../shared/dates/ThaiDateInput';

const COLUMNS = 7;

export type MonthStatus = 'open' | 'closed' | 'neverLocks';

export function monthStatus(month: ReportingMonthView): MonthStatus {
  if (month.locked) return 'closed';
  return month.lockDate === null ? 'neverLocks' : 'open';
}

/** The opened months, newest first, each with its deadline, closing date, status and exceptions. */
export function MonthsTable({
  months,
  today,
  onChanged,
  onGrant,
}: {
  months: ReportingMonthView[];
  /** Bangkok date, ISO: exceptions that ran out are marked. */
  today: string;
  onChanged: () => void;
  onGrant: (period: string) => void;
}) {
  const m = useMessages(monthsMessages);
  const fmt = useFormat();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string>();

  return (
    <>
      {saved && (
        <Notice tone="success" testId="month-edit-done">
          {m('edit.done', { month: fmt.period(saved) })}
        </Notice>
      )}
      <TableScroll label={m('list.title')}>
        <table className="data-table months-table" data-testid="months-table">
          <thead>
            <tr>
              <th scope="col">{m('col.period')}</th>
              <th scope="col">{m('col.deadline')}</th>
              <th scope="col">{m('col.lock')}</th>
              <th scope="col">{m('col.status')}</th>
              <th scope="col">{m('col.exceptions')}</th>
              <th scope="col">{m('col.opened')}</th>
              <th scope="col">{m('col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => {
              const status = monthStatus(month);
              return (
                <Fragment key={month.period}>
                  <tr
                    data-period={month.period}
                    data-status={status}
                    data-testid={`month-row-${month.period}`}
                  >
                    <th scope="row" className="nowrap" data-label={m('col.period')}>
                      {fmt.period(month.period)}
                    </th>
                    <td className="nowrap" data-label={m('col.deadline')}>
                      <div className="months-cell">{fmt.date(month.deadline)}</div>
                    </td>
                    <td data-label={m('col.lock')}>
                      <div className="months-cell">
                        {month.lockDate === null ? (
                          <span className="muted">{m('lock.never')}</span>
                        ) : (
                          <>
                            <span className="nowrap">{fmt.date(month.lockDate)}</span>
                            <br />
                            <small className="muted">
                              {m('lock.days', { days: fmt.number(month.lockAfterDays ?? 0) })}
                            </small>
                          </>
                        )}
                      </div>
                    </td>
                    <td data-label={m('col.status')}>
                      <div className="months-cell">
                        <span className={`month-status month-status--${status}`}>
                          {m(`status.${status}`)}
                        </span>
                      </div>
                    </td>
                    <td data-label={m('col.exceptions')}>
                      <div className="months-cell">
                        {month.exceptions.length === 0 ? (
                          <span className="muted">{m('exception.none')}</span>
                        ) : (
                          <ul className="plain-list month-exceptions">
                            {month.exceptions.map((e) => (
                              <li key={e.unitId} className={e.until < today ? 'is-expired' : undefined}>
                                {m('exception.until', { unit: e.unitName, date: fmt.date(e.until) })}
                                {e.until < today && <span className="tag">{m('exception.expired')}</span>}
                                {e.reason && (
                                  <small className="muted month-exceptions__reason">{e.reason}</small>
                                )}
                              </li>
                            ))}
                          </ul>
                        )}
                      </div>
                    </td>
                    <td data-label={m('col.opened')}>
                      <div className="months-cell">
                        {month.openedBy}
                        <br />
                        <small className="muted">{fmt.dateTime(month.openedAt)}</small>
                      </div>
                    </td>
                    <td className="months-table__actions" data-label={m('col.actions')}>
                      <div className="months-cell">
                        <button
                          type="button"
                          className="button"
                          aria-expanded={editing === month.period}
                          onClick={() => {
                            setSaved(undefined);
                            setEditing(editing === month.period ? null : month.period);
                          }}
                          data-testid={`month-edit-${month.period}`}
                        >
                          {m('edit')}
                        </button>
                        <button
                          type="button"
                          className="button"
                          onClick={() => onGrant(month.period)}
                          data-testid={`month-grant-${month.period}`}
                        >
                          {m('grant')}
                        </button>
                      </div>
                    </td>
                  </tr>
                  {editing === month.period && (
                    <tr className="months-table__edit">
                      <td colSpan={COLUMNS} className="months-table__edit-cell">
                        <EditMonthForm
                          month={month}
                          onCancel={() => setEditing(null)}
                          onSaved={() => {
                            setEditing(null);
                            setSaved(month.period);
                            onChanged();
                          }}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function EditMonthForm({
  month,
  onCancel,
  onSaved,
}: {
  month: ReportingMonthView;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const m = useMessages(monthsMessages);
  const { lang } = useT();
  const fmt = useFormat();
  const [deadline, setDeadline] = useState(month.deadline);
  const [lock, setLock] = useState<LockDaysValue>({
    days: month.lockAfterDays === null ? '10' : String(month.lockAfterDays),
    never: month.lockAfterDays === null,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(undefined);
    const lockAfterDays = parseLockDays(lock);
    const parsed = UpdateMonthRequest.safeParse({ deadline, lockAfterDays });
    const found = parsed.success ? {} : schemaFieldErrors(parsed.error.issues, lang);
    if (lockAfterDays === undefined) found.lockAfterDays = [m('lockDays.invalid')];
    if (!parsed.success || lockAfterDays === undefined) {
      setErrors(found);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await apiRequest<ReportingMonthView[]>(`/api/reporting-months/${month.period}`, {
        method: 'PATCH',
        body: parsed.data,
      });
      onSaved();
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setFailure(cause);
      setErrors(serverFieldErrors(cause.issues, lang));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="month-edit" onSubmit={submit} noValidate data-testid="month-edit-form">
      <h3>{m('edit.title', { month: fmt.period(month.period) })}</h3>
      <div className="month-edit__fields">
        <ThaiDateInput
          label={m('open.deadline')}
          errors={errors.deadline}
          hint={deadline ? m('open.deadlineIs', { date: fmt.date(deadline) }) : undefined}
          value={deadline}
          onChange={setDeadline}
          required
          testId="month-edit-deadline"
        />
        <LockDaysField
          value={lock}
          onChange={setLock}
          deadline={deadline || null}
          error={errors.lockAfterDays?.join(' ')}
          testIdPrefix="month-edit"
        />
      </div>
      {failure && <Notice tone="error">{pick(failure.bilingual, lang)}</Notice>}
      <div className="month-edit__buttons">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy}
          data-testid="month-edit-submit"
        >
          {busy ? m('saving') : m('edit.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {m('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
