/**
 * Key results over HTTP: the central office defines them and records actuals (audited, versioned); everyone
 * signed in reads achievement and trend; the target page puts activity progress beside outcome and raises
 * ดำเนินการครบแต่ผลลัพธ์ยังไม่ถึงเป้า — built here in a small plan of its own, since no demo target has every
 * project completed. Expected achievements are worked out by hand in the comments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR } from '../../src/server/actor';
import { importPlanTable } from '../../src/server/use-cases/monitoring/import-plan';
import { importReportTable } from '../../src/server/use-cases/monitoring/import-reports';
import type {
  KeyResultsResponse,
  KeyResultView,
  TargetOutcomeResponse,
} from '../../src/shared/api/monitoring/key-results';
import type { SummaryResponse } from '../../src/shared/api/monitoring/summary';
import { PLAN_CODE, planRow, reportRow, tableOf } from '../fixtures/files';
import {
  changeHeaders,
  createTestApp,
  DEMO_PLAN,
  expectApiError,
  expectFieldIssue,
  type DemoUser,
  type TestApp,
} from '../helpers/api-app';

let t: TestApp;
const cookies = {} as Record<DemoUser, string>;
const projectIds = new Map<string, number>();

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'focal.bhrdi', 'committee'] as const) cookies[user] = await t.login(user);
  // The fixture plan: target 1 has K-01 and K-02 (both completed by 2566-04) and K-04 (2567 only, not
  // counted in 2566); target 2 has K-03, still in progress.
  await importPlanTable(
    t.db,
    OPERATOR,
    tableOf([
      planRow('K-01', { start_date: '2022-10-01', end_date: '2023-03-31', budget: '100000' }),
      planRow('K-02', { start_date: '2022-11-01', end_date: '2023-04-30' }),
      planRow('K-03', { target_no: '2' }),
      planRow('K-04', { fiscal_years: '2567' }),
    ]),
  );
  await importReportTable(
    t.db,
    OPERATOR,
    tableOf([
      reportRow('K-01', '2566-01', 'in_progress', { percent: '50' }),
      reportRow('K-01', '2566-03', 'completed', { percent: '100' }),
      reportRow('K-02', '2566-02', 'in_progress', { percent: '40' }),
      reportRow('K-02', '2566-04', 'completed', { percent: '100' }),
      reportRow('K-03', '2566-05', 'in_progress', { percent: '30' }),
    ]),
  );
  const { rows } = await t.db.query<{ id: number; code: string }>('select id, code from project');
  for (const p of rows) projectIds.set(p.code, p.id);
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, user: DemoUser | null = 'committee') =>
  t.app.inject({ method: 'GET', url, headers: user ? { cookie: cookies[user] } : {} });
const send = (
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
  user: DemoUser = 'admin',
) =>
  t.app.inject({
    method,
    url,
    headers: changeHeaders(cookies[user]),
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });

async function ok<T>(res: Awaited<ReturnType<typeof get>>, status = 200): Promise<T> {
  expect(res.statusCode, res.body.slice(0, 500)).toBe(status);
  return res.json() as T;
}

const auditRows = async (entity: string, entityId: number | string) =>
  (
    await t.db.query<{ action: string; actor_label: string; before: unknown; after: unknown }>(
      `select action, actor_label, before, after from audit_event where entity = $1 and entity_id = $2 order by id`,
      [entity, String(entityId)],
    )
  ).rows;

const outcome = async (targetNo: string, asOf: string, user: DemoUser = 'committee') =>
  ok<TargetOutcomeResponse>(
    await get(`/api/plans/${PLAN_CODE}/targets/${targetNo}/outcome?asOf=${asOf}`, user),
  );

describe('a key result with a baseline, a target and three actuals', () => {
  let kr: KeyResultView;

  it('is created by the central office, audited', async () => {
    kr = await ok<KeyResultView>(
      await send('POST', `/api/plans/${PLAN_CODE}/key-results`, {
        targetNo: '1',
        fiscalYear: 2566,
        no: '1',
        indicator: 'ระดับความผูกพันต่อองค์กร',
        unit: 'ร้อยละ',
        direction: 'higher_is_better',
        baseline: '60.00',
        target: '80',
      }),
      201,
    );
    expect(kr).toMatchObject({
      planCode: PLAN_CODE,
      targetNo: '1',
      fiscalYear: 2566,
      baseline: '60',
      target: '80',
      actuals: [],
      latest: null,
      trend: null,
      version: 1,
      abilities: { update: true },
    });
    const audit = await auditRows('key_result', kr.id);
    expect(audit.map((a) => [a.action, a.actor_label])).toEqual([['create', 'admin']]);
    expect(audit[0]!.after).toMatchObject({
      baseline: '60',
      target_value: '80',
      direction: 'higher_is_better',
    });
  });

  it('shows achievement (exact, capped and uncapped) and the trend of its actuals, for every reader', async () => {
    // recorded out of order: the trend is in time order
    for (const [period, value] of [
      ['2566-03', '66'],
      ['2566-01', '62'],
      ['2566-05', '70'],
    ] as const) {
      await ok(
        await send('POST', `/api/key-results/${kr.id}/actuals`, {
          granularity: 'month',
          period,
          value,
          source: 'แบบสำรวจ',
        }),
        201,
      );
    }
    for (const user of ['committee', 'focal.bhrdi', 'admin'] as const) {
      const seen = await ok<KeyResultView>(await get(`/api/key-results/${kr.id}`, user));
      // (62−60)/(80−60) = 10 %, (66−60)/20 = 30 %, (70−60)/20 = 50 %
      expect(seen.actuals.map((a) => [a.period, a.value, a.pct, a.cappedPct, a.met])).toEqual([
        ['2566-01', '62', '10', '10', false],
        ['2566-03', '66', '30', '30', false],
        ['2566-05', '70', '50', '50', false],
      ]);
      expect(seen.latest).toMatchObject({
        period: '2566-05',
        pct: '50',
        recordedBy: 'admin',
        source: 'แบบสำรวจ',
      });
      expect(seen.trend).toBe('improving');
      expect(seen.abilities.update).toBe(user === 'admin');
    }
    // as of a month, the latest actual up to it
    const asOfMarch = await ok<KeyResultView>(await get(`/api/key-results/${kr.id}?asOf=2566-04`));
    expect(asOfMarch.latest).toMatchObject({ period: '2566-03', pct: '30' });
    const audit = await auditRows('key_result_actual', asOfMarch.actuals[0]!.id);
    expect(audit).toEqual([
      {
        action: 'create',
        actor_label: 'admin',
        before: null,
        after: expect.objectContaining({
          period: '2566-01',
          value: '62',
          granularity: 'month',
          period_end: 256601,
        }),
      },
    ]);
  });

  it('beyond the target: 150 % uncapped, 100 % capped; below the baseline: negative and 0 %', async () => {
    const seen = await ok<KeyResultView>(await get(`/api/key-results/${kr.id}`));
    const may = seen.actuals.find((a) => a.period === '2566-05')!;
    const beyond = await ok<KeyResultView>(
      await send('PATCH', `/api/key-result-actuals/${may.id}`, { version: may.version, value: '90' }),
    );
    expect(beyond.latest).toMatchObject({ value: '90', pct: '150', cappedPct: '100', met: true, version: 2 });
    const below = await ok<KeyResultView>(
      await send('PATCH', `/api/key-result-actuals/${may.id}`, { version: 2, value: '55' }),
    );
    expect(below.latest).toMatchObject({ pct: '-25', cappedPct: '0', met: false });
    expect(below.trend).toBe('worsening');
    // a stale version is refused
    expectApiError(
      await send('PATCH', `/api/key-result-actuals/${may.id}`, { version: 2, value: '70' }),
      409,
      'conflict',
    );
    await ok(await send('PATCH', `/api/key-result-actuals/${may.id}`, { version: 3, value: '70' }));
    const audit = await auditRows('key_result_actual', may.id);
    expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([
      ['create', null, expect.objectContaining({ value: '70' })],
      ['update', { value: '70' }, { value: '90' }],
      ['update', { value: '90' }, { value: '55' }],
      ['update', { value: '55' }, { value: '70' }],
    ]);
  });

  it('is edited with its version: the achievement follows the new target', async () => {
    expectApiError(
      await send('PATCH', `/api/key-results/${kr.id}`, { version: 9, target: '90' }),
      409,
      'conflict',
    );
    const edited = await ok<KeyResultView>(
      await send('PATCH', `/api/key-results/${kr.id}`, { version: 1, target: '70' }),
    );
    // (70−60)/(70−60)
    expect(edited).toMatchObject({ version: 2, target: '70', latest: { pct: '100', met: true } });
    await ok(await send('PATCH', `/api/key-results/${kr.id}`, { version: 2, target: '80' }));
    const audit = await auditRows('key_result', kr.id);
    expect(audit.slice(1).map((a) => [a.action, a.before, a.after])).toEqual([
      ['update', { target_value: '80' }, { target_value: '70' }],
      ['update', { target_value: '70' }, { target_value: '80' }],
    ]);
  });

  it('refuses what does not make sense, naming the field in Thai and English', async () => {
    // higher is better with the target below the baseline
    expectFieldIssue(
      await send('PATCH', `/api/key-results/${kr.id}`, { version: 3, target: '50' }),
      'target',
    );
    expectFieldIssue(
      await send('PATCH', `/api/key-results/${kr.id}`, {
        version: 3,
        direction: 'range',
        rangeLow: '9',
        rangeHigh: '1',
      }),
      'rangeHigh',
    );
    // an actual outside the key result's fiscal year, a quarter written as a month, a second one for a period
    const url = `/api/key-results/${kr.id}/actuals`;
    expectFieldIssue(
      await send('POST', url, { granularity: 'month', period: '2566-10', value: '1' }),
      'period',
    );
    expectFieldIssue(
      await send('POST', url, { granularity: 'month', period: '2566-Q2', value: '1' }),
      'period',
    );
    expectFieldIssue(
      await send('POST', url, { granularity: 'month', period: '2566-05', value: '1' }),
      'period',
    );
    expectFieldIssue(
      await send('POST', url, { granularity: 'month', period: '2566-04', value: '1e3' }),
      'value',
    );
    expectFieldIssue(
      await send('POST', `/api/plans/${PLAN_CODE}/key-results`, {
        targetNo: '1',
        fiscalYear: 2566,
        no: '1',
        indicator: 'ซ้ำ',
        direction: 'higher_is_better',
        baseline: '1',
        target: '2',
      }),
      'no',
    );
    expectFieldIssue(
      await send('POST', `/api/plans/${PLAN_CODE}/key-results`, {
        targetNo: '9',
        fiscalYear: 2566,
        no: '1',
        indicator: 'ไม่มีเป้าประสงค์',
        direction: 'higher_is_better',
        baseline: '1',
        target: '2',
      }),
      'targetNo',
    );
    const after = await ok<KeyResultView>(await get(`/api/key-results/${kr.id}`));
    expect(after).toMatchObject({ version: 3, direction: 'higher_is_better', target: '80' });
    expect(after.actuals).toHaveLength(3);
  });

  it('links the projects it serves (the same plan only), audited as sets', async () => {
    const linked = await ok<KeyResultView>(
      await send('PUT', `/api/key-results/${kr.id}/projects`, {
        projectIds: [projectIds.get('K-02'), projectIds.get('K-01'), projectIds.get('K-01')],
      }),
    );
    expect(linked.projects.map((p) => p.code)).toEqual(['K-01', 'K-02']);
    expectFieldIssue(
      await send('PUT', `/api/key-results/${kr.id}/projects`, { projectIds: [projectIds.get('P1-01')] }),
      'projectIds',
    );
    const ids = [projectIds.get('K-01')!, projectIds.get('K-02')!].sort((a, b) => a - b);
    expect((await auditRows('project_key_result', kr.id)).map((a) => [a.before, a.after])).toEqual([
      [{ projectIds: [] }, { projectIds: ids }],
    ]);
  });

  it('refuses every edit to anyone but the central office (403), and to nobody signed in (401)', async () => {
    const actual = (await ok<KeyResultView>(await get(`/api/key-results/${kr.id}`))).actuals[0]!;
    for (const user of ['committee', 'focal.bhrdi'] as const) {
      const edits = [
        send(
          'POST',
          `/api/plans/${PLAN_CODE}/key-results`,
          {
            targetNo: '2',
            fiscalYear: 2566,
            no: '7',
            indicator: 'x',
            direction: 'higher_is_better',
            baseline: '1',
            target: '2',
          },
          user,
        ),
        send('PATCH', `/api/key-results/${kr.id}`, { version: 3, indicator: 'x' }, user),
        send('DELETE', `/api/key-results/${kr.id}?version=3`, undefined, user),
        send(
          'POST',
          `/api/key-results/${kr.id}/actuals`,
          { granularity: 'month', period: '2566-06', value: '1' },
          user,
        ),
        send('PATCH', `/api/key-result-actuals/${actual.id}`, { version: actual.version, value: '1' }, user),
        send('DELETE', `/api/key-result-actuals/${actual.id}?version=${actual.version}`, undefined, user),
        send('PUT', `/api/key-results/${kr.id}/projects`, { projectIds: [] }, user),
      ];
      for (const res of await Promise.all(edits)) expectApiError(res, 403, 'forbidden');
    }
    expectApiError(
      await get(`/api/plans/${PLAN_CODE}/key-results?fiscalYear=2566`, null),
      401,
      'unauthorized',
    );
    expectApiError(await get(`/api/key-results/${kr.id}`, null), 401, 'unauthorized');
    const unchanged = await ok<KeyResultView>(await get(`/api/key-results/${kr.id}`));
    expect(unchanged).toMatchObject({ version: 3, indicator: 'ระดับความผูกพันต่อองค์กร' });
    expect(unchanged.actuals).toHaveLength(3);
    expect(unchanged.projects).toHaveLength(2);
  });
});

describe('the target page: activity progress beside outcome', () => {
  let kr1: KeyResultView;

  beforeAll(async () => {
    const list = await ok<KeyResultsResponse>(
      await get(`/api/plans/${PLAN_CODE}/key-results?fiscalYear=2566`),
    );
    kr1 = list.targets.find((x) => x.no === '1')!.keyResults.find((k) => k.no === '1')!;
  });

  it('flags a target whose counted projects are all completed while a key result is below target', async () => {
    const page = await outcome('1', '2566-05');
    // K-01 and K-02 completed; K-04 runs in 2567 and is not counted
    expect(page.progress).toMatchObject({ total: 2, completed: 2, progressPct: 100 });
    expect(page.keyResults.map((k) => [k.no, k.latest?.pct])).toEqual([['1', '50']]);
    expect(page.completedButBelowTarget).toBe(true);
    expect(page.belowTargetKeyResultIds).toEqual([kr1.id]);
    expect(page.target).toMatchObject({ no: '1', name: 'องค์กรสมรรถนะสูง' });
    expect(page.targets.map((x) => x.no)).toEqual(['1', '2']);
  });

  it('the progress is the summary’s own column for the target', async () => {
    for (const asOf of ['2566-02', '2566-03', '2566-05']) {
      const summary = await ok<SummaryResponse>(await get(`/api/plans/${PLAN_CODE}/summary?asOf=${asOf}`));
      const { no: _no, name: _name, ...column } = summary.targets.find((x) => x.no === '1')!;
      expect((await outcome('1', asOf)).progress).toEqual(column);
    }
  });

  it('does not flag while a project is still running, nor once every key result is met', async () => {
    // as of 2566-03, K-02 is still in progress (its latest actual then: 30 %)
    const march = await outcome('1', '2566-03');
    expect(march.progress).toMatchObject({ total: 2, completed: 1 });
    expect(march.belowTargetKeyResultIds).toEqual([kr1.id]);
    expect(march.completedButBelowTarget).toBe(false);
    // a second key result, lower is better and met: 20 → 10, now 9 (110 %); the first still flags
    const kr2 = await ok<KeyResultView>(
      await send('POST', `/api/plans/${PLAN_CODE}/key-results`, {
        targetNo: '1',
        fiscalYear: 2566,
        no: '2',
        indicator: 'ระยะเวลาสรรหา',
        unit: 'วัน',
        direction: 'lower_is_better',
        baseline: '20',
        target: '10',
      }),
      201,
    );
    const withKr2 = await ok<KeyResultView>(
      await send('POST', `/api/key-results/${kr2.id}/actuals`, {
        granularity: 'quarter',
        period: '2566-Q2',
        value: '9',
      }),
      201,
    );
    expect(withKr2.latest).toMatchObject({
      period: '2566-Q2',
      periodEnd: '2566-03',
      pct: '110',
      cappedPct: '100',
      met: true,
    });
    expect((await outcome('1', '2566-05')).completedButBelowTarget).toBe(true);
    // the first reaches its target in May: nothing is below target any more
    const may = kr1.actuals.find((a) => a.period === '2566-05')!;
    const current = (await ok<KeyResultView>(await get(`/api/key-results/${kr1.id}`))).actuals.find(
      (a) => a.id === may.id,
    )!;
    await ok(
      await send('PATCH', `/api/key-result-actuals/${may.id}`, { version: current.version, value: '80' }),
    );
    const met = await outcome('1', '2566-05');
    expect(met.belowTargetKeyResultIds).toEqual([]);
    expect(met.completedButBelowTarget).toBe(false);
  });

  it('a target without key results is never flagged; an unknown target is 404', async () => {
    const two = await outcome('2', '2566-05');
    expect(two).toMatchObject({
      keyResults: [],
      completedButBelowTarget: false,
      belowTargetKeyResultIds: [],
    });
    expectApiError(await get(`/api/plans/${PLAN_CODE}/targets/9/outcome?asOf=2566-05`), 404, 'not_found');
    expectFieldIssue(await get(`/api/plans/${PLAN_CODE}/targets/1/outcome?asOf=2566-13`), 'asOf');
  });

  it('deleting a key result takes its actuals and links with it, audited with what it was', async () => {
    const list = await ok<KeyResultsResponse>(
      await get(`/api/plans/${PLAN_CODE}/key-results?fiscalYear=2566`),
    );
    const kr2 = list.targets[0]!.keyResults.find((k) => k.no === '2')!;
    expectApiError(
      await send('DELETE', `/api/key-results/${kr2.id}?version=${kr2.version + 1}`),
      409,
      'conflict',
    );
    const res = await send('DELETE', `/api/key-results/${kr2.id}?version=${kr2.version}`);
    expect(res.statusCode).toBe(204);
    expectApiError(await get(`/api/key-results/${kr2.id}`), 404, 'not_found');
    const { rows } = await t.db.query('select 1 from key_result_actual where key_result_id = $1', [kr2.id]);
    expect(rows).toHaveLength(0);
    const audit = await auditRows('key_result', kr2.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
    expect(audit[1]!.before).toMatchObject({
      indicator: 'ระยะเวลาสรรหา',
      actuals: [{ period: '2566-Q2', value: '9', granularity: 'quarter' }],
      projectIds: [],
    });
  });
});

describe('the demo: key results of the five targets for 2566', () => {
  it('every target has key results with baseline, target and at least three actuals up to 2566-05', async () => {
    const list = await ok<KeyResultsResponse>(
      await get(`/api/plans/${DEMO_PLAN}/key-results?fiscalYear=2566&asOf=2566-05`),
    );
    expect(list.targets.map((x) => x.no)).toEqual(['1', '2', '3', '4', '5']);
    for (const target of list.targets) {
      expect(target.keyResults.length).toBeGreaterThan(0);
      for (const kr of target.keyResults) {
        expect(
          kr.direction === 'range' ? kr.rangeLow && kr.rangeHigh : kr.baseline && kr.target,
        ).toBeTruthy();
        expect(kr.actuals.filter((a) => a.periodEnd <= '2566-05').length).toBeGreaterThanOrEqual(3);
        expect(kr.note).toMatch(/ตัวอย่าง/);
        expect(kr.projects.length).toBeGreaterThan(0);
      }
    }
    const all = list.targets.flatMap((x) => x.keyResults);
    expect(all.some((kr) => kr.latest && !kr.latest.met)).toBe(true);
    expect(new Set(all.map((kr) => kr.direction))).toEqual(
      new Set(['higher_is_better', 'lower_is_better', 'range']),
    );
  });

  it('no demo target has all its projects completed in May 2566, so none is flagged', async () => {
    for (const no of ['1', '2', '3', '4', '5']) {
      const page = await ok<TargetOutcomeResponse>(
        await get(`/api/plans/${DEMO_PLAN}/targets/${no}/outcome?asOf=2566-05`),
      );
      expect(page.progress.completed).toBeLessThan(page.progress.total);
      expect(page.completedButBelowTarget).toBe(false);
    }
  });
});

describe('the database refuses what the domain refuses, should a write bypass it', () => {
  it('a key result needs its numbers the right way round for its direction', async () => {
    const { rows } = await t.db.query<{ id: number }>(
      `select t.id from strategic_target t join plan on plan.id = t.plan_id where plan.code = $1 and t.no = '2'`,
      [PLAN_CODE],
    );
    const insert = (
      direction: string,
      baseline: string | null,
      target: string | null,
      low = null,
      high = null,
    ) =>
      t.db.query(
        `insert into key_result (target_id, fiscal_year, no, indicator, direction, baseline, target_value,
                                 range_low, range_high)
         values ($1, 2566, 'X', 'x', $2, $3, $4, $5, $6)`,
        [rows[0]!.id, direction, baseline, target, low, high],
      );
    await expect(insert('higher_is_better', '10', null)).rejects.toThrow();
    await expect(insert('higher_is_better', '10', '5')).rejects.toThrow();
    await expect(insert('lower_is_better', null, '5')).rejects.toThrow();
    await expect(insert('range', null, null)).rejects.toThrow();
    const { rows: none } = await t.db.query(`select 1 from key_result where no = 'X'`);
    expect(none).toHaveLength(0);
  });
});
