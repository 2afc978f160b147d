/**
 * The workforce command line of formats.md ("Workforce files", "Workforce and development on the command
 * line"), through bin/tidtam itself: `import people|positions|history FILE [--dry-run]` (CSV and XLSX) and
 * `workforce retirements --from FY --years N --json`, exactly. Exit 0 success, 1 invalid input (every row
 * error on standard error, nothing written), 2 wrong usage; directly and through the running server.
 *
 * The people are chosen so that the answer is known by hand (domain.md, the retirement rule: born on or
 * before 1 October of CE year Y → retires at the end of FY Y+60, born 2 October or later → FY Y+61; BE =
 * CE + 543). From FY 2575 (CE 2032) for 5 years:
 *   W01 civil servant  1972-10-01 → 2575, holds ก.102 (managerial)       — 1 October edge
 *   W02 civil servant  1972-10-02 → 2576, holds ก.201 (academic) now, ก.202 before — 2 October edge
 *   W03 permanent      1972-02-29 → 2575, no history (none)               — 29 February
 *   W04 civil servant  1971-10-02 → 2575, holds ก.202 (academic)
 *   W05 teacher        1971-10-01 → 2574, before the range
 *   W06 civil servant  1974-05-05 → 2577, left in 2024 (exit date): not counted
 *   W07 temporary      1976-10-01 → 2579, held ก.302 until 2020 (none now)
 *   W08 university     1976-10-02 → 2580, after the range (a period without position_no)
 *   W09 civil servant  1973-06-15 → 2576, holds ก.001 (executive)
 *   W10 permanent      1974-12-01 → 2578, holds ก.301 (general)
 *   W11 civil servant  1975-01-01 → 2578, exit date in 2030 (in the future, still an exit date): not counted
 *   W12 teacher        1974-03-03 → 2577, enters in 2030 (no exit date: counted), no position (none)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { csvBytes, type Row } from '../fixtures/files';
import { xlsxBytes } from '../fixtures/xlsx';
import { BIN, cleanEnv, cliWorkspace, ROOT, show, tidtam, type Run, type Target } from '../helpers/cli';
import { testDbKind } from '../helpers/test-db';

const TIMEOUT = 400_000; // many spawns in one test, on a loaded 2-core machine
const { dataDir, freshTarget } = cliWorkspace('workforce');
const PLAN_FILE = fileURLToPath(new URL('../fixtures/cli/plan.csv', import.meta.url)); // units UNIT-A, เขตพระนคร

const PEOPLE_HEADERS = [
  'person_no',
  'title',
  'first_name',
  'last_name',
  'birth_date',
  'staff_type',
  'entry_date',
  'exit_date',
  'exit_reason',
];
const person = (no: string, birth: string, staffType: string, more: Partial<Row> = {}): Row => ({
  person_no: no,
  first_name: `ชื่อ${no}`,
  last_name: `สกุล${no}`,
  birth_date: birth,
  staff_type: staffType,
  ...more,
});
const PEOPLE: Row[] = [
  person('W01', '1972-10-01', 'civil_servant', { title: 'นาย', entry_date: '01/05/2538' }),
  person('W02', '02/10/2515', 'ข้าราชการกรุงเทพมหานครสามัญ'),
  person('W03', '1972-02-29', 'ลูกจ้างประจำ'),
  person('W04', '1971-10-02', 'civil_servant'),
  person('W05', '1971-10-01', 'teacher'),
  person('W06', '1974-05-05', 'civil_servant', { exit_date: '2024-01-31', exit_reason: 'resigned' }),
  person('W07', '1976-10-01', 'temporary_employee'),
  person('W08', '1976-10-02', 'university'),
  person('W09', '1973-06-15', 'civil_servant'),
  person('W10', '1974-12-01', 'permanent_employee'),
  person('W11', '1975-01-01', 'civil_servant', { exit_date: '2030-06-30', exit_reason: 'other' }),
  person('W12', '1974-03-03', 'teacher', { entry_date: '2030-01-01' }),
];

const POSITION_HEADERS = [
  'position_no',
  'title',
  'position_type',
  'level',
  'unit',
  'section',
  'section_head',
];
const POSITIONS: string[][] = [
  ['ก.001', 'ปลัดกรุงเทพมหานคร', 'executive', 'senior', 'UNIT-A', '', ''],
  ['ก.102', 'ผู้ช่วยผู้อำนวยการเขต', 'อำนวยการ', 'ต้น', 'สำนักงานเขตพระนคร', '', ''],
  ['ก.201', 'นักทรัพยากรบุคคล', 'academic', 'professional', 'UNIT-A', 'ฝ่ายบริหารงานทั่วไป', 'yes'],
  ['ก.202', 'นักวิเคราะห์นโยบายและแผน', 'วิชาการ', 'ปฏิบัติการ', 'UNIT-A', '', ''],
  ['ก.301', 'พนักงานขับรถยนต์', 'general', 'experienced', 'UNIT-A', '', ''],
  ['ก.302', 'เจ้าพนักงานธุรการ', 'ทั่วไป', 'ปฏิบัติงาน', 'สำนักงานเขตพระนคร', '', ''],
];

const HISTORY_HEADERS = [
  'person_no',
  'from',
  'to',
  'role',
  'position_no',
  'title',
  'position_type',
  'level',
  'unit',
];
const HISTORY: Row[] = [
  { person_no: 'W01', from: '2020-10-01', position_no: 'ก.102' },
  { person_no: 'W02', from: '2015-01-01', to: '2021-09-30', position_no: 'ก.202' },
  { person_no: 'W02', from: '01/10/2564', role: 'ครองตำแหน่ง', position_no: 'ก.201' },
  { person_no: 'W04', from: '2022-01-01', position_no: 'ก.202' },
  { person_no: 'W06', from: '2021-01-01', to: '2024-01-31', position_no: 'ก.302' },
  { person_no: 'W07', from: '2015-01-01', to: '2020-12-31', position_no: 'ก.302' },
  {
    person_no: 'W08',
    from: '2012-05-01',
    title: 'อาจารย์',
    position_type: 'academic',
    level: 'professional',
    unit: 'UNIT-A',
  },
  { person_no: 'W09', from: '2019-10-01', position_no: 'ก.001' },
  { person_no: 'W10', from: '2010-01-01', position_no: 'ก.301' },
];

const staff = (
  civil_servant: number,
  teacher: number,
  permanent_employee: number,
  temporary_employee: number,
) => ({
  civil_servant,
  teacher,
  university: 0,
  permanent_employee,
  temporary_employee,
});
const types = (executive: number, managerial: number, academic: number, general: number, none: number) => ({
  executive,
  managerial,
  academic,
  general,
  none,
});
/** Worked out by hand from the list at the top of this file. */
const RETIREMENTS_2575 = {
  fromFiscalYear: 2575,
  years: 5,
  fiscalYears: [
    { fiscalYear: 2575, total: 3, byStaffType: staff(2, 0, 1, 0), byPositionType: types(0, 1, 1, 0, 1) },
    { fiscalYear: 2576, total: 2, byStaffType: staff(2, 0, 0, 0), byPositionType: types(1, 0, 1, 0, 0) },
    { fiscalYear: 2577, total: 1, byStaffType: staff(0, 1, 0, 0), byPositionType: types(0, 0, 0, 0, 1) },
    { fiscalYear: 2578, total: 1, byStaffType: staff(0, 0, 1, 0), byPositionType: types(0, 0, 0, 1, 0) },
    { fiscalYear: 2579, total: 1, byStaffType: staff(0, 0, 0, 1), byPositionType: types(0, 0, 0, 0, 1) },
  ],
};
const RETIREMENTS_ARGS = ['workforce', 'retirements', '--from', '2575', '--years', '5', '--json'];

/** The files of one test, in a directory of their own. */
async function files() {
  const dir = await mkdtemp(join(await dataDir(), 'files-'));
  const write = async (name: string, bytes: Uint8Array) => {
    const path = join(dir, name);
    await writeFile(path, bytes);
    return path;
  };
  return {
    people: (rows: Row[] = PEOPLE, name = 'people.csv') =>
      write(name, csvBytes(rows, PEOPLE_HEADERS, { bom: true })),
    positions: async (rows: string[][] = POSITIONS, name = 'positions.xlsx') =>
      write(name, await xlsxBytes([POSITION_HEADERS, ...rows])),
    history: (rows: Row[] = HISTORY, name = 'history.csv') => write(name, csvBytes(rows, HISTORY_HEADERS)),
  };
}

const ok = (run: Run) => {
  expect(run.code, show(run)).toBe(0);
  expect(run.stderr).toBe('');
  return run.stdout;
};
/** The counts as printed, each followed by the records it names (issue 14 item 17): `[count, 'kind: codes']`. */
const counts = (
  created: number | [number, string],
  updated: number | [number, string],
  unchanged: number,
  dryRun = false,
) =>
  [
    ...change(dryRun ? 'would be created / จะสร้าง' : 'created', created),
    ...change(dryRun ? 'would be updated / จะปรับปรุง' : 'updated', updated),
    `  unchanged: ${unchanged}`,
  ].join('\n');
const change = (label: string, count: number | [number, string]) =>
  typeof count === 'number' ? [`  ${label}: ${count}`] : [`  ${label}: ${count[0]}`, `    ${count[1]}`];
const W = (n: number) => `W${String(n).padStart(2, '0')}`;
/** W01 … W10 of the 12 people: the first ten named, then how many more. */
const TWELVE: [number, string] = [
  12,
  `person: ${Array.from({ length: 10 }, (_, i) => W(i + 1)).join(', ')} … and 2 more / และอีก 2 รายการ`,
];
const STAFF_CODES =
  'civil_servant (ข้าราชการกรุงเทพมหานครสามัญ), teacher (ข้าราชการครูและบุคลากรทางการศึกษา), ' +
  'university (ข้าราชการในสถาบันอุดมศึกษา), permanent_employee (ลูกจ้างประจำ), temporary_employee (ลูกจ้างชั่วคราว)';
const rowErrors = (run: Run) => run.stderr.split('\n').filter((l) => l.startsWith('row '));

/** Imports the three files of this test (after the plan file that makes the units); answers the files. */
async function importAll(target: Target) {
  const f = await files();
  ok(await tidtam(['import', 'plan', PLAN_FILE], target));
  const people = await f.people();
  const dry = ok(await tidtam(['import', 'people', people, '--dry-run'], target));
  // The dry run names whom it would create: the first ten person numbers, then how many more.
  expect(dry).toBe(
    `Dry run — nothing written. ${people}: 12 rows (people / บุคลากร)\n${counts(TWELVE, 0, 0, true)}\n`,
  );
  // created again, not unchanged: the dry run wrote nothing
  const real = ok(await tidtam(['import', 'people', people], target));
  expect(real).toBe(`${people}: 12 rows (people / บุคลากร)\n${counts(TWELVE, 0, 0)}\n`);
  const positions = await f.positions();
  const six: [number, string] = [6, 'position: ก.001, ก.102, ก.201, ก.202, ก.301, ก.302'];
  expect(ok(await tidtam(['import', 'positions', positions], target))).toBe(
    `${positions}: 6 rows (positions / ตำแหน่ง)\n${counts(six, 0, 0)}\n`,
  );
  const history = await f.history();
  // Periods are named by person and first day, Buddhist-era as the files write them.
  const nine: [number, string] = [
    9,
    'period: W01 01/10/2563, W02 01/01/2558, W02 01/10/2564, W04 01/01/2565, W06 01/01/2564, ' +
      'W07 01/01/2558, W08 01/05/2555, W09 01/10/2562, W10 01/01/2553',
  ];
  expect(ok(await tidtam(['import', 'history', history], target))).toBe(
    `${history}: 9 rows (history / ประวัติการดำรงตำแหน่ง)\n${counts(nine, 0, 0)}\n  removed: 0\n`,
  );
  return f;
}

describe('bin/tidtam import people|positions|history and workforce retirements', () => {
  it(
    'imports the three files (CSV and XLSX), prints exactly the retirements JSON, refuses a bad file whole, re-imports in place',
    async () => {
      const target = await freshTarget({ fromTemplate: true });
      const f = await importAll(target);

      const json = await tidtam(RETIREMENTS_ARGS, target);
      expect(JSON.parse(ok(json))).toEqual(RETIREMENTS_2575);
      expect(Object.keys(JSON.parse(json.stdout).fiscalYears[0])).toEqual([
        'fiscalYear',
        'total',
        'byStaffType',
        'byPositionType',
      ]);

      // A bad file: every row error listed, exit 1, and not even its good new row (W13, FY 2575) written.
      const bad = await f.people(
        [
          person('W13', '1972-01-01', 'civil_servant'),
          person('W01', '1972-10-01', 'civil_servant'),
          person('W01', '1972-10-01', 'civil_servant'),
          person('W14', '31/02/2515', 'นักการเมือง'),
          person('W15', '1970-01-01', 'teacher', { last_name: '', exit_reason: 'retired' }),
        ],
        'people-bad.csv',
      );
      const refused = await tidtam(['import', 'people', bad], target);
      expect(refused.code, show(refused)).toBe(1);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toContain('The file has 5 errors: nothing was written');
      expect(rowErrors(refused)).toEqual([
        'row 4, column person_no: repeats row 3 (ซ้ำกับแถวที่ 3)',
        'row 5, column birth_date: "31/02/2515" is not a date like 2023-05-31 or 31/05/2566 ("31/02/2515" ไม่ใช่วันที่ เช่น 2023-05-31 หรือ 31/05/2566)',
        `row 5, column staff_type: "นักการเมือง" is not one of ${STAFF_CODES} ("นักการเมือง" ไม่ใช่ค่าที่ใช้ได้: ${STAFF_CODES})`,
        'row 6, column last_name: is required (ต้องกรอก)',
        'row 6, column exit_date: an exit reason needs an exit date (มีเหตุที่พ้นจากราชการต้องมีวันพ้นจากราชการ)',
      ]);
      expect(JSON.parse(ok(await tidtam(RETIREMENTS_ARGS, target)))).toEqual(RETIREMENTS_2575);

      // Re-imports update in place: W05 becomes a civil servant, ก.201 moves section, W10 leaves ก.301.
      const people = await f.people(
        PEOPLE.map((p) => (p.person_no === 'W05' ? { ...p, staff_type: 'civil_servant' } : p)),
        'people-2.csv',
      );
      // A dry run first: it names the one person it would update.
      expect(ok(await tidtam(['import', 'people', people, '--dry-run'], target))).toContain(
        counts(0, [1, 'person: W05'], 11, true),
      );
      expect(ok(await tidtam(['import', 'people', people], target))).toContain(
        counts(0, [1, 'person: W05'], 11),
      );
      const positions = await f.positions(
        POSITIONS.map((p) => (p[0] === 'ก.201' ? [...p.slice(0, 5), 'ฝ่ายทะเบียนประวัติ', 'yes'] : p)),
        'positions-2.xlsx',
      );
      expect(ok(await tidtam(['import', 'positions', positions], target))).toContain(
        counts(0, [1, 'position: ก.201'], 5),
      );
      const history = await f.history(
        HISTORY.map((h) => (h.person_no === 'W10' ? { ...h, to: '2024-12-31' } : h)),
        'history-2.csv',
      );
      // 2 updated: W10's period, and W02's period of ก.201, whose section follows the position's new one
      expect(ok(await tidtam(['import', 'history', history], target))).toContain(
        `${counts(0, [2, 'period: W02 01/10/2564, W10 01/01/2553'], 7)}\n  removed: 0`,
      );
      const after = JSON.parse(ok(await tidtam(RETIREMENTS_ARGS, target))) as typeof RETIREMENTS_2575;
      // W10 (FY 2578) holds nothing now: general 1 → none 1; W05 (FY 2574) is counted as a civil servant below.
      expect(after.fiscalYears[3]).toEqual({
        fiscalYear: 2578,
        total: 1,
        byStaffType: staff(0, 0, 1, 0),
        byPositionType: types(0, 0, 0, 0, 1),
      });
      expect(after.fiscalYears.slice(0, 3)).toEqual(RETIREMENTS_2575.fiscalYears.slice(0, 3));

      const text = ok(await tidtam(['workforce', 'retirements', '--from', '2574', '--years', '2'], target));
      expect(text).toContain('ผู้เกษียณอายุราชการ ปีงบประมาณ 2574–2575 / Retirements, fiscal years 2574–2575');
      expect(text.split('\n').filter((l) => /^\s*(2574|2575|รวม\/all) /.test(l))).toEqual([
        '     2574      1  |           1        0           0           0            0  |         0           0         0        0            1',
        '     2575      3  |           2        0           0           1            0  |         0           1         1        0            1',
        '  รวม/all      4  |           3        0           0           1            0  |         0           1         1        0            2',
      ]);
    },
    TIMEOUT,
  );

  it(
    'wrong usage exits 2 and writes nothing',
    async () => {
      const target = await freshTarget({ fromTemplate: true });
      const cases: Record<string, string[]> = {
        noFile: ['import', 'people'],
        unreadable: ['import', 'history', join(tmpdir(), 'tidtam-no-such-file.csv')],
        extra: ['import', 'positions', PLAN_FILE, 'more'],
        noSub: ['workforce'],
        unknownSub: ['workforce', 'vacancies'],
        badFrom: ['workforce', 'retirements', '--from', '75', '--years', '5'],
        ceFrom: ['workforce', 'retirements', '--from', '2032', '--years', '5'],
        zeroYears: ['workforce', 'retirements', '--from', '2575', '--years', '0'],
        wordYears: ['workforce', 'retirements', '--from', '2575', '--years', 'five'],
        unknownOption: ['workforce', 'retirements', '--from', '2575', '--year', '5'],
      };
      const entries: [string, Run][] = [];
      for (const [name, args] of Object.entries(cases)) entries.push([name, await tidtam(args, target)]);
      for (const [name, run] of entries) {
        expect(run.code, `${name}: ${show(run)}`).toBe(2);
        expect(run.stdout, name).toBe('');
      }
      const runs = Object.fromEntries(entries);
      expect(runs.noFile!.stderr).toContain('usage: tidtam import people|positions|history FILE [--dry-run]');
      expect(runs.unreadable!.stderr).toContain('cannot read');
      expect(runs.noSub!.stderr).toContain(
        'usage: tidtam workforce retirements --from FY --years N [--json]',
      );
      expect(runs.unknownSub!.stderr).toContain('usage: tidtam workforce retirements');
      expect(runs.badFrom!.stderr).toContain('--from takes a Buddhist-Era fiscal year such as 2575');
      expect(runs.ceFrom!.stderr).toContain('--from takes a Buddhist-Era fiscal year such as 2575');
      expect(runs.zeroYears!.stderr).toContain('--years takes a whole number of years from 1 to 40');
      expect(runs.wordYears!.stderr).toContain('--years takes a whole number of years from 1 to 40');
      // nothing was written by any of them
      const empty = JSON.parse(
        ok(await tidtam(['workforce', 'retirements', '--from', '2575', '--years', '1', '--json'], target)),
      );
      expect(empty).toEqual({
        fromFiscalYear: 2575,
        years: 1,
        fiscalYears: [
          {
            fiscalYear: 2575,
            total: 0,
            byStaffType: staff(0, 0, 0, 0),
            byPositionType: types(0, 0, 0, 0, 0),
          },
        ],
      });
    },
    TIMEOUT,
  );
});

// While `serve` holds a PGlite directory, the commands ask it with the operator token (docs/decisions/0002).
describe.skipIf(testDbKind === 'postgres')('while the server runs on the data directory', () => {
  let server: ChildProcess | undefined;
  afterAll(async () => {
    if (server && server.exitCode === null) {
      const closed = new Promise((resolve) => server!.once('close', resolve));
      server.kill('SIGTERM');
      await closed;
    }
  });
  let target: Target;
  beforeAll(async () => {
    const dir = await dataDir();
    const info = inject('tidtamTestDb');
    if (info.kind !== 'pglite') throw new Error('PGlite only');
    await cp(info.templateDir, join(dir, 'pgdata'), { recursive: true });
    server = spawn(process.execPath, [BIN, 'serve', '--no-demo', '--data-dir', dir], {
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
    const lock = JSON.parse(await readFile(join(dir, 'tidtam.lock'), 'utf8')) as { kind: string };
    expect(lock.kind).toBe('server');
    target = { args: ['--data-dir', dir], env: {} };
  });

  it(
    'imports (multipart upload) and retirements go through the server and answer as the direct path does',
    async () => {
      const f = await importAll(target);
      expect(JSON.parse(ok(await tidtam(RETIREMENTS_ARGS, target)))).toEqual(RETIREMENTS_2575);

      const bad = await f.history(
        [
          ...HISTORY,
          { person_no: 'W99', from: '2025-01-01', position_no: 'ก.302' },
          { person_no: 'W05', from: '2023-01-01', position_no: 'ไม่มี' },
        ],
        'history-bad.csv',
      );
      const refused = await tidtam(['import', 'history', bad], target);
      expect(refused.code, show(refused)).toBe(1);
      expect(refused.stdout).toBe('');
      expect(rowErrors(refused)).toEqual([
        'row 11, column person_no: no person "W99": import the people file first (ไม่พบบุคลากรเลขที่ "W99": นำเข้าไฟล์บุคลากรก่อน)',
        'row 12, column position_no: no position "ไม่มี": import the positions file first (ไม่พบตำแหน่งเลขที่ "ไม่มี": นำเข้าไฟล์ตำแหน่งก่อน)',
      ]);
      expect(JSON.parse(ok(await tidtam(RETIREMENTS_ARGS, target)))).toEqual(RETIREMENTS_2575);

      // A development plan file takes the same way (the server's POST /api/development/imports/plan).
      const plan = join(await dataDir(), 'development-plan.csv');
      await writeFile(
        plan,
        'fiscal_year,hrd_plan,hrd_plan_name,hrd_strategy,hrd_strategy_name,unit,project_code,project_name,activity_type,participants,budget,budget_source\n' +
          '2566,HRD-2566-2570,แผนพัฒนาทรัพยากรบุคคล,1,สมรรถนะพึงประสงค์,UNIT-A,D-01,หลักสูตรหนึ่ง,training,120,1000,ordinance\n',
      );
      expect(ok(await tidtam(['import', 'development-plan', plan], target))).toContain(
        'projects created: 1, updated: 0, unchanged: 0',
      );
      expect(server!.exitCode).toBeNull();
    },
    TIMEOUT,
  );
});
