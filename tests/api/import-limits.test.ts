/**
 * Uploads of any size or shape answer within seconds while other requests keep being served
 * (docs/security.md 4.5): the XLSX shapes that froze or killed the server, the limits through HTTP, the
 * capped issue list, and percent cells and line breaks as stored. PGlite and PostgreSQL (TIDTAM_TEST_DB).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeHeaders, createTestApp, DEMO_PLAN, expectApiError, type TestApp } from '../helpers/api-app';
import { craftXlsx, rowsXml, type CraftedCell } from '../fixtures/xlsx-crafted';
import { fingerprint } from './security-helpers';

let t: TestApp;
let admin = '';

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => {
  await t?.close();
});

const HEADER = ['plan_code', 'project_code', 'period', 'status', 'percent', 'problems'];
const GOOD: CraftedCell[] = [DEMO_PLAN, 'P2-03', '2566-06', 'in_progress', 40, null];

const upload = (data: Uint8Array, dryRun = true) => {
  const form = new FormData();
  form.append('file', new Blob([data]), 'reports.xlsx');
  return t.app.inject({
    method: 'POST',
    url: `/api/imports/reports?dryRun=${dryRun}`,
    headers: changeHeaders(admin),
    payload: form,
  });
};

describe('XLSX shapes that used to freeze or kill the server', () => {
  it('a 2 KB file with one blank cell at XFD1048576 imports its one row (dry run)', async () => {
    const bytes = craftXlsx({
      before: '<dimension ref="A1:XFD1048576"/>',
      rows: [rowsXml([HEADER, GOOD]), '<row r="1048576"><c r="XFD1048576" s="1"/></row>'],
      formats: ['@'],
    });
    const res = await upload(bytes);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, dryRun: true, rows: 1 });
  });

  it('"select all → format" (styles on all 16,384 columns and 1,000 rows) imports its one row', async () => {
    const styled = Array.from({ length: 1_000 }, (_, i) => `<row r="${i + 3}" s="1" customFormat="1"/>`);
    const bytes = craftXlsx({
      before: '<cols><col min="1" max="16384" width="12" style="1" customWidth="1"/></cols>',
      rows: [rowsXml([HEADER, GOOD]), styled.join('')],
      formats: ['#,##0'],
    });
    const res = await upload(bytes);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, rows: 1 });
  });

  it('GET /api/health answers within 2 s while a pathological upload (50 MB of styled blank cells) is read', async () => {
    const blankRow = `<row>${'<c s="1"/>'.repeat(16_384)}</row>`;
    const bytes = craftXlsx({ rows: [rowsXml([HEADER]), { text: blankRow, times: 300 }], formats: ['0'] });
    let uploadDone = false;
    const pending = upload(bytes).then((res) => {
      uploadDone = true;
      return res;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    const took = performance.now() - started;
    expect(health.statusCode).toBe(200);
    expect(uploadDone).toBe(false);
    expect(took).toBeLessThan(2_000);
    // all rows blank: "the file has no rows" (or, on a very slow machine, the reading deadline)
    const res = await pending;
    expect([400, 413]).toContain(res.statusCode);
  }, 60_000);
});

describe('limits through HTTP: 413 naming the limit, nothing written', () => {
  it('100,001 rows of data → 413 "more than 100,000 rows"', async () => {
    const before = await fingerprint(t.db);
    const row = [DEMO_PLAN, 'P2-03', '2566-06', 'in_progress', '40', ''].join(',');
    const csv = new TextEncoder().encode(`${HEADER.join(',')}\n${`${row}\n`.repeat(100_001)}`);
    const res = await upload(csv, false);
    const error = expectApiError(res, 413, 'too_large');
    expect(error.message.en).toBe('the file has more than 100,000 rows of data: split it into smaller files');
    expect(error.issues).toEqual([{ field: 'file', en: error.message.en, th: error.message.th }]);
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it('a zip bomb (300 MB of blanks in a 310 KB file) → 413 "unpacks to more than 256 MB"', async () => {
    const bytes = craftXlsx({ rows: [rowsXml([HEADER, GOOD]), { text: ' '.repeat(1 << 20), times: 300 }] });
    const res = await upload(bytes, false);
    const error = expectApiError(res, 413, 'too_large');
    expect(error.message.en).toBe('the XLSX file unpacks to more than 256 MB: split it into smaller files');
    expect(error.message.th).toBe('ไฟล์ XLSX เมื่อคลายการบีบอัดมีขนาดเกิน 256 MB กรุณาแบ่งเป็นไฟล์ย่อย');
  });

  it('2,500 bad rows → 400 listing the first 1,000 issues and "… and 3,999 more"', async () => {
    // every row: percent "x"; from row 3 on also the same project and month again — 4,999 issues
    const rows = Array.from({ length: 2_500 }, () => [
      DEMO_PLAN,
      'P2-03',
      '2566-06',
      'in_progress',
      'x',
      null,
    ]);
    const res = await upload(craftXlsx({ rows: [rowsXml([HEADER, ...rows])] }));
    const error = expectApiError(res, 400, 'invalid_input');
    expect(error.issues).toHaveLength(1_001);
    expect(error.issues![999]).toMatchObject({ row: 502, field: 'percent', en: '"x" is not a number' });
    expect(error.issues![1_000]).toEqual({
      field: 'file',
      en: '… and 3,999 more issues (only the first 1,000 are listed)',
      th: '… และอีก 3,999 รายการ (แสดงเพียง 1,000 รายการแรก)',
    });
  });
});

describe('cells as stored', () => {
  it('a percent-formatted 0.5 is stored as 50 %, and multi-line problems keep their line breaks', async () => {
    const bytes = craftXlsx({
      rows: [
        rowsXml([HEADER, [DEMO_PLAN, 'P2-03', '2566-06', 'in_progress', { value: 0.5, s: 1 }, 'หนึ่ง\nสอง']]),
      ],
      formats: ['0%'],
    });
    const res = await upload(bytes, false);
    expect(res.statusCode, res.body).toBe(200);
    const { rows } = await t.db.query<{ percent: string; problems: string }>(
      `select m.percent::text as percent, m.problems from monthly_report m join project p on p.id = m.project_id
        where p.code = 'P2-03' and m.period = 256606 and m.superseded_at is null`,
    );
    expect(rows).toEqual([{ percent: '50.00', problems: 'หนึ่ง\nสอง' }]);
  });
});
