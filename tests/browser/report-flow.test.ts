/**
 * Issue 2's end-to-end check: a focal point signs in, reports a project for June 2566 (the demo's open
 * month), and the summary table moves by exactly that one project.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { basePlanRows, csvBytes } from '../fixtures/files';
import { serverAndBrowser, openFromProjectList, signInWithForm } from './app-server';

const live = serverAndBrowser();

/** The text of one cell of the summary table: row by status, column by index (0 = first target). */
async function summaryCell(page: Page, row: string, column: number): Promise<string> {
  return (
    await page.locator(`[data-testid=summary-table] tr[data-row=${row}] td`).nth(column).innerText()
  ).trim();
}

const signIn = (page: Page, username: string) => signInWithForm(page, live.server.url, username);

describe('a focal point reports and the summary changes', () => {
  it('moves P2-05 from not started to in progress in June 2566', async () => {
    const page = await live.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, 'focal.bhrdi');
    await expect.poll(() => page.getByTestId('month-picker').getAttribute('data-value')).toBe('2566-05');

    // Before: the corrected seed table (T2 is the second column, the total the sixth).
    expect(await summaryCell(page, 'in_progress', 1)).toBe('2 (16.67)');
    expect(await summaryCell(page, 'not_started', 1)).toBe('8 (66.67)');
    expect(await summaryCell(page, 'in_progress', 5)).toBe('28 (50)');
    expect(await summaryCell(page, 'not_started', 5)).toBe('15 (26.79)');
    await expect.poll(() => page.getByTestId('summary-overall-progress').innerText()).toContain('73.21');

    // The focal point sees only BHRDI's projects; open P2-05 (training on HR Dashboard).
    await openFromProjectList(page, live.server.url, 'P2-05', '?status=not_started');
    const form = page.getByTestId('report-form');
    await form.waitFor();
    const period = page.getByTestId('report-period').locator('select');
    await period.nth(1).selectOption('2566');
    await period.nth(0).selectOption('6');
    await page.getByTestId('report-status').selectOption('in_progress');
    await page.getByTestId('report-percent').fill('10');
    await page.getByTestId('report-problems').fill('รอผลการพัฒนา HR Dashboard ก่อนจัดอบรม');
    await page.getByTestId('report-submit').click();
    await page.getByTestId('report-success').waitFor();
    // Focus stays on the button pressed (now aria-disabled: the report is sent) and the result is in the
    // live region, not only on screen (issue 14, accessibility).
    expect(await page.evaluate('document.activeElement && document.activeElement.dataset.testid')).toBe(
      'report-submit',
    );
    expect(await page.getByTestId('report-live').getAttribute('aria-live')).toBe('polite');
    expect(await page.getByTestId('report-live').innerText()).toContain('ส่งรายงาน');
    await expect
      .poll(() => page.locator('[data-testid=report-history] [data-period="2566-06"]').count())
      .toBe(1);

    // After, as of June 2566 (chosen: one report does not make June the default month, decision 0012):
    // exactly one project moved.
    await page.goto(`${live.server.url}/?asOf=2566-06`);
    await expect.poll(() => page.getByTestId('month-picker').getAttribute('data-value')).toBe('2566-06');
    await page.getByTestId('summary-table').waitFor();
    await expect.poll(() => summaryCell(page, 'in_progress', 1)).toBe('3 (25)');
    expect(await summaryCell(page, 'not_started', 1)).toBe('7 (58.33)');
    expect(await summaryCell(page, 'in_progress', 5)).toBe('29 (51.79)');
    expect(await summaryCell(page, 'not_started', 5)).toBe('14 (25)');
    await expect.poll(() => page.getByTestId('summary-overall-progress').innerText()).toContain('75');
    await page.close();
  });

  it("does not show another unit's project to a focal point", async () => {
    const page = await live.browser.newPage();
    await signIn(page, 'focal.pers');
    await page.goto(`${live.server.url}/projects`);
    await page.getByTestId('project-table').waitFor();
    await page.getByTestId('project-table').getByText('P1-').first().waitFor();
    expect(await page.getByTestId('project-table').getByText('P2-05').count()).toBe(0);
    await page.close();
  });

  it('an admin imports a plan naming a new owner unit: warned before, told after (issue 14 item 13)', async () => {
    const page = await live.browser.newPage();
    await signIn(page, 'admin');
    await page.goto(`${live.server.url}/import`);
    await page.getByTestId('import-kind-plan').check();
    await page.getByTestId('import-file').setInputFiles({
      name: 'plan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csvBytes(basePlanRows())),
    });
    await page.getByTestId('import-dryrun').click();
    const before = page.getByTestId('import-preview').getByTestId('import-new-units');
    expect(await before.innerText()).toContain('จะถูกสร้างใหม่');
    expect(await before.locator('li').allInnerTexts()).toEqual(['UNIT-A']);
    await page.getByTestId('import-confirm').click();
    const after = page.getByTestId('import-done').getByTestId('import-new-units');
    expect(await after.innerText()).toContain('ได้สร้างขึ้นใหม่แล้ว');
    expect(await after.innerText()).not.toContain('จะถูกสร้าง');
    const { rows } = await live.server.db.query<{ n: number }>(
      "select count(*)::int as n from org_unit where code = 'UNIT-A'",
    );
    expect(rows[0]!.n).toBe(1);
    await page.close();
  });
});
