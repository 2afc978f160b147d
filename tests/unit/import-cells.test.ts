/**
 * Cells as the person sees them (docs/security.md 4.5): a percent-formatted XLSX cell and a CSV "50%" read
 * alike, multi-line text keeps its line breaks, and NUL characters or lone surrogates are refused per cell.
 */
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/server/import/read-table';
import { parseReportTable } from '../../src/server/import/monitoring/report-rows';
import { parsePlanTable } from '../../src/server/import/monitoring/plan-rows';
import { issuesNotKept } from '../../src/server/import/issue-list';
import { csvBytes, reportRow, REPORT_HEADERS, tableOf, planRow } from '../fixtures/files';
import { craftXlsx, rowsXml } from '../fixtures/xlsx-crafted';
import { xlsxBytes } from '../fixtures/xlsx';

const HEADER = ['plan_code', 'project_code', 'period', 'status', 'percent', 'spent', 'problems'];
let project = 0;
/** A report row of a project of its own (so no two rows are the same project and month). */
const report = (percent: unknown, spent: unknown = null, problems: unknown = null) =>
  ['HR', `P${++project}`, '2566-05', 'in_progress', percent, spent, problems] as never[];

describe('percent cells: an XLSX percent format and a CSV "50%" mean the same', () => {
  it('0.5 formatted 0% reads "50%" and imports as percent 50; 0.125 as 0.0% imports as 12.5', async () => {
    const bytes = craftXlsx({
      rows: [rowsXml([HEADER, report({ value: 0.5, s: 1 }), report({ value: 0.125, s: 2 }, 100)], 1)],
      formats: ['0%', '0.0%'],
    });
    const table = await readTable(bytes);
    expect(table.rows.map((r) => r.values.percent)).toEqual(['50%', '12.5%']);
    const { reports, issues } = parseReportTable(table);
    expect(issues).toEqual([]);
    expect(reports.map((r) => r.percent)).toEqual(['50', '12.5']);
  });

  it('the built-in formats read alike: 0% and 0.00% (ids 9, 10) as percentages, 14 as a date', async () => {
    const bytes = craftXlsx({
      rows: [
        rowsXml([
          ['a', 'b', 'c'],
          [
            { value: 0.25, s: 1 },
            { value: 0.0125, s: 2 },
            { value: 45077, s: 3 },
          ],
        ]),
      ],
      formats: [9, 10, 14],
    });
    expect((await readTable(bytes)).rows[0]!.values).toEqual({ a: '25%', b: '1.25%', c: '2023-05-31' });
  });

  it('a CSV "50%" in the percent column imports as 50, as the XLSX cell does', async () => {
    const csv = csvBytes([reportRow('P1', '2566-05', 'in_progress', { percent: '50%' })], REPORT_HEADERS);
    const { reports, issues } = parseReportTable(await readTable(csv));
    expect(issues).toEqual([]);
    expect(reports[0]!.percent).toBe('50');
  });

  it('a percentage anywhere else (spent, a percent-formatted money cell) is refused, never read as 0.5', async () => {
    const bytes = craftXlsx({ rows: [rowsXml([HEADER, report(40, { value: 0.5, s: 1 })])], formats: ['0%'] });
    const { issues } = parseReportTable(await readTable(bytes));
    expect(issues).toEqual([
      {
        row: 2,
        field: 'spent',
        en: '"50%" is a percentage: only the percent column takes one; write the number itself',
        th: '"50%" เป็นร้อยละ ซึ่งใช้ได้เฉพาะคอลัมน์ percent: กรอกเป็นตัวเลข',
      },
    ]);
  });

  it('more decimals than the percent column takes are refused, as in a CSV', async () => {
    const bytes = craftXlsx({ rows: [rowsXml([HEADER, report({ value: 0.50125, s: 1 })])], formats: ['0%'] });
    const { issues } = parseReportTable(await readTable(bytes));
    expect(issues.map((i) => `${i.row}:${i.field}:${i.en}`)).toEqual(['2:percent:at most 2 decimals']);
  });
});

describe('multi-line text keeps its line breaks', () => {
  it('a plain XLSX cell, a rich-text cell and a CSV cell keep them in problems; names do not', async () => {
    const bytes = await xlsxBytes([
      HEADER,
      report(40, null, 'บรรทัดแรก\r\nบรรทัดที่สอง'),
      report(41, null, { richText: [{ text: 'ตัวหนา\n' }, { text: '  ต่อ  ไป ' }] }),
    ]);
    const { reports } = parseReportTable(await readTable(bytes));
    expect(reports.map((r) => r.problems)).toEqual(['บรรทัดแรก\nบรรทัดที่สอง', 'ตัวหนา\nต่อ ไป']);
    const csv = csvBytes(
      [reportRow('P1', '2566-05', 'in_progress', { problems: 'หนึ่ง\n\nสอง', next_steps: 'ก\r\nข' })],
      [...REPORT_HEADERS, 'next_steps'],
    );
    const [parsed] = parseReportTable(await readTable(csv)).reports;
    expect(parsed!.problems).toBe('หนึ่ง\n\nสอง');
    expect(parsed!.nextSteps).toBe('ก\nข');
    const plan = parsePlanTable(tableOf([planRow('P-01', { project_name: 'ชื่อ\nโครงการ' })]));
    expect(plan.plans[0]!.projects[0]!.name).toBe('ชื่อ โครงการ');
  });
});

describe('NUL characters and lone surrogates in cells are refused, naming row and column', () => {
  it('XLSX (Excel writes them as _x0000_ and _xD800_) and CSV alike; nothing else of the row is lost', async () => {
    const bytes = craftXlsx({
      rows: [rowsXml([HEADER, report(40, null, 'a_x0000_b'), report(41, null, 'c_xD800_')])],
    });
    const table = await readTable(bytes);
    expect(table.badText).toEqual([
      { row: 2, field: 'problems' },
      { row: 3, field: 'problems' },
    ]);
    const { issues } = parseReportTable(table);
    expect(issues.map((i) => `${i.row}:${i.field}`)).toEqual(['2:problems', '3:problems']);
    expect(issues[0]!.en).toBe(
      'contains a NUL character or a broken Unicode character (a lone surrogate): remove it',
    );
    expect(issues[0]!.th).toMatch(/^มีอักขระ NUL/);
  });
});

describe('the issues of a file are capped at 1,000 kept, the rest counted', () => {
  it('1,500 rows with two bad cells each: 1,000 issues kept, 2,000 counted beyond', async () => {
    const rows = Array.from({ length: 1_500 }, () => report('many', 'much'));
    const { issues } = parseReportTable(await readTable(await xlsxBytes([HEADER, ...rows])));
    // spent "much" and percent "many" on every row: the first 1,000 kept are rows 2 to 501
    expect(issues).toHaveLength(1_000);
    expect(issuesNotKept(issues)).toBe(2_000);
    expect(issues.at(-1)).toMatchObject({ row: 501, field: 'spent' });
  });
});
