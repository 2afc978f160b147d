/**
 * Spreadsheet formula injection: a cell whose text begins with = + - @ (or a tab or carriage return) may
 * be run as a formula by Excel or LibreOffice when the file is opened or the cell edited. Such text gets a
 * leading apostrophe, so it always stays text. Numbers are written as numbers and are never touched.
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

export type ExportValue = string | number | null;

export function neutraliseValue(value: ExportValue): ExportValue {
  return typeof value === 'string' ? neutralise(value) : value;
}
