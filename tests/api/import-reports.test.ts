/** Importing monthly report files (formats.md): statuses, every error kind, replacement with history, dry run. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addMonths, formatPeriod, periodFromKey } from '../../src/domain';
import { OPERATOR, type Actor } from '../../src/server/actor';
import type { Database } from '../../src/server/db/database';
import { currentPeriodKey } from '../../src/server/use-cases/clock';
import { importPlan } from '../../src/server/use-cases/monitoring/import-plan';
import { importReports } from '../../src/server/use-cases/monitoring/import-reports';
import { openReportingMonth } from '../../src/server/use-cases/monitoring/reporting-months';
import { count, countAllTables, importIssues, issueTriples, resetDatabase } from '../fixtures/db';
import { basePlanRows, csvBytes, PLAN_CODE, REPORT_HEADERS, reportRow, type Row } from '../fixtures/files';
import { xlsxBytes } from '../fixtures/xlsx';
import { createTestDatabase } from '../helpers/test-db';

let db: Database;

const REPORTS_ACCEPTED =
  'รหัสแผน (plan_code), รหัสโครงการ (project_code), เดือนที่รายงาน (period), สถานะ (status), ' +
  'ร้อยละความก้าวหน้า (percent), ผลตามตัวชี้วัด (kpi_actual), ผลการเบิกจ่าย (บาท) (spent), ' +
  'ปัญหาอุปสรรค (problems), แนวทางดำเนินการต่อไป (next_steps)';
beforeAll(async () => {
  db = await createTestDatabase();
});
beforeEach(async () => {
  await resetDatabase(db);
  // plan years 2566–2590, so that next month is always inside the plan and only "in the future" is wrong
  const plan: Row[] = basePlanRows().map((r) => ({ ...r, plan_end_year: '2590' }));
  plan[3]!.owner_unit = 'UNIT-C';
  await importPlan(db, OPERATOR, csvBytes(plan));
});
afterAll(async () => {
  await db.close();
});

const importRows = (rows: Row[], options: { dryRun?: boolean; actor?: Actor } = {}) =>
  importReports(db, options.actor ?? OPERATOR, csvBytes(rows, REPORT_HEADERS), {
    dryRun: options.dryRun ?? false,
  });

async function reportsOf(code: string) {
  const { rows } = await db.query<{
    id: number;
    period: number;
    status: string;
    percent: string | null;
    kpi_actual: string | null;
    spent: string | null;
    problems: string | null;
    source: string;
    reported_by_label: string;
    superseded_at: Date | null;
    superseded_by: number | null;
  }>(
    `select m.id, m.period, m.status, m.percent, m.kpi_actual, m.spent, m.problems, m.source, m.reported_by_label,
            m.superseded_at, m.superseded_by
       from monthly_report m join project p on p.id = m.project_id where p.code = $1 order by m.id`,
    [code],
  );
  return rows;
}

describe('a valid report file', () => {
  it('stores each row, with Thai status words and exact numbers', async () => {
    const result = await importRows([
      reportRow('A-01', '2566-03', 'อยู่ระหว่างดำเนินการ', {
        percent: '45.5',
        spent: '1,000,000',
        kpi_actual: '๑๒',
        problems: 'ขาดงบประมาณ, ล่าช้า',
      }),
      reportRow('A-02', '๒๕๖๖-๐๓', 'ดำเนินการเสร็จแล้ว', { percent: '100' }),
      reportRow('B-01', '2566-03', 'ยังไม่ได้ดำเนินการ'),
      reportRow('C-01', '2566-03', 'ยกเลิก'),
    ]);
    expect(result).toMatchObject({
      dryRun: false,
      ok: true,
      rows: 4,
      issues: [],
      newUnits: [],
      planCode: PLAN_CODE,
    });
    expect(count(result.created, 'monthly_report')).toBe(4);
    expect(count(result.updated, 'monthly_report')).toBe(0);

    expect(await reportsOf('A-01')).toEqual([
      expect.objectContaining({
        period: 256603,
        status: 'in_progress',
        percent: '45.50',
        spent: '1000000.00',
        kpi_actual: '12',
        problems: 'ขาดงบประมาณ, ล่าช้า',
        source: 'import',
        reported_by_label: 'cli',
        superseded_at: null,
      }),
    ]);
    expect((await reportsOf('A-02'))[0]).toMatchObject({ status: 'completed', percent: '100.00' });
    expect((await reportsOf('B-01'))[0]).toMatchObject({ status: 'not_started', percent: null, spent: null });
    expect((await reportsOf('C-01'))[0]).toMatchObject({ status: 'cancelled' });
  });

  it('an XLSX report file with numbers typed as numbers works the same', async () => {
    const bytes = await xlsxBytes([
      ['plan_code', 'project_code', 'period', 'status', 'percent', 'spent'],
      [PLAN_CODE, 'A-01', '2566-04', 'อยู่ระหว่างดำเนินการ', 37.5, 250000],
    ]);
    const result = await importReports(db, OPERATOR, bytes);
    expect(count(result.created, 'monthly_report')).toBe(1);
    expect((await reportsOf('A-01'))[0]).toMatchObject({
      period: 256604,
      percent: '37.50',
      spent: '250000.00',
    });
  });

  it('a CSV with a BOM is read like one without', async () => {
    const bytes = csvBytes([reportRow('A-01', '2566-04', 'completed')], REPORT_HEADERS, { bom: true });
    const result = await importReports(db, OPERATOR, bytes);
    expect(count(result.created, 'monthly_report')).toBe(1);
  });
});

describe('Thai column labels (docs/monitoring-files.md)', () => {
  it('a CSV whose row 1 holds the Thai labels imports as the keys would', async () => {
    const text =
      'รหัสแผน,รหัสโครงการ,เดือนที่รายงาน,สถานะ,ร้อยละความก้าวหน้า,ผลการเบิกจ่าย (บาท),ปัญหาอุปสรรค\n' +
      `${PLAN_CODE},A-01,2566-03,อยู่ระหว่างดำเนินการ,40,"1,500",รอผู้รับจ้าง\n`;
    const result = await importReports(db, OPERATOR, new TextEncoder().encode(text));
    expect(count(result.created, 'monthly_report')).toBe(1);
    expect(await reportsOf('A-01')).toMatchObject([
      { period: 256603, status: 'in_progress', percent: '40.00', spent: '1500.00', problems: 'รอผู้รับจ้าง' },
    ]);
  });

  it('an XLSX with the template\'s "label (key)" headers, and a bare label, imports too', async () => {
    const bytes = await xlsxBytes([
      ['รหัสแผน (plan_code)', 'รหัสโครงการ (project_code)', 'เดือนที่รายงาน', ' สถานะ (status) ', 'percent'],
      [PLAN_CODE, 'B-01', '2566-04', 'ดำเนินการเสร็จแล้ว', 100],
    ]);
    const result = await importReports(db, OPERATOR, bytes);
    expect(count(result.created, 'monthly_report')).toBe(1);
    expect(await reportsOf('B-01')).toMatchObject([
      { period: 256604, status: 'completed', percent: '100.00' },
    ]);
  });
});

describe('replacing a month already reported', () => {
  it('the new report replaces the current one; the old one stays, marked superseded', async () => {
    await importRows([
      reportRow('A-01', '2566-03', 'in_progress', { percent: '40' }),
      reportRow('A-02', '2566-03', 'in_progress', { percent: '10' }),
    ]);
    const second = await importRows([
      reportRow('A-01', '2566-03', 'completed', { percent: '100' }),
      reportRow('A-01', '2566-04', 'completed', { percent: '100' }),
    ]);
    expect(count(second.created, 'monthly_report')).toBe(1);
    expect(count(second.updated, 'monthly_report')).toBe(1);

    const [old, replacement, april] = await reportsOf('A-01');
    expect(old).toMatchObject({ period: 256603, status: 'in_progress', percent: '40.00' });
    expect(old!.superseded_at).not.toBeNull();
    expect(old!.superseded_by).toBe(replacement!.id);
    expect(replacement).toMatchObject({
      period: 256603,
      status: 'completed',
      superseded_at: null,
      superseded_by: null,
    });
    expect(april).toMatchObject({ period: 256604, superseded_at: null });
    // the other project's report is untouched
    expect(await reportsOf('A-02')).toEqual([
      expect.objectContaining({ status: 'in_progress', superseded_at: null }),
    ]);

    const { rows: audit } = await db.query<{ before: { status: string } | null; after: { status: string } }>(
      `select before, after from audit_event where entity = 'monthly_report' and entity_id = $1`,
      [String(replacement!.id)],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before).toMatchObject({ status: 'in_progress' });
    expect(audit[0]!.after).toMatchObject({ status: 'completed' });
  });

  it('replacing twice keeps the whole history, one current report', async () => {
    for (const status of ['not_started', 'in_progress', 'completed']) {
      await importRows([reportRow('B-01', '2566-05', status)]);
    }
    const history = await reportsOf('B-01');
    expect(history.map((r) => [r.status, r.superseded_at === null])).toEqual([
      ['not_started', false],
      ['in_progress', false],
      ['completed', true],
    ]);
    expect(history[0]!.superseded_by).toBe(history[1]!.id);
    expect(history[1]!.superseded_by).toBe(history[2]!.id);
  });
});

describe('errors: every one listed as `row N, column KEY`, and nothing written', () => {
  async function refused(rows: Row[], actor?: Actor) {
    const before = await countAllTables(db);
    const issues = await importIssues(importRows(rows, actor ? { actor } : {}));
    expect(await countAllTables(db)).toEqual(before);
    return issueTriples(issues);
  }

  it('each kind of mistake, all rows at once, sorted by row', async () => {
    const nextMonth = formatPeriod(addMonths(periodFromKey(currentPeriodKey()), 1));
    const issues = await refused([
      reportRow('A-01', '2566-05', 'in_progress', { percent: '40' }), // good
      reportRow('A-01', '2566-06', 'กำลังทำ'),
      reportRow('A-02', '2566-05', 'in_progress', { percent: '120' }),
      reportRow('B-01', '2566-05', 'in_progress', { spent: '-500' }),
      { ...reportRow('A-01', '2566-05', 'completed'), plan_code: 'NO-SUCH-PLAN' },
      reportRow('Z-99', '2566-05', 'completed'),
      reportRow('A-01', '2566-05', 'completed'),
      reportRow('A-02', '2575-01', 'completed'),
      reportRow('A-02', nextMonth, 'completed'),
      reportRow('B-01', '2565-09', 'completed'),
      reportRow('C-01', '2566-13', 'completed'),
      reportRow('C-01', '', 'completed'),
    ]);
    expect(issues).toEqual([
      [
        3,
        'status',
        '"กำลังทำ" is not a status: use not_started, in_progress, completed, cancelled or the Thai words',
      ],
      [4, 'percent', 'must be at most 100'],
      [5, 'spent', 'must be at least 0'],
      [6, 'plan_code', 'no plan "NO-SUCH-PLAN"'],
      [7, 'project_code', `no project "Z-99" in plan ${PLAN_CODE}`],
      [8, 'period', 'the same project and month is already on row 2'],
      [9, 'period', '2575-01 has not happened yet'],
      [10, 'period', `${nextMonth} has not happened yet`],
      [11, 'period', "2565-09 is outside the plan's fiscal years 2566–2590"],
      [12, 'period', '"2566-13" is not a month like 2566-05 (BE year-month)'],
      [13, 'period', 'is required'],
    ]);
  });

  it('status and percent contradicting each other are refused row by row (decision 0009); the form and the API share the rule', async () => {
    const issues = await refused([
      reportRow('A-01', '2566-05', 'not_started', { percent: '80' }),
      reportRow('A-02', '2566-05', 'ดำเนินการเสร็จแล้ว', { percent: '60' }),
      reportRow('B-01', '2566-05', 'completed', { percent: '99.99' }),
      reportRow('C-01', '2566-05', 'completed', { percent: '99.999' }),
      reportRow('A-01', '2566-04', 'in_progress', { percent: '100' }), // only warned: accepted
      reportRow('A-02', '2566-04', 'in_progress', { percent: '0' }), // only warned: accepted
      reportRow('B-01', '2566-04', 'completed'), // no percent: accepted
      reportRow('C-01', '2566-04', 'cancelled', { percent: '35' }),
    ]);
    expect(issues).toEqual([
      [
        2,
        'percent',
        'a project not started cannot be at 80 %: give 0 or no percent, or choose "in progress"',
      ],
      [
        3,
        'percent',
        'a completed project is at 100 %, not 60 %: give 100 or no percent, or choose "in progress"',
      ],
      [
        4,
        'percent',
        'a completed project is at 100 %, not 99.99 %: give 100 or no percent, or choose "in progress"',
      ],
      [5, 'percent', 'at most 2 decimals'],
    ]);
  });

  it('the current month may be reported', async () => {
    const thisMonth = formatPeriod(periodFromKey(currentPeriodKey()));
    const result = await importRows([reportRow('A-02', thisMonth, 'in_progress')]);
    expect(count(result.created, 'monthly_report')).toBe(1);
  });

  it("a period after the plan's last fiscal year is outside the plan", async () => {
    // 2590-10 is fiscal year 2591
    expect(await refused([reportRow('A-01', '2590-10', 'completed')])).toEqual([
      [2, 'period', "2590-10 is outside the plan's fiscal years 2566–2590"],
    ]);
  });

  it('unknown, missing and duplicate columns', async () => {
    const text = 'plan_code,project_code,period,state,period\nX,Y,2566-05,completed,2566-05\n';
    const issues = await importIssues(importReports(db, OPERATOR, new TextEncoder().encode(text)));
    expect(issueTriples(issues)).toEqual([
      [1, 'state', `unknown column; the columns are: ${REPORTS_ACCEPTED}`],
      [1, 'period', 'the column appears twice'],
      [1, 'status', 'required column is missing'],
    ]);
  });

  it('an unknown column is listed together with every row error, naming the accepted columns', async () => {
    const text =
      'plan_code,project_code,period,status,colour\n' +
      `${PLAN_CODE},A-01,2566-03,กำลังทำ,red\n${PLAN_CODE},A-09,2566-03,completed,blue\n`;
    const issues = await importIssues(importReports(db, OPERATOR, new TextEncoder().encode(text)));
    expect(issues.map((i) => [i.row, i.field, i.en, i.th])).toEqual([
      [
        1,
        'colour',
        `unknown column; the columns are: ${REPORTS_ACCEPTED}`,
        `ไม่รู้จักคอลัมน์นี้ คอลัมน์ที่ใช้ได้คือ ${REPORTS_ACCEPTED}`,
      ],
      [
        2,
        'status',
        '"กำลังทำ" is not a status: use not_started, in_progress, completed, cancelled or the Thai words',
        '"กำลังทำ" ไม่ใช่สถานะ: ใช้ ยังไม่ได้ดำเนินการ อยู่ระหว่างดำเนินการ ดำเนินการเสร็จแล้ว หรือ ยกเลิก',
      ],
      [3, 'project_code', `no project "A-09" in plan ${PLAN_CODE}`, `ไม่พบโครงการ "A-09" ในแผน ${PLAN_CODE}`],
    ]);
    expect(await reportsOf('A-01')).toEqual([]);
  });

  it("a focal point may report only on its own unit's projects, in a month the centre has opened", async () => {
    const { rows } = await db.query<{ id: number }>("select id from org_unit where code = 'UNIT-C'");
    const focal: Actor = { userId: null, label: 'focal', role: 'focal_point', unitId: rows[0]!.id };
    // No month is open yet: an agency's file follows the form's rules (docs/decisions/0006).
    expect(await refused([reportRow('C-01', '2566-05', 'in_progress')], focal)).toEqual([
      [2, 'period', 'project C-01, 2566-05: This month is not open for reporting'],
    ]);
    await openReportingMonth(db, OPERATOR, { period: '2566-05', lockAfterDays: null });
    expect(
      await refused(
        [reportRow('C-01', '2566-05', 'in_progress'), reportRow('A-01', '2566-05', 'in_progress')],
        focal,
      ),
    ).toEqual([
      [
        3,
        'project_code',
        expect.stringMatching(/^project \S+, 2566-05: This project belongs to another unit$/),
      ],
    ]);
    const ok = await importRows([reportRow('C-01', '2566-05', 'in_progress')], { actor: focal });
    expect(count(ok.created, 'monthly_report')).toBe(1);
    // An agency's file goes up for approval: submitted, not accepted.
    const { rows: states } = await db.query<{ state: string; submitted: boolean; accepted_at: Date | null }>(
      `select m.state, m.submitted_at is not null as submitted, m.accepted_at from monthly_report m
         join project p on p.id = m.project_id where p.code = 'C-01' and m.superseded_at is null`,
    );
    expect(states).toEqual([{ state: 'submitted', submitted: true, accepted_at: null }]);
  });

  // BUG (src/server/import/row-reader.ts, RowReader.decimal l.90; spent is numeric(16, 2)): a 15-digit
  // amount passes the 16-digit check and overflows the column: a raw database error, not `row 2, column spent`.
  it('spent too large for the database is a row issue', async () => {
    const issues = await refused([
      reportRow('A-01', '2566-05', 'in_progress', { spent: '999,999,999,999,999' }),
    ]);
    expect(issues.map(([row, field]) => [row, field])).toEqual([[2, 'spent']]);
  });

  it('one bad row among good ones writes none of them, and replaces nothing', async () => {
    await importRows([reportRow('A-01', '2566-05', 'in_progress')]);
    const before = await countAllTables(db);
    await importIssues(
      importRows([
        reportRow('A-01', '2566-05', 'completed'),
        reportRow('A-02', '2566-05', 'completed'),
        reportRow('B-01', '2566-05', 'completed', { percent: '101' }),
      ]),
    );
    expect(await countAllTables(db)).toEqual(before);
    expect(await reportsOf('A-01')).toEqual([
      expect.objectContaining({ status: 'in_progress', superseded_at: null }),
    ]);
  });
});

describe('dry run', () => {
  it('writes nothing but returns the counts of the real run, replacements included', async () => {
    await importRows([reportRow('A-01', '2566-05', 'in_progress')]);
    const file = [reportRow('A-01', '2566-05', 'completed'), reportRow('A-02', '2566-05', 'in_progress')];
    const before = await countAllTables(db);
    const dry = await importRows(file, { dryRun: true });
    expect(await countAllTables(db)).toEqual(before);
    expect(await reportsOf('A-01')).toEqual([
      expect.objectContaining({ status: 'in_progress', superseded_at: null }),
    ]);
    expect(count(dry.created, 'monthly_report')).toBe(1);
    expect(count(dry.updated, 'monthly_report')).toBe(1);

    const real = await importRows(file);
    expect(dry).toEqual({ ...real, dryRun: true });
  });

  it('a dry run of a bad file gives the same issues as the real run', async () => {
    const file = [reportRow('A-01', '2566-05', 'completed', { percent: '150' })];
    const dry = await importIssues(importRows(file, { dryRun: true }));
    const real = await importIssues(importRows(file));
    expect(dry).toEqual(real);
  });
});
