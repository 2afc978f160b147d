/** Issue 14.2: plan states (exactly one current), delete when unused, the last chosen plan, the default month. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanListItem } from '../../src/shared/api/monitoring/plans';
import { changeHeaders, createTestApp, DEMO_PLAN, expectApiError, type TestApp } from '../helpers/api-app';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => {
  await t?.close();
});

const plans = async (cookie = admin) =>
  (await t.app.inject({ method: 'GET', url: '/api/plans', headers: { cookie } })).json() as PlanListItem[];
const put = (url: string, payload: object, cookie = admin) =>
  t.app.inject({ method: 'PUT', url, headers: changeHeaders(cookie), payload });
const del = (url: string) => t.app.inject({ method: 'DELETE', url, headers: changeHeaders(admin) });
const NEW_PLAN = [
  'plan_code,plan_name,plan_start_year,plan_end_year,target_no,target_name,strategy_no,strategy_name,project_code,project_name,fiscal_years',
  'HR-2571-2575,แผนถัดไป,2571,2575,1,เป้าประสงค์,1.1,กลยุทธ์,N-01,โครงการใหม่,2571',
].join('\n');

describe('plan states', () => {
  it('the demo plan is current; its default month is the latest one agencies finished (2566-05)', async () => {
    const [demo] = await plans();
    expect(demo).toMatchObject({
      code: DEMO_PLAN,
      state: 'current',
      lastChosen: false,
      defaultAsOf: '2566-05',
    });
  });

  it('a plan imported with a later start year is a draft: the default stays; then admin states, audited', async () => {
    const form = new FormData();
    form.append('file', new Blob([NEW_PLAN], { type: 'text/csv' }), 'plan.csv');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/imports/plan',
      headers: changeHeaders(admin),
      payload: form,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await plans()).map((p) => [p.code, p.state])).toEqual([
      [DEMO_PLAN, 'current'],
      ['HR-2571-2575', 'draft'],
    ]);
    expectApiError(await put(`/api/plans/${DEMO_PLAN}/state`, { state: 'archived' }), 409, 'conflict');
    expectApiError(
      await put('/api/plans/HR-2571-2575/state', { state: 'current' }, await t.login('focal.bhrdi')),
      403,
      'forbidden',
    );
    expect((await put('/api/plans/HR-2571-2575/state', { state: 'current' })).statusCode).toBe(204);
    expect((await plans()).map((p) => [p.code, p.state])).toEqual([
      ['HR-2571-2575', 'current'],
      [DEMO_PLAN, 'archived'],
    ]);
    const { rows } = await t.db.query(
      "select before, after from audit_event where entity = 'plan' and action = 'update' order by id",
    );
    expect(rows).toEqual([
      { before: { state: 'current' }, after: { state: 'archived' } },
      { before: { state: 'draft' }, after: { state: 'current' } },
    ]);
    expect((await put(`/api/plans/${DEMO_PLAN}/state`, { state: 'current' })).statusCode).toBe(204);
  });

  it('deletes only an unused plan that is not current', async () => {
    const used = expectApiError(await del(`/api/plans/${DEMO_PLAN}`), 409, 'conflict');
    expect(used.message.en).toMatch(
      /^Plan HR-2566-2570 cannot be deleted: it has \d+ reports \(archive it instead\)$/,
    );
    expect((await del('/api/plans/HR-2571-2575')).statusCode).toBe(204);
    expect((await plans()).map((p) => p.code)).toEqual([DEMO_PLAN]);
    expectApiError(await del('/api/plans/NO-SUCH'), 404, 'not_found');
  });

  it('remembers each user’s last chosen plan on the server', async () => {
    const viewer = await t.login('committee');
    expect((await put('/api/plans/choice', { code: DEMO_PLAN }, viewer)).statusCode).toBe(204);
    expect((await plans(viewer))[0]!.lastChosen).toBe(true);
    expect((await plans())[0]!.lastChosen).toBe(false);
    expectApiError(await put('/api/plans/choice', { code: 'NO-SUCH' }, viewer), 404, 'not_found');
  });
});
