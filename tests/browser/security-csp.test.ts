/**
 * The built web app works under the server's Content-Security-Policy (docs/security.md, 4.4): every
 * page, the summary chart and its tooltip, and the API docs render with no CSP violation reported by
 * Chromium — the policy allows no inline script, so a violation here means a feature needs one.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverAndBrowser } from './app-server';

const live = serverAndBrowser();

/** A page that records every CSP violation (the DOM event and the console message Chromium prints). */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await live.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('__reportCsp', (text: string) => violations.push(text));
  // Injected by the browser itself (DevTools protocol), so the page's CSP does not apply to it.
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportCsp(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));`,
  });
  return { page, violations };
}

describe('the web app under the Content-Security-Policy', () => {
  it('every page renders without a CSP violation, the charts and their tooltips included', async () => {
    const { page, violations } = await watchedPage();
    const res = await page.goto(`${live.server.url}/login`);
    expect(res?.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('tidtam-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('summary-table').waitFor();

    // A key result with two actuals, so the target page draws its trend chart (echarts, HTML tooltip).
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const api = async (url: string, payload: object) => {
      const res = await live.server.app.inject({
        method: 'POST',
        url,
        headers: { cookie, 'x-tidtam-csrf': '1' },
        payload,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: number };
    };
    const kr = await api('/api/plans/HR-2566-2570/key-results', {
      targetNo: '2',
      fiscalYear: 2566,
      no: '9',
      indicator: 'ตัวชี้วัดทดสอบนโยบายความปลอดภัย',
      direction: 'higher_is_better',
      baseline: '10',
      target: '80',
    });
    for (const [period, value] of [
      ['2566-03', '30'],
      ['2566-05', '55'],
    ]) {
      await api(`/api/key-results/${kr.id}/actuals`, { granularity: 'month', period, value });
    }
    await page.goto(`${live.server.url}/plans/HR-2566-2570/targets/2`);
    const trend = page.getByTestId(`trend-chart-${kr.id}`);
    await trend.waitFor({ timeout: 30_000 });
    // Hover the plot (the chart's own box): echarts draws its tooltip as HTML beside the SVG.
    await trend.scrollIntoViewIfNeeded();
    const area = await trend.locator('svg').first().boundingBox();
    expect(area).not.toBeNull();
    let tooltip = '';
    for (const x of [0.5, 0.6, 0.7, 0.8]) {
      await page.mouse.move(area!.x + area!.width * x, area!.y + area!.height * 0.5, { steps: 5 });
      await page.waitForTimeout(400);
      const text = await trend.locator(':scope > div').last().innerText();
      if (text.includes('55')) tooltip = text;
    }
    // The tooltip (HTML with style attributes, hence style-src-attr 'unsafe-inline') shows May's actual.
    expect(tooltip, 'the trend chart shows its tooltip').toContain('55');

    const { rows } = await live.server.db.query<{ id: number }>(
      "select id from project where code = 'P2-03'",
    );
    for (const path of [
      '/plan',
      '/projects',
      `/projects/${rows[0]!.id}`,
      '/import',
      '/my-work',
      '/review',
      '/timeliness',
      '/attention',
      '/problems',
      '/papers',
      '/snapshots',
      '/key-results',
      '/plans/HR-2566-2570/targets/2',
      '/action-plan',
      '/admin',
      '/admin/months',
      '/admin/units',
      '/admin/users',
      '/admin/audit',
    ]) {
      await page.goto(`${live.server.url}${path}`);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('#root').innerText(), path).not.toBe('');
    }
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the API docs page (Swagger UI) renders without a CSP violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${live.server.url}/login`); // the API docs are for signed-in users
    await page.getByTestId('login-username').fill('committee');
    await page.getByTestId('login-password').fill('tidtam-demo');
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => url.pathname !== '/login');
    await page.goto(`${live.server.url}/api/docs/`);
    await page.locator('.swagger-ui .info').waitFor({ timeout: 30_000 });
    expect(await page.locator('.swagger-ui .info').innerText()).toContain('tidtam API');
    expect(violations).toEqual([]);
    await page.close();
  });
});
