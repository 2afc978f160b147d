import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { developmentMessages } from './messages';

/** The fiscal year (BE) now: October starts the next one. */
export function currentFiscalYear(now: Date = new Date()): number {
  return now.getFullYear() + 543 + (now.getMonth() >= 9 ? 1 : 0);
}

export function FiscalYearSelect(props: { value: number; onChange: (fy: number) => void }) {
  const m = useMessages(developmentMessages);
  const f = useFormat();
  const now = currentFiscalYear();
  const years = Array.from({ length: 8 }, (_, i) => now + 1 - i);
  if (!years.includes(props.value)) years.push(props.value);
  return (
    <label className="no-print">
      {m('fiscalYear')}{' '}
      <select
        data-testid="fiscal-year"
        value={props.value}
        onChange={(e) => props.onChange(Number(e.target.value))}
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {f.fiscalYear(y)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** ?fiscalYear= in the address, else the current fiscal year. */
export function fiscalYearFromSearch(search: URLSearchParams): number {
  const asked = Number(search.get('fiscalYear'));
  return Number.isInteger(asked) && asked >= 2500 && asked <= 2700 ? asked : currentFiscalYear();
}
