/**
 * What every uploaded table goes through, CSV or XLSX alike: rows are added one at a time (never a matrix of
 * the sheet's declared size), the width is the header's, and the limits of docs/security.md 4.5 hold —
 * rows, cells per row, bad characters, and the time reading may take, yielding to other requests meanwhile.
 */
import { setImmediate as yieldToOthers } from 'node:timers/promises';
import { badTextAt, withoutBadText } from '../../shared/text';
import { LIMITS } from '../../shared/limits';
import { AppError } from '../errors';

export interface TableRow {
  row: number;
  values: Record<string, string>;
}

export interface Table {
  headers: string[];
  rows: TableRow[];
  /** Rows with text beyond the last named column (an unquoted "1,000" in a CSV, say). */
  overfull?: number[];
  /** Cells holding a NUL character or a lone surrogate (their text is not kept). */
  badText?: { row: number; field: string }[];
}

function fileLimit(en: string, th: string): AppError {
  return new AppError('too_large', { th, en }, [{ field: 'file', th, en }]);
}

/** The reading of one file: a deadline, and a pause for other requests every few milliseconds. */
export class Pace {
  private readonly deadline: number;
  private lastPause = performance.now();

  constructor(private readonly seconds: number = LIMITS.importReadSeconds) {
    this.deadline = this.lastPause + seconds * 1000;
  }

  /** Throws once the deadline has passed (cheap: call it per row). */
  check(): void {
    if (performance.now() > this.deadline) {
      const s = this.seconds;
      throw fileLimit(
        `reading the file took longer than ${s} seconds: split it into smaller files`,
        `การอ่านไฟล์ใช้เวลาเกิน ${s} วินาที กรุณาแบ่งเป็นไฟล์ย่อย`,
      );
    }
  }

  /** Checks the deadline and, after 15 ms of work, lets the server answer other requests. */
  async tick(): Promise<void> {
    this.check();
    if (performance.now() - this.lastPause > 15) {
      await yieldToOthers();
      this.lastPause = performance.now();
    }
  }
}

export function emptyFile(): AppError {
  const en = 'the file is empty: row 1 must hold the column keys';
  const th = 'ไฟล์ว่าง: แถวที่ 1 ต้องเป็นชื่อคอลัมน์';
  return new AppError('invalid_input', { th, en }, [{ field: 'file', th, en }]);
}

export class TableBuilder {
  private headers: string[] | null = null;
  private readonly rows: TableRow[] = [];
  private readonly overfull: number[] = [];
  private readonly badText: { row: number; field: string }[] = [];

  private kept = 0;

  /**
   * `maxRows`: rows of data the file may hold (workforce files stream and allow more); `headerKey`: a header
   * cell → its column key (a Thai label → its key), the cell as written when none is given.
   */
  constructor(
    readonly pace: Pace,
    private readonly maxRows: number = LIMITS.importRows,
    private readonly headerKey?: (cell: string) => string,
  ) {}

  /** Columns kept: the header's (row 1); cells beyond it are only looked at for being blank. */
  get width(): number {
    return this.headers?.length ?? 0;
  }

  get hasHeader(): boolean {
    return this.headers !== null;
  }

  /** Counts a row's cells against the limit, before they are kept. */
  countCells(row: number, cells: number): void {
    if (cells > LIMITS.importCellsPerRow) {
      const n = LIMITS.importCellsPerRow.toLocaleString('en-US');
      throw fileLimit(
        `row ${row} has more than ${n} cells: only the columns of row 1 are read`,
        `แถวที่ ${row} มีเกิน ${n} ช่อง: ระบบอ่านเฉพาะคอลัมน์ตามแถวที่ 1`,
      );
    }
  }

  header(cells: string[]): void {
    let last = cells.length;
    while (last > 0 && cells[last - 1]!.trim() === '') last--;
    if (last === 0) throw emptyFile();
    const key = this.headerKey;
    this.headers = cells.slice(0, last).map((h) => {
      const text = withoutBadText(h).trim();
      return key && text !== '' ? key(text) : text;
    });
  }

  /**
   * One row as read (`cells` at most the header's width), numbered as Excel shows it; `beyond` when a cell
   * past the header's last column holds text. Wholly empty rows are skipped and not counted.
   */
  add(row: number, cells: readonly (string | undefined)[], beyond: boolean): void {
    this.pace.check();
    if (!this.headers) throw emptyFile();
    if (!beyond && cells.every((c) => c === undefined || c.trim() === '')) return;
    if (this.kept >= this.maxRows) {
      const n = this.maxRows.toLocaleString('en-US');
      throw fileLimit(
        `the file has more than ${n} rows of data: split it into smaller files`,
        `ไฟล์มีข้อมูลเกิน ${n} แถว กรุณาแบ่งเป็นไฟล์ย่อย`,
      );
    }
    this.kept++;
    const values: Record<string, string> = {};
    const bad: string[] = [];
    this.headers.forEach((key, col) => {
      if (key === '') return;
      const text = (cells[col] ?? '').trim();
      if (badTextAt(text) !== null) {
        bad.push(key);
        values[key] = '';
      } else values[key] = text;
    });
    this.keep({ row, values }, beyond, bad);
  }

  /** Keeps a row read (a streaming reader hands it on instead); `bad`: its cells that held bad text. */
  protected keep(row: TableRow, beyond: boolean, bad: readonly string[]): void {
    if (beyond) this.overfull.push(row.row);
    for (const field of bad) this.badText.push({ row: row.row, field });
    this.rows.push(row);
  }

  table(): Table {
    if (!this.headers) throw emptyFile();
    return { headers: this.headers, rows: this.rows, overfull: this.overfull, badText: this.badText };
  }
}
