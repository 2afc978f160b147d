/** The browser pipeline itself: Debian's Chromium starts, renders Thai, and screenshots are written. */
import { access } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot, screenshotOnFailure } from './browser';

const THAI = 'สรุปความก้าวหน้า';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

screenshotOnFailure(() => browser);

it('shows Thai text in a page', async () => {
  const page = await browser!.newPage();
  const html = `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${THAI}</title></head>
    <body><h1 id="title">${THAI}</h1><button id="button">${THAI}</button></body></html>`;
  await page.goto(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
  expect(await page.title()).toBe(THAI);
  expect(await page.locator('#title').innerText()).toBe(THAI);
  // Laid out in a real font: the button (system font, not inherited) has width and one line's height.
  const box = await page.locator('#button').boundingBox();
  expect(box?.width).toBeGreaterThan(50);
  const file = await saveScreenshot(page, 'browser-smoke');
  await expect(access(file)).resolves.toBeUndefined();
  await page.close();
});
