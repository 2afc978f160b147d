/**
 * Issue 3's end-to-end check: one report goes draft → submitted → returned → submitted → approved →
 * accepted with three people (focal point, agency approver, central office), and a focal point of
 * another agency can neither see nor report the project.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serverAndBrowser } from './app-server';

const live = serverAndBrowser();
let projectId: number;

beforeAll(async () => {
  const { rows } = await live.server.db.query<{ id: number }>("select id from project where code = 'P2-07'");
  projectId = rows[0]!.id;
});

async function signedIn(username: string): Promise<Page> {
  const context = await live.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${live.server.url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('tidtam-demo');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

async function openReportForm(page: Page) {
  await page.goto(`${live.server.url}/projects/${projectId}`);
  await page.getByTestId('report-form').waitFor();
  const period = page.getByTestId('report-period').locator('select');
  await period.nth(1).selectOption('2566');
  await period.nth(0).selectOption('6');
}

/** The current version's state, straight from the database. */
async function stateInDatabase(): Promise<string | undefined> {
  const { rows } = await live.server.db.query<{ state: string }>(
    'select state from monthly_report where project_id = $1 and period = 256606 and superseded_at is null',
    [projectId],
  );
  return rows[0]?.state;
}

async function reviewRow(page: Page, state: 'submitted' | 'approved') {
  await page.goto(`${live.server.url}/review`);
  await page.getByTestId('review-state-filter').selectOption(state);
  const row = page.getByTestId('review-table').locator('tr', { hasText: 'P2-07' });
  await row.waitFor();
  return row;
}

describe('the monthly review path', () => {
  it('walks a report from draft to accepted with three users', async () => {
    const focal = await signedIn('focal.bhrdi');
    await openReportForm(focal);
    await focal.getByTestId('report-status').selectOption('in_progress');
    await focal.getByTestId('report-percent').fill('5');
    await focal.getByTestId('report-save').click();
    await expect.poll(stateInDatabase).toBe('draft');
    await expect.poll(() => focal.getByTestId('report-state').innerText()).toContain('ร่าง');

    await focal.getByTestId('report-submit').click();
    await expect.poll(stateInDatabase).toBe('submitted');

    const approver = await signedIn('approver.bhrdi');
    const toReturn = await reviewRow(approver, 'submitted');
    await toReturn.locator('[data-testid^=review-return-]').click();
    await approver.getByTestId('review-return-comment').fill('กรุณาระบุร้อยละความก้าวหน้าให้ตรงกับแผนงาน');
    await approver.getByTestId('review-return-confirm').click();
    await expect.poll(stateInDatabase).toBe('returned');

    await openReportForm(focal);
    await expect.poll(() => focal.getByTestId('report-comment').innerText()).toContain('ร้อยละความก้าวหน้า');
    await focal.getByTestId('report-status').selectOption('in_progress');
    await focal.getByTestId('report-percent').fill('10');
    await focal.getByTestId('report-submit').click();
    await expect.poll(stateInDatabase).toBe('submitted');

    const toApprove = await reviewRow(approver, 'submitted');
    await toApprove.locator('[data-testid^=review-approve-]').click();
    await expect.poll(stateInDatabase).toBe('approved');

    const centre = await signedIn('admin');
    const toAccept = await reviewRow(centre, 'approved');
    await toAccept.locator('[data-testid^=review-accept-]').click();
    await expect.poll(stateInDatabase).toBe('accepted');

    // Three versions were written (draft, the returned submission, the corrected one); the last is accepted.
    const { rows: versions } = await live.server.db.query<{ state: string; percent: string }>(
      'select state, percent from monthly_report where project_id = $1 and period = 256606 order by id',
      [projectId],
    );
    expect(versions.map((v) => v.state)).toEqual(['draft', 'returned', 'accepted']);
    expect(versions.map((v) => Number(v.percent))).toEqual([5, 5, 10]);
    // Every step is in the audit trail with before and after.
    const { rows: audit } = await live.server.db.query<{ action: string; after: { state?: string } }>(
      `select a.action, a.after from audit_event a
        where a.entity = 'monthly_report' and a.entity_id in
              (select id::text from monthly_report where project_id = $1 and period = 256606)
        order by a.id`,
      [projectId],
    );
    expect(audit.map((a) => a.after.state)).toEqual([
      'draft',
      'submitted',
      'returned',
      'submitted',
      'approved',
      'accepted',
    ]);

    await openReportForm(focal);
    await expect.poll(() => focal.getByTestId('report-state').innerText()).toContain('รับรองแล้ว');
  });

  it('keeps another agency out of the project, in the UI as in the API', async () => {
    const other = await signedIn('focal.pers');
    await other.goto(`${live.server.url}/projects/${projectId}`);
    await expect.poll(() => other.locator('main').innerText()).toContain('หน่วยงานอื่น');
    expect(await other.getByTestId('report-form').count()).toBe(0);
    const status = await other.evaluate(async (id) => {
      const response = await fetch(`/api/projects/${id}/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tidtam-csrf': '1' },
        body: JSON.stringify({ period: '2566-06', status: 'completed' }),
      });
      return response.status;
    }, projectId);
    expect(status).toBe(403);
  });
});
