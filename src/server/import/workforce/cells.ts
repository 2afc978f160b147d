/** Cells of the workforce files beyond what RowReader reads: codes given as codes or Thai names, yes/no, numbers. */
import { describeCodes, parseYesNo, YES_NO } from '../../../domain/workforce';
import { fromThaiDigits } from '../../../domain';
import type { RowReader } from '../row-reader';

/** A code of `names` (or its Thai name); null when empty (an issue when required) or unknown (an issue). */
export function codeCell<C extends string>(
  reader: RowReader,
  key: string,
  parse: (raw: string) => C | null,
  names: Record<C, string>,
  required: boolean,
): C | null {
  const raw = required ? reader.required(key) : reader.text(key);
  if (raw === '') return null;
  const code = parse(raw);
  if (code === null) {
    const list = describeCodes(names);
    reader.issue(key, `"${raw}" is not one of ${list}`, `"${raw}" ไม่ใช่ค่าที่ใช้ได้: ${list}`);
  }
  return code;
}

export function yesNoCell(reader: RowReader, key: string): boolean | null {
  const raw = reader.text(key);
  if (raw === '') return null;
  const value = parseYesNo(raw);
  if (value === null) {
    const list = describeCodes(YES_NO);
    reader.issue(key, `"${raw}" is not yes or no: ${list}`, `"${raw}" ต้องเป็น ใช่ หรือ ไม่ใช่ (${list})`);
  }
  return value;
}

/** A code-like identifier (person_no, position_no): Thai digits become Arabic; at most 40 characters. */
export function identifierCell(reader: RowReader, key: string, required: boolean): string | null {
  const raw = required ? reader.required(key, 40) : reader.optional(key, 40);
  return raw ? fromThaiDigits(raw) : null;
}

/** A required date. */
export function requiredDate(reader: RowReader, key: string): string | null {
  if (reader.text(key) === '') {
    reader.issue(key, 'is required', 'ต้องกรอก');
    return null;
  }
  return reader.date(key);
}
