/** Pure import parsing: reading CSV/XLSX into rows, and checking plan and report rows without a database. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/server/errors';
import { parsePlanTable, PLAN_COLUMNS } from '../../src/server/import/monitoring/plan-rows';
import { checkColumns, readTable } from '../../src/server/import/read-table';
import { parseReportTable } from '../../src/server/import/monitoring/report-rows';
import { formatImportIssue, type FieldIssue } from '../../src/shared/messages';
import {
  basePlanRows,
  csvBytes,
  PLAN_CODE,
  PLAN_HEADERS,
  planRow,
  REPORT_HEADERS,
  reportRow,
  tableOf,
  type Row,
} from '../fixtures/files';
import { xlsxBytes } from '../fixtures/xlsx';

const utf8 = (text: string) => new TextEncoder().encode(text);
const where = (issues: FieldIssue[]) => issues.map((i) => `${i.row}:${i.field}`);

describe('readTable: CSV', () => {
  it('numbers rows as Excel shows them, trims keys and cells, skips wholly empty rows', async () => {
    const table = await readTable(utf8(' a , b ,c\r\n1, x ,"q, r"\r\n,,\r\n\r\n2,"line\nbreak",z\r\n'));
    expect(table.headers).toEqual(['a', 'b', 'c']);
    expect(table.rows).toEqual([
      { row: 2, values: { a: '1', b: 'x', c: 'q, r' } },
      { row: 5, values: { a: '2', b: 'line\nbreak', c: 'z' } },
    ]);
  });

  it('reads a CSV with a UTF-8 BOM exactly like one without', async () => {
    const rows = basePlanRows();
    const plain = await readTable(csvBytes(rows));
    const withBom = await readTable(csvBytes(rows, undefined, { bom: true }));
    expect(withBom.headers[0]).toBe('plan_code');
    expect(withBom).toEqual(plain);
  });

  it('keeps Thai text and Thai digits as typed', async () => {
    const table = await readTable(
      utf8('target_no,target_name\n๑,สร้างนวัตกรรมเพื่อพัฒนามหานคร (HR Innovation)\n'),
    );
    expect(table.rows[0]!.values).toEqual({
      target_no: '๑',
      target_name: 'สร้างนวัตกรรมเพื่อพัฒนามหานคร (HR Innovation)',
    });
  });

  it('marks rows with cells beyond the last column (an unquoted 1,000)', async () => {
    const table = await readTable(utf8('plan_code,budget\nX,1,000\nY,"1,000"\n'));
    expect(table.overfull).toEqual([2]);
    expect(checkColumns(table, { required: ['plan_code'], optional: ['budget'] })).toEqual([
      expect.objectContaining({ row: 2, field: 'budget' }),
    ]);
  });

  it('refuses a file that is not UTF-8', async () => {
    const latin1 = new Uint8Array([0x61, 0x0a, 0xe9, 0xff, 0x0a]);
    await expect(readTable(latin1)).rejects.toBeInstanceOf(AppError);
    await expect(readTable(latin1)).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('refuses an empty file', async () => {
    await expect(readTable(utf8(''))).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('readTable: XLSX (first sheet)', () => {
  it('reads Thai text, numbers typed as numbers and dates, like the CSV', async () => {
    const bytes = await xlsxBytes(
      [
        ['plan_code', 'target_no', 'target_name', 'budget', 'kpi_target', 'start_date', 'fiscal_years'],
        ['HR', 1, 'องค์กรสมรรถนะสูง', 1250000, 0.5, new Date(Date.UTC(2023, 4, 31)), 2566],
        [null, null, null, null, null, null, null],
        ['HR', '๒', 'สองสอง', '1,250,000', '๑๒', '31/05/2566', '2566-2568'],
      ],
      { extraSheetFirst: true },
    );
    const table = await readTable(bytes);
    expect(table.headers).toEqual([
      'plan_code',
      'target_no',
      'target_name',
      'budget',
      'kpi_target',
      'start_date',
      'fiscal_years',
    ]);
    expect(table.rows).toEqual([
      {
        row: 2,
        values: {
          plan_code: 'HR',
          target_no: '1',
          target_name: 'องค์กรสมรรถนะสูง',
          budget: '1250000',
          kpi_target: '0.5',
          start_date: '2023-05-31',
          fiscal_years: '2566',
        },
      },
      {
        row: 4,
        values: {
          plan_code: 'HR',
          target_no: '๒',
          target_name: 'สองสอง',
          budget: '1,250,000',
          kpi_target: '๑๒',
          start_date: '31/05/2566',
          fiscal_years: '2566-2568',
        },
      },
    ]);
  });

  it('reads a formula cell by its result and rich text by its text', async () => {
    const bytes = await xlsxBytes([
      ['a', 'b'],
      [{ formula: '1+1', result: 2 }, { richText: [{ text: 'ตัว' }, { text: 'หนา' }] }],
    ]);
    expect((await readTable(bytes)).rows[0]!.values).toEqual({ a: '2', b: 'ตัวหนา' });
  });

  it('refuses a ZIP that is not a workbook', async () => {
    const zipHeader = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    await expect(readTable(zipHeader)).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('checkColumns', () => {
  it('reports unknown, duplicate and missing columns as row 1 issues', () => {
    const headers = [...PLAN_HEADERS.filter((h) => h !== 'plan_name'), 'colour', 'budget'];
    const issues = checkColumns(tableOf([], headers), PLAN_COLUMNS);
    expect(issues.map((i) => [i.row, i.field, i.en])).toEqual([
      [1, 'colour', 'unknown column'],
      [1, 'budget', 'the column appears twice'],
      [1, 'plan_name', 'required column is missing'],
    ]);
  });

  it('accepts the required columns alone, in any order', () => {
    expect(checkColumns(tableOf([], [...PLAN_COLUMNS.required].reverse()), PLAN_COLUMNS)).toEqual([]);
  });
});

describe('parsePlanTable', () => {
  it('turns the good file into one plan draft with exact values', () => {
    const { plans, issues } = parsePlanTable(tableOf(basePlanRows()));
    expect(issues).toEqual([]);
    expect(plans).toHaveLength(1);
    const plan = plans[0]!;
    expect([plan.code, plan.startYear, plan.endYear]).toEqual([PLAN_CODE, 2566, 2570]);
    expect([...plan.targets.keys()]).toEqual(['1', '2', '10']);
    expect(plan.targets.get('1')).toEqual({ name: 'องค์กรสมรรถนะสูง', valueDelivered: 'ระบบงานคล่องตัว' });
    expect([...plan.strategies.keys()]).toEqual(['1|1.1', '2|2.1', '10|10.1']);
    expect(plan.projects.map((p) => p.code)).toEqual(['A-01', 'A-02', 'B-01', 'C-01']);
    expect(plan.projects[0]).toEqual({
      row: 2,
      targetNo: '1',
      strategyNo: '1.1',
      code: 'A-01',
      name: 'โครงการ A-01',
      fiscalYearFrom: 2566,
      fiscalYearTo: 2566,
      ownerUnit: 'UNIT-A',
      startDate: '2022-10-01',
      endDate: '2023-09-30',
      budget: '1250000',
      kpi: 'จำนวนหน่วยงาน',
      kpiUnit: 'หน่วยงาน',
      kpiTarget: '20',
      dependsOn: [],
      extraTargets: [],
    });
    expect(plan.projects[1]).toMatchObject({
      fiscalYearFrom: 2566,
      fiscalYearTo: 2567,
      dependsOn: ['A-01'],
      budget: '500000.5',
    });
    expect(plan.projects[2]).toMatchObject({ targetNo: '2', extraTargets: ['1'] });
  });

  it('reads Thai digits in target and strategy numbers as the same target', () => {
    const { plans, issues } = parsePlanTable(
      tableOf([
        planRow('A-01'),
        planRow('A-02', {
          target_no: '๑',
          target_name: 'องค์กรสมรรถนะสูง',
          strategy_no: '๑.๑',
          strategy_name: 'กลยุทธ์ 1.1',
        }),
      ]),
    );
    expect(issues).toEqual([]);
    expect([...plans[0]!.targets.keys()]).toEqual(['1']);
    expect(plans[0]!.projects[1]).toMatchObject({ targetNo: '1', strategyNo: '1.1' });
  });

  it('lists every bad cell of every row at once, in `row N, column KEY` form', () => {
    const rows: Row[] = [
      planRow('A-01', { budget: 'หนึ่งล้าน' }),
      planRow('A-02', { start_date: '31/02/2566', plan_start_year: '' }),
      planRow('A-01'),
    ];
    const { issues } = parsePlanTable(tableOf(rows));
    expect(issues.map(formatImportIssue)).toEqual([
      'row 2, column budget: "หนึ่งล้าน" is not a number ("หนึ่งล้าน" ไม่ใช่ตัวเลข)',
      'row 3, column plan_start_year: is required (ต้องกรอก)',
      'row 3, column start_date: "31/02/2566" is not a date like 2023-05-31 or 31/05/2566 ("31/02/2566" ไม่ใช่วันที่ เช่น 2023-05-31 หรือ 31/05/2566)',
      'row 4, column project_code: appears twice in the plan (first at row 2) (ซ้ำในแผนเดียวกัน (ครั้งแรกแถวที่ 2))',
    ]);
  });

  it('refuses a file with a header and no rows', () => {
    const { issues } = parsePlanTable(tableOf([], PLAN_HEADERS));
    expect(where(issues)).toEqual(['2:plan_code']);
  });
});

describe('parseReportTable', () => {
  const table = (rows: Row[]) => tableOf(rows, REPORT_HEADERS);

  it('reads Thai status words, Thai digits and numbers with separators', () => {
    const { reports, issues } = parseReportTable(
      table([
        reportRow('A-01', '๒๕๖๖-๐๕', 'อยู่ระหว่างดำเนินการ', {
          percent: '๔๕.๕๐',
          spent: '1,000,000',
          kpi_actual: '12',
        }),
        reportRow('A-02', '2566-05', 'ดำเนินการ เสร็จแล้ว', { problems: 'งบประมาณล่าช้า' }),
        reportRow('B-01', '2566-5', 'Cancelled'),
      ]),
    );
    expect(issues).toEqual([]);
    expect(reports).toEqual([
      {
        row: 2,
        planCode: PLAN_CODE,
        projectCode: 'A-01',
        period: { yearBE: 2566, month: 5 },
        status: 'in_progress',
        percent: '45.5',
        kpiActual: '12',
        spent: '1000000',
        problems: null,
        nextSteps: null,
      },
      {
        row: 3,
        planCode: PLAN_CODE,
        projectCode: 'A-02',
        period: { yearBE: 2566, month: 5 },
        status: 'completed',
        percent: null,
        kpiActual: null,
        spent: null,
        problems: 'งบประมาณล่าช้า',
        nextSteps: null,
      },
      expect.objectContaining({ row: 4, status: 'cancelled', period: { yearBE: 2566, month: 5 } }),
    ]);
  });

  it('reports each bad cell: status, percent > 100, negative spent, bad period, duplicate month', () => {
    const { issues } = parseReportTable(
      table([
        reportRow('A-01', '2566-05', 'เสร็จ'),
        reportRow('A-02', '2566-05', 'completed', { percent: '100.01' }),
        reportRow('A-03', '2566-05', 'completed', { spent: '-1' }),
        reportRow('A-04', '2566-13', 'completed'),
        reportRow('A-05', '2566-05', 'completed', { percent: '50.125' }),
        reportRow('A-02', '๒๕๖๖-๐๕', 'in_progress'),
      ]),
    );
    expect(issues.map((i) => [i.row, i.field, i.en])).toEqual([
      [
        2,
        'status',
        '"เสร็จ" is not a status: use not_started, in_progress, completed, cancelled or the Thai words',
      ],
      [3, 'percent', 'must be at most 100'],
      [4, 'spent', 'must be at least 0'],
      [5, 'period', '"2566-13" is not a month like 2566-05 (BE year-month)'],
      [6, 'percent', 'at most 2 decimals'],
      [7, 'period', 'the same project and month is already on row 3'],
    ]);
  });

  it('percent 0 and 100 are allowed', () => {
    const { issues } = parseReportTable(
      table([
        reportRow('A-01', '2566-05', 'not_started', { percent: '0' }),
        reportRow('A-02', '2566-05', 'completed', { percent: '100' }),
      ]),
    );
    expect(issues).toEqual([]);
  });
});
