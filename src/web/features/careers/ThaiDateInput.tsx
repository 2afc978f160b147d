import { useFormat } from '../../shared/format/useFormat';
import { useT } from '../../shared/i18n/useT';

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A date as day, Thai month and พ.ศ. year; the value stays an ISO (CE) date. */
export function ThaiDateInput({
  value,
  onChange,
  label,
  testId,
}: {
  value: string;
  onChange: (iso: string) => void;
  label: string;
  testId: string;
}) {
  const f = useFormat();
  const { lang } = useT();
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const set = (year: number, month: number, day: number) =>
    onChange(`${year}-${pad(month)}-${pad(Math.min(day, daysIn(year, month)))}`);
  return (
    <fieldset className="thai-date" data-testid={testId} data-value={value}>
      <legend>{label}</legend>
      <select
        aria-label={lang === 'th' ? 'วันที่' : 'Day'}
        value={d}
        onChange={(e) => set(y, m, Number(e.target.value))}
      >
        {Array.from({ length: daysIn(y, m) }, (_, i) => (
          <option key={i} value={i + 1}>
            {f.digits(i + 1)}
          </option>
        ))}
      </select>
      <select
        aria-label={lang === 'th' ? 'เดือน' : 'Month'}
        value={m}
        onChange={(e) => set(y, Number(e.target.value), d)}
      >
        {Array.from({ length: 12 }, (_, i) => (
          <option key={i} value={i + 1}>
            {f.monthName(i + 1)}
          </option>
        ))}
      </select>
      <input
        type="number"
        aria-label={lang === 'th' ? 'ปี พ.ศ.' : 'Year (BE)'}
        min={2500}
        max={2700}
        value={y + 543}
        data-testid={`${testId}-year`}
        onChange={(e) => {
          const be = Number(e.target.value);
          if (be >= 2500 && be <= 2700) set(be - 543, m, d);
        }}
      />
    </fieldset>
  );
}
