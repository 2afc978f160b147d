/**
 * Issue 10's web pages with the demo: the HR Dashboard's headcount and next retirements equal the database's
 * counts, a figure moves with the as-of date, a person opens from the directory, a dry-run import lists its
 * bad row, and the dashboard fits a 375 px phone without sideways scrolling.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverAndBrowser, signInWithForm } from './app-server';
import { dateValue, fillBeDate } from './dates';

const live = serverAndBrowser();

async function count(sql: string, params: unknown[]): Promise<number> {
  const { rows } = await live.server.db.query<{ n: number }>(sql, params);
  return rows[0]!.n;
}

/** People in service on a day (the dashboard's rule: entered on or before it, not yet left). */
const IN_SERVICE = `from person p where (p.entry_date is null or p.entry_date <= $1::date)
  and (p.exit_date is null or p.exit_date > $1::date)`;

/** …and in the unit coded $2 on that day: the unit of the post they hold, else their own. */
const IN_UNIT = `coalesce((select h.unit_id from position_history h
                   where h.person_id = p.id and h.role = 'holds' and h.from_date <= $1::date
                     and (h.to_date is null or h.to_date >= $1::date)
                   order by h.from_date desc limit 1), p.unit_id)
        = (select id from org_unit where code = $2)`;

const fiscalYearOf = (iso: string) => Number(iso.slice(0, 4)) + 543 + (Number(iso.slice(5, 7)) >= 10 ? 1 : 0);

async function openDashboard(page: Page, asOf?: string) {
  await signInWithForm(page, live.server.url, 'admin');
  await page.goto(`${live.server.url}/workforce/dashboard${asOf ? `?asOf=${asOf}` : ''}`);
  await page.getByTestId('hr-headcount-total').waitFor();
}

const value = async (page: Page, testId: string) =>
  Number(await page.getByTestId(testId).getAttribute('data-value'));

describe('the HR Dashboard, directory and import pages', () => {
  it('shows the database headcount and retirements, follows the as-of date, and opens a person', async () => {
    const page = await live.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInWithForm(page, live.server.url, 'admin');
    await page.getByTestId('nav-group-workforce').click();
    await page.getByTestId('nav-hr-dashboard').click();
    await page.getByTestId('hr-headcount-total').waitFor();
    const asOf = await dateValue(page, 'hr-asof');
    const headcount = await count(`select count(*)::int as n ${IN_SERVICE}`, [asOf]);
    expect(headcount).toBeGreaterThan(1000);
    await expect.poll(() => value(page, 'hr-headcount-total')).toBe(headcount);
    expect(await page.getByTestId('hr-headcount-total').innerText()).toContain(
      headcount.toLocaleString('en-US'),
    );

    // Retirements of the as-of fiscal year and the next: the people in service today whose year it is.
    const fy = fiscalYearOf(asOf);
    for (const year of [fy, fy + 1]) {
      const expected = await count(
        `select count(*)::int as n ${IN_SERVICE} and p.retirement_fiscal_year = $2`,
        [asOf, year],
      );
      expect(expected).toBeGreaterThan(0);
      const item = page.locator(`[data-testid=hr-ret-years] li[data-fy="${year}"]`);
      expect(Number(await item.getAttribute('data-value'))).toBe(expected);
    }
    // The numbers behind a chart are one click away.
    await page.getByTestId('hr-ret-numbers-toggle').click();
    expect(await page.getByTestId('hr-ret-numbers').locator('tbody tr').count()).toBe(5);

    // The central office picks one unit: that unit's figures, kept in the address and the export.
    await page.getByTestId('wf-unit').selectOption('BHRDI');
    const ofUnit = await count(`select count(*)::int as n ${IN_SERVICE} and ${IN_UNIT}`, [asOf, 'BHRDI']);
    expect(ofUnit).toBeGreaterThan(0);
    expect(ofUnit).toBeLessThan(headcount);
    await expect.poll(() => value(page, 'hr-headcount-total')).toBe(ofUnit);
    expect(page.url()).toContain('unit=BHRDI');
    expect(await page.getByTestId('hr-export').getAttribute('href')).toContain('unit=BHRDI');
    await page.getByTestId('wf-unit').selectOption({ index: 0 });
    await expect.poll(() => value(page, 'hr-headcount-total')).toBe(headcount);
    expect(page.url()).not.toContain('unit=');

    // Ten years earlier: the headcount of that day.
    const earlier = `${Number(asOf.slice(0, 4)) - 10}${asOf.slice(4)}`;
    const then = await count(`select count(*)::int as n ${IN_SERVICE}`, [earlier]);
    expect(then).not.toBe(headcount);
    await fillBeDate(page, 'hr-asof', earlier);
    await expect.poll(() => value(page, 'hr-headcount-total')).toBe(then);
    expect(await page.getByTestId('hr-export').getAttribute('href')).toContain(`asOf=${earlier}`);

    // A person from the directory.
    await page.goto(`${live.server.url}/workforce/people`);
    const first = page.locator('[data-testid=wf-people] tbody tr').first();
    await first.waitFor();
    const personNo = (await first.getAttribute('data-person'))!;
    const { rows } = await live.server.db.query<{ first_name: string }>(
      'select first_name from person where person_no = $1',
      [personNo],
    );
    await first.getByRole('link').click();
    await page.getByTestId('wf-history').waitFor();
    expect(await page.getByTestId('wf-person-name').innerText()).toContain(rows[0]!.first_name);
    await page.close();
  });

  it('a focal point sees only their own unit; a staff user only their own record, 403 elsewhere', async () => {
    const page = await live.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInWithForm(page, live.server.url, 'focal.bhrdi');
    await page.goto(`${live.server.url}/workforce/dashboard`);
    await page.getByTestId('hr-headcount-total').waitFor();
    const asOf = await dateValue(page, 'hr-asof');
    const own = await count(
      `select count(*)::int as n ${IN_SERVICE}
          and ${IN_UNIT}`,
      [asOf, 'BHRDI'],
    );
    expect(own).toBeGreaterThan(0);
    await expect.poll(() => value(page, 'hr-headcount-total')).toBe(own);
    await page.getByTestId('hr-hc-unit-numbers-toggle').click();
    const units = page.locator('[data-testid=hr-hc-unit-numbers] tbody tr');
    expect(await units.count()).toBe(1);
    // Their unit is named, not offered as a choice.
    expect(await page.getByTestId('wf-unit').count()).toBe(0);
    expect(await page.getByTestId('wf-unit-fixed').innerText()).toContain(
      (await live.server.db.query<{ name: string }>("select name from org_unit where code = 'BHRDI'"))
        .rows[0]!.name,
    );
    await page.close();

    // A staff user linked to a person of the demo (the demo password; no forced change).
    const { rows } = await live.server.db.query<{ person_no: string; first_name: string }>(
      `insert into app_user (username, display_name, password_hash, role, person_id)
       select 'staff.test', 'บุคลากรทดสอบ', a.password_hash, 'staff', p.id
         from app_user a, (select id from person order by person_no limit 1) p where a.username = 'admin'
       returning (select person_no from person where id = person_id),
                 (select first_name from person where id = person_id)`,
    );
    const me = rows[0]!;
    const other = (
      await live.server.db.query<{ person_no: string }>(
        'select person_no from person where person_no <> $1 order by person_no limit 1',
        [me.person_no],
      )
    ).rows[0]!.person_no;
    const staff = await live.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await staff.goto(`${live.server.url}/login`);
    await staff.getByTestId('login-username').fill('staff.test');
    await staff.getByTestId('login-password').fill('tidtam-demo');
    await staff.getByTestId('login-submit').click();
    await staff.getByTestId('wf-history').waitFor();
    expect(staff.url()).toContain('/workforce/me');
    expect(await staff.getByTestId('wf-person-name').innerText()).toContain(me.first_name);
    expect(await staff.getByTestId('wf-person').getAttribute('data-person')).toBe(me.person_no);
    // The menu holds only their record; the figures and the directory are 403.
    expect(await staff.getByTestId('nav-dashboard').count()).toBe(0);
    for (const path of ['/api/workforce/people', '/api/workforce/headcount', '/api/workforce/retirements']) {
      expect((await staff.request.get(`${live.server.url}${path}`)).status(), path).toBe(403);
    }
    // Another's record: not found for them (the server does not say whether it exists).
    expect((await staff.request.get(`${live.server.url}/api/workforce/people/${other}`)).status()).toBe(404);
    await staff.close();
  });

  it('a dry run of a people file with one bad row lists that row and writes nothing', async () => {
    const page = await live.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInWithForm(page, live.server.url, 'admin');
    await page.goto(`${live.server.url}/workforce/import`);
    await page.getByTestId('wf-import-kind').selectOption('people');
    const csv =
      'person_no,first_name,last_name,birth_date,staff_type\n' +
      '7700001,มานะ,ขยัน,01/10/2505,ข้าราชการกรุงเทพมหานครสามัญ\n' +
      '7700002,ปิติ,ยินดี,,ข้าราชการกรุงเทพมหานครสามัญ\n';
    await page.getByTestId('wf-import-file').setInputFiles({
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.getByTestId('wf-dry-run').click();
    const issues = page.locator('[data-testid=wf-issues] tbody tr');
    await issues.first().waitFor();
    expect(await issues.count()).toBe(1);
    expect(await issues.first().getAttribute('data-row')).toBe('3');
    expect(await issues.first().innerText()).toContain('birth_date');
    expect(await page.getByTestId('wf-errors-csv').getAttribute('href')).toContain('birth_date');
    expect(await page.getByTestId('wf-import-go').isDisabled()).toBe(true);
    expect(await count(`select count(*)::int as n from person where person_no like $1`, ['77000%'])).toBe(0);
    await page.close();
  });

  it('the dashboard fits a 375 px phone without sideways scrolling', async () => {
    const page = await live.browser.newPage({ viewport: { width: 375, height: 800 } });
    await openDashboard(page);
    await page.getByTestId('hr-key-positions').waitFor();
    const overflow = await page
      .locator('html')
      .evaluate((root) => ({ scroll: root.scrollWidth, client: root.clientWidth }));
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    await page.close();
  });
});
