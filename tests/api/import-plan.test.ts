/** Importing plan files (formats.md) into the test database: counts, updates in place, every error kind. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OPERATOR } from '../../src/server/actor';
import type { Database } from '../../src/server/db/database';
import { parsePlanTable } from '../../src/server/import/monitoring/plan-rows';
import { importPlan } from '../../src/server/use-cases/monitoring/import-plan';
import { formatImportIssue } from '../../src/shared/messages';
import {
  countAllTables,
  createUnits,
  importIssues,
  issueTriples,
  projectIds,
  resetDatabase,
} from '../fixtures/db';
import {
  basePlanRows,
  csvBytes,
  PLAN_CODE,
  PLAN_HEADERS,
  PLAN_NAME,
  planRow,
  tableOf,
  type Row,
} from '../fixtures/files';
import { xlsxBytes, type Cell } from '../fixtures/xlsx';
import { createTestDatabase } from '../helpers/test-db';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
beforeEach(async () => {
  await resetDatabase(db);
});
afterAll(async () => {
  await db.close();
});

const importRows = (rows: Row[], headers: readonly string[] = PLAN_HEADERS, dryRun = false) =>
  importPlan(db, OPERATOR, csvBytes(rows, headers), { dryRun });

/** The base file with one cell changed. */
function withCell(index: number, key: string, value: string): Row[] {
  const rows = basePlanRows();
  rows[index]![key] = value;
  return rows;
}

describe('a valid plan file', () => {
  it('creates the plan, its targets, strategies, projects and links, and reports the counts', async () => {
    const result = await importRows(basePlanRows());
    expect(result).toEqual({
      dryRun: false,
      ok: true,
      rows: 4,
      issues: [],
      created: { plan: 1, strategic_target: 3, strategy: 3, project: 4 },
      updated: {},
      // What a dry run names: the codes of each kind (at most 10), in file order.
      named: {
        created: {
          plan: [PLAN_CODE],
          strategic_target: ['1', '2', '10'],
          strategy: ['1.1', '2.1', '10.1'],
          project: ['A-01', 'A-02', 'B-01', 'C-01'],
        },
        updated: {},
      },
      newUnits: ['UNIT-A'],
      planCode: PLAN_CODE,
    });
    const counts = await countAllTables(db);
    expect(counts).toMatchObject({
      plan: 1,
      strategic_target: 3,
      strategy: 3,
      project: 4,
      project_dependency: 1,
      project_extra_target: 1,
      org_unit: 1,
      monthly_report: 0,
    });

    const { rows: plans } = await db.query('select code, name, start_year, end_year, version from plan');
    expect(plans).toEqual([
      { code: PLAN_CODE, name: PLAN_NAME, start_year: 2566, end_year: 2570, version: 1 },
    ]);

    const { rows: a01 } = await db.query(
      `select p.code, p.name, p.fiscal_year_from, p.fiscal_year_to, p.start_date, p.end_date, p.budget, p.kpi,
              p.kpi_unit, p.kpi_target, u.code as unit_code, u.name as unit_name, s.no as strategy_no, t.no as target_no,
              t.value_delivered
         from project p join strategy s on s.id = p.strategy_id join strategic_target t on t.id = s.target_id
         left join org_unit u on u.id = p.owner_unit_id where p.code = 'A-01'`,
    );
    expect(a01).toEqual([
      {
        code: 'A-01',
        name: 'โครงการ A-01',
        fiscal_year_from: 2566,
        fiscal_year_to: 2566,
        start_date: '2022-10-01',
        end_date: '2023-09-30',
        budget: '1250000.00',
        kpi: 'จำนวนหน่วยงาน',
        kpi_unit: 'หน่วยงาน',
        kpi_target: '20',
        unit_code: 'UNIT-A',
        unit_name: 'UNIT-A',
        strategy_no: '1.1',
        target_no: '1',
        value_delivered: 'ระบบงานคล่องตัว',
      },
    ]);

    const { rows: links } = await db.query<{ kind: string; project: string; other: string }>(
      `select 'dep' as kind, p.code as project, d.code as other from project_dependency x
         join project p on p.id = x.project_id join project d on d.id = x.depends_on_id
       union all
       select 'extra', p.code, t.no from project_extra_target x
         join project p on p.id = x.project_id join strategic_target t on t.id = x.target_id
       order by kind`,
    );
    expect(links).toEqual([
      { kind: 'dep', project: 'A-02', other: 'A-01' },
      { kind: 'extra', project: 'B-01', other: '1' },
    ]);
  });

  it('re-importing the same file updates nothing', async () => {
    await importRows(basePlanRows());
    const before = await countAllTables(db);
    const again = await importRows(basePlanRows());
    expect(again.created).toEqual({});
    expect(again.updated).toEqual({});
    expect(again.newUnits).toEqual([]);
    const after = await countAllTables(db);
    // only the import itself is audited
    expect(after).toEqual({ ...before, audit_event: before.audit_event! + 1 });
    const { rows } = await db.query<{ n: number }>(
      "select count(*)::int as n from audit_event where action = 'update'",
    );
    expect(rows[0]!.n).toBe(0);
    const { rows: versions } = await db.query<{ v: number }>('select max(version) as v from project');
    expect(versions[0]!.v).toBe(1);
  });

  it('changing one project name updates exactly that project and audits before/after', async () => {
    await importRows(basePlanRows());
    const ids = await projectIds(db);
    const before = await countAllTables(db);

    const result = await importRows(withCell(2, 'project_name', 'โครงการ B-01 (ชื่อใหม่)'));
    expect(result.created).toEqual({});
    expect(result.updated).toEqual({ project: 1 });
    expect(await projectIds(db)).toEqual(ids); // same codes, same records
    expect(await countAllTables(db)).toEqual({ ...before, audit_event: before.audit_event! + 2 });

    const { rows: project } = await db.query('select name, version from project where code = $1', ['B-01']);
    expect(project).toEqual([{ name: 'โครงการ B-01 (ชื่อใหม่)', version: 2 }]);

    const { rows: audit } = await db.query(
      `select actor_label, entity, entity_id, before, after from audit_event where action = 'update'`,
    );
    expect(audit).toEqual([
      {
        actor_label: 'cli',
        entity: 'project',
        entity_id: String(ids.get('B-01')),
        before: { name: 'โครงการ B-01' },
        after: { name: 'โครงการ B-01 (ชื่อใหม่)' },
      },
    ]);
  });

  it('budget written differently but equal in value ("1,250,000" then "1250000.00") is not a change', async () => {
    await importRows(basePlanRows());
    const result = await importRows(withCell(0, 'budget', '1250000.00'));
    expect(result.updated).toEqual({});
  });

  it('a predecessor may be a project imported earlier, not in this file', async () => {
    await importRows(basePlanRows());
    const result = await importRows([planRow('D-01', { depends_on: 'A-01;A-02' })]);
    expect(result.created).toEqual({ project: 1 });
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from project_dependency');
    expect(rows[0]!.n).toBe(3);
  });

  it('a dry run writes nothing and returns the counts of the real run', async () => {
    const before = await countAllTables(db);
    const dry = await importRows(basePlanRows(), PLAN_HEADERS, true);
    expect(await countAllTables(db)).toEqual(before);
    const real = await importRows(basePlanRows());
    expect(dry).toEqual({ ...real, dryRun: true });
  });
});

describe('owner units', () => {
  const nextUnitId = async () =>
    (
      await db.query<{ n: number }>(
        `select (case when is_called then last_value + 1 else last_value end)::int as n from org_unit_id_seq`,
      )
    ).rows[0]!.n;
  const newUnits = async () =>
    (
      await db.query<{ id: number; code: string; name: string }>(
        'select id, code, name from org_unit order by id',
      )
    ).rows;

  it('a unit named by name beside units written as codes of the generated kind: all created, a generated code is U- and its own id', async () => {
    const n = await nextUnitId();
    const rows = basePlanRows();
    rows[0]!.owner_unit = 'หน่วยงานใหม่ ก';
    rows[1]!.owner_unit = `U-${n}`;
    rows[2]!.owner_unit = `u-${n + 1}`;
    rows[3]!.owner_unit = 'หน่วยงานใหม่ ข';
    const result = await importRows(rows);
    expect(result.newUnits).toEqual(['หน่วยงานใหม่ ก', `U-${n}`, `u-${n + 1}`, 'หน่วยงานใหม่ ข']);
    // The codes the file gives are taken first; the generated ones follow with their own ids.
    expect(await newUnits()).toEqual([
      { id: n, code: `U-${n}`, name: `U-${n}` },
      { id: n + 1, code: `U-${n + 1}`, name: `u-${n + 1}` },
      { id: n + 2, code: `U-${n + 2}`, name: 'หน่วยงานใหม่ ก' },
      { id: n + 3, code: `U-${n + 3}`, name: 'หน่วยงานใหม่ ข' },
    ]);
    // A second file naming the generated code lands on that unit.
    const again = basePlanRows();
    again[0]!.owner_unit = `U-${n + 2}`;
    expect((await importRows(again)).newUnits).toEqual([]);
    const { rows: owner } = await db.query<{ id: number }>(
      `select owner_unit_id as id from project where code = 'A-01'`,
    );
    expect(owner).toEqual([{ id: n + 2 }]);
  });

  it('a generated code another unit already holds is skipped: the new unit takes the next id and that code', async () => {
    const n = await nextUnitId();
    // An admin made a unit (id n) with the code the generator would give id n + 1.
    await createUnits(db, [{ code: `U-${n + 1}`, name: 'ตั้งรหัสเอง' }]);
    const rows = basePlanRows();
    rows[0]!.owner_unit = 'หน่วยงานใหม่ ค';
    await importRows(rows);
    expect(await newUnits()).toEqual([
      { id: n, code: `U-${n + 1}`, name: 'ตั้งรหัสเอง' },
      { id: n + 2, code: `U-${n + 2}`, name: 'หน่วยงานใหม่ ค' },
    ]);
  });

  it('are matched by code and by name with different spacing; an unknown one is created and listed once', async () => {
    const units = await createUnits(db, [
      { code: 'OCSC-BMA', name: 'สำนักงาน ก.ก.' },
      { code: 'BHRDI', name: 'สถาบันพัฒนาทรัพยากรบุคคลกรุงเทพมหานคร' },
    ]);
    const rows = basePlanRows();
    rows[0]!.owner_unit = 'OCSC-BMA';
    rows[1]!.owner_unit = '  สำนักงาน   ก.ก. ';
    rows[2]!.owner_unit = 'สำนักงานเขตพระนครร';
    rows[3]!.owner_unit = 'สำนักงานเขตพระนครร';
    const result = await importRows(rows);
    expect(result.newUnits).toEqual(['สำนักงานเขตพระนครร']);

    const { rows: owners } = await db.query<{
      code: string;
      unit_id: number | null;
      unit_name: string | null;
    }>(
      `select p.code, p.owner_unit_id as unit_id, u.name as unit_name
         from project p left join org_unit u on u.id = p.owner_unit_id order by p.code`,
    );
    const created = owners.find((o) => o.code === 'B-01')!.unit_id;
    expect(created).not.toBeNull();
    expect([...units.values()]).not.toContain(created);
    expect(owners).toEqual([
      { code: 'A-01', unit_id: units.get('OCSC-BMA'), unit_name: 'สำนักงาน ก.ก.' },
      { code: 'A-02', unit_id: units.get('OCSC-BMA'), unit_name: 'สำนักงาน ก.ก.' },
      { code: 'B-01', unit_id: created, unit_name: 'สำนักงานเขตพระนครร' },
      { code: 'C-01', unit_id: created, unit_name: 'สำนักงานเขตพระนครร' },
    ]);
    const { rows: n } = await db.query<{ n: number }>('select count(*)::int as n from org_unit');
    expect(n[0]!.n).toBe(3);
  });

  it('an empty owner_unit means no owner yet', async () => {
    await importRows(withCell(0, 'owner_unit', ''));
    const { rows } = await db.query('select owner_unit_id from project where code = $1', ['A-01']);
    expect(rows).toEqual([{ owner_unit_id: null }]);
    const { rows: units } = await db.query<{ n: number }>('select count(*)::int as n from org_unit');
    expect(units[0]!.n).toBe(0);
  });
});

describe('errors: every one listed as `row N, column KEY`, and nothing written', () => {
  /** Runs the import, checks nothing was written, and returns [row, column, message] of each issue. */
  async function refused(rows: Row[], headers: readonly string[] = PLAN_HEADERS) {
    const before = await countAllTables(db);
    const issues = await importIssues(importRows(rows, headers));
    expect(await countAllTables(db)).toEqual(before);
    for (const issue of issues) {
      expect(formatImportIssue(issue)).toMatch(
        new RegExp(`^row ${issue.row}, column ${issue.field}: .+ \\(.+\\)$`),
      );
    }
    return issueTriples(issues);
  }

  it('an unknown column, listed with the row errors and naming the accepted columns', async () => {
    const rows = basePlanRows();
    rows[1]!.fiscal_years = '2599';
    expect(await refused(rows, [...PLAN_HEADERS, 'colour'])).toEqual([
      [
        1,
        'colour',
        'unknown column; the columns are: รหัสแผน (plan_code), ชื่อแผน (plan_name), ' +
          'ปีเริ่มต้นของแผน (plan_start_year), ปีสิ้นสุดของแผน (plan_end_year), เป้าประสงค์ที่ (target_no), ' +
          'ชื่อเป้าประสงค์ (target_name), คุณค่าที่ส่งมอบ (target_value), กลยุทธ์ที่ (strategy_no), ' +
          'ชื่อกลยุทธ์ (strategy_name), รหัสโครงการ (project_code), ชื่อโครงการ/กิจกรรม (project_name), ' +
          'ปีงบประมาณ (fiscal_years), หน่วยงานรับผิดชอบ (owner_unit), วันเริ่มต้น (start_date), ' +
          'วันสิ้นสุด (end_date), งบประมาณ (บาท) (budget), ตัวชี้วัด (kpi), หน่วยนับ (kpi_unit), ' +
          'ค่าเป้าหมาย (kpi_target), โครงการที่ต้องทำก่อน (depends_on), เป้าประสงค์อื่นที่สนับสนุน (extra_targets)',
      ],
      [3, 'fiscal_years', "must lie inside the plan's years 2566–2570"],
    ]);
  });

  it('Thai column labels read as the keys', async () => {
    const labels: Record<string, string> = {
      plan_code: 'รหัสแผน',
      plan_name: 'ชื่อแผน',
      plan_start_year: 'ปีเริ่มต้นของแผน',
      plan_end_year: 'ปีสิ้นสุดของแผน',
      target_no: 'เป้าประสงค์ที่',
      target_name: 'ชื่อเป้าประสงค์',
      strategy_no: 'กลยุทธ์ที่',
      strategy_name: 'ชื่อกลยุทธ์',
      project_code: 'รหัสโครงการ (project_code)',
      project_name: 'ชื่อโครงการ/กิจกรรม',
      fiscal_years: 'ปีงบประมาณ',
      budget: 'งบประมาณ (บาท)',
    };
    const rows = basePlanRows();
    const text = [
      Object.values(labels).join(','),
      ...rows.map((r) =>
        Object.keys(labels)
          .map((k) => JSON.stringify(r[k] ?? ''))
          .join(','),
      ),
    ].join('\n');
    const result = await importPlan(db, OPERATOR, new TextEncoder().encode(text));
    expect(result.created).toEqual({ plan: 1, strategic_target: 3, strategy: 3, project: 4 });
    const { rows: budgets } = await db.query<{ budget: string }>(
      "select budget from project where code = 'A-02'",
    );
    expect(budgets).toEqual([{ budget: '500000.50' }]);
  });

  it('missing required column', async () => {
    const headers = PLAN_HEADERS.filter((h) => h !== 'fiscal_years');
    expect(await refused(basePlanRows(), headers)).toEqual([
      [1, 'fiscal_years', 'required column is missing'],
    ]);
  });

  it('duplicate column', async () => {
    expect(await refused(basePlanRows(), [...PLAN_HEADERS, 'budget'])).toEqual([
      [1, 'budget', 'the column appears twice'],
    ]);
  });

  it('required cell empty', async () => {
    expect(await refused(withCell(1, 'project_name', ''))).toEqual([[3, 'project_name', 'is required']]);
    expect(await refused(withCell(2, 'strategy_no', ' '))).toEqual([[4, 'strategy_no', 'is required']]);
  });

  it('bad year', async () => {
    expect(await refused(withCell(1, 'plan_end_year', '25x0'))).toEqual([
      [3, 'plan_end_year', '"25x0" is not a Buddhist-Era year like 2566'],
    ]);
    expect(await refused(withCell(1, 'plan_start_year', '66'))).toEqual([
      [3, 'plan_start_year', '"66" is not a Buddhist-Era year like 2566'],
    ]);
  });

  // BUG (src/server/import/monitoring/plan-rows.ts, parsePlanTable l.129 and l.143–144): a bad year on the plan's
  // first row stores the plan with year 0, and every later row then gets a false `differs from row 2: "0"`.
  it('bad year on the first row of a plan gives that one issue only', async () => {
    expect(await refused(withCell(0, 'plan_start_year', '25x6'))).toEqual([
      [2, 'plan_start_year', '"25x6" is not a Buddhist-Era year like 2566'],
    ]);
  });

  // BUG, same cause (plan-rows.ts l.128 and l.142): an empty plan_name on the first row makes every later
  // row "differ from row 2" although they all agree.
  it('an empty plan_name on the first row gives that one issue only', async () => {
    expect(await refused(withCell(0, 'plan_name', ''))).toEqual([[2, 'plan_name', 'is required']]);
  });

  it('plan_end_year before plan_start_year', async () => {
    const rows = basePlanRows().map((r) => ({ ...r, plan_start_year: '2570', plan_end_year: '2566' }));
    const issues = await refused(rows);
    expect(issues[0]).toEqual([2, 'plan_end_year', 'is before plan_start_year']);
  });

  it('bad fiscal_years range', async () => {
    expect(await refused(withCell(1, 'fiscal_years', '2568-2566'))).toEqual([
      [3, 'fiscal_years', '"2568-2566" is not a year like 2566 or a range like 2566-2568'],
    ]);
    expect(await refused(withCell(1, 'fiscal_years', '2566,2567'))).toEqual([
      [3, 'fiscal_years', '"2566,2567" is not a year like 2566 or a range like 2566-2568'],
    ]);
  });

  it('fiscal years outside the plan years', async () => {
    expect(await refused(withCell(1, 'fiscal_years', '2565-2566'))).toEqual([
      [3, 'fiscal_years', "must lie inside the plan's years 2566–2570"],
    ]);
    expect(await refused(withCell(3, 'fiscal_years', '2571'))).toEqual([
      [5, 'fiscal_years', "must lie inside the plan's years 2566–2570"],
    ]);
  });

  it('rows of one plan disagreeing on plan_name (and on its years)', async () => {
    expect(await refused(withCell(2, 'plan_name', 'แผนอื่น'))).toEqual([
      [4, 'plan_name', `differs from row 2: "${PLAN_NAME}"`],
    ]);
    expect(await refused(withCell(3, 'plan_end_year', '2575'))).toEqual([
      [5, 'plan_end_year', 'differs from row 2: "2570"'],
    ]);
  });

  it('the same target_no with a different target_name', async () => {
    expect(await refused(withCell(1, 'target_name', 'ชื่ออื่น'))).toEqual([
      [3, 'target_name', 'differs from row 2: "องค์กรสมรรถนะสูง"'],
    ]);
  });

  it('the same strategy with a different strategy_name', async () => {
    expect(await refused(withCell(1, 'strategy_name', 'ชื่ออื่น'))).toEqual([
      [3, 'strategy_name', 'differs from row 2: "กลยุทธ์ 1.1"'],
    ]);
  });

  it('duplicate project_code', async () => {
    expect(await refused(withCell(3, 'project_code', 'A-02'))).toEqual([
      [5, 'project_code', 'appears twice in the plan (first at row 3)'],
    ]);
  });

  it('bad date', async () => {
    expect(await refused(withCell(0, 'start_date', '2566-10-01'))).toEqual([
      [2, 'start_date', '"2566-10-01" is not a date like 2023-05-31 or 31/05/2566'],
    ]);
    expect(await refused(withCell(0, 'end_date', '29/02/2565'))).toEqual([
      [2, 'end_date', '"29/02/2565" is not a date like 2023-05-31 or 31/05/2566'],
    ]);
  });

  it('end_date before start_date (BE and CE mixed)', async () => {
    const rows = basePlanRows();
    rows[0]!.start_date = '2023-06-01';
    rows[0]!.end_date = '31/05/2566';
    expect(await refused(rows)).toEqual([[2, 'end_date', 'is before start_date']]);
  });

  it('bad number', async () => {
    expect(await refused(withCell(0, 'budget', '12O'))).toEqual([[2, 'budget', '"12O" is not a number']]);
    expect(await refused(withCell(0, 'budget', '1,25'))).toEqual([[2, 'budget', '"1,25" is not a number']]);
    expect(await refused(withCell(0, 'budget', '-5'))).toEqual([[2, 'budget', 'must be at least 0']]);
    expect(await refused(withCell(0, 'budget', '10.125'))).toEqual([[2, 'budget', 'at most 2 decimals']]);
    expect(await refused(withCell(0, 'kpi_target', 'ร้อยละ 80'))).toEqual([
      [2, 'kpi_target', '"ร้อยละ 80" is not a number'],
    ]);
  });

  it('depends_on names an unknown project', async () => {
    expect(await refused(withCell(1, 'depends_on', 'A-01;Z-99'))).toEqual([
      [3, 'depends_on', `no project "Z-99" in plan ${PLAN_CODE}`],
    ]);
  });

  it('a project depending on itself', async () => {
    const issues = await refused(withCell(0, 'depends_on', 'A-01'));
    expect(issues).toContainEqual([2, 'depends_on', 'a project cannot depend on itself']);
    expect(issues.every(([row, field]) => row === 2 && field === 'depends_on')).toBe(true);
  });

  it('a dependency cycle', async () => {
    expect(await refused(withCell(0, 'depends_on', 'A-02'))).toEqual([
      [2, 'depends_on', 'predecessors form a cycle: A-01 → A-02 → A-01'],
    ]);
  });

  it('a longer cycle through three projects', async () => {
    const rows = basePlanRows();
    rows[0]!.depends_on = 'B-01'; // A-01 → B-01 → A-02 → A-01
    rows[2]!.depends_on = 'A-02';
    const issues = await refused(rows);
    expect(issues).toEqual([[2, 'depends_on', 'predecessors form a cycle: A-01 → B-01 → A-02 → A-01']]);
  });

  it('a 6,000-project chain of predecessors is checked without overflowing the stack (one unrelated issue reported)', async () => {
    const codes = Array.from({ length: 6000 }, (_, i) => `L-${String(i + 1).padStart(4, '0')}`);
    // The last project first, so the walk starts at the far end of the chain.
    const rows = codes
      .map((code, i) => planRow(code, { depends_on: i === 0 ? '' : codes[i - 1]! }))
      .reverse();
    // One unknown predecessor, so the file is refused after the check and nothing is written.
    rows.push(planRow('Z-01', { depends_on: 'Z-99' }));
    expect(await refused(rows)).toEqual([[6002, 'depends_on', `no project "Z-99" in plan ${PLAN_CODE}`]]);
  }, 60_000);

  // BUG (src/server/use-cases/monitoring/import-plan.ts l.122, dependencyCycles l.126–149): cycles are looked for among
  // the file's projects only. A file giving A-01 → A-02, while the database already holds A-02 → A-01, is
  // accepted and leaves a cycle of predecessors in the database (neither project can ever start).
  it('a cycle closed through a dependency already in the database', async () => {
    await importRows(basePlanRows()); // A-02 depends on A-01
    const issues = await refused([{ ...basePlanRows()[0]!, depends_on: 'A-02' }]);
    expect(issues).toEqual([[2, 'depends_on', expect.stringContaining('predecessors form a cycle')]]);
  });

  // BUG (src/server/import/row-reader.ts, RowReader.decimal l.90; budget is numeric(16, 2) in
  // migrations/0001_core.sql): up to 16 digits pass the check, but budget holds at most 14 before the point,
  // so a 15-digit budget is no row issue: PostgreSQL's "numeric field overflow" escapes (HTTP 500, CLI exit 2).
  it('a budget too large for the database is a row issue', async () => {
    const issues = await refused(withCell(0, 'budget', '123456789012345'));
    expect(issues.map(([row, field]) => [row, field])).toEqual([[2, 'budget']]);
  });

  it("extra_targets names an unknown target, or repeats the project's own", async () => {
    expect(await refused(withCell(2, 'extra_targets', '1;7'))).toEqual([
      [4, 'extra_targets', `no target "7" in plan ${PLAN_CODE}`],
    ]);
    expect(await refused(withCell(2, 'extra_targets', '2'))).toEqual([
      [4, 'extra_targets', "repeats the project's own target"],
    ]);
  });

  it('an unquoted number with a comma spills into another cell', async () => {
    const text = `${PLAN_HEADERS.join(',')}\n${PLAN_HEADERS.map((h) => (h === 'extra_targets' ? '' : planRow('A-01')[h])).join(',')},1,000\n`;
    const before = await countAllTables(db);
    const issues = await importIssues(importPlan(db, OPERATOR, new TextEncoder().encode(text)));
    expect(issueTriples(issues).map(([row, field]) => [row, field])).toEqual([[2, 'extra_targets']]);
    expect(await countAllTables(db)).toEqual(before);
  });

  it('lists the errors of every row, sorted by row', async () => {
    const rows = basePlanRows();
    rows[3]!.budget = 'x';
    rows[0]!.fiscal_years = '2580';
    rows[1]!.depends_on = 'Q-1';
    expect(await refused(rows)).toEqual([
      [2, 'fiscal_years', "must lie inside the plan's years 2566–2570"],
      [3, 'depends_on', `no project "Q-1" in plan ${PLAN_CODE}`],
      [5, 'budget', '"x" is not a number'],
    ]);
  });
});

describe('all or nothing', () => {
  it('one bad row among good ones leaves the database exactly as it was', async () => {
    const rows = [...basePlanRows(), planRow('E-01'), planRow('E-02', { end_date: 'พรุ่งนี้' }), planRow('E-03')];
    const before = await countAllTables(db);
    const issues = await importIssues(importRows(rows));
    expect(issueTriples(issues)).toEqual([
      [7, 'end_date', '"พรุ่งนี้" is not a date like 2023-05-31 or 31/05/2566'],
    ]);
    expect(await countAllTables(db)).toEqual(before);
  });

  it('an update file with one bad row changes no existing record', async () => {
    await importRows(basePlanRows());
    const before = await countAllTables(db);
    const rows = basePlanRows();
    rows[0]!.project_name = 'ชื่อใหม่';
    rows[1]!.owner_unit = 'หน่วยงานใหม่';
    rows[3]!.fiscal_years = '2599';
    await importIssues(importRows(rows));
    expect(await countAllTables(db)).toEqual(before);
    const { rows: names } = await db.query('select name from project where code = $1', ['A-01']);
    expect(names).toEqual([{ name: 'โครงการ A-01' }]);
  });
});

describe('file formats', () => {
  it('a CSV with a BOM imports like one without', async () => {
    const result = await importPlan(db, OPERATOR, csvBytes(basePlanRows(), PLAN_HEADERS, { bom: true }));
    expect(result.created).toEqual({ plan: 1, strategic_target: 3, strategy: 3, project: 4 });
    const { rows } = await db.query('select code from plan');
    expect(rows).toEqual([{ code: PLAN_CODE }]);
    // the same file without BOM is the same data
    expect((await importRows(basePlanRows())).updated).toEqual({});
  });

  it('an XLSX file with Thai text and numbers typed as numbers imports the same records as the CSV', async () => {
    const typed: Record<string, (v: string) => Cell> = {
      plan_start_year: Number,
      plan_end_year: Number,
      target_no: Number,
      strategy_no: Number,
      fiscal_years: (v) => (/^\d+$/.test(v) ? Number(v) : v),
      budget: (v) => (v === '' ? null : Number(v.replace(/,/g, ''))),
      kpi_target: (v) => (v === '' ? null : 20),
      start_date: (v) => (v === '01/10/2565' ? new Date(Date.UTC(2022, 9, 1)) : v),
    };
    const rows = basePlanRows();
    const sheet: Cell[][] = [
      [...PLAN_HEADERS],
      ...rows.map((r) => PLAN_HEADERS.map((h) => (typed[h] ? typed[h](r[h]!) : r[h]!))),
    ];
    expect(sheet[1]).toContain(1250000);

    const fromXlsx = await importPlan(db, OPERATOR, await xlsxBytes(sheet));
    expect(fromXlsx.created).toEqual({ plan: 1, strategic_target: 3, strategy: 3, project: 4 });
    expect(fromXlsx.newUnits).toEqual(['UNIT-A']);
    const { rows: a01 } = await db.query(
      "select name, budget, kpi_target, start_date, fiscal_year_to from project where code = 'A-01'",
    );
    expect(a01).toEqual([
      {
        name: 'โครงการ A-01',
        budget: '1250000.00',
        kpi_target: '20',
        start_date: '2022-10-01',
        fiscal_year_to: 2566,
      },
    ]);
    // the CSV of the same plan finds nothing to change
    const fromCsv = await importRows(basePlanRows());
    expect(fromCsv.created).toEqual({});
    expect(fromCsv.updated).toEqual({});
  });

  it('an XLSX file reports errors with the rows Excel shows', async () => {
    const sheet: Cell[][] = [
      [...PLAN_HEADERS],
      PLAN_HEADERS.map((h) => planRow('A-01')[h]!),
      PLAN_HEADERS.map(() => null),
      PLAN_HEADERS.map((h) => (h === 'budget' ? 'ไม่ทราบ' : planRow('A-02')[h]!)),
    ];
    const issues = await importIssues(importPlan(db, OPERATOR, await xlsxBytes(sheet)));
    expect(issueTriples(issues)).toEqual([[4, 'budget', '"ไม่ทราบ" is not a number']]);
  });

  it('pure parsing and the use case agree on the drafts of the base file', () => {
    expect(parsePlanTable(tableOf(basePlanRows(), PLAN_HEADERS)).issues).toEqual([]);
  });
});
