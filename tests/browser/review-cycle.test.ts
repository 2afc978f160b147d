/**
 * Issue 3's end-to-end check: one report goes draft → submitted → returned → submitted → approved →
 * accepted with three people (focal point, agency approver, central office), with its evidence attached
 * on a phone and read-only once sent (issue 14, item 8), and a focal point of another agency can neither
 * see nor report the project.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serverAndBrowser } from './app-server';

const live = serverAndBrowser();
let projectId: number;

beforeAll(async () => {
  const { rows } = await live.server.db.query<{ id: number }>("select id from project where code = 'P2-07'");
  projectId = rows[0]!.id;
  // A budget the report below spends past (issue 14, item 7).
  await live.server.db.query('update project set budget = 1000000 where id = $1', [projectId]);
});

async function signedIn(username: string, width = 1280): Promise<Page> {
  const context = await live.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${live.server.url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('tidtam-demo');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

async function openReportForm(page: Page) {
  await page.goto(`${live.server.url}/projects/${projectId}`);
  await page.getByTestId('report-form').waitFor();
  const period = page.getByTestId('report-period').locator('select');
  await period.nth(1).selectOption('2566');
  await period.nth(0).selectOption('6');
}

/** The current version's state, straight from the database. */
async function stateInDatabase(): Promise<string | undefined> {
  const { rows } = await live.server.db.query<{ state: string }>(
    'select state from monthly_report where project_id = $1 and period = 256606 and superseded_at is null',
    [projectId],
  );
  return rows[0]?.state;
}

async function reviewRow(page: Page, state: 'submitted' | 'approved') {
  await page.goto(`${live.server.url}/review`);
  await page.getByTestId('review-state-filter').selectOption(state);
  const row = page.getByTestId('review-table').locator('tr', { hasText: 'P2-07' });
  await row.waitFor();
  return row;
}

/** The report form of a sent month: the notice says why and what next, nothing can be changed or sent. */
async function expectReadOnly(page: Page, state: string, why: string) {
  const notice = page.getByTestId('report-readonly');
  await expect.poll(() => notice.getAttribute('data-state')).toBe(state);
  expect(await page.getByTestId('report-readonly-why').innerText()).toContain(why);
  expect(await page.getByTestId('report-readonly-next').innerText()).toContain('ขั้นต่อไป');
  if (state !== 'accepted') {
    expect(await page.getByTestId('report-readonly-why').innerText()).toMatch(/ส่งเมื่อ \d{1,2} \S+ 25\d\d/);
    expect(await page.getByTestId('report-readonly-next').innerText()).toContain('แก้ไขได้อีกครั้ง');
  }
  expect(await page.getByTestId('report-submit').isDisabled()).toBe(true);
  expect(await page.getByTestId('report-save').isDisabled()).toBe(true);
  expect(await page.getByTestId('report-status').isDisabled()).toBe(true);
  expect(await page.getByTestId('report-percent').getAttribute('readonly')).not.toBeNull();
  // The notice fits the phone's width (nothing to scroll sideways to read why).
  const box = await notice.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
}

/** Small files whose content is what their names say (the server types them by content). */
const PDF = {
  name: 'ผลการอบรม มิ.ย.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n% ทดสอบ\n%%EOF\n'),
};
const PNG = {
  name: 'ภาพกิจกรรม.png',
  mimeType: 'image/png',
  buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
};

/** The names an evidence section lists, in order. */
const listed = (page: Page, testId = 'evidence') =>
  page
    .getByTestId(testId)
    .locator(`[data-testid=${testId}-list] li`)
    .evaluateAll((items) => items.map((i) => i.dataset.name));

/** The files the database holds for a report month (period key) or a problem, in order. */
async function filesInDatabase(where: { period: number } | { problemId: number }): Promise<string[]> {
  const { rows } = await live.server.db.query<{ file_name: string }>(
    'period' in where
      ? 'select file_name from monitoring_attachment where project_id = $1 and period = $2 order by id'
      : 'select file_name from monitoring_attachment where problem_id = $1 order by id',
    'period' in where ? [projectId, where.period] : [where.problemId],
  );
  return rows.map((r) => r.file_name);
}

/** A sent report's evidence: listed, read-only, with the API's reason; nothing to attach or remove. */
async function expectEvidenceReadOnly(page: Page, why: string) {
  const evidence = page.getByTestId('evidence');
  await expect.poll(() => evidence.getByTestId('evidence-locked-why').count()).toBe(1);
  expect(await evidence.getByTestId('evidence-locked-why').innerText()).toContain(why);
  expect(await listed(page)).toEqual([PDF.name]);
  expect(await evidence.getByTestId('evidence-input').count()).toBe(0);
  expect(await evidence.locator('[data-testid^=attachment-remove-]').count()).toBe(0);
  const box = await evidence.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
}

describe('the monthly review path', () => {
  it('walks a report from draft to accepted with three users', async () => {
    // The focal point works on a phone (375 px): the sent report must read as such there too.
    const focal = await signedIn('focal.bhrdi', 375);
    await openReportForm(focal);
    // Last month's accepted values are named beside the fields (issue 14, item 7), as the database has them.
    const { rows: may } = await live.server.db.query<{ percent: string | null }>(
      `select percent from monthly_report where project_id = $1 and period = 256605 and accepted_at is not null
        order by accepted_at desc limit 1`,
      [projectId],
    );
    const lastMonth = await focal.getByTestId('report-last-month').innerText();
    expect(lastMonth).toContain(may.length > 0 ? 'ที่รับรองแล้ว' : 'ยังไม่มีรายงานเดือนก่อน');
    expect(lastMonth).toContain('2566');
    await focal.getByTestId('report-status').selectOption('in_progress');
    await focal.getByTestId('report-percent').fill('5');
    // Spending past the budget: warned on the phone (fits 375 px), not refused.
    expect(await focal.getByTestId('report-over-budget').count()).toBe(0);
    await focal.getByTestId('report-spent').fill('1,200,000');
    const warning = focal.getByTestId('report-over-budget');
    expect(await warning.innerText()).toContain('เกินงบประมาณ');
    const warned = await warning.boundingBox();
    expect(warned!.x + warned!.width).toBeLessThanOrEqual(375);
    await focal.getByTestId('report-save').click();
    await expect.poll(stateInDatabase).toBe('draft');
    await expect.poll(() => focal.getByTestId('report-state').innerText()).toContain('ร่าง');

    // Evidence on the draft (issue 14, item 8), on the phone: a PDF and a PNG chosen together go as two
    // requests, each with its own result; both are listed with type, size and who attached them.
    const evidence = focal.getByTestId('evidence');
    await evidence.getByTestId('evidence-input').setInputFiles([PDF, PNG]);
    const results = evidence.getByTestId('evidence-results');
    await expect.poll(() => results.locator('li[data-state=done]').count()).toBe(2);
    expect(await results.innerText()).toContain(`แนบ “${PNG.name}” แล้ว`);
    await expect.poll(() => listed(focal)).toEqual([PDF.name, PNG.name]);
    const pdfRow = evidence.locator(`[data-testid=evidence-list] li[data-name="${PDF.name}"]`);
    expect(await pdfRow.innerText()).toContain(`PDF · ${PDF.buffer.length} ไบต์ · แนบโดย`);
    expect(await pdfRow.innerText()).toMatch(/เมื่อ \d{1,2} \S+ 25\d\d เวลา \d\d:\d\d น\./);
    expect(await pdfRow.locator('a').getAttribute('href')).toMatch(/^\/api\/monitoring\/attachments\/\d+$/);
    expect(await evidence.getByTestId('evidence-input').getAttribute('accept')).toContain('.pptx');
    // Removing asks first (focus on the confirmation), then says so in the live region.
    await evidence
      .locator(`[data-testid=evidence-list] li[data-name="${PNG.name}"] [data-testid^=attachment-remove-]`)
      .click();
    const confirm = evidence.locator('[data-testid^=attachment-confirm-]');
    await expect
      .poll(() => focal.evaluate('document.activeElement && document.activeElement.dataset.testid'))
      .toMatch(/^attachment-confirm-\d+$/);
    await confirm.click();
    await expect.poll(() => listed(focal)).toEqual([PDF.name]);
    expect(await evidence.getByTestId('evidence-list-said').innerText()).toBe(`ลบไฟล์ “${PNG.name}” แล้ว`);
    // A text file named .pdf and a program: each refused by the server, named, in its words.
    await evidence.getByTestId('evidence-input').setInputFiles([
      { name: 'สรุปงบ.pdf', mimeType: 'application/pdf', buffer: Buffer.from('ไม่ใช่ PDF จริง') },
      { name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00') },
    ]);
    await expect.poll(() => results.locator('li[data-state=refused]').count()).toBe(2);
    const refused = await results.locator('li[data-state=refused]').allInnerTexts();
    expect(refused[0]).toContain('แนบ “สรุปงบ.pdf” ไม่ได้: ไฟล์ "สรุปงบ.pdf" ไม่ใช่ไฟล์ประเภทที่แนบได้');
    expect(refused[1]).toContain('ไฟล์ "setup.exe" ไม่ใช่ไฟล์ประเภทที่แนบได้');
    expect(await listed(focal)).toEqual([PDF.name]);
    // The database holds exactly the file shown.
    expect(await filesInDatabase({ period: 256606 })).toEqual([PDF.name]);
    expect(await focal.locator('html').evaluate((root) => root.scrollWidth)).toBeLessThanOrEqual(375);

    await focal.getByTestId('report-submit').click();
    await expect.poll(stateInDatabase).toBe('submitted');
    // Sent: the form is read-only, says since when and for whom it waits, and what comes next.
    await expectReadOnly(focal, 'submitted', 'รอหัวหน้าหน่วยงานอนุมัติ');
    // …and so is its evidence, with the API's reason.
    await expectEvidenceReadOnly(focal, 'รายงานนี้รอหัวหน้าหน่วยงานอนุมัติ');

    const approver = await signedIn('approver.bhrdi');
    const toReturn = await reviewRow(approver, 'submitted');
    await toReturn.locator('[data-testid^=review-return-]').click();
    await approver.getByTestId('review-return-comment').fill('กรุณาระบุร้อยละความก้าวหน้าให้ตรงกับแผนงาน');
    await approver.getByTestId('review-return-confirm').click();
    await expect.poll(stateInDatabase).toBe('returned');

    await openReportForm(focal);
    await expect.poll(() => focal.getByTestId('report-comment').innerText()).toContain('ร้อยละความก้าวหน้า');
    // Returned: editable again.
    expect(await focal.getByTestId('report-readonly').count()).toBe(0);
    expect(await focal.getByTestId('report-submit').isEnabled()).toBe(true);
    expect(await focal.getByTestId('report-percent').getAttribute('readonly')).toBeNull();
    await focal.getByTestId('report-status').selectOption('in_progress');
    await focal.getByTestId('report-percent').fill('10');
    await focal.getByTestId('report-submit').click();
    await expect.poll(stateInDatabase).toBe('submitted');

    const toApprove = await reviewRow(approver, 'submitted');
    // The reviewer sees the flag the server computed with the same check.
    expect(await toApprove.locator('[data-testid^=review-over-budget-]').count()).toBe(1);
    // …and, under the report's changes, the month's evidence: the PDF, read-only (the form promised the
    // reviewer sees the files with the report).
    await toApprove.locator('[data-testid^=review-changes-]').click();
    const reviewed = approver.locator('section[data-testid^=review-evidence-]');
    await expect
      .poll(() =>
        reviewed.locator('[data-testid$=-list] li').evaluateAll((items) => items.map((i) => i.dataset.name)),
      )
      .toEqual([PDF.name]);
    expect(await reviewed.locator('[data-testid$=-input]').count()).toBe(0);
    expect(await reviewed.locator('[data-testid^=attachment-remove-]').count()).toBe(0);
    await toApprove.locator('[data-testid^=review-approve-]').click();
    await expect.poll(stateInDatabase).toBe('approved');

    const centre = await signedIn('admin');
    const toAccept = await reviewRow(centre, 'approved');
    await toAccept.locator('[data-testid^=review-accept-]').click();
    await expect.poll(stateInDatabase).toBe('accepted');

    // Three versions were written (draft, the returned submission, the corrected one); the last is accepted.
    const { rows: versions } = await live.server.db.query<{ state: string; percent: string }>(
      'select state, percent from monthly_report where project_id = $1 and period = 256606 order by id',
      [projectId],
    );
    expect(versions.map((v) => v.state)).toEqual(['draft', 'returned', 'accepted']);
    expect(versions.map((v) => Number(v.percent))).toEqual([5, 5, 10]);
    // Every step is in the audit trail with before and after.
    const { rows: audit } = await live.server.db.query<{ action: string; after: { state?: string } }>(
      `select a.action, a.after from audit_event a
        where a.entity = 'monthly_report' and a.entity_id in
              (select id::text from monthly_report where project_id = $1 and period = 256606)
        order by a.id`,
      [projectId],
    );
    expect(audit.map((a) => a.after.state)).toEqual([
      'draft',
      'submitted',
      'returned',
      'submitted',
      'approved',
      'accepted',
    ]);

    await openReportForm(focal);
    await expect.poll(() => focal.getByTestId('report-state').innerText()).toContain('รับรองแล้ว');
    await expectReadOnly(focal, 'accepted', 'สำนักงาน ก.ก. รับรองเมื่อ');
    await expectEvidenceReadOnly(focal, 'ได้รับการรับรองแล้ว');
    expect(await filesInDatabase({ period: 256606 })).toEqual([PDF.name]);
  });

  it('lists one row per problem with its earlier months inside (issue 14), at 375 px', async () => {
    const centre = await signedIn('admin', 375);
    await centre.goto(`${live.server.url}/problems`);
    const rows = centre.locator('[data-testid=problems-table] tbody tr');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(8); // not the 24 monthly copies
    expect(await centre.getByTestId('problem-count').innerText()).toContain('8');
    const row = centre.locator('[data-testid=problems-table] tr[data-project="P3-13"]');
    const history = row.locator('[data-testid^=problem-history-]');
    await history.locator('summary').click();
    expect(await history.locator('li').evaluateAll((items) => items.map((i) => i.dataset.period))).toEqual([
      '2566-04',
      '2566-03',
    ]);
    // The same rows download as filtered: the export link carries the one-row-per-problem view.
    expect(await centre.getByTestId('download-problems-csv').getAttribute('href')).toContain('view=problems');

    // A problem still open gets a file in its panel (issue 14, item 8), listed as the database holds it.
    const ids = await centre
      .locator('[data-testid^=problem-edit-]')
      .evaluateAll((buttons) => buttons.map((b) => Number(b.dataset.testid!.split('-')[2])));
    const { rows: open } = await live.server.db.query<{ id: number }>(
      "select id from problem where id = any($1::int[]) and status <> 'closed' order by id limit 1",
      [ids],
    );
    const problemId = open[0]!.id;
    await centre.getByTestId(`problem-edit-${problemId}`).click();
    const panel = centre.getByTestId('problem-evidence');
    await panel.getByTestId('problem-evidence-input').setInputFiles(PNG);
    await expect.poll(() => listed(centre, 'problem-evidence')).toEqual([PNG.name]);
    expect(await filesInDatabase({ problemId })).toEqual([PNG.name]);
    expect(await centre.locator('html').evaluate((root) => root.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it('keeps another agency out of the project, in the UI as in the API', async () => {
    const other = await signedIn('focal.pers');
    await other.goto(`${live.server.url}/projects/${projectId}`);
    await expect.poll(() => other.locator('main').innerText()).toContain('หน่วยงานอื่น');
    expect(await other.getByTestId('report-form').count()).toBe(0);
    const status = await other.evaluate(async (id) => {
      const response = await fetch(`/api/projects/${id}/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tidtam-csrf': '1' },
        body: JSON.stringify({ period: '2566-06', status: 'completed' }),
      });
      return response.status;
    }, projectId);
    expect(status).toBe(403);
  });
});
