/**
 * Reads typed values out of one spreadsheet row, collecting a bilingual issue for every bad cell
 * instead of stopping at the first, so the user fixes the whole file in one go.
 */
import { parseDate, parseDecimal, parseFiscalYears, parsePeriod } from '../../domain';
import { parseProjectStatus } from '../../domain/monitoring';
import type { Period } from '../../domain';
import type { ProjectStatus } from '../../domain/monitoring';
import type { FieldIssue } from '../../shared/messages';
import { addIssue } from './issue-list';
import type { TableRow } from './read-table';

/**
 * A file's periods and statuses repeat on every row (60 months and four statuses in a 30,000-row file): each
 * distinct text is parsed once, by the same domain function, and its answer reused. Bounded, so a file of
 * distinct garbage cannot grow it without end.
 */
function remembered<T>(parse: (raw: string) => T, max = 1_000): (raw: string) => T {
  const answers = new Map<string, T>();
  return (raw) => {
    if (answers.has(raw)) return answers.get(raw) as T;
    const value = parse(raw);
    if (answers.size >= max) answers.clear();
    answers.set(raw, value);
    return value;
  };
}

const periodOf = remembered(parsePeriod);
const statusOf = remembered(parseProjectStatus);

/** A cell's text as quoted back in an issue: at most 60 characters. */
const quote = (raw: string) => (raw.length > 60 ? `${raw.slice(0, 57)}...` : raw);

export class RowReader {
  constructor(
    private readonly source: TableRow,
    private readonly issues: FieldIssue[],
  ) {}

  get row(): number {
    return this.source.row;
  }

  issue(field: string, en: string, th: string): void {
    addIssue(this.issues, { row: this.source.row, field, en, th });
  }

  text(key: string): string {
    return (this.source.values[key] ?? '').replace(/\s+/g, ' ').trim();
  }

  required(key: string, maxLength = 500): string {
    const value = this.text(key);
    if (value === '') this.issue(key, 'is required', 'ต้องกรอก');
    else if (value.length > maxLength)
      this.issue(key, `longer than ${maxLength} characters`, `ยาวเกิน ${maxLength} ตัวอักษร`);
    return value;
  }

  optional(key: string, maxLength = 4000): string | null {
    const value = this.text(key);
    if (value.length > maxLength)
      this.issue(key, `longer than ${maxLength} characters`, `ยาวเกิน ${maxLength} ตัวอักษร`);
    return value === '' ? null : value;
  }

  year(key: string): number | null {
    const raw = this.required(key);
    if (raw === '') return null;
    const range = parseFiscalYears(raw);
    if (!range || range.from !== range.to || range.from < 2500 || range.from > 2700) {
      this.issue(
        key,
        `"${quote(raw)}" is not a Buddhist-Era year like 2566`,
        `"${quote(raw)}" ไม่ใช่ปี พ.ศ. เช่น 2566`,
      );
      return null;
    }
    return range.from;
  }

  fiscalYears(key: string): { from: number; to: number } | null {
    const raw = this.required(key);
    if (raw === '') return null;
    const range = parseFiscalYears(raw);
    if (!range)
      this.issue(
        key,
        `"${quote(raw)}" is not a year like 2566 or a range like 2566-2568`,
        `"${quote(raw)}" ไม่ใช่ปี เช่น 2566 หรือช่วงปี เช่น 2566-2568`,
      );
    return range;
  }

  /**
   * Long text that keeps its line breaks (problems, next steps): spaces are tidied within each line, line
   * ends are `\n` whatever the file used, blank lines at either end dropped.
   */
  multiline(key: string, maxLength = 4000): string | null {
    const value = (this.source.values[key] ?? '')
      .split(/\r\n?|\n/)
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .join('\n')
      .replace(/^\n+|\n+$/g, '');
    if (value.length > maxLength)
      this.issue(key, `longer than ${maxLength} characters`, `ยาวเกิน ${maxLength} ตัวอักษร`);
    return value === '' ? null : value;
  }

  /**
   * An exact decimal; with min/max bounds and a cap on decimals. A trailing percent sign ("50%" typed in
   * a CSV, or an XLSX cell formatted as a percentage, which reads the same) is accepted only where
   * `percentSign` says so, meaning the number shown (50); elsewhere it is refused, never read as 0.5.
   */
  decimal(
    key: string,
    options: { min?: number; max?: number; decimals?: number; percentSign?: boolean } = {},
  ): string | null {
    let raw = this.text(key);
    if (raw === '') return null;
    if (raw.endsWith('%')) {
      if (!options.percentSign) {
        this.issue(
          key,
          `"${quote(raw)}" is a percentage: only the percent column takes one; write the number itself`,
          `"${quote(raw)}" เป็นร้อยละ ซึ่งใช้ได้เฉพาะคอลัมน์ percent: กรอกเป็นตัวเลข`,
        );
        return null;
      }
      raw = raw.slice(0, -1).trim();
    }
    const value = parseDecimal(raw);
    if (value === null) {
      this.issue(key, `"${quote(raw)}" is not a number`, `"${quote(raw)}" ไม่ใช่ตัวเลข`);
      return null;
    }
    const n = Number(value);
    if (options.min !== undefined && n < options.min) {
      this.issue(key, `must be at least ${options.min}`, `ต้องไม่น้อยกว่า ${options.min}`);
      return null;
    }
    if (options.max !== undefined && n > options.max) {
      this.issue(key, `must be at most ${options.max}`, `ต้องไม่เกิน ${options.max}`);
      return null;
    }
    const decimals = value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
    if (options.decimals !== undefined && decimals > options.decimals) {
      this.issue(key, `at most ${options.decimals} decimals`, `ทศนิยมไม่เกิน ${options.decimals} ตำแหน่ง`);
      return null;
    }
    // Money columns are numeric(16,2): at most 14 digits before the point.
    if (value.replace(/^-/, '').split('.')[0]!.length > 14) {
      this.issue(key, 'the number is too large', 'ตัวเลขใหญ่เกินไป');
      return null;
    }
    return value;
  }

  date(key: string): string | null {
    const raw = this.text(key);
    if (raw === '') return null;
    const value = parseDate(raw);
    if (!value)
      this.issue(
        key,
        `"${quote(raw)}" is not a date like 2023-05-31 or 31/05/2566`,
        `"${quote(raw)}" ไม่ใช่วันที่ เช่น 2023-05-31 หรือ 31/05/2566`,
      );
    return value;
  }

  period(key: string): Period | null {
    const raw = this.required(key);
    if (raw === '') return null;
    const value = periodOf(raw);
    if (!value)
      this.issue(
        key,
        `"${quote(raw)}" is not a month like 2566-05 (BE year-month)`,
        `"${quote(raw)}" ไม่ใช่เดือน เช่น 2566-05 (ปี พ.ศ.-เดือน)`,
      );
    return value;
  }

  status(key: string): ProjectStatus | null {
    const raw = this.required(key);
    if (raw === '') return null;
    const value = statusOf(raw);
    if (!value) {
      this.issue(
        key,
        `"${quote(raw)}" is not a status: use not_started, in_progress, completed, cancelled or the Thai words`,
        `"${quote(raw)}" ไม่ใช่สถานะ: ใช้ ยังไม่ได้ดำเนินการ อยู่ระหว่างดำเนินการ ดำเนินการเสร็จแล้ว หรือ ยกเลิก`,
      );
    }
    return value;
  }

  /** A `;`-separated list, blanks dropped. */
  list(key: string): string[] {
    return this.text(key)
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
}
