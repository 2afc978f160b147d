/**
 * Reads a large import file (workforce, development) from disk a batch of rows at a time, CSV or XLSX, with the rules and limits of every
 * upload (read-table.ts and table-builder.ts: refused by content, cells per row, bad text, overfull rows,
 * a deadline, pauses for other requests) but without keeping the rows: 1,000,000 history rows pass through
 * a few thousand at a time. A CSV streams from the file; an XLSX (compressed, at most
 * LIMITS.workforceXlsxBytes) is held while its sheet streams through main's reader (read-xlsx.ts).
 */
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { LIMITS } from '../../shared/limits';
import { AppError } from '../errors';
import { HeapBudget } from './heap-budget';
import { checkTableFile, looksLikeXlsx } from './read-table';
import { readXlsx } from './read-xlsx';
import { Pace, TableBuilder, type TableRow } from './table-builder';

export interface StreamedRow extends TableRow {
  /** Text beyond the header's last column (an unquoted "1,000" in a CSV, say). */
  overfull: boolean;
  /** Columns whose cell held a NUL or a lone surrogate (read as empty). */
  badText: readonly string[];
}

export interface StreamOptions {
  /** A header cell → its column key (a Thai label → its key). */
  headerKey: (cell: string) => string;
  maxRows: number;
  /** Called once row 1 is read; throwing stops the reading. */
  onHeader: (headers: readonly string[]) => void;
  /** Rows handed on in batches; the reading waits for each. */
  onRows: (rows: StreamedRow[]) => Promise<void>;
  batch: number;
}

function unreadable(en: string, th: string): AppError {
  return new AppError('invalid_input', { th, en }, [{ field: 'file', th, en }]);
}

function tooLarge(en: string, th: string): AppError {
  return new AppError('too_large', { th, en }, [{ field: 'file', th, en }]);
}

const NOT_UTF8 = () =>
  unreadable(
    'the file is not UTF-8 text: save it as "CSV UTF-8" or XLSX',
    'ไฟล์ไม่ใช่ข้อความ UTF-8: บันทึกเป็น "CSV UTF-8" หรือ XLSX',
  );
const BINARY = () => unreadable('not a CSV or XLSX file (binary data)', 'ไม่ใช่ไฟล์ CSV หรือ XLSX (ข้อมูลไบนารี)');

/** A builder that hands rows on instead of keeping them. */
class StreamingBuilder extends TableBuilder {
  pending: StreamedRow[] = [];
  private readonly heap = new HeapBudget();
  private writing: Promise<void> | null = null;
  /** The error of a batch's write (the database's, never the file's). */
  writeError: unknown = undefined;

  constructor(
    pace: Pace,
    private readonly options: StreamOptions,
  ) {
    super(pace, options.maxRows);
  }

  override header(cells: string[]): void {
    super.header(cells.map((c) => (c.trim() === '' ? '' : this.options.headerKey(c))));
    this.options.onHeader(this.table().headers);
  }

  protected override keep(row: TableRow, beyond: boolean, bad: readonly string[]): void {
    this.pending.push({ ...row, overfull: beyond, badText: bad });
  }

  /**
   * Hands a full batch on (all: whatever is pending, then waits for it). The batch is written while the
   * reader parses the next one (the database and this process work at once); one batch at a time, so
   * the writes keep the file's order and at most two batches are held.
   */
  async flush(all: boolean): Promise<void> {
    if (this.pending.length > 0 && (all || this.pending.length >= this.options.batch)) {
      const rows = this.pending;
      this.pending = [];
      await this.settle();
      const writing = this.options.onRows(rows).then(() => this.heap.afterBatch());
      // Awaited by the next flush or settle(), never left unhandled; kept so the CSV reader does not
      // take a failed write for a file it cannot read.
      writing.catch((err: unknown) => (this.writeError = err));
      this.writing = writing;
    }
    if (all) await this.settle();
  }

  /** Waits for the batch being written; its error, if any, is thrown here. */
  async settle(): Promise<void> {
    const writing = this.writing;
    this.writing = null;
    await writing;
  }
}

/** Pauses as Pace does, and hands the rows read so far on at each pause of the reader. */
class FlushingPace extends Pace {
  builder: StreamingBuilder | null = null;

  override async tick(): Promise<void> {
    await super.tick();
    await this.builder?.flush(false);
  }
}

async function firstBytes(path: string): Promise<Uint8Array> {
  const file = await open(path);
  try {
    const head = new Uint8Array(16);
    const { bytesRead } = await file.read(head, 0, 16, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

async function readCsvStream(path: string, builder: StreamingBuilder, pace: Pace): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        const text = decoder.decode(chunk, { stream: true });
        done(text.includes('\0') ? BINARY() : null, text);
      } catch {
        done(NOT_UTF8());
      }
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch {
        done(NOT_UTF8());
      }
    },
  });
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: false });
  const piping = pipeline(createReadStream(path), decode, parser);
  piping.catch(() => undefined); // the same error ends the loop below
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      builder.countCells(row, record.length);
      if (row === 1) builder.header(record);
      else {
        const width = builder.width;
        const beyond = record.length > width && record.slice(width).some((c) => c.trim() !== '');
        builder.add(row, record.length > width ? record.slice(0, width) : record, beyond);
      }
      if (row % 500 === 0) await pace.tick();
    }
  } catch (err) {
    if (err instanceof AppError || err === builder.writeError) throw err;
    const where = (err as { lines?: number }).lines;
    const line = where ? ` (line ${where})` : '';
    throw unreadable(`the CSV cannot be read${line}: ${(err as Error).message}`, `อ่านไฟล์ CSV ไม่ได้${line}`);
  } finally {
    parser.destroy();
  }
  if (row === 0) builder.header([]);
}

/** Reads the file at `path`; answers the rows of data read (the header and wholly empty rows not counted). */
export async function streamTable(path: string, options: StreamOptions): Promise<number> {
  const head = await firstBytes(path);
  checkTableFile(head);
  let rows = 0;
  const pace = new FlushingPace(LIMITS.workforceImportSeconds);
  const builder = new StreamingBuilder(pace, {
    ...options,
    onRows: (batch) => {
      rows += batch.length;
      return options.onRows(batch);
    },
  });
  pace.builder = builder;
  try {
    await readInto(path, head, builder, pace);
  } catch (err) {
    await builder.settle().catch(() => undefined); // the file's error is the one to answer
    throw err;
  }
  await builder.flush(true);
  return rows;
}

async function readInto(path: string, head: Uint8Array, builder: StreamingBuilder, pace: Pace) {
  if (looksLikeXlsx(head)) {
    const { size } = await stat(path);
    if (size > LIMITS.workforceXlsxBytes) {
      const mb = LIMITS.workforceXlsxBytes / 1024 / 1024;
      throw tooLarge(
        `an XLSX file may be at most ${mb} MB: save it as "CSV UTF-8" or split it into smaller files`,
        `ไฟล์ XLSX ต้องไม่เกิน ${mb} MB: บันทึกเป็น "CSV UTF-8" หรือแบ่งเป็นไฟล์ย่อย`,
      );
    }
    await readXlsx(await readFile(path), builder, pace, LIMITS.workforceUnzippedBytes);
  } else await readCsvStream(path, builder, pace);
}
