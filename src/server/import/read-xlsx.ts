/**
 * Reads the first sheet of an XLSX as a stream of rows: only the cells present in the file are looked at,
 * and only those under the header's columns are kept. The sheet's declared dimension, column styles and
 * blank styled cells cost nothing, so memory follows the rows actually present (docs/security.md 4.5).
 *
 * Cells read as the person sees them: a number as typed, a date as 2023-05-31, a percent-formatted number
 * with its percent sign (0.5 shown as 50% reads "50%", as a CSV would hold it), text with its line breaks.
 */
import type { SaxesTagPlain } from 'saxes';
import { UnzipBudget, zipEntries } from './zip-entries';
import type { Pace, TableBuilder } from './table-builder';
import {
  local,
  parsePart,
  readSharedStrings,
  readStyles,
  readWorkbook,
  unescapeExcel,
  type CellKind,
  type XlsxFile,
} from './xlsx-parts';

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** `AB12` → 28 (1-based), or null when the reference is not a cell. */
function columnOf(ref: string): number | null {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
    if (col > MAX_COLUMN) return null;
  }
  return col === 0 ? null : col;
}

function numberText(raw: string, kind: CellKind, date1904: boolean): string {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) return raw;
  if (kind === 'percent') return `${Number((n * 100).toPrecision(15))}%`;
  if (kind === 'date') {
    const ms = Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
    const date = new Date(ms);
    if (!Number.isNaN(date.getTime())) return date.toISOString().slice(0, 10);
  }
  return String(n);
}

interface CellState {
  col: number;
  type: string;
  kind: CellKind;
  text: string[];
}

export async function readXlsx(
  data: Uint8Array,
  builder: TableBuilder,
  pace: Pace,
  unzippedBytes?: number,
): Promise<void> {
  const budget = new UnzipBudget(unzippedBytes);
  const file: XlsxFile = { data, entries: zipEntries(data), budget, pace };
  const workbook = await readWorkbook(file);
  const kinds = await readStyles(file, workbook.stylesPath);
  const shared = await readSharedStrings(file, workbook.sharedStringsPath);

  let rowNumber = 0;
  let cells: (string | undefined)[] = [];
  let beyond = false;
  let valued = 0;
  let cell: CellState | null = null;
  let lastCol = 0;
  let capture = false;
  let inPhonetic = false;

  const finishCell = (c: CellState) => {
    const raw = c.text.join('');
    let text: string;
    if (c.type === 's') text = shared[Number(raw)] ?? '';
    else if (c.type === 'inlineStr') text = unescapeExcel(raw);
    else if (c.type === 'str' || c.type === 'e') text = unescapeExcel(raw);
    else if (c.type === 'b') text = raw === '1' ? 'true' : raw === '0' ? 'false' : raw;
    else if (c.type === 'd') text = raw.slice(0, 10);
    else text = numberText(raw, c.kind, workbook.date1904);
    if (text === '') return;
    valued++;
    // Row 1 is the header: its width is not known until it ends.
    if (rowNumber === 1 || c.col <= builder.width) cells[c.col - 1] = text;
    else if (text.trim() !== '') beyond = true;
  };

  const finishRow = () => {
    builder.countCells(rowNumber, valued);
    if (rowNumber === 1) builder.header(Array.from(cells, (c) => c ?? ''));
    else {
      if (!builder.hasHeader) builder.header([]);
      builder.add(rowNumber, cells, beyond);
    }
  };

  await parsePart(file, workbook.sheetPath, (p) => {
    p.on('opentag', (tag: SaxesTagPlain) => {
      const name = local(tag.name);
      if (name === 'row') {
        const r = tag.attributes.r ? Number(tag.attributes.r) : rowNumber + 1;
        if (!Number.isInteger(r) || r <= rowNumber || r > MAX_ROW) throw new Error('bad row number');
        rowNumber = r;
        cells = [];
        beyond = false;
        valued = 0;
        lastCol = 0;
      } else if (name === 'c') {
        const col = tag.attributes.r ? columnOf(tag.attributes.r) : lastCol + 1;
        // Excel writes a row's cells left to right: at most one per column, so at most 16,384 per row.
        if (col === null || col <= lastCol || col > MAX_COLUMN) throw new Error('bad cell reference');
        lastCol = col;
        const style = Number(tag.attributes.s ?? 0);
        cell = { col, type: tag.attributes.t ?? 'n', kind: kinds[style] ?? 'general', text: [] };
      } else if (name === 'rPh') inPhonetic = true;
      else if (cell && (name === 'v' || (name === 't' && !inPhonetic && cell.type === 'inlineStr')))
        capture = true;
    });
    const onText = (text: string) => {
      if (capture && cell) cell.text.push(text);
    };
    p.on('text', onText);
    p.on('cdata', onText);
    p.on('closetag', (tag: SaxesTagPlain) => {
      const name = local(tag.name);
      if (name === 'v' || name === 't') capture = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c' && cell) {
        finishCell(cell);
        cell = null;
      } else if (name === 'row') finishRow();
    });
  });
  if (!builder.hasHeader) builder.header([]);
}
