/** List exports: the same rows as the pages' lists, XLSX with real numbers, CSV in UTF-8 with BOM, no formulas. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectListItem } from '../../src/shared/api/monitoring/plans';
import { changeHeaders, createTestApp, DEMO_PLAN, expectApiError, type TestApp } from '../helpers/api-app';

let t: TestApp;
let committee = '';
let admin = '';

beforeAll(async () => {
  t = await createTestApp();
  committee = await t.login('committee');
  admin = await t.login('admin');
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, cookie: string | null = committee) =>
  t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

/** RFC 4180 rows of a CSV text. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  return rows;
}

async function readXlsx(body: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return { sheet, rows };
}

describe('GET /api/exports/projects.(csv|xlsx)', () => {
  const filter = `plan=${DEMO_PLAN}&target=1&asOf=2566-05`;

  it('CSV: BOM, Thai header, the rows GET /api/projects gives for the same filters', async () => {
    const list = (await get(`/api/projects?${filter}`)).json() as ProjectListItem[];
    const res = await get(`/api/exports/projects.csv?${filter}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="projects-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''/,
    );
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(res.rawPayload.toString('utf8').slice(1));
    expect(rows[0]!.slice(0, 3)).toEqual(['แผน', 'รหัสโครงการ', 'ชื่อโครงการ']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(list.map((p) => p.code));
    expect(list).toHaveLength(13);
  });

  it('XLSX: one sheet, real numbers for money and percent', async () => {
    const res = await get(`/api/exports/projects.xlsx?${filter}`);
    expect(res.statusCode).toBe(200);
    const { sheet, rows } = await readXlsx(res.rawPayload);
    expect(sheet.name).toBe('โครงการ');
    expect(rows).toHaveLength(14);
    const budgets = rows
      .slice(1)
      .map((r) => r[7])
      .filter((v) => v !== null && v !== undefined);
    expect(budgets.length).toBeGreaterThan(0);
    expect(budgets.every((v) => typeof v === 'number')).toBe(true);
  });

  it('a focal point gets only the own unit’s projects', async () => {
    const focal = await t.login('focal.bhrdi');
    const own = (await get(`/api/projects?plan=${DEMO_PLAN}`, focal)).json() as ProjectListItem[];
    const rows = parseCsv(
      (await get(`/api/exports/projects.csv?plan=${DEMO_PLAN}`, focal)).rawPayload.toString('utf8').slice(1),
    );
    expect(rows.length - 1).toBe(own.length);
    expect(own.length).toBeLessThan(56);
  });
});

describe('formula neutralisation end to end', () => {
  it('a problems text beginning with = comes out as text with an apostrophe, in CSV and XLSX', async () => {
    const projects = (await get(`/api/projects?plan=${DEMO_PLAN}&asOf=2566-06`)).json() as ProjectListItem[];
    const evil = '=HYPERLINK("http://example.invalid","x")';
    let reported: ProjectListItem | undefined;
    for (const p of projects) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/projects/${p.id}/reports`,
        headers: changeHeaders(admin),
        payload: { period: '2566-06', status: 'in_progress', problems: evil },
      });
      if (res.statusCode === 201) {
        reported = p;
        break;
      }
    }
    expect(reported).toBeDefined();
    const csv = parseCsv(
      (await get(`/api/exports/reports.csv?plan=${DEMO_PLAN}&from=2566-06&to=2566-06`)).rawPayload
        .toString('utf8')
        .slice(1),
    );
    const row = csv.find((r) => r[1] === reported!.code)!;
    expect(row[9]).toBe(`'${evil}`);
    const { rows } = await readXlsx(
      (await get(`/api/exports/reports.xlsx?plan=${DEMO_PLAN}&from=2566-06`)).rawPayload,
    );
    expect(rows.find((r) => r[1] === reported!.code)![9]).toBe(`'${evil}`);
    const problems = parseCsv(
      (await get(`/api/exports/problems.csv?plan=${DEMO_PLAN}`)).rawPayload.toString('utf8').slice(1),
    );
    expect(problems.some((r) => r[4] === `'${evil}`)).toBe(true);
  });
});

describe('other lists and access', () => {
  it('reports, problems and key results download for every role; 401 signed out; 400 bad filters', async () => {
    for (const url of [
      `/api/exports/reports.xlsx?plan=${DEMO_PLAN}&from=2566-05&to=2566-05`,
      `/api/exports/problems.xlsx?plan=${DEMO_PLAN}`,
      `/api/exports/key-results.csv?plan=${DEMO_PLAN}&fiscalYear=2566`,
      `/api/exports/key-results.xlsx?plan=${DEMO_PLAN}&fiscalYear=2566&asOf=2566-05`,
    ]) {
      for (const user of ['committee', 'focal.pers', 'admin'] as const) {
        expect((await get(url, await t.login(user))).statusCode, url).toBe(200);
      }
      expectApiError(await get(url, null), 401, 'unauthorized');
    }
    const may = await readXlsx(
      (await get(`/api/exports/reports.xlsx?plan=${DEMO_PLAN}&from=2566-05&to=2566-05`)).rawPayload,
    );
    expect(may.rows.length).toBeGreaterThan(40);
    expectApiError(await get(`/api/exports/reports.csv?from=2566-13`), 400, 'invalid_input');
    expectApiError(await get(`/api/exports/key-results.csv?plan=${DEMO_PLAN}`), 400, 'invalid_input');
  });
});
