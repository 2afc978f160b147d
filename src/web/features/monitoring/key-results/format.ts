/**
 * How key result numbers are written: exact decimal strings grouped without a float, Thai digits when
 * printing, periods as "พ.ค. 2566" or "ไตรมาส 3/2566". Shared with the target and action plan pages.
 */
import { groupDecimal } from '../../../../domain/monitoring/action-plan';
import {
  KR_DIRECTION_LABEL_EN,
  KR_DIRECTION_LABEL_TH,
  type KrDirection,
  type KrGranularity,
} from '../../../../domain/monitoring/key-results';
import { BE_OFFSET, ENGLISH_MONTHS_SHORT, parsePeriod, THAI_MONTHS_SHORT } from '../../../../domain';
import type { KeyResultView } from '../../../../shared/api/monitoring/key-results';
import type { Formatter } from '../../../shared/format/format';

/** An exact decimal string for reading: "1,234,567.5" (Thai digits when printing); "–" for none. */
export function decimalText(fmt: Formatter, value: string | null | undefined, minDecimals = 0): string {
  if (value === null || value === undefined) return '–';
  return fmt.digits(groupDecimal(value, minDecimals));
}

/** Money with 2 decimals: "2,500,000.00". */
export const moneyText = (fmt: Formatter, value: string | null | undefined) => decimalText(fmt, value, 2);

/** "2566-05" → "พ.ค. 2566" / "May 2023". */
export function shortMonth(fmt: Formatter, period: string): string {
  const p = parsePeriod(period);
  if (!p) return fmt.digits(period);
  return fmt.lang === 'th'
    ? fmt.digits(`${THAI_MONTHS_SHORT[p.month - 1]} ${p.yearBE}`)
    : `${ENGLISH_MONTHS_SHORT[p.month - 1]} ${p.yearBE - BE_OFFSET}`;
}

/** A month's abbreviation alone: ต.ค. / Oct. */
export function monthAbbreviation(fmt: Formatter, period: string): string {
  const p = parsePeriod(period);
  if (!p) return period;
  return fmt.lang === 'th'
    ? (THAI_MONTHS_SHORT[p.month - 1] ?? '')
    : (ENGLISH_MONTHS_SHORT[p.month - 1] ?? '');
}

/** A key result actual's period: a month, or "ไตรมาส 3/2566" / "Q3 FY2566". */
export function krPeriodText(
  fmt: Formatter,
  granularity: KrGranularity,
  period: string,
  quarterLabel: (vars: { q: string; year: string }) => string,
): string {
  if (granularity === 'quarter') {
    const [year = '', q = ''] = period.split('-Q');
    return fmt.digits(quarterLabel({ q, year }));
  }
  return shortMonth(fmt, period);
}

export const directionText = (lang: 'th' | 'en', direction: KrDirection) =>
  (lang === 'th' ? KR_DIRECTION_LABEL_TH : KR_DIRECTION_LABEL_EN)[direction];

/** The target of a key result as read: the value, or "8–12" for a range. */
export function targetText(
  fmt: Formatter,
  kr: Pick<KeyResultView, 'direction' | 'target' | 'rangeLow' | 'rangeHigh'>,
) {
  if (kr.direction === 'range') return `${decimalText(fmt, kr.rangeLow)}–${decimalText(fmt, kr.rangeHigh)}`;
  return decimalText(fmt, kr.target);
}

/** A capped percent ("0"–"100") as a CSS width, for the achievement bar. */
export const barWidth = (cappedPct: string) => `${Math.min(100, Math.max(0, Number(cappedPct)))}%`;
