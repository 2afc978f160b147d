/**
 * The command line contract of formats.md, through bin/tidtam itself: exit status, JSON alone on standard
 * output, every row error on standard error, nothing written on invalid input, and the data directory lock.
 * Each spawn costs a few seconds (tsx + database start): the tests are few, each with its own database.
 *
 * With TIDTAM_TEST_DB=postgres the commands get DATABASE_URL of a fresh database made from the test
 * template on the embedded server; the lock tests are PGlite-only (PostgreSQL needs no directory lock).
 */
import { spawn } from 'node:child_process';
import { access, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { csvBytes, PLAN_CODE, planRow } from '../fixtures/files';
import { SEED_SUMMARY_JSON, ZERO_COUNTS } from '../fixtures/seed-summary';
import { testDbKind } from '../helpers/test-db';
import { cliWorkspace, show, tidtam, type Run } from '../helpers/cli';

const { dataDir, freshTarget } = cliWorkspace('cli');
const FIXTURES = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));
const TIMEOUT = 240_000; // six spawns in one test, on a loaded 2-core machine

const fixture = (name: string) => join(FIXTURES, name);

const zero = ZERO_COUNTS;

/** tests/fixtures/cli/plan.csv + reports.csv as of 2566-05 (fiscal year 2566: C-01 runs in 2567 only). */
const SMALL_PLAN_SUMMARY = {
  plan: PLAN_CODE,
  fiscalYear: 2566,
  asOf: '2566-05',
  overall: {
    total: 3,
    completed: 1,
    inProgress: 1,
    notStarted: 1,
    cancelled: 1,
    unreported: 1,
    completedPct: 33.33,
    inProgressPct: 33.33,
    notStartedPct: 33.33,
    progressPct: 66.67,
    level: 'น้อย',
  },
  targets: [
    {
      no: '1',
      name: 'องค์กรสมรรถนะสูง',
      total: 2,
      completed: 1,
      inProgress: 0,
      notStarted: 1,
      cancelled: 0,
      unreported: 1,
      completedPct: 50,
      inProgressPct: 0,
      notStartedPct: 50,
      progressPct: 50,
      level: 'น้อยที่สุด',
    },
    {
      no: '2',
      name: 'บุคลากรพร้อมขับเคลื่อนยุทธศาสตร์',
      total: 1,
      completed: 0,
      inProgress: 1,
      notStarted: 0,
      cancelled: 1,
      unreported: 0,
      completedPct: 0,
      inProgressPct: 100,
      notStartedPct: 0,
      progressPct: 100,
      level: 'มากที่สุด',
    },
    { no: '10', name: 'เป้าประสงค์ที่สิบ', ...zero },
  ],
};

describe('bin/tidtam', () => {
  it(
    'summary --json after demo prints exactly the corrected May 2566 table, and nothing else',
    async () => {
      const target = await freshTarget({ fromTemplate: true });
      const demo = await tidtam(['demo'], target);
      expect(demo.code, show(demo)).toBe(0);

      const run = await tidtam(['summary', '--plan', 'HR-2566-2570', '--as-of', '2566-05', '--json'], target);
      expect(run.code, show(run)).toBe(0);
      expect(run.stderr).toBe('');
      // standard output is the JSON document alone
      expect(JSON.parse(run.stdout)).toEqual(SEED_SUMMARY_JSON);
    },
    TIMEOUT,
  );

  it(
    'import plan, import reports, then summary; an invalid file exits 1, lists every row error and writes nothing',
    async () => {
      const target = await freshTarget({ fromTemplate: true });
      const plan = await tidtam(['import', 'plan', fixture('plan.csv')], target);
      expect(plan.code, show(plan)).toBe(0);
      expect(plan.stdout).toContain('5 rows');
      expect(plan.stdout).toContain('created: 1 plan, 3 strategic_target, 3 strategy, 5 project');
      expect(plan.stdout).toContain('UNIT-A; สำนักงานเขตพระนคร');

      const reports = await tidtam(['import', 'reports', fixture('reports.csv')], target);
      expect(reports.code, show(reports)).toBe(0);
      expect(reports.stdout).toContain('4 rows');
      expect(reports.stdout).toContain('created: 4 monthly_report');

      const summaryArgs = ['summary', '--plan', PLAN_CODE, '--as-of', '2566-05', '--json'];
      const before = await tidtam(summaryArgs, target);
      expect(before.code, show(before)).toBe(0);
      expect(JSON.parse(before.stdout)).toEqual(SMALL_PLAN_SUMMARY);

      const bad = await tidtam(['import', 'reports', fixture('reports-invalid.csv')], target);
      expect(bad.code, show(bad)).toBe(1);
      expect(bad.stdout).toBe('');
      expect(bad.stderr.split('\n').filter((l) => l.startsWith('row '))).toEqual([
        'row 3, column percent: must be at most 100 (ต้องไม่เกิน 100)',
        `row 4, column project_code: no project "Z-99" in plan ${PLAN_CODE} (ไม่พบโครงการ "Z-99" ในแผน ${PLAN_CODE})`,
        'row 5, column status: "เสร็จ" is not a status: use not_started, in_progress, completed, cancelled or the Thai words' +
          ' ("เสร็จ" ไม่ใช่สถานะ: ใช้ ยังไม่ได้ดำเนินการ อยู่ระหว่างดำเนินการ ดำเนินการเสร็จแล้ว หรือ ยกเลิก)',
        'row 6, column spent: must be at least 0 (ต้องไม่น้อยกว่า 0)',
      ]);

      const badPlan = await tidtam(['import', 'plan', fixture('plan-invalid.csv')], target);
      expect(badPlan.code, show(badPlan)).toBe(1);
      expect(badPlan.stdout).toBe('');
      expect(badPlan.stderr.split('\n').filter((l) => l.startsWith('row '))).toEqual([
        'row 6, column budget: "หนึ่งล้าน" is not a number ("หนึ่งล้าน" ไม่ใช่ตัวเลข)',
        "row 7, column fiscal_years: must lie inside the plan's years 2566–2570 (ต้องอยู่ในช่วงปีของแผน 2566–2570)",
        `row 7, column depends_on: no project "X-1" in plan ${PLAN_CODE} (ไม่พบโครงการ "X-1" ในแผน ${PLAN_CODE})`,
      ]);

      // the invalid report file's good first row (A-02 completed) was not written either
      const after = await tidtam(summaryArgs, target);
      expect(after.code, show(after)).toBe(0);
      expect(after.stdout).toBe(before.stdout);
    },
    TIMEOUT,
  );

  it(
    'a file over a limit (100,001 rows) exits 1 with the limit in both languages',
    async () => {
      const target = await freshTarget({ fromTemplate: true });
      const file = join(await dataDir(), 'too-many.csv');
      await writeFile(
        file,
        `plan_code,project_code,period,status\n${'P,A,2566-05,completed\n'.repeat(100_001)}`,
      );
      const run = await tidtam(['import', 'reports', file], target);
      expect(run.code, show(run)).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(
        'the file has more than 100,000 rows of data: split it into smaller files / ไฟล์มีข้อมูลเกิน 100,000 แถว กรุณาแบ่งเป็นไฟล์ย่อย',
      );
    },
    TIMEOUT,
  );

  it(
    'a plan file naming an owner unit by a code of the kind the import generates imports (exit 0; was exit 2 with raw SQL)',
    async () => {
      const target = await freshTarget({ fromTemplate: true });
      const owners = ['หน่วยงานตั้งชื่อ', 'U-1', 'U-2', 'U-3', 'U-4', 'U-5'];
      const rows = owners.map((owner, i) => planRow(`Q-0${i + 1}`, { owner_unit: owner }));
      const file = join(await mkdtemp(join(tmpdir(), 'tidtam-units-')), 'plan.csv');
      await writeFile(file, csvBytes(rows));
      const run = await tidtam(['import', 'plan', file], target);
      expect(run.code, show(run)).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('created: 1 plan, 1 strategic_target, 1 strategy, 6 project');
      expect(run.stdout).toContain(owners.join('; '));
    },
    TIMEOUT,
  );

  it(
    'wrong usage exits 2: unknown command, missing --plan, bad --fiscal-year, unknown option, missing file',
    async () => {
      const target = await freshTarget();
      const cases: Record<string, string[]> = {
        unknown: ['frobnicate'],
        noPlan: ['summary', '--as-of', '2566-05', '--json'],
        badYear: ['summary', '--plan', PLAN_CODE, '--as-of', '2566-05', '--fiscal-year', '66'],
        badOption: ['summary', '--plan', PLAN_CODE, '--as-off', '2566-05'],
        noFile: ['import', 'plan'],
      };
      const entries: [string, Run][] = [];
      for (const [name, args] of Object.entries(cases)) entries.push([name, await tidtam(args, target)]);
      const runs = Object.fromEntries(entries);
      for (const [name, run] of entries) {
        expect(run.code, `${name}: ${show(run)}`).toBe(2);
        expect(run.stdout, name).toBe('');
        expect(run.stderr, name).not.toBe('');
      }
      expect(runs.unknown!.stderr).toContain('unknown command "frobnicate"');
      expect(runs.noPlan!.stderr).toContain('usage: tidtam summary --plan CODE --as-of YYYY-MM');
      expect(runs.badYear!.stderr).toContain('--fiscal-year takes a Buddhist-Era year such as 2566');
      expect(runs.noFile!.stderr).toContain('usage: tidtam import plan|reports FILE');
    },
    TIMEOUT,
  );
});

// The lock guards a PGlite data directory; with DATABASE_URL there is none.
describe.skipIf(testDbKind === 'postgres')('the PGlite data directory lock', () => {
  const summaryArgs = ['summary', '--plan', PLAN_CODE, '--as-of', '2566-05', '--json'];

  it(
    'a directory held by another live tidtam process: exit 2 with a message; the lock is left alone',
    async () => {
      const dir = await dataDir();
      const lock = join(dir, 'tidtam.lock');
      await writeFile(
        lock,
        JSON.stringify({ pid: process.pid, kind: 'cli', startedAt: new Date().toISOString() }),
      );
      const run = await tidtam(summaryArgs, { args: ['--data-dir', dir], env: {} });
      expect(run.code, show(run)).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`data directory is in use by another tidtam cli (pid ${process.pid})`);
      await expect(access(lock)).resolves.toBeUndefined();
    },
    TIMEOUT,
  );

  it(
    'a stale lock of a dead process is cleared automatically',
    async () => {
      const dir = await dataDir();
      const dead = spawn(process.execPath, ['-e', '']);
      const deadPid = dead.pid!;
      await new Promise((resolve) => dead.on('close', resolve));
      const lock = join(dir, 'tidtam.lock');
      await writeFile(
        lock,
        JSON.stringify({ pid: deadPid, kind: 'cli', startedAt: new Date().toISOString() }),
      );

      const run = await tidtam(['migrate'], { args: ['--data-dir', dir], env: {} });
      expect(run.code, show(run)).toBe(0);
      expect(run.stdout).toContain('database is up to date');
      // and released again at exit
      await expect(access(lock)).rejects.toMatchObject({ code: 'ENOENT' });
    },
    TIMEOUT,
  );
});
