/**
 * Issue 13's end-to-end check: the secretariat records a resolution assigning BHRDI at meeting 6/2566 and
 * the next meeting 7/2566; BHRDI's focal point reports progress and proposes closing; the next meeting's
 * paper shows it under เรื่องสืบเนื่อง; the secretariat closes it at 7/2566. Phone width throughout.
 */
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { serverAndBrowser } from './app-server';

const live = serverAndBrowser();
const TEXT = 'มอบหมายให้สถาบันพัฒนาทรัพยากรบุคคลกรุงเทพมหานครจัดทำหลักสูตรตาม HRD Roadmap';
const PROGRESS = 'ทดลองหลักสูตรนำร่องกับสองหน่วยงานแล้ว';
let meeting6 = 0;

beforeAll(async () => {
  const { rows } = await live.server.db.query<{ id: number }>(
    'select id from committee_meeting where no = 6 and year_be = 2566',
  );
  meeting6 = rows[0]!.id;
});

async function signedIn(username: string): Promise<Page> {
  const context = await live.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${live.server.url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('tidtam-demo');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

async function assignment(): Promise<{ id: number; state: string } | undefined> {
  const { rows } = await live.server.db.query<{ id: number; state: string }>(
    `select a.id, a.state from committee_assignment a join committee_resolution r on r.id = a.resolution_id
      where r.text = $1`,
    [TEXT],
  );
  return rows[0];
}

async function paperText(page: Page, meetingId: number): Promise<string> {
  const res = await page.request.get(`${live.server.url}/api/committee/meetings/${meetingId}/follow-up.docx`);
  expect(res.status()).toBe(200);
  const xml = await (await JSZip.loadAsync(await res.body())).file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, '');
}

describe('following up a committee resolution', () => {
  it('goes from the resolution to its closing with the secretariat and the assigned unit', async () => {
    const admin = await signedIn('admin');
    await admin.goto(`${live.server.url}/committee`);
    await admin.getByTestId('meeting-no').fill('7');
    await admin.getByTestId('meeting-yearBe').fill('2566');
    await admin.getByTestId('meeting-heldOn').fill('2023-07-26');
    await admin.getByTestId('meeting-place').fill('ห้องนพรัตน์ ชั้น ๕ ศาลาว่าการกรุงเทพมหานคร');
    await admin.getByTestId('meeting-save').click();
    await admin.getByTestId('meeting-7-2566').waitFor();
    const m7 = (await admin.getByTestId('meeting-7-2566').locator('a').getAttribute('href'))!
      .split('/')
      .pop()!;

    await admin.goto(`${live.server.url}/committee/meetings/${meeting6}`);
    const item = admin.getByTestId('agenda-3');
    await item.locator('[data-testid^=add-resolution-]').click();
    await item.getByTestId('resolution-text').fill(TEXT);
    await item.getByTestId('resolution-unit').selectOption({ label: 'สถาบันพัฒนาทรัพยากรบุคคลกรุงเทพมหานคร' });
    await item.getByTestId('resolution-save').click();
    await expect.poll(async () => (await assignment())?.state).toBe('open');
    const { id } = (await assignment())!;

    const focal = await signedIn('focal.bhrdi');
    await focal.goto(`${live.server.url}/committee/assignments`);
    const card = focal.getByTestId(`assignment-${id}`);
    await card.locator('button').first().click();
    await card.getByTestId('progress-text').fill(PROGRESS);
    await card.getByTestId('progress-propose').check();
    // A PDF goes with the report (one multipart request; migration 0021).
    await card.getByTestId('progress-files').setInputFiles({
      name: 'รายงานผล HRD Roadmap.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% ทดสอบ\n%%EOF\n'),
    });
    await card.getByTestId('progress-send').click();
    await expect.poll(async () => (await assignment())?.state).toBe('closing_proposed');
    await expect.poll(() => card.getByTestId('progress-list').innerText()).toContain(PROGRESS);

    const paper = await paperText(admin, Number(m7));
    expect(paper).toContain('ระเบียบวาระที่ ๓ เรื่องสืบเนื่อง');
    expect(paper.split(TEXT)).toHaveLength(2);
    expect(paper).toContain(PROGRESS);
    expect(paper).toContain('สถานะ: เสนอปิดเรื่อง');

    await admin.goto(`${live.server.url}/committee/meetings/${meeting6}`);
    const toClose = admin.getByTestId(`assignment-${id}`);
    await toClose.locator('button').first().click();
    // The secretariat sees the unit's file listed under its report, with a download link.
    const files = toClose.getByTestId('attachment-list');
    await expect.poll(() => files.innerText()).toContain('รายงานผล HRD Roadmap.pdf');
    expect(await files.locator('a').getAttribute('href')).toMatch(/^\/api\/committee\/attachments\/\d+$/);
    await toClose.getByTestId('close-meeting').selectOption(m7);
    await toClose.getByTestId('close-send').click();
    await expect.poll(async () => (await assignment())?.state).toBe('closed');
    await expect.poll(() => toClose.getByTestId('assignment-state').innerText()).toBe('ปิดเรื่องแล้ว');
    expect(await paperText(admin, Number(m7))).toContain(TEXT); // closed at 7/2566: still in its own paper
  });
});
