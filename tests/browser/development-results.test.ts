/**
 * Issue 11, "a result filed after its due date shows as late": PERS's focal point files the result of the
 * demo's HRD66-011 (ended 2023-02-21, due 2023-03-07, not filed) today through the form on the project; the
 * institute's timeliness page then shows PERS with one more late and one fewer missing, and every count on
 * the page equals the database's (development_result against end + 14 days, as of today).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverAndBrowser } from './app-server';

const live = serverAndBrowser();

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

/** PERS's counts from the database, as of today in Bangkok: [on time, late, missing, not yet due]. */
async function persCounts(): Promise<number[]> {
  const { rows } = await live.server.db.query<Record<string, number>>(
    `with t as (select (now() at time zone 'Asia/Bangkok')::date as today),
          p as (select p.end_date + 14 as due, r.filed_on from development_project p
                  join org_unit u on u.id = p.unit_id left join development_result r on r.project_id = p.id
                 where u.code = 'PERS' and p.fiscal_year = 2566)
     select count(*) filter (where filed_on <= due)::int as on_time,
            count(*) filter (where filed_on > due)::int as late,
            count(*) filter (where filed_on is null and due < (select today from t))::int as missing,
            count(*) filter (where filed_on is null and due >= (select today from t))::int as not_yet_due
       from p`,
  );
  const r = rows[0]!;
  return [r.on_time!, r.late!, r.missing!, r.not_yet_due!];
}

async function pageCounts(page: Page): Promise<number[]> {
  const row = page.getByTestId('results-unit-PERS');
  const out: number[] = [];
  for (const key of ['on_time', 'late', 'missing', 'not_yet_due'])
    out.push(Number(await row.locator(`td[data-count="${key}"]`).textContent()));
  return out;
}

describe('results on form สพข. ๒', () => {
  it('an agency files after the due date and the institute sees it as late', async () => {
    expect(await persCounts()).toEqual([1, 1, 1, 0]);
    const { rows } = await live.server.db.query<{ id: number }>(
      `select id from development_project where project_code = 'HRD66-011'`,
    );
    const agency = await signedIn('focal.pers');
    await agency.goto(`${live.server.url}/development/projects/${rows[0]!.id}/result`);
    await agency.getByTestId('result-state').waitFor();
    expect(await agency.getByTestId('result-state').getAttribute('data-state')).toBe('missing');
    expect(await agency.getByTestId('result-due').textContent()).toBe('7 มีนาคม 2566');
    await agency.getByTestId('result-participants').fill('30');
    await agency.getByTestId('result-passed').fill('31');
    await agency.getByTestId('result-submit').click();
    await agency.getByText('จำนวนผู้ผ่านต้องไม่เกินจำนวนผู้เข้าร่วมจริง').waitFor();
    await agency.getByTestId('result-passed').fill('29');
    await agency.getByTestId('result-evaluationScore').fill('88');
    await agency.getByTestId('result-submit').click();
    await agency.locator('[data-testid="result-state"][data-state="late"]').waitFor();
    expect(await agency.getByTestId('result-state').textContent()).toBe('ส่งล่าช้า');
    expect(await persCounts()).toEqual([1, 2, 0, 0]);

    const institute = await signedIn('focal.bhrdi');
    await institute.goto(`${live.server.url}/development/results?fiscalYear=2566`);
    await institute.getByTestId('results-unit-PERS').waitFor();
    expect(await pageCounts(institute)).toEqual(await persCounts());
    const late = institute.getByTestId('results-unit-PERS').locator('td[data-count="late"]');
    expect(await late.getAttribute('class')).toBe('result-late');
    const total = await live.server.db.query<{ n: number }>(
      `select count(*)::int as n from development_project p join development_result r on r.project_id = p.id
        where p.fiscal_year = 2566 and r.filed_on > p.end_date + 14`,
    );
    expect(
      Number(await institute.getByTestId('results-total').locator('td[data-count="late"]').textContent()),
    ).toBe(total.rows[0]!.n);
    await institute.getByTestId('results-unit-PERS').getByRole('button').click();
    const project = institute.getByTestId('results-project-HRD66-011');
    expect(await project.getAttribute('data-state')).toBe('late');
  });
});
