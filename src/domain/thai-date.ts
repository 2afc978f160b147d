/** Dates as Thai officials write them: พ.ศ. years, Thai month names, optionally Thai digits. */
import { BE_OFFSET } from './period';
import { fromThaiDigits, toThaiDigits } from './thai-number';

export const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;

export const THAI_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const;

export const ENGLISH_MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/**
 * Accepts ISO `2023-05-31` (CE) or Thai `31/05/2566` (BE) and returns the ISO CE date,
 * or null when it is neither or not a real calendar date.
 */
export function parseDate(raw: string): string | null {
  const text = fromThaiDigits(raw.trim());
  let year: number, month: number, day: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const thai = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (year > 2400) return null; // a BE year in ISO form is a mistake we refuse to guess about
  } else if (thai) {
    [day, month, year] = [Number(thai[1]), Number(thai[2]), Number(thai[3]) - BE_OFFSET];
    if (year < 1900) return null; // a CE year written with slashes
  } else {
    return null;
  }
  if (!isRealDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `2023-05-31` → `31 พฤษภาคม 2566` (or with Thai digits: `๓๑ พฤษภาคม ๒๕๖๖`). */
export function formatThaiDate(
  isoDate: string,
  options: { thaiDigits?: boolean; short?: boolean } = {},
): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  const months = options.short ? THAI_MONTHS_SHORT : THAI_MONTHS;
  const text = `${day} ${months[(month ?? 1) - 1]} ${(year ?? 0) + BE_OFFSET}`;
  return options.thaiDigits ? toThaiDigits(text) : text;
}
