/**
 * The monthly form's context (issue 14, item 7) over HTTP: last month's accepted values in the project's
 * data, spending above the budget flagged (a warning: the report is still saved) on the report, in the
 * review queue and in the reviewer's changes, and the reviewer's field-by-field change from last month's
 * accepted report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonthlyReportView, ProjectDetail } from '../../src/shared/api/monitoring';
import type { ReportChanges, ReviewQueuePage } from '../../src/shared/api/monitoring/review';
import { changeHeaders, createTestApp, type TestApp } from '../helpers/api-app';

let t: TestApp;
let focal = '';
let admin = '';
let approver = '';
let project = { id: 0, code: '' };

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  [focal, admin, approver] = await Promise.all([
    t.login('focal.bhrdi'),
    t.login('admin'),
    t.login('approver.bhrdi'),
  ]);
  // A BHRDI project without a report for the open month 2566-06; its May reports are removed so that May's
  // accepted values are the ones this test gives; its budget is exactly 1,000,000.
  const { rows } = await t.db.query<{ id: number; code: string }>(
    `select p.id, p.code from project p join org_unit u on u.id = p.owner_unit_id
      where u.code = 'BHRDI' and not exists (
        select 1 from monthly_report m where m.project_id = p.id and m.period >= 256606)
      order by p.code limit 1`,
  );
  project = rows[0]!;
  await t.db.query('delete from monthly_report where project_id = $1 and period >= 256605', [project.id]);
  await t.db.query('update project set budget = 1000000 where id = $1', [project.id]);
});
afterAll(async () => {
  await t?.close();
});

const report = (payload: object, cookie: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/projects/${project.id}/reports`,
    headers: changeHeaders(cookie),
    payload,
  });

describe('the monthly form against last month and the budget', () => {
  let june = 0;

  it('gives last month’s accepted values with the project, and flags a report above the budget without refusing it', async () => {
    // The centre's own entry is accepted at once: May's accepted values.
    const may = await report(
      { period: '2566-05', status: 'in_progress', percent: 40, kpiActual: '12', spent: '600000' },
      admin,
    );
    expect(may.statusCode).toBe(201);
    expect(may.json()).toMatchObject({ state: 'accepted', overBudget: false });

    const sent = await report(
      {
        action: 'submit',
        period: '2566-06',
        status: 'in_progress',
        percent: 55.5,
        kpiActual: '14.5',
        spent: '1000000.50',
        problems: 'ผู้รับจ้างส่งงานล่าช้า',
      },
      focal,
    );
    expect(sent.statusCode).toBe(201);
    const view = sent.json() as MonthlyReportView;
    expect(view).toMatchObject({
      period: '2566-06',
      state: 'submitted',
      spent: '1000000.50',
      overBudget: true,
    });
    june = view.id;

    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/projects/${project.id}`, headers: { cookie: focal } })
    ).json() as ProjectDetail;
    expect(detail.budget).toBe('1000000.00');
    expect(detail.acceptedValues[0]).toEqual({
      period: '2566-05',
      reportId: may.json().id,
      acceptedAt: may.json().acceptedAt,
      status: 'in_progress',
      percent: '40.00',
      kpiActual: '12',
      spent: '600000.00',
    });
    // June is sent, not accepted: it is not among the accepted values.
    expect(detail.acceptedValues.some((a) => a.period === '2566-06')).toBe(false);
    expect(detail.reports.find((r) => r.id === june)?.overBudget).toBe(true);
    expect(detail.reports.find((r) => r.id === may.json().id)?.overBudget).toBe(false);
  });

  it('shows the reviewer the flag in the queue and the change from last month’s accepted report, field by field', async () => {
    const queue = (
      await t.app.inject({
        method: 'GET',
        url: '/api/reports?state=submitted&period=2566-06',
        headers: { cookie: approver },
      })
    ).json() as ReviewQueuePage;
    const item = queue.items.find((i) => i.id === june)!;
    expect(item.overBudget).toBe(true);
    expect(queue.items.filter((i) => i.overBudget).map((i) => i.id)).toEqual([june]);

    const res = await t.app.inject({
      method: 'GET',
      url: `/api/reports/${june}/changes`,
      headers: { cookie: approver },
    });
    expect(res.statusCode).toBe(200);
    const changes = res.json() as ReportChanges;
    expect(changes.lastMonth).toMatchObject({ period: '2566-05' });
    expect(changes.fromLastMonth).toEqual([
      { field: 'status', before: 'in_progress', after: 'in_progress', changed: false },
      { field: 'percent', before: '40.00', after: '55.50', changed: true },
      { field: 'kpi_actual', before: '12', after: '14.5', changed: true },
      { field: 'spent', before: '600000.00', after: '1000000.50', changed: true },
      { field: 'problems', before: null, after: 'ผู้รับจ้างส่งงานล่าช้า', changed: true },
      { field: 'next_steps', before: null, after: null, changed: false },
    ]);
    expect(changes).toMatchObject({ budget: '1000000.00', overBudget: true, overBy: '0.5', since: null });
  });

  it('has no last month to compare with when the month before was never accepted', async () => {
    const { rows } = await t.db.query<{ id: number }>(
      `select id from monthly_report where project_id = $1 and period = 256605 and accepted_at is not null`,
      [project.id],
    );
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/reports/${rows[0]!.id}/changes`,
      headers: { cookie: admin },
    });
    const changes = res.json() as ReportChanges;
    // April may or may not have an accepted report in the demo: whichever, the answer says so exactly.
    const { rows: april } = await t.db.query<{ n: number }>(
      'select count(*)::int as n from monthly_report where project_id = $1 and period = 256604 and accepted_at is not null',
      [project.id],
    );
    expect(changes.lastMonth === null).toBe(april[0]!.n === 0);
    expect(changes.overBudget).toBe(false);
    expect(changes.overBy).toBeNull();
  });
});
