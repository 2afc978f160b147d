/**
 * In Chromium: the admin links a user's single sign-on identity on the users page, that person signs in
 * through a real OpenID provider (oidc-provider on loopback), then the admin unlinks it after a confirm
 * step and the provider's next sign-in is refused (docs/decisions/0007). No page may raise a
 * Content-Security-Policy violation.
 */
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/server/config/env';
import type { Database } from '../../src/server/db/database';
import { loadDemo } from '../../src/server/demo/load-demo';
import { buildApp } from '../../src/server/http/app';
import { CLIENT_ID, CLIENT_SECRET, startProvider, type TestProvider } from '../helpers/oidc-provider';
import { createTestDatabase } from '../helpers/test-db';
import { launchBrowser, screenshotOnFailure } from './browser';

const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));
let db: Database;
let app: FastifyInstance;
let provider: TestProvider;
let browser: Browser;
let url = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemo(db);
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  provider = await startProvider(`${url}/api/auth/oidc/callback`);
  const env = loadEnv({
    TIDTAM_PUBLIC_URL: url,
    TIDTAM_OIDC_ISSUER: provider.issuer,
    TIDTAM_OIDC_CLIENT_ID: CLIENT_ID,
    TIDTAM_OIDC_CLIENT_SECRET: CLIENT_SECRET,
  });
  app = await buildApp({ db, env, webDist: WEB_DIST });
  await app.listen({ port, host: '127.0.0.1' });
  browser = await launchBrowser();
});

screenshotOnFailure(() => browser);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await provider?.close();
  await db?.close();
});

const inContext = async <T>(fn: (context: BrowserContext) => Promise<T>) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const violations: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  try {
    const result = await fn(context);
    expect(violations).toEqual([]);
    return result;
  } finally {
    await context.close();
  }
};

/** Signs in at the provider as `subject`; the username tidtam then signs in, or null when refused. */
async function ssoSignIn(subject: string): Promise<string | null> {
  return inContext(async (context) => {
    const page = await context.newPage();
    await page.goto(`${url}/login`);
    await page.getByTestId('sso-sign-in').click();
    await page.locator('input[name=login]').fill(subject);
    await page.locator('input[name=password]').fill('anything');
    await page.locator('button[type=submit]').click();
    await page.locator('button[type=submit]').click(); // consent
    await page.waitForURL((u) => u.origin === url && u.pathname !== '/api/auth/oidc/callback');
    if (page.url().includes('sso=not_linked')) return null;
    await page.getByTestId('summary-table').waitFor();
    const me = (await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()))) as {
      username: string;
    };
    return me.username;
  });
}

async function usersPage(page: Page) {
  await page.goto(`${url}/login`);
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill('tidtam-demo');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('summary-table').waitFor();
  await page.goto(`${url}/admin/users`);
  await page.getByTestId('users-table').waitFor();
}

describe('single sign-on on the admin users page', () => {
  it('links a subject (shown masked), the person signs in with it; unlinking asks first, then refuses it', async () => {
    const id = (await db.query<{ id: number }>("select id from app_user where username = 'approver.bhrdi'"))
      .rows[0]!.id;
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
    const { rows } = await db.query<{ action: string }>(
      `select action from audit_event where entity = 'app_user' and entity_id = $1
          and action in ('link_sso', 'unlink_sso') order by id`,
      [String(id)],
    );
    expect(rows.map((r) => r.action)).toEqual(['link_sso', 'unlink_sso']);
  });
});
