import { useId } from 'react';
import { fromThaiDigits } from '../../../../domain';
import { addDays } from '../../../../domain/monitoring';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { monthsMessages } from './messages';

export interface LockDaysValue {
  days: string;
  never: boolean;
}

/** The lock days as the API wants them: a number, null (never locks), or undefined when not a number. */
export function parseLockDays(value: LockDaysValue): number | null | undefined {
  if (value.never) return null;
  const text = fromThaiDigits(value.days.trim());
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const days = Number(text);
  return days <= 365 ? days : undefined;
}

/** Days after the deadline before the month closes, or "never closes by itself"; shows the closing date. */
export function LockDaysField({
  value,
  onChange,
  deadline,
  error,
  testIdPrefix,
}: {
  value: LockDaysValue;
  onChange: (value: LockDaysValue) => void;
  /** ISO date, to show when the month would close. */
  deadline: string | null;
  error?: string | undefined;
  testIdPrefix: string;
}) {
  const m = useMessages(monthsMessages);
  const fmt = useFormat();
  const id = useId();
  const days = parseLockDays(value);
  const hint =
    days === null
      ? m('open.neverLockHint')
      : days !== undefined && deadline
        ? m('open.lockDateIs', { date: fmt.date(addDays(deadline, days)) })
        : '';
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{m('open.lockDays')}</label>
      <div className="lock-days">
        <input
          id={id}
          inputMode="numeric"
          className="lock-days__input"
          value={value.never ? '' : value.days}
          disabled={value.never}
          onChange={(e) => onChange({ ...value, days: e.target.value })}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint`}
          data-testid={`${testIdPrefix}-lock-days`}
        />
        <label className="lock-days__never">
          <input
            type="checkbox"
            checked={value.never}
            onChange={(e) => onChange({ ...value, never: e.target.checked })}
            data-testid={`${testIdPrefix}-never-lock`}
          />{' '}
          {m('open.neverLock')}
        </label>
      </div>
      <small id={`${id}-hint`} className="field__hint">
        {hint}
      </small>
      {error && (
        <small className="field__error" role="alert">
          {error}
        </small>
      )}
    </div>
  );
}
