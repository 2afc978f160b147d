/**
 * Issue 4's pages in a real browser with the demo: the action plan's timeline and budget, the plan overview
 * dashboard (seed table, trend chart, the numbers behind it), the agency page, two published months side by
 * side, the grouped menu, and no sideways scrolling on a phone. Expected counts come from the database.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_TARGETS } from '../fixtures/seed-summary';
import { serverAndBrowser, signInWithForm } from './app-server';

const PLAN = 'HR-2566-2570';
const live = serverAndBrowser();

const signIn = (page: Page, username = 'admin') => signInWithForm(page, live.server.url, username);

async function codes(sql: string, params: unknown[] = []): Promise<string[]> {
  const { rows } = await live.server.db.query<{ code: string }>(sql, params);
  return rows.map((r) => r.code);
}

/** Projects of the plan that run in FY 2566 (optionally of one unit), by code. */
const fy2566Projects = (unit: string | null = null) =>
  codes(
    `select p.code from project p join plan on plan.id = p.plan_id left join org_unit u on u.id = p.owner_unit_id
      where plan.code = $1 and p.fiscal_year_from <= 2566 and p.fiscal_year_to >= 2566
        and ($2::text is null or u.code = $2)
      order by p.code`,
    [PLAN, unit],
  );

/** An echarts chart has drawn: its SVG is there, sized, with paths (grid lines and series). */
async function drawn(page: Page, testId: string) {
  const svg = page.getByTestId(testId).locator('svg');
  await svg.waitFor();
  await expect.poll(() => svg.locator('path').count()).toBeGreaterThan(5);
  expect((await svg.boundingBox())?.height).toBeGreaterThan(150);
}

const distinctProjects = (page: Page, table: string) =>
  page
    .locator(`[data-testid=${table}] tr[data-project]:not([data-shared])`)
    .evaluateAll((rows) => [...new Set(rows.map((r) => r.getAttribute('data-project')))].sort());

describe('issue 4 pages with the demo data', () => {
  it('the action plan 2566 draws one timeline row per project, and its budget table', async () => {
    const page = await live.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page);
    const expected = await fy2566Projects();
    expect(expected.length).toBeGreaterThan(40);
    await page.goto(`${live.server.url}/action-plan?plan=${PLAN}&fiscalYear=2566`);
    await page.getByTestId('ap-gantt').waitFor();
    expect(await distinctProjects(page, 'ap-gantt')).toEqual(expected);
    // Each own row is one project: no project appears twice outside the rows shown again under another target.
    expect(await page.locator('[data-testid=ap-gantt] tr[data-project]:not([data-shared])').count()).toBe(
      expected.length,
    );
    await page.getByTestId('ap-view-budget').click();
    await page.getByTestId('ap-budget').waitFor();
    expect(await distinctProjects(page, 'ap-budget')).toEqual(expected);
    await page.close();
  });

  it('the dashboard as of 2566-05: 73.21 % ปานกลาง, the seed table, an 8-month trend and its numbers', async () => {
    const page = await live.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page);
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('dashboard-page').waitFor();
    await page.goto(`${live.server.url}/dashboard?plan=${PLAN}&asOf=2566-05`);
    const overall = page.getByTestId('dash-overall');
    await expect.poll(() => overall.innerText()).toContain('73.21');
    expect(await overall.innerText()).toContain('ปานกลาง');
    for (const target of SEED_TARGETS) {
      const row = page.locator(`[data-testid=dash-targets] tr[data-target="${target.no}"]`);
      expect(await row.getByTestId('dash-progress').innerText()).toBe(String(target.progressPct));
      expect(await row.getByTestId('dash-level').innerText()).toBe(target.level);
      // Each target links to its own page.
      expect(await row.getByRole('link').getAttribute('href')).toContain(
        `/plans/${PLAN}/targets/${target.no}`,
      );
    }
    expect(
      await page.locator('[data-testid=dash-targets] tfoot [data-testid=dash-progress]').innerText(),
    ).toBe('73.21');

    // The trend chart is drawn (echarts' SVG with its lines) over October … May.
    const chart = page.getByTestId('dash-trend-chart');
    await drawn(page, 'dash-trend-chart');
    expect(await chart.getAttribute('data-points')).toBe('8');
    const axis = await chart.locator('svg text').allTextContents();
    for (const month of ['ต.ค.', 'พ.ค.']) expect(axis.join(' ')).toContain(month);

    // The numbers behind it, one click away: exactly the plotted months and values.
    const toggle = page.getByTestId('dash-trend-numbers-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.innerText()).toBe('ดูตัวเลข');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const table = page.getByTestId('dash-trend-table');
    await table.waitFor();
    const periods = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-period')));
    expect(periods).toEqual([
      '2565-10',
      '2565-11',
      '2565-12',
      '2566-01',
      '2566-02',
      '2566-03',
      '2566-04',
      '2566-05',
    ]);
    const may = table.locator('tr[data-period="2566-05"]');
    expect(await may.locator('td[data-target=all]').innerText()).toBe('73.21');
    for (const target of SEED_TARGETS) {
      expect(await may.locator(`td[data-target="${target.no}"]`).innerText()).toBe(
        String(target.progressPct),
      );
    }
    // The budget charts are drawn too, each with its own numbers.
    await drawn(page, 'dash-budget-chart');
    await page.getByTestId('dash-budget-numbers-toggle').click();
    expect(await page.getByTestId('dash-budget-table').locator('tbody tr').count()).toBe(SEED_TARGETS.length);
    await page.close();
  });

  it("the agency page of BHRDI lists exactly BHRDI's projects", async () => {
    const page = await live.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page);
    const expected = await fy2566Projects('BHRDI');
    expect(expected.length).toBeGreaterThan(3);
    await page.goto(`${live.server.url}/agencies/BHRDI?plan=${PLAN}&asOf=2566-05`);
    await page.getByTestId('agency-projects').waitFor();
    const shown = await page
      .locator('[data-testid=agency-projects] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-project')));
    expect(shown).toEqual(expected);
    await page.getByTestId('agency-timeliness').waitFor();
    await page.close();
  });

  it('the timeliness league links an agency to its page', async () => {
    const page = await live.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page);
    await page.goto(`${live.server.url}/timeliness?plan=${PLAN}`);
    await page.locator('[data-testid=timeliness-league] tr[data-unit=BHRDI] a').click();
    await page.getByTestId('agency-projects').waitFor();
    expect(page.url()).toContain('/agencies/BHRDI');
    await page.close();
  });

  it('the snapshots page shows two published months side by side', async () => {
    const page = await live.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page);
    const headers = { 'x-tidtam-csrf': '1' };
    for (const period of ['2566-04', '2566-05']) {
      const res = await page.request.post(`${live.server.url}/api/plans/${PLAN}/snapshots`, {
        headers,
        data: { period, basis: 'submitted' },
      });
      expect(res.status(), await res.text()).toBe(201);
    }
    // April's in-progress count, read from the live summary (not from the snapshot code).
    const april = (await (
      await page.request.get(`${live.server.url}/api/plans/${PLAN}/summary?asOf=2566-04`)
    ).json()) as { overall: { inProgress: number; inProgressPct: number } };
    await page.goto(`${live.server.url}/snapshots?plan=${PLAN}`);
    await page.getByTestId('snapshot-compare').waitFor();
    const selected = (side: string) =>
      page.getByTestId(`snapshot-${side}`).locator('select option:checked').innerText();
    expect(await selected('a')).toContain('เมษายน 2566');
    expect(await selected('b')).toContain('พฤษภาคม 2566');
    const cell = page.locator('[data-testid=snapshot-compare] tr[data-row=inProgress] td[data-column=all]');
    expect(await cell.locator('.compare-table__pair').innerText()).toBe(
      `${april.overall.inProgress} (${april.overall.inProgressPct}) → 28 (50)`,
    );
    await page.close();
  });

  it('the dashboard and agency pages draw their charts and tooltips without a CSP violation', async () => {
    const page = await live.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await signIn(page);
    await page.goto(`${live.server.url}/dashboard?plan=${PLAN}&asOf=2566-05`);
    await drawn(page, 'dash-trend-chart');
    await page.getByTestId('dash-trend-chart').scrollIntoViewIfNeeded();
    const area = (await page.getByTestId('dash-trend-chart').locator('svg').boundingBox())!;
    // echarts draws its tooltip as HTML with style attributes (allowed by style-src-attr only).
    await page.mouse.move(area.x + area.width * 0.9, area.y + area.height * 0.5, { steps: 5 });
    await expect
      .poll(() => page.getByTestId('dash-trend-chart').locator(':scope > div').last().innerText())
      .toContain('73.21');
    await page.goto(`${live.server.url}/agencies/BHRDI?plan=${PLAN}&asOf=2566-05`);
    await drawn(page, 'agency-budget-chart-chart');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the grouped menu opens, closes with Escape, and closes on navigation', async () => {
    const page = await live.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page);
    const group = page.getByTestId('nav-group-follow');
    expect(await group.getAttribute('aria-expanded')).toBe('false');
    await group.click();
    expect(await group.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await group.getAttribute('aria-expanded')).toBe('false');
    await group.click();
    await page.locator('footer').click(); // outside the menu
    expect(await group.getAttribute('aria-expanded')).toBe('false');
    await group.click();
    await page.getByTestId('nav-timeliness').click();
    await page.getByTestId('timeliness-league').waitFor();
    expect(await group.getAttribute('aria-expanded')).toBe('false');
    // The top bar holds one line of links on a desktop.
    const heights = await page
      .locator('.main-nav > a, .main-nav > .nav-menu > button')
      .evaluateAll((items) => [...new Set(items.map((i) => Math.round(i.getBoundingClientRect().top)))]);
    expect(heights).toHaveLength(1);
    expect(await page.getByTestId('nav-account').getAttribute('href')).toBe('/account');
    await page.close();
  });

  it('at 375 px the dashboard has no horizontal scroll, and the phone menu opens its groups', async () => {
    const page = await live.browser.newPage({ viewport: { width: 375, height: 800 } });
    await signIn(page);
    await page.goto(`${live.server.url}/dashboard?plan=${PLAN}&asOf=2566-05`);
    await drawn(page, 'dash-trend-chart');
    await drawn(page, 'dash-budget-chart');
    // Measured on the page's root element (the tests compile without the DOM library).
    const overflow = await page
      .locator('html')
      .evaluate((root) => ({ scroll: root.scrollWidth, client: root.clientWidth }));
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    await page.getByTestId('nav-toggle').click();
    await page.getByTestId('nav-group-plan').click();
    await page.getByTestId('nav-action-plan').click();
    await page.getByTestId('action-plan-page').waitFor();
    expect(await page.getByTestId('nav-toggle').getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('the round reports at 390 px: from the documents menu, Thai, the change with its sign, no sideways scroll', async () => {
    const page = await live.browser.newPage({ viewport: { width: 390, height: 800 } });
    await signIn(page, 'committee');
    await page.getByTestId('nav-toggle').click();
    await page.getByTestId('nav-group-documents').click();
    await page.getByTestId('nav-rounds').click();
    await page.getByTestId('rounds-page').waitFor();
    await page.goto(`${live.server.url}/rounds?plan=${PLAN}&fiscalYear=2567`);
    const change = page.getByTestId('round-3-krTotal-change');
    // FY 2567 has no key result yet, FY 2566 has nine: the change reads with its minus sign.
    await expect.poll(() => change.innerText()).toBe('−9');
    expect(await page.getByTestId('round-6').locator('h2').innerText()).toContain('รอบ 6 เดือน');
    expect(await page.getByTestId('round-6').locator('h2').innerText()).toContain('ตุลาคม 2566');
    expect(await page.getByTestId('rounds-download-xlsx').getAttribute('href')).toBe(
      `/api/plans/${PLAN}/rounds.xlsx?fiscalYear=2567`,
    );
    const overflow = await page
      .locator('html')
      .evaluate((root) => ({ scroll: root.scrollWidth, client: root.clientWidth }));
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    await page.close();
  });
});
