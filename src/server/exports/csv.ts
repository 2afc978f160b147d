/** CSV for Excel: UTF-8 with a byte-order mark (so Thai reads right), RFC 4180 quoting, CRLF lines. */
import { neutraliseValue, type ExportValue } from './neutralise';

const BOM = '\uFEFF';

function field(value: ExportValue): string {
  const text = value === null ? '' : String(neutraliseValue(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly ExportValue[])[]): Buffer {
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
