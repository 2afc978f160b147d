/**
 * Fuzzing the plan and report importers (docs/security.md, 4.5) with fast-check: arbitrary bytes, CSV text
 * built from plausible cells and then corrupted (quotes, BOMs, Thai digits, separators, empty rows, very
 * long cells), and XLSX workbooks of such cells (some with bytes flipped). Each file either imports or is
 * refused as invalid_input with issues that name a row (or the file) — never another error, never a
 * partial write (every table is counted before and after), never a hang (a time bound per run).
 *
 * Run sizes are bounded so the file stays well under a minute on a loaded two-core machine; fast-check
 * prints the seed and the shrunk file of any failure.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/actor';
import { AppError } from '../../src/server/errors';
import { importPlan } from '../../src/server/use-cases/monitoring/import-plan';
import { importReports } from '../../src/server/use-cases/monitoring/import-reports';
import { CSRF, createTestApp, DEMO_PLAN, type TestApp } from '../helpers/api-app';
import { expectErrorShape, rowCounts } from './security-helpers';

/** Runs per property; TIDTAM_FUZZ_SCALE=10 fuzzes ten times longer (by hand, not in CI). */
const runs = (n: number) => Math.max(1, Math.round(n * Number(process.env.TIDTAM_FUZZ_SCALE ?? 1)));

let t: TestApp;
let admin: Actor;
let focal: Actor;
let adminCookie: string;
let focalCookie: string;

beforeAll(async () => {
  t = await createTestApp();
  const actor = async (username: string): Promise<Actor> => {
    const { rows } = await t.db.query<{ id: number; role: Actor['role']; unit_id: number | null }>(
      'select id, role, unit_id from app_user where username = $1',
      [username],
    );
    return { userId: rows[0]!.id, label: username, role: rows[0]!.role, unitId: rows[0]!.unit_id };
  };
  admin = await actor('admin');
  focal = await actor('focal.bhrdi');
  adminCookie = await t.login('admin');
  focalCookie = await t.login('focal.bhrdi');
});
afterAll(async () => {
  await t?.close();
});

/** No single import may take longer than this (a hang fails the run instead of the whole file). */
const RUN_LIMIT_MS = 20_000;

function withinLimit<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hang: ${what} took over ${RUN_LIMIT_MS} ms`)), RUN_LIMIT_MS);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

type Kind = 'plan' | 'reports';

/**
 * Imports the file with the use case and checks the outcome: success, or invalid_input whose every issue
 * is bilingual and names a row (≥ 1) or the file — and then nothing at all was written.
 */
async function importAndCheck(
  kind: Kind,
  actor: Actor,
  file: Uint8Array,
  dryRun: boolean,
): Promise<'ok' | 'refused'> {
  const before = await rowCounts(t.db);
  const run =
    kind === 'plan'
      ? importPlan(t.db, actor, file, { dryRun })
      : importReports(t.db, actor, file, { dryRun });
  let outcome: 'ok' | 'refused';
  try {
    const result = await withinLimit(run, `${kind} import of ${file.length} bytes`);
    expect(result.ok).toBe(true);
    outcome = 'ok';
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    expect(err.code, err.message).toBe('invalid_input');
    const issues = err.issues ?? [];
    expect(issues.length, 'a refusal lists what is wrong').toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.row !== undefined || issue.field === 'file', JSON.stringify(issue)).toBe(true);
      if (issue.row !== undefined) {
        expect(Number.isInteger(issue.row) && issue.row >= 1, JSON.stringify(issue)).toBe(true);
      }
      expect(typeof issue.field).toBe('string');
      expect(issue.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(issue.en).toMatch(/[A-Za-z]/);
    }
    outcome = 'refused';
  }
  if (outcome === 'refused' || dryRun) expect(await rowCounts(t.db)).toEqual(before);
  return outcome;
}

// ---- plausible cells ----

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const toThaiDigits = (s: string) => s.replace(/\d/g, (d) => THAI_DIGITS[Number(d)]!);

/** Mostly valid values, sometimes not: enough whole files are valid to reach the writing code. */
const mostly = (valid: fc.Arbitrary<string>, invalid: fc.Arbitrary<string>) =>
  fc.oneof({ arbitrary: valid, weight: 8 }, { arbitrary: invalid, weight: 1 });

const freeText = fc.oneof(
  {
    arbitrary: fc.constantFrom('วิทยากรไม่พอ', 'งบประมาณล่าช้า "มาก"', 'a,b,c', 'line1\nline2', '=1+1', ''),
    weight: 4,
  },
  { arbitrary: fc.constant('<script>alert(1)</script>'), weight: 1 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 1 },
  { arbitrary: fc.nat({ max: 60_000 }).map((n) => 'ก'.repeat(n)), weight: 1 },
);
const maybeThai = (arb: fc.Arbitrary<string>) =>
  fc
    .tuple(
      arb,
      fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 }),
    )
    .map(([s, thai]) => (thai ? toThaiDigits(s) : s));

const REPORT_REQUIRED = ['plan_code', 'project_code', 'period', 'status'];
const REPORT_COLUMNS = [...REPORT_REQUIRED, 'percent', 'kpi_actual', 'spent', 'problems', 'next_steps'];
const reportCell: Record<string, fc.Arbitrary<string>> = {
  plan_code: mostly(fc.constantFrom(DEMO_PLAN, ` ${DEMO_PLAN} `), fc.constantFrom('HR-0000', '')),
  project_code: mostly(
    fc.constantFrom('P2-03', 'P2-07', 'P4-01', 'P2-11'),
    fc.constantFrom('ZZ-99', '', 'p2-03'),
  ),
  period: maybeThai(
    mostly(fc.constant('2566-06'), fc.constantFrom('2566-05', '2566-13', '06/2566', '2566-6', '')),
  ),
  status: mostly(
    fc.constantFrom('in_progress', 'completed', 'not_started'),
    fc.constantFrom('cancelled', 'ดำเนินการ', 'done', ''),
  ),
  percent: maybeThai(
    mostly(fc.constantFrom('40', '100', '0', ''), fc.constantFrom('100.5', '-1', '1,000', 'abc', '1e3')),
  ),
  kpi_actual: maybeThai(mostly(fc.constantFrom('12', '-3.5', ''), fc.constantFrom('99999999999999999', 'x'))),
  spent: maybeThai(
    mostly(fc.constantFrom('1000.50', '1250000', ''), fc.constantFrom('-5', '1.234', '1,250,000')),
  ),
  problems: freeText,
  next_steps: freeText,
};

const PLAN_REQUIRED = [
  'plan_code',
  'plan_name',
  'plan_start_year',
  'plan_end_year',
  'target_no',
  'target_name',
  'strategy_no',
  'strategy_name',
  'project_code',
  'project_name',
  'fiscal_years',
];
const PLAN_COLUMNS = [
  ...PLAN_REQUIRED,
  'owner_unit',
  'budget',
  'start_date',
  'end_date',
  'kpi',
  'kpi_target',
  'depends_on',
  'extra_targets',
];
const planCell: Record<string, fc.Arbitrary<string>> = {
  plan_code: mostly(fc.constant('HR-FUZZ-2571'), fc.constantFrom('HR-FUZZ-2572', DEMO_PLAN, '')),
  plan_name: mostly(fc.constant('แผนทดสอบ'), freeText),
  plan_start_year: maybeThai(mostly(fc.constant('2571'), fc.constantFrom('2566', 'abc', ''))),
  plan_end_year: maybeThai(mostly(fc.constant('2575'), fc.constantFrom('2570', '2560', ''))),
  target_no: maybeThai(mostly(fc.constantFrom('1', '2'), fc.constantFrom('1.0', 'x', ''))),
  target_name: mostly(fc.constant('เป้าประสงค์'), freeText),
  strategy_no: maybeThai(mostly(fc.constantFrom('1.1', '2.1'), fc.constantFrom('3', ''))),
  strategy_name: mostly(fc.constant('กลยุทธ์'), freeText),
  project_code: mostly(fc.constantFrom('F-01', 'F-02', 'F-03'), fc.constantFrom('P2-03', '')),
  project_name: mostly(fc.constant('โครงการ'), freeText),
  fiscal_years: maybeThai(
    mostly(fc.constantFrom('2571', '2571-2572'), fc.constantFrom('2572-2571', '2580', '')),
  ),
  owner_unit: mostly(fc.constantFrom('BHRDI', 'PERS', ''), fc.constant('สำนักงานเขตสมมุติ')),
  budget: maybeThai(mostly(fc.constantFrom('1000000', '1250000.50', ''), fc.constantFrom('-1', '1.999'))),
  start_date: mostly(fc.constantFrom('2027-10-01', ''), fc.constantFrom('2027-02-30', '01/10/2570')),
  end_date: mostly(fc.constantFrom('2028-09-30', ''), fc.constant('2026-01-01')),
  kpi: freeText,
  kpi_target: mostly(fc.constantFrom('10', ''), fc.constant('x')),
  depends_on: mostly(fc.constant(''), fc.constantFrom('F-01', 'F-03', 'NOPE')),
  extra_targets: mostly(fc.constant(''), fc.constantFrom('2', '9')),
};

const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** A table of plausible cells: a header (usually every required column; sometimes one repeated) and 0–12 rows. */
/** Plan files name each project once: valid-looking project codes are made unique row by row. */
function uniqueProjects(cols: string[], rows: string[][]): string[][] {
  const at = cols.indexOf('project_code');
  if (at < 0) return rows;
  return rows.map((row, i) =>
    row.map((cell, c) => (c === at && cell.startsWith('F-') ? `F-${i + 1}` : cell)),
  );
}

function tableOf(columns: string[], required: string[], cells: Record<string, fc.Arbitrary<string>>) {
  const optional = columns.filter((c) => !required.includes(c));
  const header = fc.oneof(
    {
      arbitrary: fc
        .shuffledSubarray(optional)
        .chain((o) => fc.shuffledSubarray([...required, ...o], { minLength: required.length + o.length })),
      weight: 4,
    },
    { arbitrary: fc.shuffledSubarray(columns, { minLength: 1 }), weight: 1 },
  );
  const duplicate = fc.oneof(
    { arbitrary: fc.constant(false), weight: 6 },
    { arbitrary: fc.constant(true), weight: 1 },
  );
  return fc.tuple(header, duplicate, fc.nat({ max: 12 })).chain(([cols0, dup, rows]) => {
    const cols = dup ? [...cols0, cols0[0]!] : cols0;
    const row = fc.tuple(...cols.map((c) => cells[c] ?? fc.string({ maxLength: 10 })));
    return fc.tuple(
      fc.constant(cols),
      fc.array(row, { minLength: rows, maxLength: rows }).map((r) => uniqueProjects(cols, r)),
    );
  });
}

/** Corruptions applied to the CSV text: each keeps it text but breaks it in a way people's files do. */
const corruption = fc.oneof(
  fc.constant((s: string) => `\uFEFF${s}`),
  fc.constant((s: string) => `\uFEFF\uFEFF${s}`),
  fc.nat().map((n) => (s: string) => s.slice(0, n % (s.length + 1)) + '"' + s.slice(n % (s.length + 1))),
  fc.nat().map((n) => (s: string) => s.slice(0, n % (s.length + 1)) + '\uFEFF' + s.slice(n % (s.length + 1))),
  fc.constant((s: string) => s.replace(/,/g, ';')),
  fc.constant((s: string) => s.replace(/,/g, '\t')),
  fc.constant((s: string) => s.replace(/\n/g, '\r\n')),
  fc.constant((s: string) => s.replace(/\n/g, '\r')),
  fc.constant((s: string) => s.replace(/\n/, '\n\n,,,\n\n')),
  fc.constant((s: string) => toThaiDigits(s)),
  fc.constant((s: string) => s.split('\n').slice(1).join('\n')),
  fc.constant((s: string) => `${s}\n"unclosed`),
  fc.constant((s: string) => `${s},"${'x'.repeat(200_000)}"`),
  fc.nat().map((n) => (s: string) => s.slice(0, n % (s.length + 1))),
);

function csvFile(columns: string[], required: string[], cells: Record<string, fc.Arbitrary<string>>) {
  const corruptions = fc.oneof(
    { arbitrary: fc.constant([]), weight: 1 },
    { arbitrary: fc.array(corruption, { minLength: 1, maxLength: 3 }), weight: 1 },
  );
  return fc.tuple(tableOf(columns, required, cells), corruptions).map(([[header, rows], corrupt]) => {
    let text = [header, ...rows].map((r) => r.map(quote).join(',')).join('\n');
    for (const f of corrupt) text = f(text);
    return new TextEncoder().encode(text);
  });
}

async function xlsxBytes(header: string[], rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(header);
  for (const row of rows) {
    // Numbers as numbers, like a person typing into Excel.
    sheet.addRow(
      row.map((c) => (/^-?\d+(\.\d+)?$/.test(c) && c.length < 15 ? Number(c) : c.slice(0, 32_000))),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function xlsxFile(columns: string[], required: string[], cells: Record<string, fc.Arbitrary<string>>) {
  const flips = fc.oneof(
    { arbitrary: fc.constant([] as [number, number][]), weight: 2 },
    {
      arbitrary: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 4 }),
      weight: 1,
    },
  );
  return fc.tuple(tableOf(columns, required, cells), flips);
}

async function buildXlsx([[header, rows], flips]: [[string[], string[][]], [number, number][]]) {
  const bytes = await xlsxBytes(header, rows);
  for (const [at, value] of flips) bytes[at % bytes.length] = value;
  return bytes;
}

const actorArb = () => fc.constantFrom<'admin' | 'focal'>('admin', 'focal');
const actorOf = (who: 'admin' | 'focal') => (who === 'admin' ? admin : focal);

// ---- valid files: they must always import ----

const BHRDI_PROJECTS = [
  'P2-02',
  'P2-03',
  'P2-05',
  'P2-07',
  'P2-08',
  'P2-10',
  'P2-12',
  'P3-04',
  'P3-13',
  'P4-01',
];

/** A valid report file, written the ways people write them: BOM or not, CRLF or not, Thai digits or not. */
const validReportCsv = fc
  .tuple(
    fc.shuffledSubarray(BHRDI_PROJECTS, { minLength: 1, maxLength: 5 }),
    fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 5, maxLength: 5 }),
    fc.array(fc.constantFrom('', 'วิทยากรไม่พอ', 'งบประมาณ "ล่าช้า", รอโอน', 'บรรทัดหนึ่ง\nบรรทัดสอง'), {
      minLength: 5,
      maxLength: 5,
    }),
    fc.boolean(),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([codes, percents, problems, bom, crlf, thai]) => {
    // Thai digits where people type numbers (the month, the percent), never inside codes.
    const digits = (text: string) => (thai ? toThaiDigits(text) : text);
    const lines = [
      'plan_code,project_code,period,status,percent,problems',
      ...codes.map((code, i) =>
        [DEMO_PLAN, code, digits('2566-06'), 'in_progress', digits(String(percents[i])), problems[i]!]
          .map(quote)
          .join(','),
      ),
    ];
    return new TextEncoder().encode((bom ? '\uFEFF' : '') + lines.join(crlf ? '\r\n' : '\n'));
  });

/** A valid plan file: two targets, a strategy each, unique projects, years inside the plan's. */
const validPlanCsv = fc
  .tuple(
    fc.array(
      fc.record({
        target: fc.constantFrom('1', '2'),
        years: fc.constantFrom('2571', '2571-2572', '2573-2575'),
        unit: fc.constantFrom('BHRDI', 'PERS', ''),
        budget: fc.constantFrom('', '1000000', '"1,250,000.50"'),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    fc.boolean(),
  )
  .map(([rows, bom]) => {
    const lines = [
      'plan_code,plan_name,plan_start_year,plan_end_year,target_no,target_name,strategy_no,strategy_name,project_code,project_name,fiscal_years,owner_unit,budget',
      ...rows.map((r, i) =>
        [
          'HR-FUZZ-2571',
          'แผนทดสอบ',
          '2571',
          '2575',
          r.target,
          `เป้าประสงค์ ${r.target}`,
          `${r.target}.1`,
          `กลยุทธ์ ${r.target}.1`,
          `V-${i + 1}`,
          `โครงการ ${i + 1}`,
          r.years,
          r.unit,
        ]
          .map(quote)
          .concat(r.budget)
          .join(','),
      ),
    ];
    return new TextEncoder().encode((bom ? '\uFEFF' : '') + lines.join('\n'));
  });

describe('the importers (use cases) never fail otherwise than with row-numbered invalid_input', () => {
  it.each(['plan', 'reports'] as const)('%s: arbitrary bytes', async (kind) => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }),
          fc.uint8Array({ minLength: 4, maxLength: 600 }).map((b) => {
            b.set([0x50, 0x4b, 0x03, 0x04]); // looks like a ZIP (XLSX) from the first bytes
            return b;
          }),
        ),
        fc.boolean(),
        async (file, dryRun) => {
          await importAndCheck(kind, admin, file, dryRun);
        },
      ),
      { numRuns: runs(40) },
    );
  });

  it('reports: a valid CSV always imports (dry run: the open month stays reportable)', async () => {
    await fc.assert(
      fc.asyncProperty(validReportCsv, actorArb(), async (file, who) => {
        expect(await importAndCheck('reports', actorOf(who), file, true)).toBe('ok');
      }),
      { numRuns: runs(15) },
    );
  });

  it('plan: a valid CSV always imports (written; the same codes update the same records)', async () => {
    await fc.assert(
      fc.asyncProperty(validPlanCsv, fc.boolean(), async (file, dryRun) => {
        expect(await importAndCheck('plan', admin, file, dryRun)).toBe('ok');
      }),
      { numRuns: runs(15) },
    );
  });

  it('reports: CSV of plausible cells, corrupted', async () => {
    await fc.assert(
      fc.asyncProperty(
        csvFile(REPORT_COLUMNS, REPORT_REQUIRED, reportCell),
        actorArb(),
        fc.boolean(),
        async (file, who, dryRun) => {
          await importAndCheck('reports', actorOf(who), file, dryRun);
        },
      ),
      { numRuns: runs(60) },
    );
  });

  it('plan: CSV of plausible cells, corrupted', async () => {
    await fc.assert(
      fc.asyncProperty(csvFile(PLAN_COLUMNS, PLAN_REQUIRED, planCell), fc.boolean(), async (file, dryRun) => {
        await importAndCheck('plan', admin, file, dryRun);
      }),
      { numRuns: runs(60) },
    );
  });

  it.each(['plan', 'reports'] as const)(
    '%s: XLSX of plausible cells, some with bytes flipped',
    async (kind) => {
      const [columns, required, cells] =
        kind === 'plan'
          ? [PLAN_COLUMNS, PLAN_REQUIRED, planCell]
          : [REPORT_COLUMNS, REPORT_REQUIRED, reportCell];
      await fc.assert(
        fc.asyncProperty(
          xlsxFile(columns, required, cells),
          actorArb(),
          fc.boolean(),
          async (spec, who, dryRun) => {
            await importAndCheck(kind, kind === 'plan' ? admin : actorOf(who), await buildXlsx(spec), dryRun);
          },
        ),
        { numRuns: runs(12) },
      );
    },
  );
});

describe('the import routes (HTTP) answer 200 or a 4xx in the error shape, never 500', () => {
  it.each(['plan', 'reports'] as const)('POST /api/imports/%s with fuzzed files', async (kind) => {
    const file = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      kind === 'plan'
        ? csvFile(PLAN_COLUMNS, PLAN_REQUIRED, planCell)
        : csvFile(REPORT_COLUMNS, REPORT_REQUIRED, reportCell),
    );
    await fc.assert(
      fc.asyncProperty(
        file,
        actorArb(),
        fc.boolean(),
        fc.boolean(),
        async (bytes, who, dryRun, multipart) => {
          const before = await rowCounts(t.db);
          const cookie = who === 'admin' ? adminCookie : focalCookie;
          const url = `/api/imports/${kind}?dryRun=${dryRun}`;
          let payload: FormData | Buffer;
          const headers: Record<string, string> = { ...CSRF, cookie };
          if (multipart) {
            payload = new FormData();
            payload.append('file', new Blob([bytes], { type: 'text/csv' }), 'fuzz.csv');
          } else {
            payload = Buffer.from(bytes);
            headers['content-type'] = 'application/octet-stream';
          }
          const res = await withinLimit(t.app.inject({ method: 'POST', url, headers, payload }), url);
          expect(res.statusCode, res.body.slice(0, 500)).toBeLessThan(500);
          if (res.statusCode !== 200) {
            expect([400, 403], res.body.slice(0, 300)).toContain(res.statusCode);
            expectErrorShape(res);
            expect(await rowCounts(t.db)).toEqual(before);
          } else if (dryRun) {
            expect(await rowCounts(t.db)).toEqual(before);
          }
        },
      ),
      { numRuns: runs(25) },
    );
  });
});
