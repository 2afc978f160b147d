/** Committee papers and exports, the pure parts: formula neutralisation, CSV, Thai formatting, compare, chart. */
import { describe, expect, it } from 'vitest';
import { progressSummary } from '../../src/domain/monitoring';
import { toCsv } from '../../src/server/exports/csv';
import { neutralise, neutraliseValue } from '../../src/server/exports/neutralise';
import { compareSummaries, hundredthsDiff } from '../../src/server/papers/monitoring/compare';
import { measureSarabun } from '../../src/server/papers/font-metrics';
import {
  countPctText,
  thaiDateTime,
  thaiMonthYear,
  thaiNumber,
} from '../../src/server/papers/monitoring/thai-format';
import type { SummaryResponse } from '../../src/shared/api/monitoring/summary';
import { SEED_TARGET_NAMES, seedProjects } from '../fixtures/seed-summary';

describe('neutralise', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '=HYPERLINK("http://x")'])(
    'prefixes %j',
    (text) => {
      expect(neutralise(text)).toBe(`'${text}`);
    },
  );
  it.each(['ok', 'ดำเนินการ', ' =x', "'=x", '1-2', ''])('leaves %j alone', (text) => {
    expect(neutralise(text)).toBe(text);
  });
  it('never touches numbers or empty cells', () => {
    expect(neutraliseValue(-5)).toBe(-5);
    expect(neutraliseValue(null)).toBeNull();
  });
});

describe('toCsv', () => {
  it('writes UTF-8 with BOM, quotes where needed, CRLF lines, neutralised text', () => {
    const csv = toCsv(
      ['a', 'ข'],
      [
        ['=1+1', 'มี,จุลภาค'],
        ['say "hi"', 12.5],
        [null, 'x\ny'],
      ],
    );
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8').slice(1)).toBe(`a,ข\r\n'=1+1,"มี,จุลภาค"\r\n"say ""hi""",12.5\r\n,"x\ny"\r\n`);
  });
});

describe('Thai formatting of papers', () => {
  it('prints numbers and "count (percent)" cells in Thai digits as the minutes do', () => {
    expect(countPctText(13, 23.21)).toBe('๑๓ (๒๓.๒๑)');
    expect(countPctText(4, 25)).toBe('๔ (๒๕)');
    expect(countPctText(0, 0)).toBe('-');
    expect(thaiNumber(1250000.5)).toBe('๑,๒๕๐,๐๐๐.๕');
    expect(thaiMonthYear('2566-05')).toBe('พฤษภาคม ๒๕๖๖');
  });
  it('dates a paper in Bangkok time', () => {
    expect(thaiDateTime(new Date('2023-06-20T17:30:00Z'))).toBe('๒๑ มิถุนายน ๒๕๖๖ เวลา ๐๐.๓๐ น.');
  });
});

const seed = (): SummaryResponse => ({
  plan: 'P',
  fiscalYear: 2566,
  asOf: '2566-05',
  ...progressSummary({
    fiscalYear: 2566,
    targets: Object.entries(SEED_TARGET_NAMES).map(([no, name]) => ({ no, name })),
    projects: seedProjects().map((p) => ({ ...p, fiscalYearFrom: 2566, fiscalYearTo: 2566 })),
  }),
});

describe('compareSummaries', () => {
  it('marks nothing when both months are the same', () => {
    const result = compareSummaries(seed(), seed());
    expect(result.cells.filter((c) => c.changed)).toEqual([]);
    expect(result.progress.filter((p) => p.changed)).toEqual([]);
    expect(result.columns.map((c) => c.key)).toEqual(['1', '2', '3', '4', '5', 'all']);
  });
  it('marks the cells of a target that appears only in b, and exact differences', () => {
    const a = seed();
    const b = seed();
    b.targets.push({ ...b.targets[4]!, no: '6', name: 'ใหม่' });
    const result = compareSummaries(a, b);
    expect(result.cells.filter((c) => c.changed).map((c) => c.column)).toEqual(Array(6).fill('6'));
    expect(result.progress.find((p) => p.column === '6')).toMatchObject({ a: null, changed: true });
    expect(hundredthsDiff(66.67, 33.33)).toBe(-33.34);
    expect(hundredthsDiff(23.08, 30.77)).toBe(7.69);
  });
});

describe('the SVG chart measurements', () => {
  it('measures Thai with Sarabun: vowel and tone marks take no width', () => {
    expect(measureSarabun('่', 16)).toBe(0);
    expect(measureSarabun('ที่', 16)).toBeCloseTo(measureSarabun('ท', 16), 5);
    expect(measureSarabun('ดำเนินการเสร็จแล้ว', 16)).toBeGreaterThan(100);
  });
});
