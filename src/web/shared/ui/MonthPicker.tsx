import { useId } from 'react';
import { addMonths, formatPeriod, parsePeriod } from '../../../domain';
import { useFormat } from '../format/useFormat';
import { useT } from '../i18n/useT';

export interface MonthPickerProps {
  /** A period string, "2566-05". */
  value: string;
  onChange: (period: string) => void;
  /** Buddhist-Era years offered (inclusive). */
  minYear: number;
  maxYear: number;
  label?: string;
  testId?: string;
  invalid?: boolean;
}

/** Month and พ.ศ. year selects with previous/next buttons. */
export function MonthPicker({ value, onChange, minYear, maxYear, label, testId, invalid }: MonthPickerProps) {
  const { t } = useT();
  const fmt = useFormat();
  const id = useId();
  const current = parsePeriod(value) ?? { yearBE: maxYear, month: 1 };
  const low = Math.min(minYear, current.yearBE);
  const high = Math.max(maxYear, current.yearBE);
  const years = Array.from({ length: high - low + 1 }, (_, i) => low + i);
  const set = (yearBE: number, month: number) => onChange(formatPeriod({ yearBE, month }));
  const step = (months: number) => {
    const next = addMonths(current, months);
    if (next.yearBE >= low && next.yearBE <= high) onChange(formatPeriod(next));
  };

  return (
    <div
      className="month-picker"
      data-testid={testId ?? 'month-picker'}
      data-value={value}
      role="group"
      aria-labelledby={id}
    >
      <span id={id} className="month-picker__label">
        {label ?? t('month.label')}
      </span>
      <button type="button" className="icon-button" onClick={() => step(-1)} aria-label={t('month.previous')}>
        ‹
      </button>
      <select
        aria-label={t('month.month')}
        value={current.month}
        aria-invalid={invalid || undefined}
        onChange={(e) => set(current.yearBE, Number(e.target.value))}
      >
        {Array.from({ length: 12 }, (_, i) => (
          <option key={i + 1} value={i + 1}>
            {fmt.monthName(i + 1)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('month.year')}
        value={current.yearBE}
        aria-invalid={invalid || undefined}
        onChange={(e) => set(Number(e.target.value), current.month)}
      >
        {years.map((year) => (
          <option key={year} value={year}>
            {fmt.lang === 'th' ? `พ.ศ. ${year}` : `${year - 543} (BE ${year})`}
          </option>
        ))}
      </select>
      <button type="button" className="icon-button" onClick={() => step(1)} aria-label={t('month.next')}>
        ›
      </button>
    </div>
  );
}
