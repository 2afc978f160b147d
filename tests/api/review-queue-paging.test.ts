/**
 * The review queue's keyset paging (GET /api/reports, src/server/use-cases/monitoring/list-review-queue.ts) on a
 * generated dataset (scale 10: 150 projects, 25 units, ~2,000 reports), on PGlite and PostgreSQL:
 *
 * - walking every page with limit 7 gives every matching report exactly once, in the order of the
 *   biggest pages (and that order is month newest first, agency name, project code, id);
 * - the total and the counts per state equal COUNT queries written here, filters combine with paging;
 * - reports reviewed between two pages are never shown twice (the guarantee: each page starts strictly
 *   after the last row of the one before, so a row leaving the filter shifts nothing; a row entering is
 *   shown once if it sorts after the cursor, else on the next walk);
 * - a bad limit or a damaged, edited, foreign or other-filters cursor is a 400 naming the field in Thai
 *   and English, never a 500;
 * - focal points and approvers see only their unit's reports on every page.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_STATES, type ReportState } from '../../src/domain/monitoring';
import { generateDataset, GENERATED_PASSWORD } from '../../src/server/generate/generate-dataset';
import type { ReviewQueueItem, ReviewQueuePage } from '../../src/shared/api/monitoring/review';
import { changeHeaders, createTestApp, expectFieldIssue, type TestApp } from '../helpers/api-app';

let t: TestApp;
let admin = '';
let adminName = '';
/** The unit with the most current reports, one of its approvers and one of its focal points. */
let unit = { id: 0, approver: '', focal: '' };
/** A month in the middle of the dataset. */
let month = '';

beforeAll(async () => {
  t = await createTestApp({ demo: false });
  const dataset = await generateDataset(t.db, { scale: 10 });
  adminName = dataset.admin;
  admin = await t.login(adminName, GENERATED_PASSWORD);
  const { rows } = await t.db.query<{ id: number; approver: string; focal: string }>(
    `select u.id,
            (select username from app_user where unit_id = u.id and role = 'approver' order by id limit 1) as approver,
            (select username from app_user where unit_id = u.id and role = 'focal_point' order by id limit 1) as focal
       from org_unit u join project p on p.owner_unit_id = u.id
       join monthly_report m on m.project_id = p.id and m.superseded_at is null
      group by u.id order by count(*) desc, u.id limit 1`,
  );
  unit = rows[0]!;
  const { rows: months } = await t.db.query<{ period: number }>(
    'select distinct period from monthly_report order by period',
  );
  const middle = months[Math.floor(months.length / 2)]!.period;
  month = `${Math.floor(middle / 100)}-${String(middle % 100).padStart(2, '0')}`;
}, 180_000);
afterAll(async () => {
  await t?.close();
});

type Query = Record<string, string | number | undefined>;
const url = (query: Query) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  return `/api/reports?${params}`;
};
const get = (query: Query, cookie: string) =>
  t.app.inject({ method: 'GET', url: url(query), headers: { cookie } });

async function page(query: Query, cookie: string): Promise<ReviewQueuePage> {
  const res = await get(query, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ReviewQueuePage;
}

/** Every page of a query; `between` runs after each page (concurrent reviews). */
async function walk(query: Query, cookie: string, between?: (n: number) => Promise<void>) {
  const pages: ReviewQueuePage[] = [];
  let cursor: string | undefined;
  do {
    const p = await page({ ...query, cursor }, cookie);
    expect(p.items.length).toBeLessThanOrEqual(p.limit);
    if (p.nextCursor) expect(p.items.length).toBe(p.limit);
    pages.push(p);
    cursor = p.nextCursor ?? undefined;
    await between?.(pages.length);
  } while (cursor && pages.length < 2000);
  expect(cursor).toBeUndefined();
  return { pages, items: pages.flatMap((p) => p.items), ids: pages.flatMap((p) => p.items.map((i) => i.id)) };
}

/** Counts per state written independently of the server's SQL. */
async function countsInDatabase(where: { period?: string; unit?: number }) {
  const key = where.period ? Number(where.period.replace('-', '')) : null;
  const { rows } = await t.db.query<{ state: ReportState; n: number }>(
    `select m.state, count(*)::int as n from monthly_report m join project p on p.id = m.project_id
      where m.superseded_at is null and ($1::int is null or m.period = $1) and ($2::int is null or p.owner_unit_id = $2)
      group by m.state`,
    [key, where.unit ?? null],
  );
  const counts = Object.fromEntries(REPORT_STATES.map((s) => [s, 0]));
  for (const r of rows) counts[r.state] = r.n;
  return counts;
}

/** The queue's order, checked in JavaScript (the databases compare text bytewise, collation C, as JS does). */
function expectQueueOrder(items: ReviewQueueItem[]) {
  const key = (i: ReviewQueueItem) => [i.period, i.unit?.name ?? null, i.projectCode, i.id] as const;
  for (let n = 1; n < items.length; n++) {
    const [ap, an, ac, ai] = key(items[n - 1]!);
    const [bp, bn, bc, bi] = key(items[n]!);
    const before =
      ap > bp ||
      (ap === bp &&
        ((an !== null && (bn === null || an < bn)) || (an === bn && (ac < bc || (ac === bc && ai < bi)))));
    expect(before, `${key(items[n - 1]!).join(' ')} before ${key(items[n]!).join(' ')}`).toBe(true);
  }
}

describe('walking the pages', () => {
  const cases: [string, { state?: ReportState; period?: true; unit?: true }][] = [
    ['approved, the centre’s default', {}],
    ['accepted, every month', { state: 'accepted' }],
    ['accepted in one month', { state: 'accepted', period: true }],
    ['accepted of one unit', { state: 'accepted', unit: true }],
    ['accepted of one unit in one month', { state: 'accepted', unit: true, period: true }],
    ['returned, every month', { state: 'returned' }],
  ];
  it.each(cases)('%s: limit 7 gives every report once, in the order of the biggest pages', async (_, raw) => {
    const query: Query = {
      ...raw,
      period: raw.period ? month : undefined,
      unit: raw.unit ? unit.id : undefined,
    };
    const small = await walk({ ...query, limit: 7 }, admin);
    const big = await walk({ ...query, limit: 500 }, admin);
    expect(small.pages.length).toBeGreaterThan(1);
    expect(small.ids).toEqual(big.ids);
    expect(new Set(small.ids).size).toBe(small.ids.length);
    expectQueueOrder(small.items);

    const state = (query.state as ReportState | undefined) ?? 'approved';
    const counts = await countsInDatabase({ period: query.period as string, unit: query.unit as number });
    for (const p of [...small.pages, ...big.pages]) {
      expect(p.state).toBe(state);
      expect(p.total).toBe(small.ids.length);
      expect(p.counts).toEqual(counts);
    }
    expect(small.ids.length).toBe(counts[state]);
    for (const item of small.items) {
      expect(item.state).toBe(state);
      if (query.period) expect(item.period).toBe(month);
      if (query.unit) expect(item.unit?.id).toBe(unit.id);
    }
  });

  it('has at least a few pages to walk in the cases above', async () => {
    expect((await page({ state: 'accepted', unit: unit.id, limit: 7 }, admin)).total).toBeGreaterThan(21);
    expect((await page({ limit: 7 }, admin)).total).toBeGreaterThan(14);
  });

  it('defaults to 100 rows a page', async () => {
    const first = await page({ state: 'accepted' }, admin);
    expect(first.limit).toBe(100);
    expect(first.items).toHaveLength(100);
    expect(first.nextCursor).not.toBeNull();
  });
});

describe('projects without an owner unit', () => {
  it('sort last in their month, and a cursor on one of them still seeks right', async () => {
    // Generated projects all have owners: take the owner away from the projects of a few approved reports.
    const { rows } = await t.db.query<{ id: number; owner_unit_id: number }>(
      `select distinct p.id, p.owner_unit_id from project p join monthly_report m on m.project_id = p.id
        where m.superseded_at is null and m.state = 'approved' order by p.id limit 12`,
    );
    expect(rows.length).toBeGreaterThan(5);
    const ids = rows.map((r) => r.id);
    await t.db.query('update project set owner_unit_id = null where id = any($1::int[])', [ids]);
    try {
      const small = await walk({ limit: 2 }, admin);
      const big = await walk({ limit: 500 }, admin);
      expect(small.ids).toEqual(big.ids);
      expect(small.items.filter((i) => i.unit === null).length).toBeGreaterThan(5);
      expect(small.pages.some((p) => p.items.at(-1)?.unit === null && p.nextCursor)).toBe(true);
      expectQueueOrder(small.items);
    } finally {
      for (const r of rows) {
        await t.db.query('update project set owner_unit_id = $2 where id = $1', [r.id, r.owner_unit_id]);
      }
    }
  });
});

describe('reviews between two pages', () => {
  it('never shows a report twice; one that left is not shown, one that arrived is shown once', async () => {
    const before = (await walk({ limit: 7 }, admin)).ids;
    expect(before.length).toBeGreaterThan(14);
    const seen = before[2]!; // on the first page
    const unseen = before[10]!; // on the second
    // Enters the queue between the pages: a submitted report made approved (sorts somewhere in it).
    const { rows } = await t.db.query<{ id: number }>(
      "select id from monthly_report where superseded_at is null and state = 'submitted' order by period desc, id limit 1",
    );
    const arriving = rows[0]!.id;
    const during = await walk({ limit: 7 }, admin, async (n) => {
      if (n !== 1) return;
      for (const id of [seen, unseen]) {
        const res = await t.app.inject({
          method: 'POST',
          url: `/api/reports/${id}/review`,
          headers: changeHeaders(admin),
          payload: { action: 'accept' },
        });
        expect(res.statusCode, res.body).toBe(200);
      }
      await t.db.query("update monthly_report set state = 'approved' where id = $1", [arriving]);
    });
    expect(new Set(during.ids).size).toBe(during.ids.length);
    expect(during.ids).toContain(seen); // shown on the first page, before it was accepted
    expect(during.ids).not.toContain(unseen);
    const after = (await walk({ limit: 7 }, admin)).ids;
    const position = after.indexOf(arriving);
    expect(position).toBeGreaterThanOrEqual(0);
    // Shown in this walk exactly when it sorts after the first page's last row.
    expect(during.ids.includes(arriving)).toBe(position > after.indexOf(before[6]!));
    expect(during.ids.filter((id) => id !== arriving)).toEqual(before.filter((id) => id !== unseen));
    expect(during.pages.at(-1)!.total).toBe(before.length - 1);
  });
});

describe('what the reader may see', () => {
  it('an approver and a focal point see only their unit, on every page', async () => {
    for (const [username, state] of [
      [unit.approver, 'accepted'],
      [unit.focal, 'accepted'],
      [unit.approver, undefined],
    ] as const) {
      const cookie = await t.login(username, GENERATED_PASSWORD);
      const walked = await walk({ state, limit: 7 }, cookie);
      const counts = await countsInDatabase({ unit: unit.id });
      const expected = state ?? 'submitted';
      expect(walked.ids).toHaveLength(counts[expected]!);
      expect(walked.items.every((i) => i.unit?.id === unit.id)).toBe(true);
      for (const p of walked.pages) expect(p.counts).toEqual(counts);
      // Asking for another unit is not an error: there is nothing of it to see.
      const other = await page({ state: 'accepted', unit: unit.id + 1 }, cookie);
      expect(other.items).toEqual([]);
      expect(other.total).toBe(0);
    }
  });
});

describe('bad paging input', () => {
  it.each([['0'], ['501'], ['abc'], ['1.5'], ['-3'], ['1e9']])(
    'limit=%s → 400 naming limit',
    async (limit) => {
      const res = await get({ limit }, admin);
      const [issue] = expectFieldIssue(res, 'limit');
      expect(issue!.en).toContain('500');
    },
  );

  it('a damaged, edited, foreign or other filters’ cursor → 400 naming cursor, never a 500', async () => {
    const first = await page({ state: 'accepted', limit: 7 }, admin);
    const cursor = first.nextCursor!;
    const [payload, sum] = cursor.split('.') as [string, string];
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    const edited = Buffer.from(payload, 'base64url')
      .toString('utf8')
      .replace(/,(\d+)\]\}$/, ',1]}');
    const approver = await t.login(unit.approver, GENERATED_PASSWORD);
    const cases: [string, Query, string][] = [
      ['garbage', { state: 'accepted', cursor: 'not a cursor' }, admin],
      ['no check', { state: 'accepted', cursor: payload }, admin],
      ['payload edited', { state: 'accepted', cursor: `${flip(payload, 5)}.${sum}` }, admin],
      [
        'key edited',
        { state: 'accepted', cursor: `${Buffer.from(edited).toString('base64url')}.${sum}` },
        admin,
      ],
      ['check edited', { state: 'accepted', cursor: `${payload}.${flip(sum, 0)}` }, admin],
      ['another reader', { state: 'accepted', cursor }, approver],
      ['too long', { state: 'accepted', cursor: `${'A'.repeat(5000)}.AAAA` }, admin],
    ];
    for (const [name, query, cookie] of cases) {
      const issues = expectFieldIssue(await get(query, cookie), 'cursor');
      expect(issues[0]!.en, name).toMatch(/cursor/);
    }
    for (const other of [
      { state: 'approved' },
      { state: 'accepted', period: month },
      { state: 'accepted', unit: 1 },
    ]) {
      const [issue] = expectFieldIssue(await get({ ...other, cursor }, admin), 'cursor');
      expect(issue!.en).toContain('other filters');
      expect(issue!.th).toContain('เงื่อนไข');
    }
  });

  it('a cursor whose check is right but whose content is not is refused too', async () => {
    // Anyone can compute the check (it is not a secret): the content is validated as well.
    const { rows } = await t.db.query<{ unit_id: number | null }>(
      'select unit_id from app_user where username = $1',
      [adminName],
    );
    const scope = `admin:${rows[0]!.unit_id ?? ''}`;
    const forge = (body: unknown) => {
      const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
      const sum = createHash('sha256')
        .update(`tidtam review queue cursor\n${payload}\n${scope}`)
        .digest()
        .subarray(0, 12)
        .toString('base64url');
      return `${payload}.${sum}`;
    };
    const f = { s: 'accepted', p: null, u: null };
    // The recipe is right: a well-formed forged cursor is simply a position.
    expect(
      (await get({ state: 'accepted', cursor: forge({ v: 1, f, k: [256700, 'x', 'P1', 5] }) }, admin))
        .statusCode,
    ).toBe(200);
    for (const body of [
      { v: 2, f, k: [256700, 'x', 'P1', 5] },
      { v: 1, f, k: [99999999999, 'x', 'P1', 5] },
      { v: 1, f, k: [256700, 'x\u0000', 'P1', 5] },
      { v: 1, f, k: [256700, 'x', 'P1'] },
      { v: 1, f, k: [256700, 5, 'P1', 5] },
      { v: 1, f, k: [256700, 'x', 'P1', -1] },
      { v: 1, f: { ...f, extra: 1 }, k: [256700, 'x', 'P1', 5] },
      'just a string',
      null,
    ]) {
      expectFieldIssue(await get({ state: 'accepted', cursor: forge(body) }, admin), 'cursor');
    }
  });
});
