/**
 * Monthly snapshots: locked demo months publish themselves when first asked for; the centre publishes a
 * month; publishing again keeps the old row; compare marks exactly the cells that changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  SnapshotCompareResponse,
  SnapshotDetail,
  SnapshotListItem,
} from '../../src/shared/api/monitoring/papers';
import {
  changeHeaders,
  createTestApp,
  DEMO_PLAN,
  expectApiError,
  expectFieldIssue,
  type TestApp,
} from '../helpers/api-app';

let t: TestApp;
let admin = '';
let committee = '';
const BASE = `/api/plans/${DEMO_PLAN}/snapshots`;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  committee = await t.login('committee');
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, cookie: string | null = committee) =>
  t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
const publish = (payload: object, cookie: string | null = admin) =>
  t.app.inject({ method: 'POST', url: BASE, headers: changeHeaders(cookie ?? undefined), payload });

/** Reports a new status for one project of the target (the first whose May report is still open to change). */
async function setStatus(target: string, from: string, to: string) {
  const projects = (
    await get(
      `/api/projects?plan=${DEMO_PLAN}${target ? `&target=${target}` : ''}&status=${from}&asOf=2566-05`,
    )
  ).json() as { id: number }[];
  for (const project of projects) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${project.id}/reports`,
      headers: changeHeaders(admin),
      payload: { period: '2566-05', status: to },
    });
    if (res.statusCode === 201) return;
    expect(res.statusCode, res.body).toBe(409);
  }
  throw new Error(`no project of target ${target} could be reported ${to}`);
}

describe('snapshots', () => {
  let first: SnapshotListItem;

  it('locked months 2565-10 … 2566-05 are published by themselves; the open 2566-06 is not', async () => {
    const res = await get(BASE);
    expect(res.statusCode).toBe(200);
    const list = res.json() as SnapshotListItem[];
    expect(list.map((s) => s.period)).toEqual([
      '2566-05',
      '2566-04',
      '2566-03',
      '2566-02',
      '2566-01',
      '2565-12',
      '2565-11',
      '2565-10',
    ]);
    expect(
      list.every((s) => s.kind === 'auto' && s.basis === 'submitted' && s.publishedBy === 'system'),
    ).toBe(true);
    expect(list[0]).toMatchObject({ progressPct: 73.21, level: 'ปานกลาง', total: 56, latest: true });
    // asking again publishes nothing more
    expect((await get(BASE)).json()).toHaveLength(8);
  });

  it('the centre publishes a month: stored with when and who, the newest of its month', async () => {
    const res = await publish({ period: '2566-05' });
    expect(res.statusCode, res.body).toBe(201);
    first = res.json() as SnapshotListItem;
    expect(first).toMatchObject({
      period: '2566-05',
      basis: 'submitted',
      kind: 'manual',
      publishedBy: 'admin',
      latest: true,
    });
    expect(Date.now() - Date.parse(first.publishedAt)).toBeLessThan(60_000);
    const detail = (await get(`${BASE}/${first.id}`)).json() as SnapshotDetail;
    expect(detail.summary.overall).toMatchObject({
      completed: 13,
      inProgress: 28,
      notStarted: 15,
      progressPct: 73.21,
    });
    expect(detail.summary.targets.map((x) => x.progressPct)).toEqual([84.62, 33.33, 87.5, 83.33, 66.67]);
  });

  it('publishing again keeps history, and compare marks exactly the changed cells', async () => {
    await setStatus('1', 'in_progress', 'completed');
    const res = await publish({ period: '2566-05' });
    expect(res.statusCode).toBe(201);
    const second = res.json() as SnapshotListItem;

    const may = (await get(`${BASE}?period=2566-05`)).json() as SnapshotListItem[];
    expect(may.map((s) => [s.id, s.kind, s.latest])).toEqual([
      [second.id, 'manual', true],
      [first.id, 'manual', false],
      [expect.any(Number), 'auto', false],
    ]);
    const old = (await get(`${BASE}/${first.id}`)).json() as SnapshotDetail;
    expect(old.summary.targets[0]).toMatchObject({ completed: 3, inProgress: 8 });

    const cmp = await get(`${BASE}/compare?aId=${first.id}&bId=${second.id}`);
    expect(cmp.statusCode).toBe(200);
    const body = cmp.json() as SnapshotCompareResponse;
    expect(body.columns.map((c) => c.key)).toEqual(['1', '2', '3', '4', '5', 'all']);
    const changed = body.cells.filter((c) => c.changed).map((c) => `${c.row}/${c.column}`);
    expect(changed.sort()).toEqual(['completed/1', 'completed/all', 'inProgress/1', 'inProgress/all']);
    expect(body.cells.find((c) => c.row === 'completed' && c.column === '1')).toMatchObject({
      a: { count: 3, pct: 23.08 },
      b: { count: 4, pct: 30.77 },
      countDiff: 1,
      pctDiff: 7.69,
    });
    expect(body.cells.find((c) => c.row === 'inProgress' && c.column === 'all')).toMatchObject({
      countDiff: -1,
      pctDiff: -1.79,
    });
    // in progress → completed leaves progress (completed + in progress) as it was
    expect(body.progress.every((p) => !p.changed)).toBe(true);
  });

  it('compare by months takes the newest publication; a level that changes is marked', async () => {
    await setStatus('5', 'in_progress', 'not_started');
    const third = (await publish({ period: '2566-05' })).json() as SnapshotListItem;
    const body = (await get(`${BASE}/compare?a=2566-04&b=2566-05`)).json() as SnapshotCompareResponse;
    expect(body.b.id).toBe(third.id);
    expect(body.a).toMatchObject({ period: '2566-04', kind: 'auto' });
    const t5 = body.progress.find((p) => p.column === '5')!;
    expect(t5).toMatchObject({ a: { pct: 66.67, level: 'น้อย' }, b: { pct: 33.33, level: 'น้อยที่สุด' } });
    expect(t5).toMatchObject({ pctDiff: -33.34, levelChanged: true, changed: true });
    const unchanged = body.cells.filter((c) => !c.changed);
    for (const c of unchanged) expect([c.countDiff, c.pctDiff ?? 0]).toEqual([0, 0]);
  });

  it('a paper from a snapshot stays as published when the records change', async () => {
    const tables = (html: string) => html.match(/<table[\s\S]*?<\/table>/g) ?? [];
    const paper = (query: string) => get(`/api/plans/${DEMO_PLAN}/paper.html?${query}`);
    const published = (await publish({ period: '2566-05' })).json() as SnapshotListItem;
    const before = tables((await paper('asOf=2566-05')).body);
    await setStatus('', 'not_started', 'completed');
    const live = tables((await paper('asOf=2566-05')).body);
    const reproduced = await paper(`snapshot=${published.id}`);
    expect(reproduced.statusCode).toBe(200);
    expect(tables(reproduced.body)).toEqual(before);
    expect(live[1]).not.toEqual(before[1]);
    expect(reproduced.body).toMatch(/จากข้อมูลที่เผยแพร่เมื่อ .+ โดย admin/);
    expectApiError(await paper('snapshot=999999'), 404, 'not_found');
  });

  it('refuses: 401 signed out, 403 for other roles, 400 for a month to come, 404 unknown', async () => {
    expectApiError(await get(BASE, null), 401, 'unauthorized');
    expectApiError(await get(`${BASE}/compare?a=2566-04&b=2566-05`, null), 401, 'unauthorized');
    expectApiError(await publish({ period: '2566-05' }, null), 401, 'unauthorized');
    for (const user of ['committee', 'focal.bhrdi', 'approver.bhrdi'] as const) {
      expectApiError(await publish({ period: '2566-05' }, await t.login(user)), 403, 'forbidden');
    }
    expectFieldIssue(await publish({ period: '2999-01' }), 'period');
    expectFieldIssue(await publish({ period: '2566-13' }), 'period');
    expectApiError(await get(`${BASE}/999999`), 404, 'not_found');
    expectApiError(await get(`${BASE}/compare?a=2566-04&b=2566-06`), 404, 'not_found');
    expectApiError(await get(`/api/plans/NOPE/snapshots`), 404, 'not_found');
    for (const user of ['focal.bhrdi', 'approver.bhrdi'] as const) {
      expect((await get(BASE, await t.login(user))).statusCode).toBe(200);
    }
  });
});
