/**
 * Issue 11's reading pages: the institute opens FY 2590's consolidated plan and a staff user their own days,
 * at phone width (375 px, no sideways scroll), with the numbers computed from rows written here:
 *   projects DV-D s1 10 seats 100,000.00 · DV-D s2 5 seats 50,000.50 · BHRDI s1 30 seats 149,999.50
 *   → 3 projects, 45 seats, 300,000.00 baht = 30.00 % of 1,000,000.00; strategy 2 one agency of two (half:
 *   not weak), strategy 3 none (weak);
 *   the staff user's person: 7 experiential + 2 social + 1.5 formal = 10.5 days → 67 % / 19 % / 14 %;
 *   their own entry of 1.5 formal days counts only once the admin approves it from the queue: 12 days.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { serverAndBrowser } from './app-server';
import { fillBeDate } from './dates';

const live = serverAndBrowser();
const FY = 2590;

beforeAll(async () => {
  const db = live.server.db;
  await db.query(
    `insert into org_unit (code, name, kind) values ('DV-D', 'สำนักงานเขตทดสอบพัฒนา', 'district')`,
  );
  await db.query(
    `with h as (insert into hrd_plan (code, name, from_fiscal_year, to_fiscal_year)
                values ('HRD-B', 'แผนพัฒนาทดสอบ', 2590, 2594) returning id),
          s as (insert into hrd_strategy (hrd_plan_id, no, name)
                select id, n::text, 'ยุทธศาสตร์ทดสอบ ' || n from h, generate_series(1, 3) n returning id, no)
     insert into development_year (fiscal_year, hrd_plan_id, form_name, salary_budget)
     select ${FY}, id, 'HRD 90', 1000000.00 from h`,
  );
  await db.query(
    `insert into development_project (fiscal_year, unit_id, project_code, project_name, hrd_strategy_id,
                                      activity_type, participants, budget, budget_source)
     select ${FY}, u.id, x.code, 'โครงการตัวอย่าง ' || x.code, s.id, 'training', x.seats, x.budget, 'ordinance'
       from (values ('B-1', 'DV-D', '1', 10, 100000.00), ('B-2', 'DV-D', '2', 5, 50000.50),
                    ('B-3', 'BHRDI', '1', 30, 149999.50)) as x (code, unit, no, seats, budget)
       join org_unit u on u.code = x.unit
       join hrd_strategy s on s.no = x.no and s.hrd_plan_id = (select id from hrd_plan where code = 'HRD-B')`,
  );
  const { rows } = await db.query<{ id: number }>(
    `insert into person (person_no, birth_date, first_name, last_name, unit_id, entry_date)
     select 'DEV-WEB', '1990-01-01', 'ทดสอบ', 'พัฒนา', id, '2020-01-01' from org_unit where code = 'DV-D'
     returning id`,
  );
  await db.query(
    `insert into development_record (person_id, fiscal_year, activity, start_date, end_date, days, mode)
     values ($1, ${FY}, 'เรียนรู้งานจริง', '2046-10-01', '2046-10-07', 7.0, 'experiential'),
            ($1, ${FY}, 'การสอนงาน', '2046-11-01', '2046-11-02', 2.0, 'social'),
            ($1, ${FY}, 'อีเลิร์นนิง', '2046-12-01', '2046-12-02', 1.5, 'formal')`,
    [rows[0]!.id],
  );
  await db.query(
    `insert into app_user (username, display_name, password_hash, role, person_id)
     select 'staff.web', 'บุคลากรทดสอบ', password_hash, 'staff', $1 from app_user where username = 'committee'`,
    [rows[0]!.id],
  );
});

async function signedIn(username: string): Promise<Page> {
  const context = await live.browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await page.goto(`${live.server.url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('tidtam-demo');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

const noSidewaysScroll = async (page: Page) => {
  const { scroll, client } = await page
    .locator('html')
    .evaluate((root) => ({ scroll: root.scrollWidth, client: root.clientWidth }));
  return scroll <= client;
};

describe('development pages', () => {
  it("shows the year's consolidated plan with its totals, Thai words and weak strategies", async () => {
    const page = await signedIn('admin');
    await page.goto(`${live.server.url}/development?fiscalYear=${FY}`);
    await page.getByTestId('plan-totals').waitFor();
    expect(await page.getByTestId('plan-projects').textContent()).toBe('3');
    expect(await page.getByTestId('plan-participants').textContent()).toBe('45');
    expect(await page.getByTestId('plan-budget-text').textContent()).toBe('(สามแสนบาทถ้วน)');
    expect(await page.getByTestId('plan-pct').textContent()).toBe('30');
    expect(await page.getByTestId('coverage-1').textContent()).toBe('2');
    expect(await page.getByTestId('coverage-2').getAttribute('class')).toBe('');
    expect(await page.getByTestId('coverage-3').getAttribute('class')).toBe('weak');
    expect(await page.getByTestId('coverage-3').textContent()).toBe('0');
    expect(await page.getByTestId('plan-weak').textContent()).toContain('3');
    expect(await noSidewaysScroll(page)).toBe(true);
  });

  it('shows a staff user their own days against 10 and the 70:20:10 mix', async () => {
    const page = await signedIn('staff.web');
    await page.goto(`${live.server.url}/development/my-days?fiscalYear=${FY}`);
    await page.getByTestId('my-days-total').waitFor();
    expect(await page.getByTestId('my-days-total').textContent()).toContain('10.5');
    expect(await page.getByTestId('mix-experiential').textContent()).toContain('(67%)');
    expect(await page.getByTestId('mix-social').textContent()).toContain('(19%)');
    expect(await page.getByTestId('mix-formal').textContent()).toContain('(14%)');
    expect(await page.getByTestId('my-days-records').locator('tbody tr').count()).toBe(3);
    expect(await noSidewaysScroll(page)).toBe(true);
  });
  it('a staff user enters outside learning, the agency approves it from the queue, the days rise by it', async () => {
    const page = await signedIn('staff.web');
    await page.goto(`${live.server.url}/development/my-days?fiscalYear=${FY}`);
    await page.getByTestId('entry-add').click();
    await page.getByTestId('entry-activity').fill('บทเรียนออนไลน์การใช้ข้อมูล');
    await fillBeDate(page, 'entry-startDate', '2046-11-01');
    await fillBeDate(page, 'entry-endDate', '2046-11-02');
    await page.getByTestId('entry-days').fill('1.5');
    await page.getByTestId('entry-mode').selectOption('formal');
    await page.getByTestId('entry-save').click();
    await page.getByTestId('own-entries-table').waitFor();
    expect(await page.getByTestId('entry-state').first().textContent()).toBe('รออนุมัติ');
    expect(await page.getByTestId('my-days-total').textContent()).toContain('10.5');
    const { rows } = await live.server.db.query<{ id: string }>(
      `select id::text from development_record where activity = 'บทเรียนออนไลน์การใช้ข้อมูล'`,
    );
    const admin = await signedIn('admin');
    await admin.goto(`${live.server.url}/development/entries`);
    const row = admin.getByTestId(`queue-entry-${rows[0]!.id}`);
    await row.getByTestId('queue-approve').click();
    await row.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('my-days-total').waitFor();
    expect(await page.getByTestId('my-days-total').textContent()).toContain('12');
    expect(await page.getByTestId('entry-state').first().textContent()).toBe('อนุมัติแล้ว');
  });
});
