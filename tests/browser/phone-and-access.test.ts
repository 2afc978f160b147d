/**
 * Issue 14 items 4 and 6 and its accessibility list, at phone width: with two long-named plans no page
 * scrolls sideways at 375 px (every route, as admin and as a focal point), axe-core finds no serious or
 * critical violation on those page states (and on the evidence lists of a report and a problem), dates are
 * typed in พ.ศ. and stored as ISO, the page's title and focus follow navigation, and every text of the app
 * header (folded menu, open groups, hovered controls) reaches 4.5:1 on the navy. The demo is loaded as
 * `npm start` loads it today; a focal point with reports to send lands on งานของฉัน after signing in (issue 14
 * item 3), every one due in 14 days, none years overdue.
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

/** The latest change in the audit trail. */
const lastAuditId = () => one<number>('select max(id) as v from audit_event');

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

/**
 * Each text of the app header as drawn: its colour (with the opacity of it and its ancestors) over the
 * backgrounds behind it, composited, against WCAG's 4.5:1 — "text → ratio" for each one below. axe judges
 * only what is shown when it runs; this reads the folded menu, the open groups and the hovered controls too.
 */
const lowHeaderContrast = (page: Page): Promise<string[]> =>
  page.evaluate(`(() => {
    const rgba = (css) => { const m = css.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m[3] ?? 1]; };
    const over = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
    const lum = (c) => { const l = c.slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]; };
    const out = [];
    for (const el of document.querySelectorAll('header.topbar *')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === 3 && n.textContent.trim()).map((n) => n.textContent.trim()).join(' ');
      if (!own || el.getClientRects().length === 0 || getComputedStyle(el).visibility !== 'visible') continue;
      let alpha = 1, layers = [];
      for (let a = el; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (layers.length === 0 || layers[layers.length - 1][3] < 1) alpha *= Number(style.opacity);
        const bg = rgba(style.backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] === 1) break;
      }
      let back = [255, 255, 255, 1];
      for (const layer of layers.reverse()) back = over(layer, back);
      const fg = rgba(getComputedStyle(el).color);
      const text = over([fg[0], fg[1], fg[2], fg[3] * alpha], back);
      const [hi, lo] = [lum(text), lum(back)].sort((x, y) => y - x);
      const ratio = (hi + 0.05) / (lo + 0.05);
      if (ratio < 4.5) out.push(own + ' → ' + ratio.toFixed(2));
    }
    return out;
  })()`);

/** The header's texts below 4.5:1 as the page is, then with each of its buttons and links hovered in turn. */
async function headerProblems(page: Page, where: string): Promise<string[]> {
  const found = (await lowHeaderContrast(page)).map((p) => `${where}: ${p}`);
  const controls = page.locator('header.topbar a:visible, header.topbar button:visible');
  for (let i = 0; i < (await controls.count()); i++) {
    const control = controls.nth(i);
    await control.hover();
    const name = (await control.innerText()).trim();
    for (const p of await lowHeaderContrast(page)) found.push(`${where}, hovering ${name}: ${p}`);
  }
  return [...new Set(found)];
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

  it('dates are typed in พ.ศ. on three pages and stored or searched as ISO dates', async () => {
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

      // the audit log's period (admin/audit): typed in พ.ศ., searched by ISO dates
      await open(page, '/admin/audit');
      await fillBeDate(page, 'audit-filter-from', TODAY);
      await fillBeDate(page, 'audit-filter-to', TODAY);
      expect(await page.getByTestId('audit-filter-from-year').inputValue()).toBe(
        String(Number(TODAY.slice(0, 4)) + 543),
      );
      await page.getByTestId('audit-search-submit').click();
      await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(TODAY);
      expect(new URL(page.url()).searchParams.get('to')).toBe(TODAY);
      // the problem's due date saved above is one of the day's changes
      await page.getByTestId(`audit-row-${await lastAuditId()}`).waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(375);
    });
  });

  it('every text of the app header reaches 4.5:1 on the navy, at 375 px and on a desktop, hovered or not', async () => {
    const found: string[] = [];
    await asPhone('focal.pers', async (page) => {
      await open(page, '/');
      await page.getByTestId('nav-toggle').click();
      // each group opened in place in turn (one is open at a time), so its links are read as well
      for (const button of await page.locator('header .nav-menu__button').all()) {
        await button.click();
        const group = (await button.innerText()).trim();
        found.push(...(await lowHeaderContrast(page)).map((p) => `375 px, ${group} open: ${p}`));
      }
      found.push(...(await headerProblems(page, '375 px')));
    });
    await asPhone(
      'focal.pers',
      async (page) => {
        await open(page, '/');
        found.push(...(await headerProblems(page, 'desktop')));
        await page.locator('header .nav-menu__button').first().click();
        found.push(...(await lowHeaderContrast(page)).map((p) => `desktop, first group open: ${p}`));
      },
      1280,
    );
    expect(found).toEqual([]);
  }, 240_000);

  it('evidence on a report and on a problem: no sideways scroll, no serious axe violation', async () => {
    await asPhone('admin', async (page) => {
      const found: string[] = [];
      const check = async (state: string) => {
        const width = await overflow(page);
        if (width > 375) found.push(`${state}: ${width}px wide: ${await culprits(page, 375)}`);
        for (const problem of await axeProblems(page)) found.push(`${state}: ${problem}`);
      };
      const project = await one<number>(
        "select p.id as v from project p join org_unit u on u.id = p.owner_unit_id where u.code = 'PERS' order by p.id limit 1",
      );
      await open(page, `/projects/${project}`);
      const evidence = page.getByTestId('evidence');
      await evidence.getByTestId('evidence-input').setInputFiles({
        name: 'ภาพประกอบรายงานที่มีชื่อยาวมากจนต้องตัดบรรทัดบนโทรศัพท์มือถือ.png',
        mimeType: 'image/png',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      });
      await expect.poll(() => evidence.locator('[data-testid=evidence-list] li').count()).toBe(1);
      await check('report evidence listed');
      const remove = evidence.locator('[data-testid^=attachment-remove-]');
      await remove.click();
      await check('removal asked');
      await evidence.locator('[data-testid^=attachment-keep-]').click();
      // Kept: focus is back on the file's remove button.
      await expect
        .poll(() => page.evaluate('document.activeElement && document.activeElement.dataset.testid'))
        .toBe(await remove.getAttribute('data-testid'));

      await open(page, '/problems');
      await page.locator('[data-testid^="problem-edit-"]').first().click();
      await page.getByTestId('problem-evidence-count').waitFor();
      await check('problem evidence');
      expect(found).toEqual([]);
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
