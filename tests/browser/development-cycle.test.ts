/**
 * Issue 11's year cycle in the browser, on fiscal year 2597 against the demo's HRD plan 2561–2565:
 * the institute (focal.bhrdi) opens the year; PERS's focal point adds two projects through the form and
 * submits, DC-W's focal point adds one and submits; the institute returns DC-W with a comment and accepts
 * PERS; the consolidated plan then counts exactly PERS's projects, checked against the database:
 *   PERS  P-1 s1 20 seats 1,500.00 ordinance · P-2 s2 5 seats 0 none   → accepted: 2 projects, 25 seats
 *   DC-W  W-1 s3 12 seats 2,500.00 other                               → returned: not counted
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { serverAndBrowser } from './app-server';
import { fillBeDate } from './dates';

const live = serverAndBrowser();
const FY = 2597;

beforeAll(async () => {
  const db = live.server.db;
  await db.query(
    `insert into org_unit (code, name, kind) values ('DC-W', 'สำนักงานเขตทดสอบวงจร', 'district')`,
  );
  await db.query(
    `insert into app_user (username, display_name, password_hash, role, unit_id)
     select 'focal.dcw', 'ผู้ประสานงานเขตทดสอบ', password_hash, 'focal_point', (select id from org_unit where code = 'DC-W')
       from app_user where username = 'committee'`,
  );
});

async function signedIn(username: string): Promise<Page> {
  const context = await live.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${live.server.url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('tidtam-demo');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

async function addProject(
  page: Page,
  p: { code: string; no: string; seats: number; budget: string; source: string },
) {
  await page.getByTestId('project-add').click();
  await page.getByTestId('project-projectCode').fill(p.code);
  await page.getByTestId('project-projectName').fill(`โครงการ ${p.code}`);
  await page.getByTestId('project-strategyNo').selectOption(p.no);
  await page.getByTestId('project-participants').fill(String(p.seats));
  await page.getByTestId('project-budgetSource').selectOption(p.source);
  await page.getByTestId('project-budget').fill(p.budget);
  await page.getByTestId('project-save').click();
  await page.getByTestId(`project-row-${p.code}`).waitFor();
}

async function prepareAndSubmit(username: string, projects: Parameters<typeof addProject>[1][]) {
  const page = await signedIn(username);
  await page.goto(`${live.server.url}/development/submission?fiscalYear=${FY}`);
  await page.getByTestId('submission-state').waitFor();
  expect(await page.getByTestId('submission-state').textContent()).toBe('ยังไม่เริ่ม');
  for (const p of projects) await addProject(page, p);
  await page.getByTestId('submission-submit').click();
  await page.getByTestId('submission-locked').waitFor();
  expect(await page.getByTestId('submission-state').textContent()).toBe('ส่งแล้ว รอพิจารณา');
  await page.context().close();
}

/** The consolidated plan's totals as the page shows them. */
async function planTotals(page: Page) {
  await page.goto(`${live.server.url}/development?fiscalYear=${FY}`);
  await page.getByTestId('plan-totals').waitFor();
  return [
    await page.getByTestId('plan-projects').textContent(),
    await page.getByTestId('plan-participants').textContent(),
    await page.getByTestId('plan-budget-text').textContent(),
  ];
}

describe('the development year cycle', () => {
  it('the institute opens a year, agencies submit, one is returned and one accepted; the plan counts the accepted', async () => {
    const institute = await signedIn('focal.bhrdi');
    await institute.goto(`${live.server.url}/development/cycle?fiscalYear=${FY}`);
    await institute.getByTestId('open-year').waitFor();
    await institute.getByTestId('open-form-name').fill('HRD 97');
    await fillBeDate(institute, 'open-deadline', '2054-10-31');
    await institute.getByTestId('open-hrd-plan').selectOption('HRD-2561-2565');
    await institute.getByTestId('open-submit').click();
    await institute.getByTestId('year-head').waitFor();
    expect(await institute.getByTestId('year-form-name').textContent()).toBe('HRD 97');
    expect(await planTotals(institute)).toEqual(['0', '0', '(ศูนย์บาทถ้วน)']);

    await prepareAndSubmit('focal.pers', [
      { code: 'P-1', no: '1', seats: 20, budget: '1500', source: 'ordinance' },
      { code: 'P-2', no: '2', seats: 5, budget: '0', source: 'none' },
    ]);
    await prepareAndSubmit('focal.dcw', [
      { code: 'W-1', no: '3', seats: 12, budget: '2500', source: 'other' },
    ]);
    // submitted but not decided: nothing counts yet
    expect(await planTotals(institute)).toEqual(['0', '0', '(ศูนย์บาทถ้วน)']);

    await institute.goto(`${live.server.url}/development/cycle?fiscalYear=${FY}`);
    const dcw = institute.getByTestId('cycle-row-DC-W');
    const pers = institute.getByTestId('cycle-row-PERS');
    await dcw.waitFor();
    expect(await dcw.getByTestId('cycle-state').textContent()).toBe('ส่งแล้ว รอพิจารณา');
    expect(await dcw.getByTestId('cycle-late').textContent()).toBe('ตามกำหนด');
    await dcw.getByTestId('decide-return').click();
    await institute.getByTestId('decide-error').waitFor(); // no comment: refused
    await dcw.getByTestId('decide-comment').fill('งบประมาณ W-1 ยังไม่มีแหล่งที่ชัดเจน');
    await dcw.getByTestId('decide-return').click();
    await dcw.getByText('ส่งคืนแก้ไข').waitFor();
    await pers.getByTestId('decide-accept').click();
    await pers.getByText('รับแล้ว').waitFor();

    const { rows } = await live.server.db.query<{ projects: number; seats: number; budget: string }>(
      `select count(*)::int as projects, sum(p.participants)::int as seats, sum(p.budget)::text as budget
         from development_project p join development_submission s on s.fiscal_year = p.fiscal_year and s.unit_id = p.unit_id
        where p.fiscal_year = ${FY} and s.state = 'accepted'`,
    );
    expect(rows[0]).toEqual({ projects: 2, seats: 25, budget: '1500.00' });
    expect(await planTotals(institute)).toEqual(['2', '25', '(หนึ่งพันห้าร้อยบาทถ้วน)']);

    const agency = await signedIn('focal.dcw');
    await agency.goto(`${live.server.url}/development/submission?fiscalYear=${FY}`);
    await agency.getByTestId('submission-comment').waitFor();
    expect(await agency.getByTestId('submission-comment').textContent()).toContain(
      'งบประมาณ W-1 ยังไม่มีแหล่งที่ชัดเจน',
    );
    expect(await agency.getByTestId('submission-state').textContent()).toBe('ส่งคืนแก้ไข');
    expect(await agency.getByTestId('project-add').isVisible()).toBe(true);
  });
});
