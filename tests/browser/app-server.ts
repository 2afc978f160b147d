/** A real tidtam server for browser tests: fresh database with the demo, the built web app, a free port. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { freePort } from '../../scripts/free-port';
import type { Database } from '../../src/server/db/database';
import { loadEnv } from '../../src/server/config/env';
import { loadDemo } from '../../src/server/demo/load-demo';
import { buildApp } from '../../src/server/http/app';
import { startProvider, tidtamOidcEnv } from '../helpers/oidc-provider';
import { createTestDatabase } from '../helpers/test-db';
import { launchBrowser, screenshotOnFailure } from './browser';

const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export interface AppServer {
  url: string;
  app: FastifyInstance;
  db: Database;
  close: () => Promise<void>;
}

/** `cycleToday`: the demo as the served one loads it on that day (loadDemo's option), not the tests' fixed one. */
export async function startAppServer(options: { cycleToday?: string } = {}): Promise<AppServer> {
  return listening(await demoDatabase(options.cycleToday), {}, 0);
}

/** Single sign-on through a real OpenID provider on loopback (tests/helpers/oidc-provider.ts). */
export async function startSsoAppServer(): Promise<AppServer & { issuer: string }> {
  const db = await demoDatabase();
  // The provider must be told tidtam's redirect URI before tidtam listens.
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const provider = await startProvider(`${url}/api/auth/oidc/callback`);
  const server = await listening(db, tidtamOidcEnv(provider, url), port);
  return {
    ...server,
    issuer: provider.issuer,
    async close() {
      await server.app.close();
      await provider.close();
      await db.close();
    },
  };
}

/**
 * A test file's server (by default startAppServer) and Chromium: started before its tests, closed after
 * them, with screenshots of each failed test. Read both once the tests run.
 */
export function serverAndBrowser<S extends AppServer = AppServer>(
  start: () => Promise<S> = startAppServer as () => Promise<S>,
): { readonly server: S; readonly browser: Browser } {
  let server: S | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await start();
    browser = await launchBrowser();
  });
  screenshotOnFailure(() => browser);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
  };
}

/**
 * Signs a demo user in through the sign-in page of the server at `url`; answers the path of the page they land
 * on once it shows: the summary, or งานของฉัน for a focal point or approver with work waiting (issue 14.3).
 */
export async function signInLanding(page: Page, url: string, username: string): Promise<string> {
  await page.goto(`${url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('tidtam-demo');
  await page.getByTestId('login-submit').click();
  await page.locator('[data-testid=summary-table], [data-testid=my-work-page]').first().waitFor();
  return new URL(page.url()).pathname;
}

/** Signs a demo user in (signInLanding); done once the summary shows, opened by its address if they landed elsewhere. */
export async function signInWithForm(page: Page, url: string, username: string): Promise<void> {
  if ((await signInLanding(page, url, username)) !== '/') await page.goto(`${url}/`);
  await page.getByTestId('summary-table').waitFor();
}

/** Opens project `code` by its own link in the project list at `url` + `/projects` + `query`. */
export async function openFromProjectList(page: Page, url: string, code: string, query = ''): Promise<void> {
  await page.goto(`${url}/projects${query}`);
  await page
    .getByTestId('project-table')
    .locator('tr', { hasText: code })
    .getByTestId('project-link')
    .click();
}

async function demoDatabase(cycleToday?: string): Promise<Database> {
  if (!existsSync(`${WEB_DIST}index.html`)) throw new Error('dist/web is missing: run `npm run build` first');
  const db = await createTestDatabase();
  await loadDemo(db, cycleToday === undefined ? {} : { cycleToday });
  return db;
}

async function listening(db: Database, env: Record<string, string>, port: number): Promise<AppServer> {
  const app = await buildApp({ db, env: loadEnv(env), webDist: WEB_DIST });
  const url = await app.listen({ port, host: '127.0.0.1' });
  return {
    url,
    app,
    db,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
