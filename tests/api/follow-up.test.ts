/**
 * Follow-up over HTTP on the demo: the attention flags of the plan (every kind, with its exact reason) and
 * the problems register (opened from reports, not duplicated on re-save, edited with versions, scoped,
 * audited, filtered).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTENTION_KINDS, type AttentionKind } from '../../src/domain/monitoring/attention-flags';
import type { Queryable } from '../../src/server/db/database';
import { getNeedsAttention } from '../../src/server/use-cases/monitoring/needs-attention';
import type { SummaryResponse } from '../../src/shared/api/monitoring';
import type { AttentionResponse, ProblemView } from '../../src/shared/api/monitoring/follow-up';
import {
  changeHeaders,
  createTestApp,
  DEMO_PLAN,
  expectApiError,
  expectFieldIssue,
  type DemoUser,
  type TestApp,
} from '../helpers/api-app';

let t: TestApp;
const cookies = new Map<DemoUser, string>();
const unitIds = new Map<string, number>();
const projectIds = new Map<string, number>();

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'focal.bhrdi', 'approver.bhrdi', 'focal.pers', 'committee'] as const) {
    cookies.set(user, await t.login(user));
  }
  for (const u of (await t.db.query<{ id: number; code: string }>('select id, code from org_unit')).rows)
    unitIds.set(u.code, u.id);
  for (const p of (await t.db.query<{ id: number; code: string }>('select id, code from project')).rows)
    projectIds.set(p.code, p.id);
});
afterAll(async () => {
  await t?.close();
});

const as = (user: DemoUser) => cookies.get(user)!;
const get = (url: string, user: DemoUser = 'admin') =>
  t.app.inject({ method: 'GET', url, headers: { cookie: as(user) } });
const attention = async (asOf = '2566-05', user: DemoUser = 'admin') => {
  const res = await get(`/api/plans/${DEMO_PLAN}/attention?asOf=${asOf}`, user);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as AttentionResponse;
};
const problems = async (query = '', user: DemoUser = 'admin') => {
  const res = await get(`/api/problems${query}`, user);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ProblemView[];
};
const patch = (id: number, payload: object, user: DemoUser = 'admin') =>
  t.app.inject({
    method: 'PATCH',
    url: `/api/problems/${id}`,
    headers: changeHeaders(as(user)),
    payload,
  });
const report = (code: string, payload: object, user: DemoUser = 'admin') =>
  t.app.inject({
    method: 'POST',
    url: `/api/projects/${projectIds.get(code)}/reports`,
    headers: changeHeaders(as(user)),
    payload,
  });
/** The register entry of a project and month (the May 2566 entry by default). */
const entry = async (code: string, period = '2566-05') => {
  const all = await problems(`?q=${encodeURIComponent(code)}`);
  return all.find((p) => p.project.code === code && p.period === period);
};
const audits = async (id: number) =>
  (
    await t.db.query<{ action: string; actor_label: string; before: unknown; after: unknown }>(
      `select action, actor_label, before, after from audit_event
        where entity = 'problem' and entity_id = $1 order by id`,
      [String(id)],
    )
  ).rows;

/** flags by kind → project code → reason (Thai), from an attention answer. */
function flagTable(answer: AttentionResponse) {
  const table = new Map<AttentionKind, Map<string, { th: string; en: string }>>(
    ATTENTION_KINDS.map((k) => [k, new Map()]),
  );
  for (const target of answer.targets)
    for (const project of target.projects)
      for (const flag of project.flags) table.get(flag.kind)!.set(project.code, flag.reason);
  return table;
}
const codesOf = (table: ReturnType<typeof flagTable>, kind: AttentionKind) =>
  [...table.get(kind)!.keys()].sort();

describe('GET /api/plans/:code/attention on the demo, as of 2566-05', () => {
  it('lists every target in order, judged on 31 May 2023 with the setting of 3 months', async () => {
    const answer = await attention();
    expect(answer.targets.map((x) => x.no)).toEqual(['1', '2', '3', '4', '5']);
    expect(answer.targets.map((x) => x.projectCount)).toEqual([13, 12, 16, 12, 3]);
    expect(answer).toMatchObject({
      asOf: '2566-05',
      date: '2023-05-31',
      fiscalYear: 2566,
      noProgressMonths: 3,
    });
    expect(answer.projectCount).toBe(56);
  });

  it('shows every kind of flag, each with the exact reason that names its facts', async () => {
    const table = flagTable(await attention());
    const reason = (kind: AttentionKind, code: string) => table.get(kind)!.get(code);
    expect(reason('no_owner', 'P1-13')).toEqual({
      th: 'ไม่มีหน่วยงานรับผิดชอบ',
      en: 'No unit is responsible for it',
    });
    expect(reason('overdue', 'P1-09')).toEqual({
      th: 'เลยวันสิ้นสุด 30 เมษายน 2566 แต่ยังไม่แล้วเสร็จ',
      en: 'Past its end date 30 April 2023 but not completed',
    });
    expect(reason('no_progress', 'P2-06')).toEqual({
      th: 'ความก้าวหน้าคงที่ร้อยละ 0 ใน 3 เดือนที่รายงานล่าสุด (มีนาคม 2566 – พฤษภาคม 2566)',
      en: 'Progress unchanged at 0 % in the last 3 reported months (March 2023 – May 2023)',
    });
    expect(reason('blocked', 'P2-05')).toEqual({
      th: 'รอโครงการ P2-04 ซึ่งยังไม่แล้วเสร็จ',
      en: 'Waiting for project P2-04, not completed yet',
    });
    expect(reason('blocked', 'P2-07')?.th).toBe('รอโครงการ P2-06 ซึ่งยังไม่แล้วเสร็จ');
    expect(reason('no_budget_next_year', 'P1-01')).toEqual({
      th: 'มีแผนดำเนินการในปีงบประมาณ พ.ศ. 2567 แต่ไม่มีงบประมาณ',
      en: 'Planned to run in fiscal year 2567 (BE) but has no budget',
    });
    expect(reason('problem', 'P3-06')).toEqual({
      th: 'ปัญหาอุปสรรคเดือนพฤษภาคม 2566 เลยกำหนดแก้ไข 15 พฤษภาคม 2566',
      en: 'Problem of May 2023, past its due date 15 May 2023',
    });
    expect(reason('problem', 'P2-04')).toEqual({
      th: 'ปัญหาอุปสรรคเดือนพฤษภาคม 2566 ความรุนแรงสูง ยังไม่ได้แก้ไข',
      en: 'Problem of May 2023, high severity, not resolved',
    });
  });

  it('flags exactly the projects each rule names, and counts them per kind', async () => {
    const answer = await attention();
    const table = flagTable(answer);
    // owner '' in the demo plan
    expect(codesOf(table, 'no_owner')).toEqual(['P1-13', 'P2-06', 'P2-09', 'P3-09', 'P4-08']);
    expect(codesOf(table, 'overdue')).toEqual(['P1-09']);
    // 0 % in each of their last 3 reports, expected under way since 1 March 2023 at the latest
    expect(codesOf(table, 'no_progress')).toEqual(['P2-06', 'P3-09', 'P4-08']);
    // P2-05 continues P2-04; P2-07 … P2-12 continue P2-06
    expect(codesOf(table, 'blocked')).toEqual([
      'P2-05',
      'P2-07',
      'P2-08',
      'P2-09',
      'P2-10',
      'P2-11',
      'P2-12',
    ]);
    // running into fiscal year 2567 with an empty budget, not completed
    expect(codesOf(table, 'no_budget_next_year')).toEqual([
      'P1-01',
      'P1-08',
      'P1-13',
      'P2-09',
      'P2-10',
      'P3-05',
      'P3-09',
      'P4-06',
      'P4-08',
      'P5-03',
    ]);
    // high severity (P2-04, P2-06, P3-07) or past its due date (P3-06); P5-01's problem is resolved
    expect(codesOf(table, 'problem')).toEqual(['P2-04', 'P2-06', 'P3-06', 'P3-07']);
    expect(answer.counts).toEqual({
      no_owner: 5,
      overdue: 1,
      no_progress: 3,
      blocked: 7,
      no_budget_next_year: 10,
      problem: 4,
    });
    const flagged = answer.targets.flatMap((x) => x.projects);
    expect(answer.flaggedCount).toBe(flagged.length);
    expect(flagged.every((p) => p.flags.length > 0)).toBe(true);
    // completed projects never need attention
    expect(flagged.filter((p) => p.latestReport?.status === 'completed')).toEqual([]);
  });

  it('groups each project under the target of its strategy, by code, with its latest report sent up', async () => {
    const answer = await attention();
    for (const target of answer.targets) {
      expect(target.projects.every((p) => p.strategyNo.startsWith(`${target.no}.`))).toBe(true);
      const codes = target.projects.map((p) => p.code);
      expect(codes).toEqual([...codes].sort());
    }
    const p206 = answer.targets[1]!.projects.find((p) => p.code === 'P2-06')!;
    expect(p206.latestReport).toEqual({ period: '2566-05', status: 'not_started', percent: '0.00' });
    expect(p206.ownerUnit).toBeNull();
  });

  it('the demo adjustments leave the May 2566 summary at 13 / 28 / 15', async () => {
    const res = await get(`/api/plans/${DEMO_PLAN}/summary?asOf=2566-05`);
    const overall = (res.json() as SummaryResponse).overall;
    expect([overall.completed, overall.inProgress, overall.notStarted]).toEqual([13, 28, 15]);
  });
});

describe('attention at other months and settings', () => {
  it('as of 2566-02, a project never reported since its fiscal year began: no report for 3 months', async () => {
    const table = flagTable(await attention('2566-02'));
    expect(table.get('no_progress')!.get('P1-13')).toEqual({
      th: 'ไม่มีรายงานความก้าวหน้า 3 เดือน (ธันวาคม 2565 – กุมภาพันธ์ 2566) ยังไม่เคยรายงาน',
      en: 'No progress report for 3 months (December 2022 – February 2023); never reported',
    });
  });

  it('no_progress_months = 4 widens the window: only projects with 4 equal reports stay flagged', async () => {
    await t.db.query(`update app_setting set value = '4' where key = 'no_progress_months'`);
    try {
      const answer = await attention();
      expect(answer.noProgressMonths).toBe(4);
      const table = flagTable(answer);
      expect(codesOf(table, 'no_progress')).toEqual(['P2-06', 'P4-08']);
      expect(table.get('no_progress')!.get('P4-08')?.th).toBe(
        'ความก้าวหน้าคงที่ร้อยละ 0 ใน 4 เดือนที่รายงานล่าสุด (กุมภาพันธ์ 2566 – พฤษภาคม 2566)',
      );
    } finally {
      await t.db.query(`update app_setting set value = '3' where key = 'no_progress_months'`);
    }
  });

  it('a report still in draft does not count: the status is the latest report sent up', async () => {
    // P2-05 (BHRDI) is blocked by P2-04; a draft saying P2-04 is completed changes nothing.
    const p204 = projectIds.get('P2-04');
    await t.db.query(
      'update monthly_report set superseded_at = now() where project_id = $1 and period = 256605 and superseded_at is null',
      [p204],
    );
    const draft = await t.db.query<{ id: number }>(
      `insert into monthly_report (project_id, period, status, percent, reported_by_label, state)
       values ($1, 256605, 'completed', 100, 'test', 'draft') returning id`,
      [p204],
    );
    try {
      const table = flagTable(await attention());
      expect(table.get('blocked')!.get('P2-05')?.th).toBe('รอโครงการ P2-04 ซึ่งยังไม่แล้วเสร็จ');
      // P2-04's own status now comes from its April report
      expect(table.get('problem')!.has('P2-04')).toBe(true);
    } finally {
      await t.db.query('delete from monthly_report where id = $1', [draft.rows[0]!.id]);
      await t.db.query(
        `update monthly_report set superseded_at = null
          where id = (select max(id) from monthly_report where project_id = $1 and period = 256605)`,
        [p204],
      );
    }
  });

  it("a focal point sees only the unit's projects, under every target", async () => {
    const answer = await attention('2566-05', 'focal.bhrdi');
    expect(answer.targets.map((x) => x.no)).toEqual(['1', '2', '3', '4', '5']);
    const flagged = answer.targets.flatMap((x) => x.projects);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((p) => p.ownerUnit?.code === 'BHRDI')).toBe(true);
    expect(flagged.map((p) => p.code)).toContain('P2-05');
    const all = await t.db.query<{ n: string }>(
      `select count(*) as n from project p join org_unit u on u.id = p.owner_unit_id where u.code = 'BHRDI'`,
    );
    expect(answer.projectCount).toBe(Number(all.rows[0]!.n));
  });

  it('the committee (viewer) reads the whole plan', async () => {
    expect((await attention('2566-05', 'committee')).projectCount).toBe(56);
  });

  it('is computed with a few queries for the whole plan, not one per project', async () => {
    let queries = 0;
    const counting: Queryable = {
      query: (sql, params) => {
        queries++;
        return t.db.query(sql, params);
      },
      exec: (sql) => t.db.exec(sql),
    };
    const admin = { userId: null, label: 'test', role: 'admin' as const, unitId: null };
    const answer = await getNeedsAttention(counting, admin, { planCode: DEMO_PLAN, asOf: '2566-05' });
    expect(answer.projectCount).toBe(56);
    expect(queries).toBeLessThanOrEqual(8);
  });

  it('refuses a month not yet come, a malformed month, an unknown plan, and anonymous callers', async () => {
    expectFieldIssue(await get(`/api/plans/${DEMO_PLAN}/attention?asOf=2999-01`), 'asOf');
    expectFieldIssue(await get(`/api/plans/${DEMO_PLAN}/attention?asOf=2566-13`), 'asOf');
    expectApiError(await get('/api/plans/NO-SUCH-PLAN/attention?asOf=2566-05'), 404, 'not_found');
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/plans/${DEMO_PLAN}/attention` });
    expectApiError(anonymous, 401, 'unauthorized');
  });

  it('without asOf judges the current month, today', async () => {
    const res = await get(`/api/plans/${DEMO_PLAN}/attention`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as AttentionResponse;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
    expect(body.date).toBe(today);
    const [year, month] = today.split('-').map(Number);
    expect(body.asOf).toBe(`${year! + 543}-${String(month).padStart(2, '0')}`);
  });
});

describe('the problems register is opened from reports', () => {
  it('the demo reports opened one entry per project and month with problems text', async () => {
    const all = await problems();
    const { rows } = await t.db.query<{ code: string; period: number; problems: string }>(
      `select p.code, m.period, m.problems from monthly_report m join project p on p.id = m.project_id
        where m.superseded_at is null and btrim(coalesce(m.problems, '')) <> ''`,
    );
    expect(rows.length).toBe(24);
    const key = (code: string, period: string) => `${code}|${period}`;
    expect(all.map((p) => key(p.project.code, p.period)).sort()).toEqual(
      rows
        .map((r) => key(r.code, `${Math.floor(r.period / 100)}-${String(r.period % 100).padStart(2, '0')}`))
        .sort(),
    );
    for (const p of all) {
      const source = rows.find((r) => r.code === p.project.code)!;
      expect(p.description).toBe(source.problems.trim());
    }
  });

  it('view=problems lists one row per problem (its latest month) with its earlier months inside (issue 14)', async () => {
    expect(await problems()).toHaveLength(24); // each month's copy, as before
    const grouped = await problems('?view=problems');
    expect(grouped).toHaveLength(8);
    expect(grouped.map((p) => p.project.code)).toEqual([
      'P2-04',
      'P2-06',
      'P3-03',
      'P3-06',
      'P3-07',
      'P3-13',
      'P4-07',
      'P5-01',
    ]);
    for (const p of grouped) {
      expect(p.period).toBe('2566-05');
      expect(p.history!.map((h) => `${h.period} ${h.status}`)).toEqual(['2566-04 closed', '2566-03 closed']);
    }
    // Filters judge the latest month: 7 live problems (P5-01 was resolved in May), none of March's closed copies.
    const live = await problems('?view=problems&status=unresolved');
    expect(live).toHaveLength(7);
    expect(live.map((p) => p.project.code)).not.toContain('P5-01');
    expect(await problems('?view=problems&status=closed')).toHaveLength(0);
    expect(await problems('?status=closed')).toHaveLength(16);
    // Scope as before: BHRDI's focal point sees its own projects' problems only.
    const own = await problems('?view=problems', 'focal.bhrdi');
    expect(own.map((p) => p.project.code)).toEqual(['P3-13']);
    expect(own[0]!.history).toHaveLength(2);
    expectFieldIssue(await get('/api/problems?view=each'), 'view');
  });

  it('a report with problems text opens an entry; re-saving updates it, never duplicates it', async () => {
    // P4-01 is BHRDI's: its focal point saves drafts of June 2566 (open) as often as needed.
    const save = (percent: number, text: string) =>
      report(
        'P4-01',
        { action: 'save', period: '2566-06', status: 'in_progress', percent, problems: text },
        'focal.bhrdi',
      );
    const first = await save(66, 'ผู้บริหารติดภารกิจ เข้าอบรมไม่ครบตามรุ่น');
    expect(first.statusCode, first.body).toBe(201);
    const opened = (await entry('P4-01', '2566-06'))!;
    expect(opened).toMatchObject({
      description: 'ผู้บริหารติดภารกิจ เข้าอบรมไม่ครบตามรุ่น',
      status: 'open',
      category: null,
      severity: null,
      version: 1,
    });

    const again = await save(67, 'ผู้บริหารติดภารกิจ เข้าอบรมไม่ครบตามรุ่น และต้องเลื่อนรุ่นที่ ๓');
    expect(again.statusCode, again.body).toBe(201);
    const updated = (await problems(`?project=${projectIds.get('P4-01')}`)).filter(
      (p) => p.period === '2566-06',
    );
    expect(updated).toHaveLength(1);
    expect(updated[0]).toMatchObject({
      id: opened.id,
      description: 'ผู้บริหารติดภารกิจ เข้าอบรมไม่ครบตามรุ่น และต้องเลื่อนรุ่นที่ ๓',
      version: 2,
    });

    // the same text again, then a version without text: the entry stays as it is
    expect((await save(68, updated[0]!.description)).statusCode).toBe(201);
    expect((await save(69, '')).statusCode).toBe(201);
    expect(await entry('P4-01', '2566-06')).toMatchObject({ id: opened.id, version: 2 });
    const count = await t.db.query<{ n: string }>(
      'select count(*) as n from problem where project_id = $1 and period = 256606',
      [projectIds.get('P4-01')],
    );
    expect(Number(count.rows[0]!.n)).toBe(1);

    const trail = await audits(opened.id);
    expect(trail.map((a) => a.action)).toEqual(['create', 'update']);
    expect(trail[0]).toMatchObject({ actor_label: 'focal.bhrdi', before: null });
    expect(trail[0]!.after).toMatchObject({
      description: 'ผู้บริหารติดภารกิจ เข้าอบรมไม่ครบตามรุ่น',
      status: 'open',
    });
    expect(trail[1]).toMatchObject({
      before: { description: 'ผู้บริหารติดภารกิจ เข้าอบรมไม่ครบตามรุ่น' },
      after: { description: 'ผู้บริหารติดภารกิจ เข้าอบรมไม่ครบตามรุ่น และต้องเลื่อนรุ่นที่ ๓' },
    });
  });

  it("a focal point's draft and its submission keep one entry for the month", async () => {
    const draft = await report(
      'P2-03',
      {
        action: 'save',
        period: '2566-06',
        status: 'in_progress',
        percent: 60,
        problems: 'ห้องอบรมคอมพิวเตอร์ไม่พอ',
      },
      'focal.bhrdi',
    );
    expect(draft.statusCode, draft.body).toBe(201);
    const submitted = await report(
      'P2-03',
      { action: 'submit', period: '2566-06', status: 'in_progress', percent: 60, problems: 'ห้องอบรมไม่พอ' },
      'focal.bhrdi',
    );
    expect(submitted.statusCode, submitted.body).toBe(201);
    const entries = (await problems(`?project=${projectIds.get('P2-03')}`, 'focal.bhrdi')).filter(
      (p) => p.period === '2566-06',
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ description: 'ห้องอบรมไม่พอ', version: 2 });
  });
});

describe('PATCH /api/problems/:id', () => {
  it('the central office classifies an entry; the audit row holds before and after', async () => {
    const p = (await entry('P3-03'))!;
    const res = await patch(p.id, {
      version: p.version,
      category: 'coordination',
      severity: 'high',
      actionUnitId: unitIds.get('HEALTH'),
      actionBy: '  กองบริหารทั่วไป  ',
      dueDate: '2023-08-31',
      status: 'in_progress',
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as ProblemView;
    expect(after).toMatchObject({
      id: p.id,
      category: 'coordination',
      severity: 'high',
      actionUnit: { id: unitIds.get('HEALTH'), code: 'HEALTH' },
      actionBy: 'กองบริหารทั่วไป',
      dueDate: '2023-08-31',
      status: 'in_progress',
      version: p.version + 1,
    });
    const trail = await audits(p.id);
    expect(trail.at(-1)).toMatchObject({
      action: 'update',
      actor_label: 'admin',
      before: {
        category: 'staff',
        severity: 'medium',
        action_unit_id: unitIds.get('MED'),
        action_by: null,
        due_date: '2023-09-30',
      },
      after: {
        category: 'coordination',
        severity: 'high',
        action_unit_id: unitIds.get('HEALTH'),
        action_by: 'กองบริหารทั่วไป',
        due_date: '2023-08-31',
      },
    });
  });

  it('a stale version → 409 and nothing changes', async () => {
    const p = (await entry('P4-07'))!;
    expect((await patch(p.id, { version: p.version, severity: 'low' })).statusCode).toBe(200);
    const stale = await patch(p.id, { version: p.version, severity: 'high' });
    expectApiError(stale, 409, 'conflict');
    expect(await entry('P4-07')).toMatchObject({ severity: 'low', version: p.version + 1 });
  });

  it("the owning unit's focal point and approver report status and resolution", async () => {
    const p = (await entry('P3-13'))!; // BHRDI
    const seen = (await problems(`?project=${p.project.id}`, 'focal.bhrdi')).find((x) => x.id === p.id)!;
    expect(seen.abilities).toEqual({ update: false, updateStatus: true });
    const byFocal = await patch(
      p.id,
      { version: p.version, status: 'resolved', resolution: 'เชิญวิทยากรภายนอกและเปิดรอบอบรมออนไลน์' },
      'focal.bhrdi',
    );
    expect(byFocal.statusCode, byFocal.body).toBe(200);
    const v = (byFocal.json() as ProblemView).version;
    const byApprover = await patch(p.id, { version: v, status: 'in_progress' }, 'approver.bhrdi');
    expect(byApprover.statusCode, byApprover.body).toBe(200);
    expect(byApprover.json()).toMatchObject({
      status: 'in_progress',
      resolution: 'เชิญวิทยากรภายนอกและเปิดรอบอบรมออนไลน์',
    });
    const trail = await audits(p.id);
    expect(trail.slice(-2).map((a) => a.actor_label)).toEqual(['focal.bhrdi', 'approver.bhrdi']);
    expect(trail.at(-1)).toMatchObject({ before: { status: 'resolved' }, after: { status: 'in_progress' } });
  });

  it('the owning unit may not classify: category from a focal point → 403', async () => {
    const p = (await entry('P3-13'))!;
    const res = await patch(p.id, { version: p.version, category: 'budget' }, 'focal.bhrdi');
    expectApiError(res, 403, 'forbidden');
    expect((await entry('P3-13'))!.category).toBe('staff');
  });

  it("another unit's focal point → 403; the committee → 403", async () => {
    const p = (await entry('P2-04'))!; // OCSC-BMA
    expectApiError(
      await patch(p.id, { version: p.version, status: 'resolved', resolution: 'x' }, 'focal.pers'),
      403,
      'forbidden',
    );
    expectApiError(
      await patch(p.id, { version: p.version, status: 'closed' }, 'committee'),
      403,
      'forbidden',
    );
    expect((await entry('P2-04'))!.version).toBe(p.version);
  });

  it('resolved without saying how → 400 on resolution', async () => {
    const p = (await entry('P4-07'))!;
    expectFieldIssue(await patch(p.id, { version: p.version, status: 'resolved' }), 'resolution');
    expectFieldIssue(
      await patch(p.id, { version: p.version, status: 'resolved', resolution: '   ' }),
      'resolution',
    );
  });

  it('bad input → 400 naming the field; an unknown entry → 404; no CSRF header → 403', async () => {
    const p = (await entry('P2-06'))!;
    expectFieldIssue(await patch(p.id, { version: p.version, category: 'weather' }), 'category');
    expectFieldIssue(await patch(p.id, { version: p.version, dueDate: '2023-02-30' }), 'dueDate');
    expectFieldIssue(await patch(p.id, { version: p.version, actionUnitId: 99_999 }), 'actionUnitId');
    expectApiError(await patch(999_999, { version: 1, status: 'closed' }), 404, 'not_found');
    const noCsrf = await t.app.inject({
      method: 'PATCH',
      url: `/api/problems/${p.id}`,
      headers: { cookie: as('admin') },
      payload: { version: p.version, status: 'closed' },
    });
    expectApiError(noCsrf, 403, 'forbidden');
  });
});

describe('GET /api/problems filters and scope', () => {
  it('each filter returns exactly the entries that match it', async () => {
    const all = await problems();
    const ids = (xs: ProblemView[]) => xs.map((p) => p.id).sort((a, b) => a - b);
    const check = async (query: string, keep: (p: ProblemView) => boolean) => {
      const expected = all.filter(keep);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(expected.length, query).toBeLessThan(all.length);
      expect(ids(await problems(query)), query).toEqual(ids(expected));
    };
    await check('?target=3', (p) => p.project.targetNo === '3');
    await check('?category=procurement', (p) => p.category === 'procurement');
    await check('?severity=high', (p) => p.severity === 'high');
    await check('?status=closed', (p) => p.status === 'closed');
    await check('?status=unresolved', (p) => p.status === 'open' || p.status === 'in_progress');
    const ocsc = unitIds.get('OCSC-BMA');
    await check(`?unit=${ocsc}`, (p) => p.project.ownerUnit?.id === ocsc || p.actionUnit?.id === ocsc);
    await check('?q=TOR', (p) => p.description.includes('TOR'));
    await check('?q=P3-0', (p) => p.project.code.startsWith('P3-0'));
    await check('?overdue=true', (p) => p.overdue);
    await check('?overdue=false', (p) => !p.overdue);
    await check(
      '?severity=high&status=unresolved&target=2',
      (p) =>
        p.severity === 'high' && ['open', 'in_progress'].includes(p.status) && p.project.targetNo === '2',
    );
  });

  it('overdue means still open and due before today (Bangkok)', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
    const overdue = await problems('?overdue=true');
    expect(overdue.length).toBeGreaterThan(0);
    for (const p of overdue) {
      expect(['open', 'in_progress']).toContain(p.status);
      expect(p.dueDate! < today).toBe(true);
    }
    expect(overdue.find((p) => p.project.code === 'P5-01')).toBeUndefined(); // resolved
  });

  it("a focal point reads only the unit's projects' entries; the committee reads all, edits none", async () => {
    const mine = await problems('', 'focal.pers');
    const all = await problems();
    const persIds = all.filter((p) => p.project.ownerUnit?.code === 'PERS').map((p) => p.id);
    expect(mine.map((p) => p.id).sort()).toEqual(persIds.sort());
    const bhrdi = await problems('', 'focal.bhrdi');
    expect(bhrdi.length).toBeGreaterThan(0);
    expect(bhrdi.every((p) => p.project.ownerUnit?.code === 'BHRDI')).toBe(true);
    const committee = await problems('', 'committee');
    expect(committee).toHaveLength(all.length);
    expect(committee.every((p) => !p.abilities.update && !p.abilities.updateStatus)).toBe(true);
    expect(all.every((p) => p.abilities.update)).toBe(true);
  });

  it('refuses bad filters with 400 and anonymous callers with 401', async () => {
    expectFieldIssue(await get('/api/problems?severity=extreme'), 'severity');
    expectFieldIssue(await get('/api/problems?overdue=yes'), 'overdue');
    expectFieldIssue(await get('/api/problems?unit=abc'), 'unit');
    expectApiError(await t.app.inject({ method: 'GET', url: '/api/problems' }), 401, 'unauthorized');
  });
});
