/**
 * In Chromium: single sign-on through a real OpenID provider (oidc-provider on loopback, its development
 * login and consent pages), "my account" with sign out everywhere, and the report form's Idempotency-Key
 * across a lost answer (docs/security.md 4.2 and 4.6, docs/decisions/0007).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR } from '../../src/server/actor';
import { linkSsoIdentity } from '../../src/server/use-cases/link-sso';
import { serverAndBrowser, startSsoAppServer, openFromProjectList, signInWithForm } from './app-server';
import { inCspCheckedContext } from './browser';

const live = serverAndBrowser(startSsoAppServer);

beforeAll(async () => {
  await linkSsoIdentity(live.server.db, OPERATOR, {
    username: 'focal.pers',
    issuer: live.server.issuer,
    subject: 'bma-7',
  });
});

const signIn = (page: Page, username: string) => signInWithForm(page, live.server.url, username);

/** Through the provider's development pages: any password, then consent. */
async function atProvider(page: Page, subject: string) {
  await page.locator('input[name=login]').fill(subject);
  await page.locator('input[name=password]').fill('anything');
  await page.locator('button[type=submit]').click();
  await page.locator('button[type=submit]').click(); // consent
}

const inContext = <T>(fn: (context: BrowserContext) => Promise<T>) =>
  inCspCheckedContext(live.browser, fn, { domEvents: true });

describe('single sign-on in the browser', () => {
  it('the sign-in page offers it; a linked user signs in at the provider and lands in the app as that user', async () => {
    await inContext(async (context) => {
      const page = await context.newPage();
      await page.goto(`${live.server.url}/login`);
      await page.getByTestId('sso-sign-in').click();
      await atProvider(page, 'bma-7');
      await page.getByTestId('summary-table').waitFor();
      const me = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()));
      expect(me).toMatchObject({ username: 'focal.pers', role: 'focal_point' });
    });
  });

  it('an unlinked identity comes back to the sign-in page with the message, in Thai and English', async () => {
    await inContext(async (context) => {
      const page = await context.newPage();
      await page.goto(`${live.server.url}/login`);
      await page.getByTestId('sso-sign-in').click();
      await atProvider(page, 'not-linked-1');
      const notice = page.getByTestId('sso-error');
      await notice.waitFor();
      expect(page.url()).toBe(`${live.server.url}/login?sso=not_linked`);
      expect(await notice.innerText()).toContain('บัญชีนี้ยังไม่ได้ผูกกับผู้ใช้ในระบบ ติดต่อผู้ดูแล');
      await page.getByTestId('lang-switch').click();
      await expect.poll(() => notice.innerText()).toContain('not linked to a user');
    });
  });
});

describe('my account', () => {
  it("lists this device's and another session, and signs out everywhere after a confirm step", async () => {
    await inContext(async (other) => {
      const elsewhere = await other.newPage();
      await signIn(elsewhere, 'approver.bhrdi');
      await inContext(async (context) => {
        const page = await context.newPage();
        await signIn(page, 'approver.bhrdi');
        await page.goto(`${live.server.url}/account`);
        await page.getByTestId('account-page').waitFor();
        expect(await page.getByTestId('account-role').innerText()).toBe('หัวหน้าหน่วยงาน');
        const rows = page.getByTestId('account-sessions').locator('tbody tr');
        await expect.poll(() => rows.count()).toBe(2);
        expect(await page.getByTestId('account-this-device').count()).toBe(1);
        const body = await page.getByTestId('account-page').innerText();
        expect(body).not.toMatch(/[A-Za-z0-9_-]{40,}/); // no token or hash on the page

        await page.getByTestId('sign-out-everywhere').click();
        await page.getByTestId('sign-out-everywhere-confirm').click();
        await page.getByTestId('login-username').waitFor();
        expect(new URL(page.url()).pathname).toBe('/login');
        await elsewhere.goto(`${live.server.url}/account`);
        await elsewhere.getByTestId('login-username').waitFor();
      });
    });
  });
});

describe("the report form's Idempotency-Key", () => {
  it('a retry after a lost answer sends the same key and saves once; the next report gets a new key', async () => {
    await inContext(async (context) => {
      const page = await context.newPage();
      await signIn(page, 'focal.bhrdi');
      const keys: string[] = [];
      let loseNext = true;
      await page.route('**/api/projects/*/reports', async (route) => {
        if (route.request().method() !== 'POST') return route.continue();
        keys.push(route.request().headers()['idempotency-key'] ?? '');
        if (!loseNext) return route.continue();
        loseNext = false;
        await route.fetch(); // the server saves the report…
        await route.abort('failed'); // …and the answer is lost on the way back
      });
      await openFromProjectList(page, live.server.url, 'P2-05', '?status=not_started');
      await page.getByTestId('report-form').waitFor();
      const period = page.getByTestId('report-period').locator('select');
      await period.nth(1).selectOption('2566');
      await period.nth(0).selectOption('6');
      await page.getByTestId('report-status').selectOption('in_progress');
      await page.getByTestId('report-percent').fill('10');
      await page.getByTestId('report-save').click();
      await page.getByTestId('report-error').waitFor();
      await page.getByTestId('report-save').click();
      await page.getByTestId('report-success').waitFor();
      await page.getByTestId('report-percent').fill('15');
      await page.getByTestId('report-save').click();
      await expect.poll(() => keys.length).toBe(3);
      await page.getByTestId('report-success').waitFor();
      expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(keys[1]).toBe(keys[0]);
      expect(keys[2]).not.toBe(keys[0]);
      // The lost answer and its retry are one version; the changed report is the second.
      const { rows } = await live.server.db.query<{ percent: string }>(
        `select r.percent::text as percent from monthly_report r join project p on p.id = r.project_id
          where p.code = 'P2-05' and r.period = 256606 order by r.id`,
      );
      expect(rows.map((r) => Number(r.percent))).toEqual([10, 15]);
    });
  });
});
