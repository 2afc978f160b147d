/**
 * In Chromium: the admin links a user's single sign-on identity on the users page, that person signs in
 * through a real OpenID provider (oidc-provider on loopback), then the admin unlinks it after a confirm
 * step and the provider's next sign-in is refused (docs/decisions/0007). No page may raise a
 * Content-Security-Policy violation.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverAndBrowser, startSsoAppServer } from './app-server';
import { inCspCheckedContext } from './browser';

const live = serverAndBrowser(startSsoAppServer);

const inContext = <T>(fn: (context: BrowserContext) => Promise<T>) => inCspCheckedContext(live.browser, fn);

/** Signs in at the provider as `subject`; the username tidtam then signs in, or null when refused. */
async function ssoSignIn(subject: string): Promise<string | null> {
  return inContext(async (context) => {
    const page = await context.newPage();
    await page.goto(`${live.server.url}/login`);
    await page.getByTestId('sso-sign-in').click();
    await page.locator('input[name=login]').fill(subject);
    await page.locator('input[name=password]').fill('anything');
    await page.locator('button[type=submit]').click();
    await page.locator('button[type=submit]').click(); // consent
    await page.waitForURL((u) => u.origin === live.server.url && u.pathname !== '/api/auth/oidc/callback');
    if (page.url().includes('sso=not_linked')) return null;
    await page.getByTestId('summary-table').waitFor();
    const me = (await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()))) as {
      username: string;
    };
    return me.username;
  });
}

async function usersPage(page: Page) {
  await page.goto(`${live.server.url}/login`);
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill('tidtam-demo');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('summary-table').waitFor();
  await page.goto(`${live.server.url}/admin/users`);
  await page.getByTestId('users-table').waitFor();
}

describe('single sign-on on the admin users page', () => {
  it('links a subject (shown masked), the person signs in with it; unlinking asks first, then refuses it', async () => {
    const id = (
      await live.server.db.query<{ id: number }>("select id from app_user where username = 'approver.bhrdi'")
    ).rows[0]!.id;
    await inContext(async (context) => {
      const page = await context.newPage();
      await usersPage(page);
      const cell = page.getByTestId('user-sso-approver.bhrdi');
      expect(await cell.innerText()).toBe('–');

      await page.getByTestId(`user-sso-open-${id}`).click();
      await page.getByTestId('user-sso-link').click();
      await page.getByTestId('user-sso').getByRole('alert').first().waitFor(); // empty subject refused
      await page.getByTestId('user-sso-subject').fill('bma-4242');
      await page.getByTestId('user-sso-link').click();
      await page.getByTestId('users-done').waitFor();
      await expect.poll(() => cell.innerText()).toBe('bma-…');
      expect(await page.getByTestId('users-table').innerText()).not.toContain('bma-4242');

      expect(await ssoSignIn('bma-4242')).toBe('approver.bhrdi');

      await page.getByTestId(`user-sso-open-${id}`).click();
      expect(await page.getByTestId('user-sso-status').innerText()).toContain('bma-…');
      await page.getByTestId('user-sso-unlink').click();
      await page.getByTestId('user-sso-confirm').waitFor();
      await page.getByTestId('user-sso-unlink-confirm').click();
      await page.getByTestId('users-done').waitFor();
      await expect.poll(() => cell.innerText()).toBe('–');
    });
    expect(await ssoSignIn('bma-4242')).toBeNull();
    const { rows } = await live.server.db.query<{ action: string }>(
      `select action from audit_event where entity = 'app_user' and entity_id = $1
          and action in ('link_sso', 'unlink_sso') order by id`,
      [String(id)],
    );
    expect(rows.map((r) => r.action)).toEqual(['link_sso', 'unlink_sso']);
  });
});
