/**
 * Text that no field may hold: the NUL character (PostgreSQL text cannot store it) and lone UTF-16
 * surrogates (not Unicode at all: they cannot be encoded as UTF-8 and would be stored altered).
 * One rule for every string the server accepts, from JSON, query strings, paths and imported cells.
 */
// eslint-disable-next-line no-control-regex
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BAD_TEXT_ALL = new RegExp(BAD_TEXT.source, 'g');

/** Where the first bad character is, or null when the text is clean. */
export function badTextAt(text: string): number | null {
  const match = BAD_TEXT.exec(text);
  return match ? match.index : null;
}

/** The text with every bad character replaced by U+FFFD, safe to quote back to the user. */
export function withoutBadText(text: string): string {
  return text.replace(BAD_TEXT_ALL, '\uFFFD');
}

export const BAD_TEXT_MESSAGE = {
  en: 'contains a NUL character or a broken Unicode character (a lone surrogate): remove it',
  th: 'มีอักขระ NUL หรืออักขระยูนิโค้ดที่ไม่สมบูรณ์ (surrogate เดี่ยว) กรุณาลบออก',
} as const;
