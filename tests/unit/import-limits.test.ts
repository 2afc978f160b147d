/**
 * The import readers' limits (docs/security.md 4.5): only the cells present are read, the width is the
 * header's, and rows, cells per row, unpacked size and reading time are capped with a clear refusal.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/server/errors';
import { readTable } from '../../src/server/import/read-table';
import { Pace } from '../../src/server/import/table-builder';
import { inflateEntry, UnzipBudget, zipEntries } from '../../src/server/import/zip-entries';
import { LIMITS } from '../../src/shared/limits';
import { craftXlsx, rowsXml, zipParts } from '../fixtures/xlsx-crafted';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('XLSX: only the cells present are read, the width is the header', () => {
  it('one blank styled cell at XFD1048576 (dimension A1:XFD1048576) reads as the two rows present', async () => {
    const bytes = craftXlsx({
      before: '<dimension ref="A1:XFD1048576"/>',
      rows: [
        rowsXml([
          ['a', 'b'],
          ['x', 'y'],
        ]),
        '<row r="1048576"><c r="XFD1048576" s="1"/></row>',
      ],
      formats: ['@'],
    });
    expect(bytes.length).toBeLessThan(4_000);
    const table = await readTable(bytes);
    expect(table.headers).toEqual(['a', 'b']);
    expect(table.rows).toEqual([{ row: 2, values: { a: 'x', b: 'y' } }]);
    expect(table.overfull).toEqual([]);
  });

  it('styles on every column ("select all → format") and on 1,000 rows read as the rows with text', async () => {
    const styledRows = Array.from(
      { length: 1_000 },
      (_, i) => `<row r="${i + 3}" s="1" customFormat="1"><c r="A${i + 3}" s="1"/></row>`,
    ).join('');
    const bytes = craftXlsx({
      before: '<dimension ref="A1:XFD1002"/><cols><col min="1" max="16384" width="9" style="1"/></cols>',
      rows: [
        rowsXml([
          ['a', 'b'],
          ['x', 2],
        ]),
        styledRows,
      ],
      formats: ['0.00'],
    });
    const table = await readTable(bytes);
    expect(table.rows).toEqual([{ row: 2, values: { a: 'x', b: '2' } }]);
  });

  it('text beyond the header’s last column makes the row overfull; a blank cell there does not', async () => {
    const bytes = craftXlsx({
      rows: [
        rowsXml([['a', 'b', null, null]]),
        '<row r="2"><c r="A2" t="inlineStr"><is><t>1</t></is></c><c r="Z2" t="inlineStr"><is><t>stray</t></is></c></row>',
        '<row r="3"><c r="A3" t="inlineStr"><is><t>2</t></is></c><c r="XFD3" s="0"/></row>',
      ],
    });
    const table = await readTable(bytes);
    expect(table.headers).toEqual(['a', 'b']);
    expect(table.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(table.overfull).toEqual([2]);
  });
});

describe('limits: rows, cells per row, unpacked size, reading time', () => {
  it(`more than ${LIMITS.importRows} rows of data → 413 naming the limit (CSV and XLSX)`, async () => {
    const csv = `a,b\n${'1,2\n'.repeat(LIMITS.importRows + 1)}`;
    const err = await refusal(readTable(utf8(csv)));
    expect(err.code).toBe('too_large');
    expect(err.bilingual.en).toBe('the file has more than 100,000 rows of data: split it into smaller files');
    expect(err.bilingual.th).toBe('ไฟล์มีข้อมูลเกิน 100,000 แถว กรุณาแบ่งเป็นไฟล์ย่อย');
    expect(err.issues).toEqual([{ field: 'file', en: err.bilingual.en, th: err.bilingual.th }]);

    const row = (r: number) => `<row r="${r}"><c r="A${r}"><v>1</v></c></row>`;
    const rows = Array.from({ length: LIMITS.importRows + 1 }, (_, i) => row(i + 2)).join('');
    const xlsx = craftXlsx({ rows: [rowsXml([['a']]), rows] });
    expect((await refusal(readTable(xlsx))).bilingual.en).toMatch(/more than 100,000 rows/);
  });

  it('exactly the limit of rows is read', async () => {
    const table = await readTable(utf8(`a\n${'1\n'.repeat(LIMITS.importRows)}`));
    expect(table.rows).toHaveLength(100_000);
    expect(table.rows.at(-1)).toEqual({ row: 100_001, values: { a: '1' } });
  });

  it(`a row of more than ${LIMITS.importCellsPerRow} cells → 413 naming the row`, async () => {
    const err = await refusal(readTable(utf8(`a,b\n1,2\n${'x,'.repeat(1_000)}x\n`)));
    expect(err.code).toBe('too_large');
    expect(err.bilingual.en).toBe('row 3 has more than 1,000 cells: only the columns of row 1 are read');
    const cells = Array.from({ length: 1_001 }, (_, i) => `<c><v>${i}</v></c>`).join('');
    const xlsx = craftXlsx({ rows: [rowsXml([['a']]), `<row r="2">${cells}</row>`] });
    expect((await refusal(readTable(xlsx))).bilingual.en).toMatch(/^row 2 has more than 1,000 cells/);
  });

  it('a zip bomb declaring its size (300 MB of blanks) → 413 before inflating', async () => {
    const bytes = craftXlsx({ rows: [rowsXml([['a'], ['x']]), { text: ' '.repeat(1 << 20), times: 300 }] });
    expect(bytes.length).toBeLessThan(400_000);
    const err = await refusal(readTable(bytes));
    expect(err.code).toBe('too_large');
    expect(err.bilingual.en).toBe('the XLSX file unpacks to more than 256 MB: split it into smaller files');
  });

  it('a zip bomb lying about its size → refused as damaged once its declared size is passed', async () => {
    const bytes = craftXlsx({
      rows: [rowsXml([['a'], ['x']]), { text: '<c/>'.repeat(1 << 18), times: 300 }],
      declaredSheetSize: 4_096,
    });
    const err = await refusal(readTable(bytes));
    expect(err.code).toBe('invalid_input');
    expect(err.bilingual.en).toMatch(/^the XLSX file cannot be opened/);
  });

  it('a megabyte of blanks between two tags is refused as damaged (it would be held in memory)', async () => {
    const bytes = craftXlsx({ rows: [rowsXml([['a'], ['x']]), { text: ' '.repeat(1 << 20), times: 100 }] });
    expect((await refusal(readTable(bytes))).bilingual.en).toMatch(/^the XLSX file cannot be opened/);
  });

  it('reading past the deadline → 413 "took longer than …" (CSV and XLSX)', async () => {
    const csv = await refusal(readTable(utf8('a\n1\n'), new Pace(0)));
    expect(csv.code).toBe('too_large');
    expect(csv.bilingual.en).toBe('reading the file took longer than 0 seconds: split it into smaller files');
    expect(csv.bilingual.th).toBe('การอ่านไฟล์ใช้เวลาเกิน 0 วินาที กรุณาแบ่งเป็นไฟล์ย่อย');
    const xlsx = await refusal(readTable(craftXlsx({ rows: [rowsXml([['a'], ['x']])] }), new Pace(0)));
    expect(xlsx.code).toBe('too_large');
  });
});

describe('inflating one part', () => {
  it('stops at the declared size: a lying part yields at most one chunk past it', async () => {
    const bytes = zipParts([
      { name: 'big.xml', pieces: [{ text: 'x'.repeat(1 << 20), times: 300 }], declaredSize: 4_096 },
    ]);
    const entry = zipEntries(bytes).get('big.xml')!;
    let seen = 0;
    const err = await (async () => {
      for await (const chunk of inflateEntry(bytes, entry, new UnzipBudget())) seen += chunk.length;
    })().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect(seen).toBeLessThanOrEqual(4_096);
  });

  it('spends one budget for all parts: two honest parts of 200 MB each pass it together', async () => {
    const part = (name: string) => ({ name, pieces: [{ text: ' '.repeat(1 << 20), times: 200 }] });
    const bytes = zipParts([part('a.xml'), part('b.xml')]);
    const entries = zipEntries(bytes);
    const budget = new UnzipBudget();
    let seen = 0;
    for await (const chunk of inflateEntry(bytes, entries.get('a.xml')!, budget)) seen += chunk.length;
    expect(seen).toBe(200 * 1024 * 1024);
    const err = await (async () => {
      for await (const chunk of inflateEntry(bytes, entries.get('b.xml')!, budget)) seen += chunk.length;
    })().then(
      () => null,
      (e: unknown) => e,
    );
    expect((err as AppError).code).toBe('too_large');
    expect(seen).toBe(200 * 1024 * 1024);
  });
});
