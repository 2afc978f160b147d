/**
 * Issue 12's pages on the demo, at phone width: the central office opens the paths and seed 002's
 * district-director path, reads its criteria, approves the draft and tries 7 → 6 sections in a new draft
 * (the what-if beside the approved version, as the API counts it); the succession view shows the API's
 * figures; the demo's assistant district director one section short of seven, signed in as a staff user,
 * sees each criterion's value, requirement and gap.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  EligibilityView,
  SelfCheckView,
  SuccessionView,
  TalentPoolView,
} from '../../src/shared/api/careers';
import { ASSISTANT_DISTRICT_DIRECTOR } from '../../src/domain/workforce/index';
import { serverAndBrowser } from './app-server';

const live = serverAndBrowser();
let shortOfSeven = '';

beforeAll(async () => {
  // The demo's assistant director in D-PHRANAKHON who has overseen exactly six sections.
  const { rows } = await live.server.db.query<{ id: number; person_no: string }>(
    `select p.id, p.person_no from person p
       join position_history h on h.person_id = p.id
      where h.role = 'oversees' and h.title = $1
        and exists (select 1 from position_history c join org_unit u on u.id = c.unit_id
                     where c.person_id = p.id and c.role = 'holds' and c.title = $1 and c.to_date is null
                       and u.code = 'D-PHRANAKHON')
      group by p.id, p.person_no having count(distinct h.section) = 6 order by p.person_no`,
    [ASSISTANT_DISTRICT_DIRECTOR],
  );
  expect(rows.length).toBeGreaterThan(0);
  shortOfSeven = rows[0]!.person_no;
  await live.server.db.query(
    `insert into app_user (username, display_name, password_hash, role, person_id)
     select 'staff.careers', 'บุคลากร ทดสอบ', password_hash, 'staff', $1 from app_user where username = 'committee'`,
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

async function json<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`${live.server.url}${path}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as T;
}

const noSidewaysScroll = async (page: Page) =>
  expect(await page.locator('html').evaluate((root) => root.scrollWidth)).toBeLessThanOrEqual(375);

let ddId = 0;

describe('career paths, succession and the self-check', () => {
  it('the office reads the district-director criteria, approves them and tries six sections', async () => {
    const admin = await signedIn('admin');
    await admin.goto(`${live.server.url}/careers/paths`);
    const { rows } = await live.server.db.query<{ n: number }>('select count(*)::int as n from career_path');
    await expect.poll(() => admin.locator('[data-testid^="path-"]').count()).toBe(rows[0]!.n);
    expect(rows[0]!.n).toBe(17);
    await noSidewaysScroll(admin);

    await admin.getByTestId('path-DD-2562').locator('a').click();
    const v1 = admin.getByTestId('version-1');
    await v1.waitFor();
    expect(await v1.locator('h2').textContent()).toContain('ร่าง');
    expect(await v1.getByTestId('criterion-DD-3').locator('p').first().textContent()).toBe(
      'DD-3 กำกับดูแลฝ่ายไม่น้อยกว่า 7 ฝ่าย ขณะดำรงตำแหน่งผู้ช่วยผู้อำนวยการเขต',
    );
    expect(await v1.getByTestId('criterion-all').locator('p').first().textContent()).toBe('ต้องผ่านทุกข้อต่อไปนี้');
    ddId = Number(admin.url().split('/').pop());
    await noSidewaysScroll(admin);

    await admin.getByTestId('approve-draft').click();
    await expect.poll(() => v1.locator('h2').textContent()).toContain('อนุมัติแล้ว');
    const approved = await live.server.db.query<{ status: string; effective_from: string }>(
      `select status, to_char(effective_from, 'YYYY-MM-DD') as effective_from from career_path_version
        where path_id = $1`,
      [ddId],
    );
    expect(approved.rows).toHaveLength(1);
    expect(approved.rows[0]!.status).toBe('approved');
    expect(await v1.textContent()).toContain('อนุมัติโดย');

    await admin.getByTestId('threshold-DD-3').fill('6');
    await admin.getByTestId('save-draft').click();
    const total = admin.getByTestId('what-if-total');
    await total.waitFor();
    const inForce = await json<EligibilityView>(admin, `/api/careers/paths/${ddId}/eligibility`);
    const draft = await json<EligibilityView>(admin, `/api/careers/paths/${ddId}/eligibility?draft=true`);
    expect(draft.status).toBe('draft');
    expect(draft.counts.eligible).toBeGreaterThanOrEqual(inForce.counts.eligible);
    await expect
      .poll(async () => (await total.locator('td').allTextContents()).join('|'))
      .toBe(`${inForce.counts.eligible}|${draft.counts.eligible}`);
    await noSidewaysScroll(admin);
  });

  it('the succession view shows per key position the figures the API computes', async () => {
    const admin = await signedIn('admin');
    await admin.goto(`${live.server.url}/careers/succession`);
    const cards = admin.getByTestId('succession-title');
    await cards.first().waitFor();
    const asOf = (await admin.getByTestId('succession-as-of').getAttribute('data-value'))!;
    const api = await json<SuccessionView>(admin, `/api/careers/succession?asOf=${asOf}&withinYears=1`);
    expect(api.titles.length).toBeGreaterThan(0);
    expect(await cards.count()).toBe(api.titles.length);
    for (const t of api.titles) {
      const card = admin.locator(`[data-testid="succession-title"][data-title="${t.targetTitle}"]`);
      expect(await card.getByTestId('seats').textContent()).toBe(String(t.seats));
      expect(await card.getByTestId('eligible-now').textContent()).toBe(String(t.eligibleNow));
      expect(await card.getByTestId('eligible-within').textContent()).toBe(String(t.eligibleWithin));
      expect(await card.locator('tbody tr').count()).toBe(5);
      for (const y of t.years) {
        const cells = await card.getByTestId(`fy-${y.fiscalYear}`).locator('td').allTextContents();
        expect(cells).toEqual([y.emptied, y.openByYearEnd, y.successors, y.shortfall].map(String));
      }
    }
    // The talent pool below: the API's fiscal years, the seats with no ready and eligible successor flagged.
    const pool = await json<TalentPoolView>(admin, `/api/careers/talent-pool?asOf=${asOf}`);
    await admin.getByTestId('talent-pool').waitFor();
    for (const y of pool.years) {
      const cells = await admin.getByTestId(`pool-year-${y.fiscalYear}`).locator('td').allTextContents();
      expect(cells).toEqual([
        String(y.emptied),
        String(y.readySuccessors),
        y.uncovered.length ? `⚑ ${y.uncovered.join(', ')}` : '–',
      ]);
    }
    await noSidewaysScroll(admin);
  });

  it('the staff user one section short of seven sees each criterion, its value and the gap', async () => {
    const staff = await signedIn('staff.careers');
    await staff.goto(`${live.server.url}/careers/self-check`);
    const path = staff.getByTestId('self-path-DD-2562');
    await path.waitFor();
    const api = await json<SelfCheckView>(staff, '/api/careers/self-check');
    expect(api.person.personNo).toBe(shortOfSeven);
    const dd = api.paths.find((p) => p.path.code === 'DD-2562')!;
    const sections = dd.result.children!.find((c) => c.ref === 'DD-3')!;
    expect(sections.required).toBe(7);

    const row = path.getByTestId('result-DD-3');
    expect(await row.getAttribute('data-met')).toBe(String(sections.met));
    expect(await row.getByTestId('value').textContent()).toBe(`ที่มี: ${sections.value}`);
    expect(await row.getByTestId('required').textContent()).toBe(' · ที่กำหนด: 7');
    if (!sections.met)
      expect(await row.getByTestId('gap').textContent()).toBe(
        `สิ่งที่ต้องทำเพิ่ม: ต้องกำกับดูแลฝ่ายอีก ${7 - sections.value!} ฝ่าย`,
      );
    // Every leaf criterion shows its value, from the API's result.
    for (const c of dd.result.children!) {
      const leaf = path.getByTestId(`result-${c.ref ?? c.kind}`);
      expect(await leaf.getAttribute('data-met')).toBe(String(c.met));
      const shown = await leaf.getByTestId('value').textContent();
      if (c.time) expect(shown).toBe(`ที่มี: ${c.time.years} ปี ${c.time.months} เดือน ${c.time.days} วัน`);
      else expect(shown).toBe(`ที่มี: ${c.value}`);
    }
    await noSidewaysScroll(staff);
  });

  it("the demo cohort's top five on the page are the database's, ranked independently in SQL", async () => {
    // exact total (hundredths × weight), pass mark 60, ties broken by the exam then the proposal, rank ≤ 5
    const { rows: top } = await live.server.db.query<{ person_no: string }>(
      `with t as (
         select p.person_no, (m.scores->>'exam')::numeric as exam, (m.scores->>'proposal')::numeric as proposal
           from career_cohort c join career_cohort_member m on m.cohort_id = c.id join person p on p.id = m.person_id
          where c.code = 'DDC-2567-1'),
       r as (
         select person_no, exam, proposal, exam * 0.6 + proposal * 0.4 as total from t),
       ranked as (
         select person_no, total, exam, proposal,
                rank() over (order by total desc, exam desc, proposal desc) as rk from r where total >= 60)
       select person_no from ranked where rk <= 5 order by rk, person_no`,
    );
    expect(top.length).toBeGreaterThanOrEqual(5);
    const admin = await signedIn('admin');
    await admin.goto(`${live.server.url}/careers/cohorts`);
    await admin.getByTestId('cohort-DDC-2567-1').locator('a').click();
    await admin.getByTestId('cohort-ranking').waitFor();
    const shown = await admin
      .locator('[data-testid="cohort-row"][data-top="yes"]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-person')));
    expect(shown).toEqual(top.map((r) => r.person_no));
    await noSidewaysScroll(admin);
  });
});
