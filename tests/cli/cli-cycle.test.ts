/**
 * `bin/tidtam month open` and `bin/tidtam missing`, through bin/tidtam itself: output, exit status
 * (0 success, 1 invalid input with nothing written, 2 wrong usage), and the same answers whether the
 * command opens the database itself or asks the running server (PGlite directory held by `serve`).
 *
 * With TIDTAM_TEST_DB=postgres the commands get DATABASE_URL of a fresh database made from the test
 * template; the server path is PGlite-only (with PostgreSQL the command line never needs the server).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { testDbKind } from '../helpers/test-db';
import { BIN, cleanEnv, cliWorkspace, ROOT, show, tidtam, type Run, type Target } from '../helpers/cli';

const TIMEOUT = 300_000; // many spawns in one test, on a loaded 2-core machine
const PLAN = 'HR-2566-2570';
const { dataDir, freshTarget } = cliWorkspace('cycle');
const freshFromTemplate = () => freshTarget({ fromTemplate: true });

/** The demo's missing reports of February 2566: the two months its data skip (demo-data.ts PROGRESS). */
const FEBRUARY_MISSING = [
  {
    plan: PLAN,
    period: '2566-02',
    project_code: 'P1-09',
    project_name: 'กิจกรรมส่งเสริมองค์กรแห่งความสุข (Happy Workplace) ในหน่วยงาน (ตัวอย่าง)',
    unit_code: 'D-PHRANAKHON',
    unit_name: 'สำนักงานเขตพระนคร',
  },
  {
    plan: PLAN,
    period: '2566-02',
    project_code: 'P3-08',
    project_name: 'การจัดทำแพลตฟอร์ม (Platform) และ Data Center และปรับระบบข้อมูลทรัพยากรบุคคลในภาพรวม',
    unit_code: 'SPE',
    unit_name: 'สำนักยุทธศาสตร์และประเมินผล',
  },
];

const KEYS = ['plan', 'period', 'project_code', 'project_name', 'unit_code', 'unit_name'];
const thai = new Intl.Collator('th');

/** Checks the JSON of `missing` for an open month with no reports yet; returns its rows. */
function expectJuneLike(run: Run, period: string) {
  expect(run.code, show(run)).toBe(0);
  expect(run.stderr).toBe('');
  const rows = JSON.parse(run.stdout) as Record<string, string>[];
  expect(rows.length).toBeGreaterThan(20);
  for (const row of rows) {
    expect(Object.keys(row)).toEqual(KEYS);
    expect(row.plan).toBe(PLAN);
    expect(row.period).toBe(period);
  }
  const names = rows.map((r) => r.unit_name!);
  expect(names).toEqual([...names].sort(thai.compare));
  return rows;
}

describe('bin/tidtam month open / missing', () => {
  it(
    'missing --json lists exactly the reports never submitted; month open opens the next month',
    async () => {
      const target = await freshFromTemplate();
      const demo = await tidtam(['demo'], target);
      expect(demo.code, show(demo)).toBe(0);

      const february = await tidtam(['missing', '--plan', PLAN, '--period', '2566-02', '--json'], target);
      expect(february.code, show(february)).toBe(0);
      expect(february.stderr).toBe('');
      expect(JSON.parse(february.stdout)).toEqual(FEBRUARY_MISSING);

      // June is open with no report yet: everything expected is missing, P1-04 (completed in March) is not
      const june = expectJuneLike(
        await tidtam(['missing', '--plan', PLAN, '--period', '2566-06', '--json'], target),
        '2566-06',
      );
      expect(june).toContainEqual({
        plan: PLAN,
        period: '2566-06',
        project_code: 'P1-08',
        project_name: 'นำผลสำรวจความผูกพันไปกำหนดแผนการสร้างความผูกพันต่อองค์กร และปรับสวัสดิการในอนาคตให้เหมาะสม',
        unit_code: 'PERS',
        unit_name: 'สำนักงานการเจ้าหน้าที่ สำนักปลัดกรุงเทพมหานคร',
      });
      expect(june.map((r) => r.project_code)).not.toContain('P1-04');

      // the text form names the focal points
      const text = await tidtam(['missing', '--plan', PLAN, '--period', '2566-06'], target);
      expect(text.code, show(text)).toBe(0);
      expect(text.stdout).toContain(`${june.length} missing`);
      expect(text.stdout).toContain('P1-08');
      expect(text.stdout).toContain('ผู้รับผิดชอบโครงการ สำนักงานการเจ้าหน้าที่');

      // July is not open yet: exit 1
      const notOpen = await tidtam(['missing', '--plan', PLAN, '--period', '2566-07', '--json'], target);
      expect(notOpen.code, show(notOpen)).toBe(1);
      expect(notOpen.stdout).toBe('');
      expect(notOpen.stderr).toContain('2566-07');

      const open = await tidtam(
        // A Thai (พ.ศ.) date, as the files take them (issue 14 item 6).
        ['month', 'open', '2566-07', '--deadline', '10/08/2566', '--lock-days', 'never'],
        target,
      );
      expect(open.code, show(open)).toBe(0);
      expect(open.stdout).toContain('opened 2566-07: deadline 2023-08-10 / กำหนดส่ง 10 สิงหาคม 2566');
      expect(open.stdout).toContain('never locks');

      const july = expectJuneLike(
        await tidtam(['missing', '--plan', PLAN, '--period', '2566-07', '--json'], target),
        '2566-07',
      );
      // projects starting in July (P2-05, P4-04, P3-16, P5-03) now owe a report too
      expect(july.map((r) => r.project_code)).toEqual(expect.arrayContaining(['P2-05', 'P4-04']));
      expect(june.map((r) => r.project_code)).not.toContain('P2-05');

      // defaults: the 5th of the next month, locking after the lock_after_days setting (10)
      const august = await tidtam(['month', 'open', '2566-08'], target);
      expect(august.code, show(august)).toBe(0);
      expect(august.stdout).toContain('opened 2566-08: deadline 2023-09-05');
      expect(august.stdout).toContain('locks after 2023-09-15');

      // opening it twice is refused with exit 1, and nothing changes
      const again = await tidtam(['month', 'open', '2566-07', '--deadline', '2023-08-20'], target);
      expect(again.code, show(again)).toBe(1);
      expect(again.stdout).toBe('');
      expect(again.stderr).toContain('2566-07 is open already');
      const stillJuly = await tidtam(['missing', '--plan', PLAN, '--period', '2566-07'], target);
      expect(stillJuly.stdout).toContain('2023-08-10');
    },
    TIMEOUT,
  );

  it(
    'invalid input exits 1 and writes nothing; wrong usage exits 2',
    async () => {
      const target = await freshFromTemplate();
      const invalid: Record<string, string[]> = {
        notADate: ['month', 'open', '2566-09', '--deadline', '2023-02-30'],
        beforeMonth: ['month', 'open', '2566-09', '--deadline', '2023-08-31'],
        badMonth: ['month', 'open', '2566-13'],
        tooManyDays: ['month', 'open', '2566-09', '--lock-days', '400'],
        noPlan: ['missing', '--plan', 'NO-SUCH-PLAN', '--period', '2566-06', '--json'],
        badPeriod: ['missing', '--plan', PLAN, '--period', '2566-13', '--json'],
      };
      const usage: Record<string, string[]> = {
        noSub: ['month'],
        otherSub: ['month', 'close', '2566-05'],
        noPeriod: ['month', 'open'],
        badLockDays: ['month', 'open', '2566-09', '--lock-days', 'soon'],
        missingNoPeriod: ['missing', '--plan', PLAN, '--json'],
        missingNoPlan: ['missing', '--period', '2566-06'],
        unknownOption: ['missing', '--plan', PLAN, '--month', '2566-06'],
      };
      for (const [name, args] of Object.entries(invalid)) {
        const run = await tidtam(args, target);
        expect(run.code, `${name}: ${show(run)}`).toBe(1);
        expect(run.stdout, name).toBe('');
        expect(run.stderr, name).not.toBe('');
      }
      for (const [name, args] of Object.entries(usage)) {
        const run = await tidtam(args, target);
        expect(run.code, `${name}: ${show(run)}`).toBe(2);
        expect(run.stdout, name).toBe('');
        expect(run.stderr, name).toMatch(/usage|unknown option|Unknown option/i);
      }
      // none of the refused `month open` wrote a month: 2566-09 opens now, with its defaults
      const open = await tidtam(['month', 'open', '2566-09'], target);
      expect(open.code, show(open)).toBe(0);
      expect(open.stdout).toContain('opened 2566-09: deadline 2023-10-05');
    },
    TIMEOUT,
  );
});

// The server path: while `serve` holds a PGlite directory, the commands ask it (docs/decisions/0002).
describe.skipIf(testDbKind === 'postgres')('while the server runs on the data directory', () => {
  let server: ChildProcess | undefined;
  afterAll(async () => {
    if (server && server.exitCode === null) {
      const closed = new Promise((resolve) => server!.once('close', resolve));
      server.kill('SIGTERM');
      await closed;
    }
  });

  it(
    'missing and month open go through the server and answer as the direct path does',
    async () => {
      const dir = await dataDir();
      const info = inject('tidtamTestDb');
      if (info.kind !== 'pglite') throw new Error('PGlite only');
      await cp(info.templateDir, join(dir, 'pgdata'), { recursive: true });
      server = spawn(process.execPath, [BIN, 'serve', '--data-dir', dir], {
        cwd: ROOT,
        env: cleanEnv({ PORT: '0', HOST: '127.0.0.1', TIDTAM_LOG_LEVEL: 'silent' }),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      await new Promise<void>((resolve, reject) => {
        server!.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
          output += chunk;
          if (output.includes('is running at')) resolve();
        });
        server!.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
        server!.once('close', (code) => reject(new Error(`server exited ${code}: ${output}`)));
      });
      const lock = JSON.parse(await readFile(join(dir, 'tidtam.lock'), 'utf8')) as {
        kind: string;
        port: number;
      };
      expect(lock.kind).toBe('server');
      expect(lock.port).toBeGreaterThan(0);

      const target: Target = { args: ['--data-dir', dir], env: {} };
      const february = await tidtam(['missing', '--plan', PLAN, '--period', '2566-02', '--json'], target);
      expect(february.code, show(february)).toBe(0);
      expect(JSON.parse(february.stdout)).toEqual(FEBRUARY_MISSING);

      const notOpen = await tidtam(['missing', '--plan', PLAN, '--period', '2566-07', '--json'], target);
      expect(notOpen.code, show(notOpen)).toBe(1);
      const badPeriod = await tidtam(['missing', '--plan', PLAN, '--period', '2566-13', '--json'], target);
      expect(badPeriod.code, show(badPeriod)).toBe(1);

      const open = await tidtam(
        // A Thai (พ.ศ.) date, as the files take them (issue 14 item 6).
        ['month', 'open', '2566-07', '--deadline', '10/08/2566', '--lock-days', 'never'],
        target,
      );
      expect(open.code, show(open)).toBe(0);
      expect(open.stdout).toContain('opened 2566-07: deadline 2023-08-10 / กำหนดส่ง 10 สิงหาคม 2566');
      expect(open.stdout).toContain('never locks');
      const again = await tidtam(['month', 'open', '2566-07'], target);
      expect(again.code, show(again)).toBe(1);
      expect(again.stderr).toContain('2566-07 is open already');
      const notADate = await tidtam(['month', 'open', '2566-08', '--deadline', '2023-02-30'], target);
      expect(notADate.code, show(notADate)).toBe(1);

      expectJuneLike(
        await tidtam(['missing', '--plan', PLAN, '--period', '2566-07', '--json'], target),
        '2566-07',
      );
      // the server is still the one holding the directory
      expect(server.exitCode).toBeNull();
    },
    TIMEOUT,
  );
});
