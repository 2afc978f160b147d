/** Thai digits (๐–๙) and the lenient number syntax agencies type into Excel. */

const THAI_ZERO = 0x0e50;

export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

export function fromThaiDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/**
 * Parses a decimal number as typed by a person: Thai or Arabic digits, optional thousands
 * separators ("1,250,000"), optional sign and decimals. Returns the canonical decimal string
 * (exact: no binary floating point) or null when it is not a number.
 */
export function parseDecimal(raw: string): string | null {
  const text = fromThaiDigits(raw.trim());
  const match = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return null;
  const [, sign, intPart = '', frac] = match;
  const digits = intPart.replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const fraction = frac ? frac.replace(/0+$/, '') : '';
  const body = fraction ? `${digits}.${fraction}` : digits;
  return sign === '-' && /[1-9]/.test(body) ? `-${body}` : body;
}

/** Number of decimals of a canonical decimal string. */
export function decimalPlaces(decimal: string): number {
  const dot = decimal.indexOf('.');
  return dot < 0 ? 0 : decimal.length - dot - 1;
}

/** Formats a number for display: grouping, fixed decimals when asked, Thai digits when asked. */
export function formatNumber(
  value: number | string,
  options: { thaiDigits?: boolean; maxDecimals?: number; minDecimals?: number } = {},
): string {
  const n = typeof value === 'string' ? Number(value) : value;
  const text = new Intl.NumberFormat('en-US', {
    maximumFractionDigits: options.maxDecimals ?? 2,
    minimumFractionDigits: options.minDecimals ?? 0,
  }).format(n);
  return options.thaiDigits ? toThaiDigits(text) : text;
}
