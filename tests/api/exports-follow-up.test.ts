/**
 * Issue 14 item 10: the follow-up lists (review queue, timeliness grid, needs attention, action plan) export to
 * CSV and XLSX with exactly the rows their pages show for the same filters and the same reader.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionPlanResponse } from '../../src/shared/api/monitoring/action-plan';
import type { AttentionResponse } from '../../src/shared/api/monitoring/follow-up';
import type { ReviewQueuePage } from '../../src/shared/api/monitoring/review';
import type { TimelinessResponse } from '../../src/shared/api/monitoring/timeliness';
import { createTestApp, DEMO_PLAN, expectFieldIssue, type TestApp } from '../helpers/api-app';

let t: TestApp;
let admin = '';
let focal = '';

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  admin = await t.login('admin');
  focal = await t.login('focal.bhrdi');
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, cookie = admin) => t.app.inject({ method: 'GET', url, headers: { cookie } });

/** The CSV's rows (BOM dropped), split on commas outside quotes. */
async function csv(url: string, cookie = admin): Promise<string[][]> {
  const res = await get(url, cookie);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  const text = res.rawPayload.toString('utf8').slice(1);
  return text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) =>
      (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [])
        .map((f) => f.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'))
        .slice(0, -1),
    );
}

async function xlsxRows(url: string, cookie = admin): Promise<unknown[][]> {
  const res = await get(url, cookie);
  expect(res.statusCode, res.body).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

describe('the follow-up lists as files, row for row as on screen', () => {
  it('review queue: every page for the filters, as GET /api/reports pages through them', async () => {
    const filter = 'state=accepted&period=2566-04';
    const page = (await get(`/api/reports?${filter}&limit=500`)).json() as ReviewQueuePage;
    expect(page.total).toBe(page.items.length);
    expect(page.total).toBeGreaterThan(0);
    const rows = await csv(`/api/exports/review-queue.csv?${filter}`);
    expect(rows[0]!.slice(0, 3)).toEqual(['เดือน', 'รหัสโครงการ', 'ชื่อโครงการ']);
    expect(rows.slice(1).map((r) => `${r[0]} ${r[1]}`)).toEqual(
      page.items.map((i) => `${i.period} ${i.projectCode}`),
    );
    // A focal point's file holds its own unit's reports only, as its queue does.
    const own = (await get(`/api/reports?${filter}&limit=500`, focal)).json() as ReviewQueuePage;
    const ownRows = await csv(`/api/exports/review-queue.csv?${filter}`, focal);
    expect(ownRows.slice(1).map((r) => r[1])).toEqual(own.items.map((i) => i.projectCode));
    expect(own.items.length).toBeLessThan(page.items.length);
  });

  it('timeliness: one row per agency in league order, per month on time / late / missing', async () => {
    const filter = `plan=${DEMO_PLAN}&from=2566-03&to=2566-05`;
    const grid = (await get(`/api/timeliness?${filter}`)).json() as TimelinessResponse;
    expect(grid.months.map((m) => m.period)).toEqual(['2566-03', '2566-04', '2566-05']);
    const rows = await csv(`/api/exports/timeliness.csv?${filter}`);
    expect(rows[0]!.slice(0, 6)).toEqual([
      'อันดับ',
      'รหัสหน่วยงาน',
      'หน่วยงาน',
      '2566-03 ตรงเวลา',
      '2566-03 ล่าช้า',
      '2566-03 ไม่ส่ง',
    ]);
    expect(rows).toHaveLength(grid.agencies.length + 1);
    expect(rows.slice(1).map((r) => r[1])).toEqual(grid.agencies.map((a) => a.unit.code));
    const first = grid.agencies[0]!;
    expect(rows[1]!.slice(3, 12).map(Number)).toEqual(
      first.months.flatMap((m) => [m.onTime, m.late, m.missing]),
    );
    const sheet = await xlsxRows(`/api/exports/timeliness.xlsx?${filter}`);
    expect(sheet).toHaveLength(grid.agencies.length + 1);
    expect(sheet[1]![12]).toBe(first.totals.expected); // a real number, not text
  });

  it('needs attention: the flagged projects of the month, of one kind when the page filters by it', async () => {
    const answer = (await get(`/api/plans/${DEMO_PLAN}/attention?asOf=2566-05`)).json() as AttentionResponse;
    const flagged = answer.targets.flatMap((target) => target.projects);
    expect(flagged).toHaveLength(answer.flaggedCount);
    const all = await csv(`/api/exports/attention.csv?plan=${DEMO_PLAN}&asOf=2566-05`);
    expect(all.slice(1).map((r) => r[1])).toEqual(flagged.map((p) => p.code));
    const stalled = flagged.filter((p) => p.flags.some((f) => f.kind === 'no_progress'));
    expect(stalled.length).toBe(answer.counts.no_progress);
    const rows = await csv(`/api/exports/attention.csv?plan=${DEMO_PLAN}&asOf=2566-05&kind=no_progress`);
    expect(rows.slice(1).map((r) => r[1])).toEqual(stalled.map((p) => p.code));
    expect(rows.slice(1).every((r) => r[8]!.includes('ความก้าวหน้าคงที่'))).toBe(true);
    expect(stalled.length).toBeLessThan(flagged.length);
    expectFieldIssue(await get(`/api/exports/attention.csv?plan=${DEMO_PLAN}&kind=nothing`), 'kind');
  });

  it('action plan: the projects of the fiscal year, with planned against reported at the month', async () => {
    const filter = `plan=${DEMO_PLAN}&fiscalYear=2566&asOf=2566-05`;
    const plan = (
      await get(`/api/plans/${DEMO_PLAN}/action-plan?fiscalYear=2566&asOf=2566-05`)
    ).json() as ActionPlanResponse;
    const rows = await csv(`/api/exports/action-plan.csv?${filter}`);
    expect(rows[0]![11]).toBe('ร้อยละตามแผน ณ 2566-05');
    expect(rows.slice(1).map((r) => r[2])).toEqual(plan.projects.map((p) => p.code));
    const mine = (
      await get(`/api/plans/${DEMO_PLAN}/action-plan?fiscalYear=2566&asOf=2566-05`, focal)
    ).json() as ActionPlanResponse;
    const ownRows = await csv(`/api/exports/action-plan.csv?${filter}`, focal);
    expect(ownRows.slice(1).map((r) => r[2])).toEqual(mine.projects.map((p) => p.code));
    expect(mine.projects.length).toBeLessThan(plan.projects.length);
    expectFieldIssue(await get(`/api/exports/action-plan.csv?plan=${DEMO_PLAN}`), 'fiscalYear');
  });
});
