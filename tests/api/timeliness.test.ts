/**
 * GET /api/timeliness and /api/timeliness/missing on the demo. Every expected number is computed here,
 * independently, from the database rows (reporting months, projects, every report version) by the
 * definitions of src/domain/monitoring/timeliness.ts — never by calling the code under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  MissingResponse,
  TimelinessCounts,
  TimelinessResponse,
} from '../../src/shared/api/monitoring/timeliness';
import {
  changeHeaders,
  createTestApp,
  DEMO_PLAN,
  expectApiError,
  expectFieldIssue,
  pct,
  type TestApp,
} from '../helpers/api-app';

let t: TestApp;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'committee', 'focal.pers', 'focal.bhrdi', 'approver.bhrdi'] as const)
    cookies[user] = await t.login(user);
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, user: string | null = 'committee') =>
  t.app.inject({ method: 'GET', url, headers: user ? { cookie: cookies[user]! } : {} });

async function timeliness(query: string, user = 'committee'): Promise<TimelinessResponse> {
  const res = await get(`/api/timeliness?plan=${DEMO_PLAN}${query}`, user);
  expect(res.statusCode, res.body.slice(0, 400)).toBe(200);
  return res.json() as TimelinessResponse;
}

async function missing(period: string, user = 'committee', extra = ''): Promise<MissingResponse> {
  const res = await get(`/api/timeliness/missing?plan=${DEMO_PLAN}&period=${period}${extra}`, user);
  expect(res.statusCode, res.body.slice(0, 400)).toBe(200);
  return res.json() as MissingResponse;
}

// ---------------------------------------------------------------------------------------------------
// The independent computation, straight from the rows.

interface Raw {
  months: { period: number; deadline: string }[];
  projects: {
    id: number;
    code: string;
    owner_unit_id: number | null;
    fiscal_year_from: number;
    fiscal_year_to: number;
    start_date: string | null;
  }[];
  reports: {
    project_id: number;
    period: number;
    status: string;
    state: string;
    superseded_at: Date | null;
    submitted_at: Date | null;
  }[];
  units: Map<number, { code: string; name: string }>;
  focalPoints: { unit_id: number; display_name: string }[];
}

async function readRaw(): Promise<Raw> {
  const q = async <T>(sql: string) => (await t.db.query<T>(sql)).rows;
  const units = await q<{ id: number; code: string; name: string }>('select id, code, name from org_unit');
  return {
    months: await q('select period, deadline::text as deadline from reporting_month'),
    projects: await q(
      `select p.id, p.code, p.owner_unit_id, p.fiscal_year_from, p.fiscal_year_to, p.start_date::text as start_date
         from project p join plan on plan.id = p.plan_id where plan.code = '${DEMO_PLAN}'`,
    ),
    reports: await q(
      'select project_id, period, status, state, superseded_at, submitted_at from monthly_report',
    ),
    units: new Map(units.map((u) => [u.id, u])),
    focalPoints: await q(
      `select unit_id, display_name from app_user where role = 'focal_point' and active and unit_id is not null`,
    ),
  };
}

const key = (period: string) => Number(period.replace('-', ''));
const text = (period: number) => `${Math.floor(period / 100)}-${String(period % 100).padStart(2, '0')}`;
/** The last day of a BE period, as an ISO CE date. */
const lastDay = (period: number) =>
  new Date(Date.UTC(Math.floor(period / 100) - 543, period % 100, 0)).toISOString().slice(0, 10);
const fiscalYear = (period: number) =>
  period % 100 >= 10 ? Math.floor(period / 100) + 1 : Math.floor(period / 100);
/** Bangkok is UTC+7 all year round. */
const bangkokDay = (at: Date) => new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

type Kind = 'on_time' | 'late' | 'missing';

/** Every expected report of the opened months in [from, to]: project, unit, period and how it came in. */
function expectedReports(raw: Raw, from: number, to: number) {
  const out: { projectId: number; code: string; unitId: number; period: number; kind: Kind }[] = [];
  for (const month of raw.months.filter((m) => m.period >= from && m.period <= to)) {
    for (const p of raw.projects) {
      const fy = fiscalYear(month.period);
      if (p.owner_unit_id === null) continue;
      if (fy < p.fiscal_year_from || fy > p.fiscal_year_to) continue;
      if (p.start_date !== null && p.start_date > lastDay(month.period)) continue;
      const closedBefore = raw.reports.some(
        (r) =>
          r.project_id === p.id &&
          r.period < month.period &&
          r.superseded_at === null &&
          ['submitted', 'approved', 'accepted'].includes(r.state) &&
          ['completed', 'cancelled'].includes(r.status),
      );
      if (closedBefore) continue;
      const submissions = raw.reports
        .filter((r) => r.project_id === p.id && r.period === month.period && r.submitted_at !== null)
        .map((r) => new Date(r.submitted_at!).getTime());
      const kind: Kind =
        submissions.length === 0
          ? 'missing'
          : bangkokDay(new Date(Math.min(...submissions))) <= month.deadline
            ? 'on_time'
            : 'late';
      out.push({ projectId: p.id, code: p.code, unitId: p.owner_unit_id, period: month.period, kind });
    }
  }
  return out;
}

function counts(rows: { kind: Kind }[]): TimelinessCounts {
  const expected = rows.length;
  const onTime = rows.filter((r) => r.kind === 'on_time').length;
  const late = rows.filter((r) => r.kind === 'late').length;
  return {
    expected,
    onTime,
    late,
    missing: expected - onTime - late,
    reportingRate: pct(onTime + late, expected),
    onTimeRate: pct(onTime, expected),
  };
}

const ZERO: TimelinessCounts = {
  expected: 0,
  onTime: 0,
  late: 0,
  missing: 0,
  reportingRate: 0,
  onTimeRate: 0,
};
const thai = new Intl.Collator('th');

/** The whole answer for [from, to], built from the rows alone. */
function independentAnswer(raw: Raw, from: string, to: string) {
  const rows = expectedReports(raw, key(from), key(to));
  const periods = raw.months
    .map((m) => m.period)
    .filter((p) => p >= key(from) && p <= key(to))
    .sort((a, b) => a - b);
  const unitIds = [...new Set(rows.map((r) => r.unitId))];
  const agencies = unitIds.map((unitId) => {
    const unit = raw.units.get(unitId)!;
    return {
      unit: { id: unitId, code: unit.code, name: unit.name },
      totals: counts(rows.filter((r) => r.unitId === unitId)),
      months: periods.map((p) => ({
        period: text(p),
        ...counts(rows.filter((r) => r.unitId === unitId && r.period === p)),
      })),
    };
  });
  agencies.sort(
    (a, b) =>
      b.totals.onTimeRate - a.totals.onTimeRate ||
      b.totals.reportingRate - a.totals.reportingRate ||
      thai.compare(a.unit.name, b.unit.name),
  );
  return {
    rows,
    months: periods.map((p) => ({
      period: text(p),
      deadline: raw.months.find((m) => m.period === p)!.deadline,
      ...counts(rows.filter((r) => r.period === p)),
    })),
    agencies,
    overall: counts(rows),
  };
}

/** Competition ranks of an already ordered league: ties on both rates share a rank. */
function ranks(agencies: { totals: TimelinessCounts }[]) {
  return agencies.map((a) => {
    const same = (b: { totals: TimelinessCounts }) =>
      b.totals.onTimeRate === a.totals.onTimeRate && b.totals.reportingRate === a.totals.reportingRate;
    return agencies.findIndex(same) + 1;
  });
}

// ---------------------------------------------------------------------------------------------------

describe('GET /api/timeliness on the untouched demo', () => {
  let raw: Raw;
  let all: TimelinessResponse;

  beforeAll(async () => {
    raw = await readRaw();
    all = await timeliness('&from=2565-10&to=2566-06');
  });

  it('matches the independent computation for every agency × month, agency, month and overall', () => {
    const want = independentAnswer(raw, '2565-10', '2566-06');
    expect(all.plan).toBe(DEMO_PLAN);
    expect(all.from).toBe('2565-10');
    expect(all.to).toBe('2566-06');
    expect(all.months).toEqual(want.months);
    expect(all.overall).toEqual(want.overall);
    expect(all.agencies.map(({ rank: _rank, ...a }) => a)).toEqual(want.agencies);
    // the demo is worth testing on: nine months, many agencies, each kind of report present
    expect(all.months).toHaveLength(9);
    expect(all.agencies.length).toBeGreaterThanOrEqual(8);
    expect(all.overall.onTime).toBeGreaterThan(0);
    expect(all.overall.late).toBeGreaterThan(0);
    expect(all.overall.missing).toBeGreaterThan(0);
    // "about one report in five late" among those received before June
    const received = all.overall.onTime + all.overall.late;
    expect(all.overall.late / received).toBeGreaterThan(0.12);
    expect(all.overall.late / received).toBeLessThan(0.3);
  });

  it('three months × several agencies, cell by cell, with hand-checkable arithmetic', () => {
    const want = independentAnswer(raw, '2565-10', '2566-06');
    const checked = ['2565-12', '2566-02', '2566-03', '2566-05'];
    let cells = 0;
    for (const code of ['OCSC-BMA', 'BHRDI', 'PERS', 'SPE', 'D-CHATUCHAK']) {
      const got = all.agencies.find((a) => a.unit.code === code)!;
      const exp = want.agencies.find((a) => a.unit.code === code)!;
      expect(got, code).toBeDefined();
      for (const period of checked) {
        const cell = got.months.find((m) => m.period === period)!;
        expect(cell, `${code} ${period}`).toEqual(exp.months.find((m) => m.period === period));
        expect(cell.onTime + cell.late + cell.missing).toBe(cell.expected);
        cells += 1;
      }
    }
    expect(cells).toBe(20);
    // OCSC-BMA (the centre's own projects) reports in every month before June
    const ocsc = all.agencies.find((a) => a.unit.code === 'OCSC-BMA')!;
    for (const period of checked)
      expect(ocsc.months.find((m) => m.period === period)!.expected).toBeGreaterThan(3);
  });

  it('the league: on-time rate, then reporting rate, then Thai name; ties share a rank', () => {
    const want = independentAnswer(raw, '2565-10', '2566-06');
    expect(all.agencies.map((a) => a.unit.code)).toEqual(want.agencies.map((a) => a.unit.code));
    expect(all.agencies.map((a) => a.rank)).toEqual(ranks(want.agencies));
    for (let i = 1; i < all.agencies.length; i++) {
      const [a, b] = [all.agencies[i - 1]!.totals, all.agencies[i]!.totals];
      expect(
        a.onTimeRate > b.onTimeRate || (a.onTimeRate === b.onTimeRate && a.reportingRate >= b.reportingRate),
      ).toBe(true);
    }
    // the demo has a tie (PALAD and HEALTH: 5 on time, 1 late of 7) broken by the Thai name
    const tied = all.agencies.filter((a) => a.unit.code === 'PALAD' || a.unit.code === 'HEALTH');
    expect(tied.map((a) => a.unit.code)).toEqual(['PALAD', 'HEALTH']); // สำนักป… before สำนักอ…
    expect(tied[0]!.rank).toBe(tied[1]!.rank);
    expect(tied[0]!.totals).toEqual(tied[1]!.totals);
  });

  it('June 2566 is open with no report yet: everything expected is missing', () => {
    const june = all.months.find((m) => m.period === '2566-06')!;
    expect(june.deadline).toBe('2023-07-05');
    expect(june.expected).toBeGreaterThan(20);
    expect(june).toMatchObject({
      onTime: 0,
      late: 0,
      missing: june.expected,
      reportingRate: 0,
      onTimeRate: 0,
    });
    for (const agency of all.agencies) {
      const cell = agency.months.find((m) => m.period === '2566-06')!;
      expect(cell.onTime + cell.late, agency.unit.code).toBe(0);
      expect(cell.missing).toBe(cell.expected);
    }
  });

  it('a project completed earlier is not expected later; one starting in June is expected from June', () => {
    // PERS owns P1-04 (reported completed in 2566-03, and again in April and May), P1-08 (starts
    // 1 June 2023) and P2-11 (starts September 2023)
    const pers = all.agencies.find((a) => a.unit.code === 'PERS')!;
    const cell = (p: string) => pers.months.find((m) => m.period === p)!;
    expect(cell('2566-03').expected).toBe(1); // P1-04, the month it completed
    expect(cell('2566-04')).toEqual({ period: '2566-04', ...ZERO }); // its April and May reports do not count
    expect(cell('2566-05')).toEqual({ period: '2566-05', ...ZERO });
    expect(cell('2566-06')).toMatchObject({ expected: 1, missing: 1 }); // P1-08
    const p104 = raw.projects.find((p) => p.code === 'P1-04')!;
    expect(
      raw.reports.filter((r) => r.project_id === p104.id && r.period > 256603 && r.submitted_at),
    ).not.toHaveLength(0);
  });

  it('default range: the last six opened months', async () => {
    const byDefault = await timeliness('');
    const opened = raw.months.map((m) => m.period).sort((a, b) => a - b);
    expect(byDefault.openedMonths).toEqual(opened.map(text));
    expect(byDefault.months.map((m) => m.period)).toEqual(opened.slice(-6).map(text));
    expect(byDefault.from).toBe('2566-01');
    expect(byDefault.to).toBe('2566-06');
    const want = independentAnswer(raw, '2566-01', '2566-06');
    expect(byDefault.overall).toEqual(want.overall);
  });

  it('every signed-in role reads the same aggregate for all agencies', async () => {
    const query = '&from=2566-01&to=2566-03';
    const seen = await Promise.all(
      ['admin', 'committee', 'focal.pers', 'approver.bhrdi'].map((u) => timeliness(query, u)),
    );
    for (const answer of seen) expect(answer).toEqual(seen[0]);
    expect(seen[0]!.agencies.length).toBeGreaterThan(5);
  });

  it('refuses: not signed in (401), bad months (400), from after to (400), unknown plan (404)', async () => {
    expectApiError(await get(`/api/timeliness?plan=${DEMO_PLAN}`, null), 401, 'unauthorized');
    expectFieldIssue(await get(`/api/timeliness?plan=${DEMO_PLAN}&from=2566-13`), 'from');
    expectFieldIssue(await get(`/api/timeliness?plan=${DEMO_PLAN}&from=2566-05&to=2566-01`), 'from');
    expectFieldIssue(await get(`/api/timeliness?plan=${DEMO_PLAN}&from=2560-01&to=2566-01`), 'to');
    expectFieldIssue(await get('/api/timeliness'), 'plan');
    expectApiError(await get('/api/timeliness?plan=NO-SUCH-PLAN'), 404, 'not_found');
  });
});

describe('GET /api/timeliness/missing', () => {
  let raw: Raw;
  beforeAll(async () => {
    raw = await readRaw();
  });

  const expectedMissing = (period: string, unitId?: number) =>
    independentAnswer(raw, period, period)
      .rows.filter((r) => r.kind === 'missing' && (unitId === undefined || r.unitId === unitId))
      .map((r) => r.code)
      .sort();

  it('lists the never-submitted reports of a month with project, unit and the unit’s focal points', async () => {
    for (const period of ['2566-01', '2566-02', '2566-03', '2566-06']) {
      const answer = await missing(period, 'admin');
      expect(answer.period).toBe(period);
      expect(answer.missing.map((m) => m.projectCode).sort(), period).toEqual(expectedMissing(period));
    }
    const feb = await missing('2566-02');
    expect(feb.deadline).toBe('2023-03-05');
    expect(feb.missing.length).toBeGreaterThan(0);
    for (const m of feb.missing) {
      const project = raw.projects.find((p) => p.id === m.projectId)!;
      expect(m.projectCode).toBe(project.code);
      expect(m.unit.id).toBe(project.owner_unit_id);
      expect(m.unit.name).toBe(raw.units.get(m.unit.id)!.name);
      expect(m.focalPoints).toEqual(
        raw.focalPoints
          .filter((f) => f.unit_id === m.unit.id)
          .map((f) => f.display_name)
          .sort(thai.compare),
      );
    }
    const june = await missing('2566-06');
    const pers = june.missing.filter((m) => m.unit.code === 'PERS');
    expect(pers.map((m) => m.projectCode)).toEqual(['P1-08']);
    expect(pers[0]!.focalPoints).toEqual(['ผู้รับผิดชอบโครงการ สำนักงานการเจ้าหน้าที่']);
    expect(june.missing.map((m) => m.projectCode)).not.toContain('P1-04');
    // ordered by agency name in Thai order
    const names = june.missing.map((m) => m.unit.name);
    expect(names).toEqual([...names].sort(thai.compare));
  });

  it('focal points and approvers see only their own unit’s rows; the committee sees every agency', async () => {
    const everyone = await missing('2566-06', 'committee');
    expect(new Set(everyone.missing.map((m) => m.unit.code)).size).toBeGreaterThan(5);

    const pers = await missing('2566-06', 'focal.pers');
    expect(pers.missing.length).toBeGreaterThan(0);
    expect(new Set(pers.missing.map((m) => m.unit.code))).toEqual(new Set(['PERS']));
    expect(pers.missing).toEqual(everyone.missing.filter((m) => m.unit.code === 'PERS'));

    const bhrdi = await missing('2566-06', 'approver.bhrdi');
    expect(new Set(bhrdi.missing.map((m) => m.unit.code))).toEqual(new Set(['BHRDI']));

    // asking for another unit gives nothing, not that unit's projects
    const bhrdiId = bhrdi.missing[0]!.unit.id;
    expect((await missing('2566-06', 'focal.pers', `&unit=${bhrdiId}`)).missing).toEqual([]);
    const filtered = await missing('2566-06', 'committee', `&unit=${bhrdiId}`);
    expect(filtered.missing).toEqual(everyone.missing.filter((m) => m.unit.id === bhrdiId));
  });

  it('refuses: not signed in, bad period, unknown plan, a month not opened', async () => {
    expectApiError(
      await get(`/api/timeliness/missing?plan=${DEMO_PLAN}&period=2566-06`, null),
      401,
      'unauthorized',
    );
    expectFieldIssue(await get(`/api/timeliness/missing?plan=${DEMO_PLAN}&period=66-6`), 'period');
    expectFieldIssue(await get(`/api/timeliness/missing?plan=${DEMO_PLAN}`), 'period');
    expectApiError(await get('/api/timeliness/missing?plan=NOPE&period=2566-06'), 404, 'not_found');
    expectApiError(await get(`/api/timeliness/missing?plan=${DEMO_PLAN}&period=2566-07`), 404, 'not_found');
  });
});

describe('after reporting June 2566: the first submission decides, however often a report is returned', () => {
  let before: TimelinessResponse;
  let after: TimelinessResponse;
  let raw: Raw;
  const ids: Record<string, number> = {};

  const submit = async (user: string, projectId: number, action: 'submit' | 'save' = 'submit') => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${projectId}/reports`,
      headers: changeHeaders(cookies[user]),
      payload: { period: '2566-06', status: 'in_progress', percent: 40, action },
    });
    expect(res.statusCode, res.body.slice(0, 400)).toBe(201);
    return (res.json() as { id: number }).id;
  };
  const giveBack = async (user: string, reportId: number) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/reports/${reportId}/review`,
      headers: changeHeaders(cookies[user]),
      payload: { action: 'return', comment: 'กรุณาระบุผลการดำเนินงานให้ครบถ้วน' },
    });
    expect(res.statusCode, res.body.slice(0, 400)).toBe(200);
  };

  beforeAll(async () => {
    before = await timeliness('&from=2566-06&to=2566-06');
    const june = await missing('2566-06', 'admin');
    const bhrdi = june.missing.filter((m) => m.unit.code === 'BHRDI');
    const pers = june.missing.find((m) => m.projectCode === 'P1-08')!;
    expect(bhrdi.length).toBeGreaterThanOrEqual(3);
    [ids.late, ids.draft, ids.justLate, ids.onTime] = [
      bhrdi[0]!.projectId,
      bhrdi[1]!.projectId,
      bhrdi[2]!.projectId,
      pers.projectId,
    ];

    // 1. BHRDI: submitted today (long after 5 July 2023: late), returned by the approver, sent again
    const lateFirst = await submit('focal.bhrdi', ids.late!);
    await giveBack('approver.bhrdi', lateFirst);
    await submit('focal.bhrdi', ids.late!);

    // 2. PERS P1-08: first sent at 23:59 Bangkok time on the deadline day (16:59 UTC), returned by the
    //    centre, sent again today: on time, because the first submission was
    const onTimeFirst = await submit('focal.pers', ids.onTime!);
    await t.db.query(`update monthly_report set submitted_at = '2023-07-05T16:59:00Z' where id = $1`, [
      onTimeFirst,
    ]);
    await giveBack('admin', onTimeFirst);
    await submit('focal.pers', ids.onTime!);

    // 3. BHRDI: only saved as a draft: still missing
    await submit('focal.bhrdi', ids.draft!, 'save');

    // 4. BHRDI: sent at 00:30 on 6 July in Bangkok, still 5 July in UTC: late
    const justLate = await submit('focal.bhrdi', ids.justLate!);
    await t.db.query(`update monthly_report set submitted_at = '2023-07-05T17:30:00Z' where id = $1`, [
      justLate,
    ]);

    raw = await readRaw();
    after = await timeliness('&from=2566-06&to=2566-06');
  });

  it('still matches the independent computation', () => {
    const want = independentAnswer(raw, '2566-06', '2566-06');
    expect(after.months).toEqual(want.months);
    expect(after.agencies.map(({ rank: _rank, ...a }) => a)).toEqual(want.agencies);
    expect(after.overall).toEqual(want.overall);
  });

  it('each report counts once: two late, one on time, the draft still missing', () => {
    const rows = independentAnswer(raw, '2566-06', '2566-06').rows;
    expect(rows.find((r) => r.projectId === ids.late)!.kind).toBe('late');
    expect(rows.find((r) => r.projectId === ids.justLate)!.kind).toBe('late');
    expect(rows.find((r) => r.projectId === ids.onTime)!.kind).toBe('on_time');
    expect(rows.find((r) => r.projectId === ids.draft)!.kind).toBe('missing');
    // two versions each, both submitted; the current one was submitted after the deadline
    for (const id of [ids.late, ids.onTime]) {
      const versions = raw.reports.filter((r) => r.project_id === id && r.period === 256606);
      expect(versions).toHaveLength(2);
      expect(versions.every((v) => v.submitted_at !== null)).toBe(true);
    }

    const cell = (answer: TimelinessResponse, code: string) =>
      answer.agencies.find((a) => a.unit.code === code)!.months[0]!;
    const [bhrdiBefore, bhrdiAfter] = [cell(before, 'BHRDI'), cell(after, 'BHRDI')];
    expect(bhrdiAfter).toMatchObject({
      expected: bhrdiBefore.expected,
      onTime: 0,
      late: 2,
      missing: bhrdiBefore.expected - 2,
      reportingRate: pct(2, bhrdiBefore.expected),
      onTimeRate: 0,
    });
    expect(cell(after, 'PERS')).toEqual({
      period: '2566-06',
      expected: 1,
      onTime: 1,
      late: 0,
      missing: 0,
      reportingRate: 100,
      onTimeRate: 100,
    });
    expect(after.overall).toMatchObject({
      expected: before.overall.expected,
      onTime: 1,
      late: 2,
      missing: before.overall.expected - 3,
    });
    // PERS, all on time, now leads the June league
    expect(after.agencies[0]!.unit.code).toBe('PERS');
    expect(after.agencies[0]!.rank).toBe(1);
  });

  it('the missing list drops what was submitted and keeps the draft', async () => {
    const june = (await missing('2566-06', 'admin')).missing.map((m) => m.projectId);
    expect(june).not.toContain(ids.late);
    expect(june).not.toContain(ids.onTime);
    expect(june).not.toContain(ids.justLate);
    expect(june).toContain(ids.draft);
  });
});
