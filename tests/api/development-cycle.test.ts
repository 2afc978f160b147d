/**
 * The year's development cycle over HTTP (issue 11 item 1), on fiscal year 2595 against the demo's HRD plan:
 * the institute opens the year; PERS and a test agency DC-B prepare projects through the web form's API and
 * submit; the institute returns PERS (comment required) and accepts DC-B, then PERS resubmits and is accepted;
 * the approval and publication. The consolidated plan counts only accepted submissions' projects, plus the
 * institute's own project written directly (no submission row):
 *   BHRDI  I-1 s1 10 seats 1,000.00 ordinance (direct)          → counts from the start
 *   PERS   P-1 s1 25 seats 50,000.50 ordinance; P-2 s2 5 seats 0 none
 *   DC-B   B-1 s3 12 seats 12,345.25 other
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DevelopmentSummaryView,
  ProjectView,
  SubmissionView,
  YearStatusView,
  YearsView,
} from '../../src/shared/api/development';
import { thaiNationalIdValid } from '../../src/shared/api/workforce/people';
import { CSRF, createTestApp, expectApiError, type TestApp } from '../helpers/api-app';

const FY = 2595;
const BASE = `/api/development/years/${FY}`;
type Who = 'admin' | 'institute' | 'instituteApprover' | 'pers' | 'persApprover' | 'dcb' | 'viewer' | 'staff';
let t: TestApp;
const cookie = {} as Record<Who, string>;

const call = (who: Who, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: { ...CSRF, cookie: cookie[who] } });
const summary = async () =>
  (await call('admin', 'GET', `/api/development/summary?fiscalYear=${FY}`)).json() as DevelopmentSummaryView;
const totals = (s: DevelopmentSummaryView) => [s.projects, s.participants, s.budget];
const project = (code: string, strategyNo: string, participants: number, budget: string, source: string) => ({
  projectCode: code,
  projectName: `โครงการ ${code}`,
  strategyNo,
  activityType: 'training',
  participants,
  budget,
  budgetSource: source,
  startDate: '2051-11-01',
  endDate: '2051-11-03',
  days: 3,
});
const submission = async (who: Who, unit: string) =>
  (await call(who, 'GET', `${BASE}/submissions/${unit}`)).json() as SubmissionView;

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  await t.db.query(
    `insert into org_unit (code, name, kind) values ('DC-B', 'สำนักงานเขตทดสอบวงจร', 'district')`,
  );
  const nid = [...Array(10).keys()].map((d) => `110570012345${d}`).find(thaiNationalIdValid)!;
  await t.db.query(
    `insert into person (national_id, birth_date, first_name, last_name) values ($1, '1980-01-01', 'ก', 'ข')`,
    [nid],
  );
  await t.db.query(
    `insert into app_user (username, display_name, password_hash, role, unit_id, person_id)
     select u.name, 'ผู้ใช้ทดสอบ', a.password_hash, u.role, (select id from org_unit where code = u.unit),
            case when u.role = 'staff' then (select max(id) from person) end
       from app_user a, (values ('approver.pers', 'approver', 'PERS'), ('focal.dcb', 'focal_point', 'DC-B'),
                                ('staff.cycle', 'staff', null)) as u (name, role, unit)
      where a.username = 'committee'`,
  );
  cookie.admin = await t.login('admin');
  cookie.institute = await t.login('focal.bhrdi');
  cookie.instituteApprover = await t.login('approver.bhrdi');
  cookie.pers = await t.login('focal.pers');
  cookie.persApprover = await t.login('approver.pers');
  cookie.dcb = await t.login('focal.dcb');
  cookie.viewer = await t.login('committee');
  cookie.staff = await t.login('staff.cycle');
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('the development year cycle', () => {
  it('the institute opens the year once; others may not', async () => {
    const body = {
      fiscalYear: FY,
      formName: 'HRD 95',
      submissionDeadline: '2051-10-31',
      hrdPlan: 'HRD-2561-2565',
    };
    for (const who of ['pers', 'persApprover', 'viewer', 'staff'] as const)
      expect((await call(who, 'POST', '/api/development/years', body)).statusCode, who).toBe(403);
    expectApiError(
      await call('admin', 'POST', '/api/development/years', { ...body, hrdPlan: 'NONE' }),
      400,
      'invalid_input',
    );
    const res = await call('institute', 'POST', '/api/development/years', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      fiscalYear: FY,
      formName: 'HRD 95',
      hrdPlan: 'HRD-2561-2565',
      version: 1,
    });
    const again = expectApiError(
      await call('admin', 'POST', '/api/development/years', body),
      409,
      'conflict',
    );
    expect(again.message.en).toBe(`Fiscal year ${FY} is already open`);
    await t.db.query(
      `insert into development_project (fiscal_year, unit_id, project_code, project_name, hrd_strategy_id,
         activity_type, participants, budget, budget_source)
       select ${FY}, (select id from org_unit where code = 'BHRDI'), 'I-1', 'โครงการของสถาบัน', s.id, 'training', 10,
              1000, 'ordinance'
         from hrd_strategy s join hrd_plan h on h.id = s.hrd_plan_id where h.code = 'HRD-2561-2565' and s.no = '1'`,
    );
    // the institute edits its own project through the form: its projects keep counting
    const i1 = await t.db.query<{ id: number }>(
      `select id from development_project where fiscal_year = ${FY} and project_code = 'I-1'`,
    );
    const own = { ...project('I-1', '1', 10, '1000', 'ordinance'), version: 1 };
    expect((await call('institute', 'PATCH', `${BASE}/projects/${i1.rows[0]!.id}`, own)).statusCode).toBe(
      200,
    );
    expect(totals(await summary())).toEqual([1, 10, 1000]);
  });

  it('agencies prepare their own projects only while draft; refusals are exact', async () => {
    const empty = await call('dcb', 'POST', `${BASE}/submissions/DC-B/submit`, { version: 0 });
    expect(expectApiError(empty, 409, 'conflict').message.en).toMatch(/no project/);
    for (const who of ['admin', 'institute', 'persApprover', 'dcb', 'viewer', 'staff'] as const)
      expect(
        (await call(who, 'POST', `${BASE}/submissions/PERS/projects`, project('X', '1', 1, '0', 'none')))
          .statusCode,
        who,
      ).toBe(403);
    const p1 = await call(
      'pers',
      'POST',
      `${BASE}/submissions/PERS/projects`,
      project('P-1', '1', 20, '50000.50', 'ordinance'),
    );
    expect(p1.statusCode).toBe(201);
    const created = p1.json() as ProjectView;
    expect(created).toMatchObject({ projectCode: 'P-1', participants: 20, budget: 50000.5, version: 1 });
    expect(
      (await call('pers', 'POST', `${BASE}/submissions/PERS/projects`, project('P-2', '2', 5, '0', 'none')))
        .statusCode,
    ).toBe(201);
    expect(
      (await call('pers', 'POST', `${BASE}/submissions/PERS/projects`, project('P-3', '4', 7, '10', 'other')))
        .statusCode,
    ).toBe(201);
    expect(
      (
        await call(
          'dcb',
          'POST',
          `${BASE}/submissions/DC-B/projects`,
          project('B-1', '3', 12, '12345.25', 'other'),
        )
      ).statusCode,
    ).toBe(201);
    expectApiError(
      await call('pers', 'POST', `${BASE}/submissions/PERS/projects`, project('P-9', '9', 1, '0', 'none')),
      400,
      'invalid_input',
    );
    expectApiError(
      await call('pers', 'POST', `${BASE}/submissions/PERS/projects`, {
        ...project('P-9', '1', 1, '0', 'none'),
        endDate: '2051-10-01',
      }),
      400,
      'invalid_input',
    );
    expectApiError(
      await call('pers', 'POST', `${BASE}/submissions/PERS/projects`, project('B-1', '1', 1, '0', 'none')),
      409,
      'conflict',
    );
    // edit with the version read; a stale version is 409; another agency's focal point 403
    const edit = { ...project('P-1', '1', 25, '50000.50', 'ordinance'), version: 1 };
    expect((await call('dcb', 'PATCH', `${BASE}/projects/${created.id}`, edit)).statusCode).toBe(403);
    const edited = await call('pers', 'PATCH', `${BASE}/projects/${created.id}`, edit);
    expect(edited.json()).toMatchObject({ participants: 25, version: 2 });
    expectApiError(await call('pers', 'PATCH', `${BASE}/projects/${created.id}`, edit), 409, 'conflict');
    const p3 = (await submission('pers', 'PERS')).projects.find((p) => p.projectCode === 'P-3')!;
    expectApiError(await call('pers', 'DELETE', `${BASE}/projects/${p3.id}?version=9`), 409, 'conflict');
    expect((await call('pers', 'DELETE', `${BASE}/projects/${p3.id}?version=1`)).statusCode).toBe(204);
    const view = await submission('pers', 'PERS');
    expect(view).toMatchObject({
      state: 'draft',
      editable: true,
      totals: { projects: 2, participants: 30, budget: 50000.5 },
    });
    expect(totals(await summary())).toEqual([1, 10, 1000]);
    expect((await call('pers', 'GET', `${BASE}/submissions/DC-B`)).statusCode).toBe(403);
    expect((await call('pers', 'GET', `${BASE}/submissions/NOPE`)).statusCode).toBe(404);
    expect((await call('pers', 'GET', `/api/development/years/2596/submissions/PERS`)).statusCode).toBe(404);
  });

  it('an approver submits; a submitted submission cannot be changed or submitted again', async () => {
    const before = await submission('persApprover', 'PERS');
    const res = await call('persApprover', 'POST', `${BASE}/submissions/PERS/submit`, {
      version: before.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'submitted', editable: false, late: false });
    expect((res.json() as SubmissionView).submittedAt).not.toBeNull();
    const add = await call(
      'pers',
      'POST',
      `${BASE}/submissions/PERS/projects`,
      project('P-4', '1', 1, '0', 'none'),
    );
    expect(expectApiError(add, 409, 'conflict').message.en).toMatch(/submission is submitted/);
    const p1 = before.projects[0]!;
    expectApiError(
      await call('pers', 'PATCH', `${BASE}/projects/${p1.id}`, {
        ...project('P-1', '1', 1, '0', 'none'),
        version: p1.version,
      }),
      409,
      'conflict',
    );
    expectApiError(
      await call('pers', 'DELETE', `${BASE}/projects/${p1.id}?version=${p1.version}`),
      409,
      'conflict',
    );
    const v = (res.json() as SubmissionView).version;
    expectApiError(
      await call('pers', 'POST', `${BASE}/submissions/PERS/submit`, { version: v }),
      409,
      'conflict',
    );
    const dcb = await submission('dcb', 'DC-B');
    expect(
      (await call('dcb', 'POST', `${BASE}/submissions/DC-B/submit`, { version: dcb.version })).statusCode,
    ).toBe(200);
    expect(totals(await summary())).toEqual([1, 10, 1000]);
  });

  it('the status table: the institute every agency, an agency its own row, nobody else', async () => {
    const status = (await call('institute', 'GET', `${BASE}/status`)).json() as YearStatusView;
    const { rows } = await t.db.query<{ n: number }>(
      `select count(*)::int as n from org_unit where status = 'active' and code <> 'BHRDI'`,
    );
    expect(status.agencies).toHaveLength(rows[0]!.n + 1); // the agencies, and BHRDI for its direct project
    const by = (code: string) => status.agencies.find((a) => a.unitCode === code)!;
    expect(by('PERS')).toMatchObject({
      state: 'submitted',
      projects: 2,
      participants: 30,
      budget: 50000.5,
      late: false,
    });
    expect(by('DC-B')).toMatchObject({ state: 'submitted', projects: 1, participants: 12, budget: 12345.25 });
    expect(by('BHRDI')).toMatchObject({ state: 'draft', projects: 1, participants: 10 });
    expect(status.counts).toEqual({
      not_started: rows[0]!.n - 2,
      draft: 1,
      submitted: 2,
      returned: 0,
      accepted: 0,
    });
    const own = (await call('pers', 'GET', `${BASE}/status`)).json() as YearStatusView;
    expect(own.agencies.map((a) => a.unitCode)).toEqual(['PERS']);
    for (const who of ['viewer', 'staff'] as const)
      expect((await call(who, 'GET', `${BASE}/status`)).statusCode, who).toBe(403);
    expect((await call('staff', 'GET', '/api/development/years')).statusCode).toBe(403);
    const years = (await call('persApprover', 'GET', '/api/development/years')).json() as YearsView;
    expect([years.institute, years.ownUnitCode]).toEqual([false, 'PERS']);
    const asInstitute = (
      await call('instituteApprover', 'GET', '/api/development/years')
    ).json() as YearsView;
    expect([asInstitute.institute, asInstitute.ownUnitCode]).toEqual([true, null]);
    // a deadline already passed: submitted after it is late, not submitted at all is late too
    await t.db.query(
      `update development_year set submission_deadline = '2020-01-01' where fiscal_year = ${FY}`,
    );
    const late = (await call('admin', 'GET', `${BASE}/status`)).json() as YearStatusView;
    expect(late.agencies.filter((a) => a.late)).toHaveLength(late.agencies.length);
    await t.db.query(
      `update development_year set submission_deadline = '2051-10-31' where fiscal_year = ${FY}`,
    );
  });

  it('the institute returns with a comment, accepts; the plan changes by exactly the accepted projects', async () => {
    const pers = await submission('institute', 'PERS');
    const url = `${BASE}/submissions/PERS`;
    expectApiError(
      await call('institute', 'POST', `${url}/return`, { version: pers.version }),
      400,
      'invalid_input',
    );
    expectApiError(
      await call('institute', 'POST', `${url}/return`, { version: pers.version, comment: '  ' }),
      400,
      'invalid_input',
    );
    expect(
      (await call('pers', 'POST', `${url}/return`, { version: pers.version, comment: 'x' })).statusCode,
    ).toBe(403);
    expectApiError(
      await call('institute', 'POST', `${url}/return`, { version: pers.version - 1, comment: 'x' }),
      409,
      'conflict',
    );
    const returned = await call('institute', 'POST', `${url}/return`, {
      version: pers.version,
      comment: 'งบประมาณ P-1 สูงเกิน',
    });
    expect(returned.json()).toMatchObject({
      state: 'returned',
      comment: 'งบประมาณ P-1 สูงเกิน',
      editable: true,
    });
    expect(await submission('pers', 'PERS')).toMatchObject({
      state: 'returned',
      comment: 'งบประมาณ P-1 สูงเกิน',
    });
    const dcb = await submission('instituteApprover', 'DC-B');
    const accepted = await call('instituteApprover', 'POST', `${BASE}/submissions/DC-B/accept`, {
      version: dcb.version,
    });
    expect(accepted.json()).toMatchObject({ state: 'accepted', comment: null, editable: false });
    let s = await summary();
    expect(totals(s)).toEqual([2, 22, 13345.25]);
    expect(s.strategies.map((x) => [x.no, x.projects, x.participants])).toEqual([
      ['1', 1, 10],
      ['2', 0, 0],
      ['3', 1, 12],
      ['4', 0, 0],
    ]);
    // accepting the returned one is refused; PERS corrects, resubmits and is accepted
    const again = await submission('institute', 'PERS');
    expectApiError(
      await call('institute', 'POST', `${url}/accept`, { version: again.version }),
      409,
      'conflict',
    );
    const p1 = again.projects.find((p) => p.projectCode === 'P-1')!;
    await call('pers', 'PATCH', `${BASE}/projects/${p1.id}`, {
      ...project('P-1', '1', 25, '40000.00', 'ordinance'),
      version: p1.version,
    });
    const re = await call('pers', 'POST', `${url}/submit`, { version: again.version });
    expect(re.json()).toMatchObject({ state: 'submitted', comment: 'งบประมาณ P-1 สูงเกิน' });
    await call('admin', 'POST', `${url}/accept`, {
      version: (re.json() as SubmissionView).version,
      comment: 'รับ',
    });
    s = await summary();
    expect(totals(s)).toEqual([4, 52, 53345.25]);
    expect(s.budgetSources.map((x) => [x.source, x.projects, x.budget])).toEqual([
      ['ordinance', 2, 41000],
      ['other', 1, 12345.25],
      ['none', 1, 0],
    ]);
    const audit = await t.db.query<{ action: string; state: string }>(
      `select action, after->>'state' as state from audit_event
        where entity = 'development_submission' and entity_id = '${FY}/PERS' order by id`,
    );
    expect(audit.rows.map((r) => `${r.action}:${r.state}`)).toEqual([
      'submit:submitted',
      'update:returned',
      'submit:submitted',
      'update:accepted',
    ]);
  });

  it("an agency's plan import prepares its submission: refused once submitted, counted once accepted", async () => {
    const upload = async (text: string) => {
      const body = new FormData();
      body.append('file', new Blob([text]), 'plan.csv');
      const request = new Request('http://x/', { method: 'POST', body });
      return t.app.inject({
        method: 'POST',
        url: '/api/development/imports/plan',
        headers: { ...CSRF, cookie: cookie.pers, 'content-type': request.headers.get('content-type')! },
        payload: Buffer.from(await request.arrayBuffer()),
      });
    };
    const head =
      'fiscal_year,hrd_plan,hrd_plan_name,hrd_strategy,hrd_strategy_name,unit,project_code,project_name,' +
      'activity_type,participants,budget,budget_source\n';
    const locked = await upload(
      `${head}${FY},HRD-IMP,แผนนำเข้า,1,ยุทธศาสตร์ 1,PERS,IM-1,นำเข้า,training,4,,none\n`,
    );
    // (the file's plan differs from the year's too: both errors of row 2 are listed)
    expect(expectApiError(locked, 400, 'invalid_input').issues!.map((i) => `${i.row}:${i.field}`)).toEqual([
      '2:hrd_plan',
      '2:fiscal_year',
    ]);
    const ok = await upload(`${head}2598,HRD-IMP,แผนนำเข้า,1,ยุทธศาสตร์ 1,PERS,IM-1,นำเข้า,training,4,,none\n`);
    expect(ok.statusCode, ok.body).toBe(200);
    const sum98 = async () =>
      totals(
        (
          await call('admin', 'GET', '/api/development/summary?fiscalYear=2598')
        ).json() as DevelopmentSummaryView,
      );
    expect(await sum98()).toEqual([0, 0, 0]);
    const view = (
      await call('pers', 'GET', '/api/development/years/2598/submissions/PERS')
    ).json() as SubmissionView;
    expect(view).toMatchObject({ state: 'draft', version: 1, totals: { projects: 1, participants: 4 } });
    await call('pers', 'POST', '/api/development/years/2598/submissions/PERS/submit', { version: 1 });
    await call('institute', 'POST', '/api/development/years/2598/submissions/PERS/accept', { version: 2 });
    expect(await sum98()).toEqual([1, 4, 0]);
  });

  it('records the approval, then publishes once', async () => {
    const year = async () =>
      (await call('admin', 'GET', '/api/development/years'))
        .json()
        .years.find((y: { fiscalYear: number }) => y.fiscalYear === FY);
    let y = await year();
    expectApiError(
      await call('institute', 'POST', `${BASE}/publish`, { version: y.version }),
      409,
      'conflict',
    );
    const approval = {
      version: y.version,
      approvedBy: 'ปลัดกรุงเทพมหานคร',
      approvedOn: '2051-12-15',
      approvalRef: 'คำสั่ง กทม. ที่ 1/2595',
    };
    expect((await call('pers', 'POST', `${BASE}/approval`, approval)).statusCode).toBe(403);
    expect((await call('institute', 'POST', `${BASE}/approval`, approval)).json()).toMatchObject({
      approvedOn: '2051-12-15',
      version: y.version + 1,
    });
    y = await year();
    const pub = await call('institute', 'POST', `${BASE}/publish`, { version: y.version });
    expect(pub.statusCode).toBe(200);
    expect(pub.json().publishedAt).toMatch(/^\d{4}-/);
    expectApiError(
      await call('institute', 'POST', `${BASE}/publish`, { version: y.version + 1 }),
      409,
      'conflict',
    );
  });
});
