/**
 * How the committee's papers write things: Thai digits (๐–๙) in every number, พ.ศ. dates and months,
 * times in Bangkok, "count (percent)" cells as the minutes print them.
 */
import { formatNumber, formatThaiDate, parsePeriod, THAI_MONTHS, toThaiDigits } from '../../../domain';
import { STATUS_LABEL_TH, type SummaryBasis } from '../../../domain/monitoring';

/** 23.21 → "๒๓.๒๑", 25 → "๒๕", 1250 → "๑,๒๕๐" (at most 2 decimals, as computed). */
export const thaiNumber = (value: number | string, maxDecimals = 2) =>
  formatNumber(value, { maxDecimals, thaiDigits: true });

/** The minutes' cell: "๑๓ (๒๓.๒๑)"; a zero count prints "-". */
export const countPctText = (count: number, pct: number) =>
  count === 0 ? '-' : `${thaiNumber(count)} (${thaiNumber(pct)})`;

/** "2566-05" → "พฤษภาคม ๒๕๖๖". */
export function thaiMonthYear(period: string): string {
  const p = parsePeriod(period);
  if (!p) return toThaiDigits(period);
  return `${THAI_MONTHS[p.month - 1]} ${toThaiDigits(String(p.yearBE))}`;
}

const bangkokParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Bangkok',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as a Bangkok date and time: "๒๑ มิถุนายน ๒๕๖๖ เวลา ๑๔.๓๐ น.". */
export function thaiDateTime(moment: Date | string): string {
  const parts = Object.fromEntries(
    bangkokParts.formatToParts(new Date(moment)).map((p) => [p.type, p.value]),
  );
  const date = formatThaiDate(`${parts.year}-${parts.month}-${parts.day}`, { thaiDigits: true });
  return `${date} เวลา ${toThaiDigits(`${parts.hour}.${parts.minute}`)} น.`;
}

/** The basis line every paper carries. */
export const BASIS_TEXT: Record<SummaryBasis, string> = {
  submitted: 'นับรายงานที่ส่งแล้วทั้งหมด',
  accepted: 'นับเฉพาะที่รับรองแล้ว',
};

export const STATUS_TH = STATUS_LABEL_TH;

/** The level word, or "-" where a target has no counted project. */
export const levelText = (level: string | null) => level ?? '-';

/** "๑" for target "1": target numbers too are printed in Thai digits. */
export const thaiDigits = (text: string | number) => toThaiDigits(String(text));
