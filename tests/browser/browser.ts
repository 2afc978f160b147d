/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium (scripts/ensure-chromium.sh installs it),
 * driven by playwright-core. Never `playwright install`: no browser is downloaded.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type LaunchOptions, type Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Where failure screenshots go (git-ignored, kept by CI as artefacts). */
export const TEST_RESULTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));

export function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    headless: true,
    ...options,
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}

/** Saves a full-page PNG as test-results/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(TEST_RESULTS_DIR, { recursive: true });
  const file = join(TEST_RESULTS_DIR, `${fileName(name)}.png`);
  await page.screenshot({ path: file, fullPage: true, timeout: 10_000 });
  return file;
}

/**
 * Call once at the top of a test file: after each failed test, every page still open in the browser
 * is saved to test-results/ (named after the file and the test) and the paths are printed.
 * A screenshot that cannot be taken is reported, never turned into a second failure.
 */
export function screenshotOnFailure(getBrowser: () => Browser | undefined): void {
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    const browser = getBrowser();
    if (!browser?.isConnected()) return;
    const pages = browser.contexts().flatMap((context) => context.pages());
    const base = `${task.file.name.replace(/^.*\//, '').replace(/\.test\.ts$/, '')} ${task.name}`;
    for (const [index, page] of pages.entries()) {
      const name = pages.length > 1 ? `${base} ${index + 1}` : base;
      try {
        console.error(`[browser] failure screenshot: ${await saveScreenshot(page, name)} (${page.url()})`);
      } catch (err) {
        console.error(`[browser] no failure screenshot of ${page.url()}: ${(err as Error).message}`);
      }
    }
  });
}

/**
 * Runs `fn` in a fresh browser profile, in which no page may raise a Content-Security-Policy violation
 * (docs/security.md 4.4): none of the messages Chromium prints for one, and with `domEvents` none of the
 * pages' `securitypolicyviolation` events either.
 */
export async function inCspCheckedContext<T>(
  browser: Browser,
  fn: (context: BrowserContext) => Promise<T>,
  options: { domEvents?: boolean } = {},
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const violations: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  if (options.domEvents) {
    await context.exposeFunction('__reportCsp', (text: string) => violations.push(text));
    await context.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportCsp(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));`,
    });
  }
  try {
    const result = await fn(context);
    expect(violations).toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

function fileName(name: string): string {
  return (
    name
      .normalize('NFC')
      .replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 120) || 'screenshot'
  );
}
