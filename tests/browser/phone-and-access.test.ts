/**
 * Issue 14 items 4 and 6 and its accessibility list, at phone width: with two long-named plans no page
 * scrolls sideways at 375 px (every route, as admin and as a focal point), axe-core finds no serious or
 * critical violation on those page states, dates are typed in พ.ศ. and stored as ISO, and the page's title
 * and focus follow navigation. The demo is loaded as `npm start` loads it today; a focal point with reports to
 * send lands on งานของฉัน after signing in (issue 14 item 3), every one due in 14 days, none years overdue.
 */
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { navFor, isGroup } from '../../src/web/app/nav-pages';
import { bangkokDate } from '../../src/domain/monitoring';
import { serverAndBrowser, signInLanding, signInWithForm, startAppServer } from './app-server';
import { dateValue, fillBeDate } from './dates';

// The demo as the served one loads it today (issue 14 item 15): its open month due two weeks from now.
const TODAY = bangkokDate(new Date());
const live = serverAndBrowser(() => startAppServer({ cycleToday: TODAY }));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const CSRF = { 'x-tidtam-csrf': '1' };
const DEMO_PLAN = 'HR-2566-2570';
const LONG =
  'แผนยุทธศาสตร์การบริหารทรัพยากรบุคคลของกรุงเทพมหานครเพื่อรองรับการเปลี่ยนแปลงสู่มหานครแห่งอนาคตที่ยั่งยืนและเป็นธรรม';
const PLAN_CSV = [
  'plan_code,plan_name,plan_start_year,plan_end_year,target_no,target_name,strategy_no,strategy_name,project_code,project_name,fiscal_years',
  `HR-2571-2575,${LONG} ฉบับถัดไป พ.ศ. ๒๕๗๑–๒๕๗๕,2571,2575,1,เป้าประสงค์,1.1,กลยุทธ์,N-01,โครงการใหม่,2571`,
].join('\n');

/** Runs `fn` in a fresh phone-sized profile signed in as `username`; the profile closes even when it fails. */
async function asPhone(username: string, fn: (page: Page) => Promise<void>, width = 375): Promise<void> {
  const context: BrowserContext = await live.browser.newContext({
    viewport: { width, height: 800 },
    bypassCSP: true, // axe-core is injected as an inline script
  });
  try {
    const page = await context.newPage();
    await signInWithForm(page, live.server.url, username);
    await fn(page);
  } finally {
    await context.close();
  }
}

async function one<T>(sql: string): Promise<T> {
  const { rows } = await live.server.db.query<{ v: T }>(sql);
  if (rows[0] === undefined) throw new Error(`no row for ${sql}`);
  return rows[0].v;
}

/** Every route of AppRoutes.tsx the role may open: the menu's pages, the admin's sub-pages and the detail pages. */
async function routesFor(role: string): Promise<string[]> {
  const menu = navFor(role).flatMap((entry) =>
    isGroup(entry) ? entry.pages.map((p) => p.path) : [entry.path],
  );
  const project = await one<number>(
    "select p.id as v from project p join org_unit u on u.id = p.owner_unit_id where u.code = 'PERS' order by p.id limit 1",
  );
  const person = await one<string>(
    `select p.person_no as v from person p
      where coalesce((select h.unit_id from position_history h where h.person_id = p.id and h.role = 'holds'
                        and h.to_date is null order by h.from_date desc limit 1), p.unit_id)
            = (select id from org_unit where code = 'PERS')
      order by p.person_no limit 1`,
  );
  const detail = [
    `/projects/${project}`,
    `/plans/${DEMO_PLAN}/targets/1`,
    '/agencies/PERS',
    '/account',
    `/workforce/people/${person}`,
    `/careers/paths/${await one<number>('select min(id) as v from career_path')}`,
    `/development/projects/${await one<number>('select min(id) as v from development_project')}/result`,
  ];
  if (role === 'admin')
    detail.push(
      '/admin/months',
      '/admin/units',
      '/admin/users',
      '/admin/audit',
      `/committee/meetings/${await one<number>('select min(id) as v from committee_meeting')}`,
    );
  return [...menu, ...detail];
}

/** Opens `path` and waits until its data has arrived: no request pending, nothing loading. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${live.server.url}${path}`, { waitUntil: 'networkidle' });
  await page.locator('main h1').first().waitFor();
  await expect.poll(() => page.locator('main .loading').count(), { message: path }).toBe(0);
}

const overflow = (page: Page) => page.locator('html').evaluate((root) => root.scrollWidth);

/** What sticks out past the screen's right edge (outside a scrolling box): "tag.class" of the first few. */
const culprits = (page: Page, width: number): Promise<string> =>
  page.evaluate(`(() => {
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      if (el.getBoundingClientRect().right <= ${width} + 1) continue;
      let inScroll = false;
      for (let a = el.parentElement; a; a = a.parentElement)
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) inScroll = true;
      if (!inScroll) out.push(el.tagName.toLowerCase() + '.' + String(el.className).split(' ').join('.'));
    }
    return out.slice(-4).join(' ');
  })()`);

type Violation = { id: string; impact: string | null; nodes: { target: unknown[] }[] };

/** axe-core's serious and critical violations on the page as it is now: "rule ×count first-target". */
async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate("'axe' in window"))) await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(
    "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)",
  )) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} ×${v.nodes.length} ${JSON.stringify(v.nodes[0]?.target)}`);
}

/** Every route at 375 px: the page never wider than the screen; with axe, no serious violation either. */
async function sweep(username: string, role: string, withAxe: boolean): Promise<void> {
  const found: string[] = [];
  const report = (problem: string) => {
    found.push(problem);
    console.error(`[${username}] ${problem}`); // a slow machine's timeout still leaves them in the log
  };
  await asPhone(username, async (page) => {
    for (const path of await routesFor(role)) {
      try {
        await open(page, path);
        const width = await overflow(page);
        if (width > 375) report(`${path}: ${width}px wide: ${await culprits(page, 375)}`);
        if (withAxe) for (const problem of await axeProblems(page)) report(`${path}: ${problem}`);
      } catch (err) {
        // one page that does not open is reported with the others, not instead of them
        report(`${path}: ${(err as Error).message.split('\n')[0]}`);
      }
    }
  });
  expect(found).toEqual([]);
}

describe('at 375 px with two long-named plans', () => {
  it('the admin gives both plans long Thai names (one imported)', async () => {
    await asPhone('admin', async (page) => {
      const imported = await page.request.post(`${live.server.url}/api/imports/plan`, {
        headers: CSRF,
        multipart: { file: { name: 'plan.csv', mimeType: 'text/csv', buffer: Buffer.from(PLAN_CSV) } },
      });
      expect(imported.status(), await imported.text()).toBe(200);
      const plans = (await (await page.request.get(`${live.server.url}/api/plans`)).json()) as {
        code: string;
        version: number;
      }[];
      const demo = plans.find((p) => p.code === DEMO_PLAN)!;
      const renamed = await page.request.patch(`${live.server.url}/api/plans/${DEMO_PLAN}`, {
        headers: CSRF,
        data: { name: LONG, version: demo.version },
      });
      expect(renamed.status(), await renamed.text()).toBe(200);
      const after = (await (await page.request.get(`${live.server.url}/api/plans`)).json()) as {
        name: string;
      }[];
      expect(after.map((p) => p.name.length)).toEqual([LONG.length, LONG.length + 25]);
    });
  });

  it('no page of the admin scrolls sideways, and axe finds no serious violation', async () => {
    await sweep('admin', 'admin', true);
  }, 600_000);

  it('no page of a focal point scrolls sideways', async () => {
    await sweep('focal.pers', 'focal_point', false);
  }, 400_000);

  it('a focal point with reports to send lands on งานของฉัน, each due in 14 days; the approver, with none, on the summary', async () => {
    const landing = async (username: string, check?: (page: Page) => Promise<void>) => {
      const context = await live.browser.newContext({ viewport: { width: 375, height: 800 } });
      try {
        const page = await context.newPage();
        const path = await signInLanding(page, live.server.url, username);
        await check?.(page);
        return path;
      } finally {
        await context.close();
      }
    };
    const days: (string | null)[] = [];
    expect(
      await landing('focal.pers', async (page) => {
        await page.getByTestId('my-work-report').waitFor();
        for (const d of await page.getByTestId('my-work-report').locator('[data-days]').all())
          days.push(await d.getAttribute('data-days'));
      }),
    ).toBe('/my-work');
    expect(days.length).toBeGreaterThan(0);
    expect(new Set(days)).toEqual(new Set(['14']));
    expect(await landing('approver.bhrdi')).toBe('/');
  });

  it('/snapshots reflows at 320 px', async () => {
    await asPhone(
      'admin',
      async (page) => {
        await open(page, '/snapshots');
        expect({ width: await overflow(page), wider: await culprits(page, 320) }).toEqual({
          width: 320,
          wider: '',
        });
      },
      320,
    );
  });

  it('dates are typed in พ.ศ. on two pages and stored as ISO dates', async () => {
    await asPhone('admin', async (page) => {
      const api = async <T>(path: string) =>
        (await (await page.request.get(`${live.server.url}${path}`)).json()) as T;

      // a reporting month's deadline (admin/months)
      const [month] = await api<{ period: string; deadline: string }[]>('/api/reporting-months');
      await open(page, '/admin/months');
      await page.getByTestId(`month-edit-${month!.period}`).click();
      // an impossible date is named and never leaves the field
      await fillBeDate(page, 'month-edit-deadline', '2024-02-28');
      await page.getByTestId('month-edit-deadline-day').selectOption('30');
      expect(await page.getByTestId('month-edit-deadline-error').innerText()).toBe('ไม่มีวันที่ 30 กุมภาพันธ์ 2567');
      await fillBeDate(page, 'month-edit-deadline', '2026-03-09');
      expect(await page.getByTestId('month-edit-deadline-year').inputValue()).toBe('2569');
      expect(await dateValue(page, 'month-edit-deadline')).toBe('2026-03-09');
      await page.getByTestId('month-edit-submit').click();
      await expect
        .poll(
          async () =>
            (await api<{ period: string; deadline: string }[]>('/api/reporting-months'))[0]!.deadline,
        )
        .toBe('2026-03-09');

      // a problem's due date (problems)
      await open(page, '/problems');
      const edit = page.locator('[data-testid^="problem-edit-"]').first();
      const id = Number((await edit.getAttribute('data-testid'))!.replace('problem-edit-', ''));
      await edit.click();
      await fillBeDate(page, 'problem-field-due', '2025-12-31');
      expect(await page.getByTestId('problem-field-due-year').inputValue()).toBe('2568');
      await page.getByTestId('problem-save').click();
      await expect
        .poll(async () => {
          const { rows } = await live.server.db.query<{ due: string }>(
            "select to_char(due_date, 'YYYY-MM-DD') as due from problem where id = $1",
            [id],
          );
          return rows[0]?.due;
        })
        .toBe('2025-12-31');
      expect(await overflow(page)).toBeLessThanOrEqual(375);
    });
  });

  it('each route has its own title and moves focus to its heading', async () => {
    await asPhone('admin', async (page) => {
      const summaryTitle = await page.title();
      await page.getByTestId('nav-toggle').click();
      await page.getByTestId('nav-projects').click();
      await page.getByTestId('project-table').waitFor();
      await expect
        .poll(() => page.evaluate('document.activeElement && document.activeElement.tagName'))
        .toBe('H1');
      const heading = await page.locator('main h1').first().innerText();
      expect(await page.title()).toBe(`${heading} – ติดตาม`);
      expect(await page.title()).not.toBe(summaryTitle);
      expect(await page.getByTestId('route-announcer').innerText()).toBe(heading);
    });
  });
});
