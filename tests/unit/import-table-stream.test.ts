/**
 * The streaming reader of large imports (src/server/import/table-stream.ts) writes one batch while it reads
 * the next: the batches still arrive whole and in the file's order, never two written at once, and a
 * write's error or the file's own error ends the import with that error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/server/errors';
import { streamTable, type StreamedRow } from '../../src/server/import/table-stream';

const dir = mkdtempSync(join(tmpdir(), 'tidtam-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csv(name: string, rows: number, tail = ''): string {
  const path = join(dir, name);
  const lines = ['code,name'];
  for (let i = 1; i <= rows; i++) lines.push(`C${i},name ${i}`);
  writeFileSync(path, lines.join('\n') + '\n' + tail);
  return path;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

const options = (onRows: (rows: StreamedRow[]) => Promise<void>) => ({
  headerKey: (cell: string) => cell.trim(),
  maxRows: 100_000,
  onHeader: () => undefined,
  batch: 1_000,
  onRows,
});

describe('streamTable', () => {
  it('hands 4,500 rows on in batches of at least 1,000 (the last excepted) in the file order, one write at a time', async () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    let writing = 0;
    let most = 0;
    const read = await streamTable(
      csv('order.csv', 4_500),
      options(async (rows) => {
        writing++;
        most = Math.max(most, writing);
        sizes.push(rows.length);
        await tick();
        seen.push(...rows.map((r) => r.values.code!));
        writing--;
      }),
    );
    expect(read).toBe(4_500);
    // A batch is handed on at the reader's pauses (every 500 rows) once it holds 1,000 rows.
    expect(sizes).toEqual([1_499, 1_000, 1_000, 1_000, 1]);
    expect(most).toBe(1);
    expect(seen).toEqual(Array.from({ length: 4_500 }, (_, i) => `C${i + 1}`));
  });

  it("answers only once the last batch's write has finished", async () => {
    let written = 0;
    await streamTable(
      csv('last.csv', 2_500),
      options(async (rows) => {
        await tick();
        written += rows.length;
      }),
    );
    expect(written).toBe(2_500);
  });

  it("ends with a write's error, without writing the batches after it", async () => {
    const batches: number[] = [];
    const failure = await streamTable(
      csv('fails.csv', 5_000),
      options(async (rows) => {
        batches.push(rows.length);
        await tick();
        if (batches.length === 2) throw new Error('stage failed');
      }),
    ).catch((e: unknown) => e);
    expect((failure as Error).message).toBe('stage failed');
    expect(batches).toEqual([1_499, 1_000]);
  });

  it("ends with the file's error once the batch being written has finished", async () => {
    let finished = 0;
    const failure = await streamTable(
      csv('broken.csv', 1_500, 'C9,"an unclosed quote\n'),
      options(async () => {
        await tick();
        finished++;
      }),
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).message).toMatch(/CSV cannot be read/);
    expect(finished).toBe(1);
  });
});
