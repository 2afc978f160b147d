/**
 * The authorization matrix (docs/security.md, 4.1 and 4.3): every route the server registers — read from
 * the Fastify instance at run time — has an entry below with the status each role gets when sending a
 * valid request (a fixture per route, so the status reflects authorization, not validation):
 *
 *   anonymous · viewer (committee) · focal point of the owning unit (focal.bhrdi on a BHRDI project) ·
 *   focal point of another unit (focal.pers) · approver (approver.bhrdi) · admin.
 *
 * A route without an entry fails "every registered route has an entry", naming it: whoever adds a route
 * adds its row. Every change route is also sent by the role that may make it, with its session cookie but
 * without the x-tidtam-csrf header: refused with 403, and the whole database unchanged.
 */
import type { HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/load-demo';
import type { PlanTree } from '../../src/shared/api/monitoring';
import { thaiNationalIdValid } from '../../src/shared/api/workforce/people';
import { CSRF, createTestApp, DEMO_PLAN, type TestApp } from '../helpers/api-app';
import { expectErrorShape, fingerprint, registeredRoutes } from './security-helpers';

const ROLES = ['anonymous', 'viewer', 'focalOther', 'approver', 'focalOwn', 'admin'] as const;
type Role = (typeof ROLES)[number];
const USER: Record<Exclude<Role, 'anonymous'>, string> = {
  viewer: 'committee',
  focalOwn: 'focal.bhrdi',
  focalOther: 'focal.pers',
  approver: 'approver.bhrdi',
  admin: 'admin',
};

type Payload = object | FormData | string;
interface Req {
  url: string;
  payload?: Payload;
  headers?: Record<string, string>;
  /** undefined: the role's own session; null: no cookie at all; a string: this cookie. */
  cookie?: string | null;
}
interface Res {
  statusCode: number;
  body: string;
  headers: Record<string, unknown>;
  json(): unknown;
}
interface Entry {
  /** Builds a valid request for the role (creating what it needs first: a fresh unit to close, …). */
  prepare: (role: Role) => Promise<Req> | Req;
  expect: Record<Role, number>;
  /** Extra checks where the status alone does not show the refusal (per-item results). */
  check?: (role: Role, res: Res) => Promise<void> | void;
  /** The request ends the role's sessions: sign in again afterwards. */
  endsSessions?: boolean;
  /** A file download (Content-Disposition: attachment) rather than JSON. */
  download?: boolean;
  /** A page rendered as HTML on purpose (the committee paper): user text in it is escaped, tested apart. */
  html?: boolean;
  /** Only the operator token of the lock file opens it (no web account); no CSRF case (bearer, no cookie). */
  operatorOnly?: boolean;
  /** The role that may make this change where none succeeds in this app (single sign-on is off here). */
  changer?: Role;
  note?: string;
}

// ---- expectation shorthands ----
const all = (status: number): Record<Role, number> => ({
  anonymous: status,
  viewer: status,
  focalOther: status,
  approver: status,
  focalOwn: status,
  admin: status,
});
/** Every signed-in role; 401 without a session. */
const signedIn = (status: number) => ({ ...all(status), anonymous: 401 });
/** The central office only. */
const adminOnly = (status: number) => ({ ...all(403), anonymous: 401, admin: status });
/** Readers of a BHRDI project: everyone signed in but another unit's focal point. */
const projectReaders = (status: number) => ({ ...signedIn(status), focalOther: 403 });
/** No web account at all (the operator token only). */
const nobody = () => ({ ...all(403), anonymous: 401 });

// ---- the app and its demo ----
let t: TestApp;
const cookies = {} as Record<Exclude<Role, 'anonymous'>, string>;
const ids = {
  project: new Map<string, number>(),
  unit: new Map<string, number>(),
  target: 0,
  strategy: 0,
  keyResult: 0,
  actual: 0,
  dummyUser: 0,
  person: 0,
  snapshot: 0,
};
let counter = 0;
const next = () => ++counter;

const project = (code: string) => {
  const id = ids.project.get(code);
  if (id === undefined) throw new Error(`no demo project ${code}`);
  return id;
};
const unit = (code: string) => {
  const id = ids.unit.get(code);
  if (id === undefined) throw new Error(`no demo unit ${code}`);
  return id;
};
/** A person's own entry of outside learning, pending, of the BHRDI person made in beforeAll (FY 2590). */
const OWN_ENTRY = {
  activity: 'การสอนงาน (ทดสอบสิทธิ์)',
  startDate: '2046-11-01',
  endDate: '2046-11-01',
  days: 1,
  mode: 'social',
};
async function pendingEntry(): Promise<number> {
  const r = await one<{ id: number }>(
    `insert into development_record (person_id, fiscal_year, activity, start_date, end_date, days, mode, source,
       state, unit_id)
     values ($1, 2590, 'การสอนงาน (ทดสอบสิทธิ์)', '2046-11-01', '2046-11-01', 1, 'social', 'self', 'pending', $2)
     returning id::int`,
    [ids.person, unit('BHRDI')],
  );
  return r.id;
}

const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => {
  const { rows } = await t.db.query<T & object>(sql, params);
  if (!rows[0]) throw new Error(`no row: ${sql}`);
  return rows[0];
};

/** A fresh FY2566 development project of the unit (ended 2023), optionally with its result filed (version 1). */
async function devProject(unitCode: string, filed: boolean): Promise<number> {
  const { id } = await one<{ id: number }>(
    `insert into development_project (fiscal_year, unit_id, project_code, project_name, hrd_strategy_id,
       activity_type, participants, budget_source, start_date, end_date)
     select 2566, u.id, 'AUTHZ-' || $2, 'โครงการทดสอบสิทธิ์', p.hrd_strategy_id, 'training', 30, 'none',
            '2023-01-10', '2023-01-12'
       from org_unit u, development_project p where u.code = $1 and p.project_code = 'HRD66-003'
     returning id`,
    [unitCode, next()],
  );
  if (filed)
    await t.db.query(
      `insert into development_result (project_id, actual_start, actual_end, participants, filed_on)
       values ($1, '2023-01-10', '2023-01-12', 30, '2023-01-20')`,
      [id],
    );
  return id;
}
const DEV_RESULT = { actualStart: '2023-01-10', actualEnd: '2023-01-12', participants: 28, passed: 27 };
/** Who files a development result: the project's agency (focal.pers on a PERS project), the institute, admin. */
const resultFilers = (status: number) => ({ ...signedIn(status), viewer: 403 });

async function signInAll() {
  for (const [role, username] of Object.entries(USER)) {
    cookies[role as Exclude<Role, 'anonymous'>] = await t.login(username);
  }
}

async function asAdmin(method: HTTPMethods, url: string, payload?: object): Promise<Res> {
  const res = await t.app.inject({
    method,
    url,
    headers: { ...CSRF, cookie: cookies.admin },
    ...(payload === undefined ? {} : { payload }),
  });
  if (res.statusCode >= 300) throw new Error(`fixture ${method} ${url}: ${res.statusCode} ${res.body}`);
  return res;
}

async function newUnit(): Promise<number> {
  const n = next();
  const res = await asAdmin('POST', '/api/units', {
    code: `MX-${n}`,
    name: `หน่วยงานเมทริกซ์ ${n}`,
    kind: 'office',
  });
  return (res.json() as { id: number }).id;
}

async function newKeyResult(): Promise<{ id: number; version: number }> {
  const res = await asAdmin('POST', `/api/plans/${DEMO_PLAN}/key-results`, {
    targetNo: '2',
    fiscalYear: 2566,
    no: `M${next()}`,
    indicator: 'ตัวชี้วัดทดสอบสิทธิ์',
    direction: 'higher_is_better',
    baseline: '0',
    target: '10',
  });
  return res.json() as { id: number; version: number };
}

async function newActual(): Promise<{ id: number; version: number }> {
  const kr = await newKeyResult();
  const res = await asAdmin('POST', `/api/key-results/${kr.id}/actuals`, {
    granularity: 'month',
    period: '2566-05',
    value: '5',
  });
  const actual = (res.json() as { actuals: { id: number; version: number }[] }).actuals[0]!;
  return actual;
}

/** Agencies report only in the open month 2566-06 (never locks in the demo). */
const OPEN_MONTH = '2566-06';
/** BHRDI projects each fixture may use, apart so that one fixture's reports never block another's. */
const REPORT_POOL = ['P4-01', 'P4-02', 'P4-03', 'P4-09', 'P2-02'];
const REVIEW_POOL = ['P2-03', 'P2-07', 'P2-08', 'P2-10', 'P2-12', 'P3-04', 'P5-02', 'P2-05'];
const IMPORT_PROJECT = 'P3-13';

/** A PDF as an upload form (monitoring evidence). */
function evidence(): FormData {
  const form = new FormData();
  form.append('file', new Blob(['%PDF-1.4\n%%EOF\n']), 'หลักฐาน.pdf');
  return form;
}

/** A BHRDI problem that is not closed (its files may change). */
async function openProblem(): Promise<number> {
  const r = await one<{ id: number }>(
    `select pr.id from problem pr join project p on p.id = pr.project_id join org_unit u on u.id = p.owner_unit_id
      where u.code = 'BHRDI' and pr.status <> 'closed' order by pr.id limit 1`,
  );
  return r.id;
}

/** A fresh file on that problem, inserted directly (each role removes its own). */
async function problemEvidence(): Promise<number> {
  const problem = await openProblem();
  const r = await one<{ id: number }>(
    `insert into monitoring_attachment (project_id, problem_id, file_name, media_type, size_bytes, sha256, content,
                                        uploaded_by_label)
     select project_id, id, 'หลักฐาน.pdf', 'application/pdf', 5, repeat('a', 64), '\\x255044462d'::bytea, 'test'
       from problem where id = $1 returning id`,
    [problem],
  );
  return r.id;
}

/** A project of the pool whose open-month report may be (re)submitted by its focal point. */
async function reportable(pool: string[]): Promise<number> {
  for (const code of pool) {
    const { rows } = await t.db.query<{ state: string }>(
      `select state from monthly_report where project_id = $1 and period = 256606 and superseded_at is null`,
      [project(code)],
    );
    if (!rows[0] || ['draft', 'returned'].includes(rows[0].state)) return project(code);
  }
  throw new Error(`no reportable project left in ${pool.join(', ')}`);
}

/** A BHRDI report of the open month waiting for its approver (submitted by focal.bhrdi if need be). */
async function submittedReport(): Promise<number> {
  const { rows } = await t.db.query<{ id: number }>(
    `select m.id from monthly_report m
      where m.project_id = any($1::int[]) and m.period = 256606 and m.superseded_at is null and m.state = 'submitted'
      order by m.id limit 1`,
    [REVIEW_POOL.map(project)],
  );
  if (rows[0]) return rows[0].id;
  const id = await reportable(REVIEW_POOL);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/projects/${id}/reports`,
    headers: { ...CSRF, cookie: cookies.focalOwn },
    payload: { period: OPEN_MONTH, status: 'in_progress', percent: 30 },
  });
  if (res.statusCode !== 201) throw new Error(`fixture submit: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: number }).id;
}

async function bhrdiProblem(): Promise<{ id: number; version: number }> {
  const find = () =>
    t.db.query<{ id: number; version: number }>(
      `select pr.id, pr.version from problem pr join project p on p.id = pr.project_id
        join org_unit u on u.id = p.owner_unit_id where u.code = 'BHRDI' order by pr.id limit 1`,
    );
  let { rows } = await find();
  if (!rows[0]) {
    const id = await reportable(REVIEW_POOL);
    await t.app.inject({
      method: 'POST',
      url: `/api/projects/${id}/reports`,
      headers: { ...CSRF, cookie: cookies.focalOwn },
      payload: {
        action: 'save',
        period: OPEN_MONTH,
        status: 'in_progress',
        percent: 10,
        problems: 'ห้องอบรมไม่พอ',
      },
    });
    ({ rows } = await find());
  }
  return rows[0]!;
}

/** A fresh national ID with a valid check digit. */
function nationalId(): string {
  const first12 = `1${String(10_000_000_000 + next()).padStart(11, '0')}`;
  for (let d = 0; d < 10; d++) if (thaiNationalIdValid(first12 + d)) return first12 + d;
  throw new Error('no check digit');
}

function csv(text: string): FormData {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/csv' }), 'upload.csv');
  return form;
}

// ---- committee fixtures (the demo's meeting 6/2566, a later meeting, BHRDI assignments) ----
const committee = { meeting: 0, agendaItem: 0, later: 0, assignment: 0, attachment: 0 };
/** Committee and secretariat read every meeting; units do not. */
const careers = { path: 0 };
/** A new seat of a key title (ผู้อำนวยการเขต: DD-2562 leads to it) for each nomination made here. */
async function careerSeat(): Promise<number> {
  const { rows } = await t.db.query<{ id: number }>(
    `insert into position (position_no, title, position_type, level, unit_id)
     select $1, 'ผู้อำนวยการเขต', 'managerial', 'senior', id from org_unit where code = 'BHRDI' returning id`,
    [`MX-DD-${next()}`],
  );
  return rows[0]!.id;
}
/** A different demo person for each exception granted here (one open exception per person and path). */
async function careerPersonNo(): Promise<string> {
  const { rows } = await t.db.query<{ no: string }>(
    `select person_no as no from person where person_no is not null order by id offset $1 limit 1`,
    [next()],
  );
  return rows[0]!.no;
}
const committeeReaders = (status: number) => ({ ...all(403), anonymous: 401, viewer: status, admin: status });
/** The office that runs courses: admin and the institute (BHRDI) focal point and approver; others 403. */
const cohortEditors = (status: number) => ({
  ...all(403),
  anonymous: 401,
  focalOwn: status,
  approver: status,
  admin: status,
});
/** A fresh open course cohort (optionally with one member scored): its id and version. */
async function careerCohort(scored = false): Promise<{ id: number; version: number }> {
  const res = await asAdmin('POST', '/api/careers/cohorts', {
    code: `MX-C-${next()}`,
    name: 'รุ่นทดสอบสิทธิ์',
    course: 'หลักสูตรทดสอบ',
    fiscalYear: 2567,
    startsOn: '2024-01-15',
    endsOn: '2024-03-29',
    components: [
      { code: 'exam', name: 'สอบ', weight: 60 },
      { code: 'proposal', name: 'ข้อเสนอ', weight: 40 },
    ],
  });
  if (res.statusCode !== 201) throw new Error(`fixture cohort: ${res.statusCode} ${res.body}`);
  const made = res.json() as { id: number; version: number };
  if (!scored) return made;
  const s = await asAdmin('PUT', `/api/careers/cohorts/${made.id}/scores`, {
    version: made.version,
    rows: [{ personNo: await careerPersonNo(), scores: { exam: 80, proposal: 70 } }],
  });
  return s.json() as { id: number; version: number };
}

async function committeeAssignment(propose = false): Promise<{ id: number; version: number }> {
  const res = await asAdmin('POST', `/api/committee/agenda-items/${committee.agendaItem}/resolutions`, {
    kind: 'assign',
    text: `มติทดสอบสิทธิ์ ${next()}`,
    assignments: [{ unitId: unit('BHRDI'), returnKind: 'report_for_information', dueNextMeeting: true }],
  });
  const id = (res.json() as { assignmentIds: number[] }).assignmentIds[0]!;
  if (!propose) return { id, version: 1 };
  const p = await t.app.inject({
    method: 'POST',
    url: `/api/committee/assignments/${id}/progress`,
    headers: { ...CSRF, cookie: cookies.focalOwn },
    payload: { text: 'ดำเนินการเสร็จแล้ว', proposesClosing: true, version: 1 },
  });
  if (p.statusCode !== 201) throw new Error(`fixture progress: ${p.statusCode} ${p.body}`);
  return { id, version: 2 };
}

/** A small PDF attached by BHRDI's focal point to a fresh assignment's progress; answers the file's id. */
async function committeeAttachment(): Promise<number> {
  const a = await committeeAssignment(true);
  const form = new FormData();
  form.append('file', new Blob(['%PDF-1.4\n%%EOF\n']), 'รายงาน.pdf');
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/committee/assignments/${a.id}/attachments`,
    headers: { ...CSRF, cookie: cookies.focalOwn },
    payload: form,
  });
  if (res.statusCode !== 201) throw new Error(`fixture attachment: ${res.statusCode} ${res.body}`);
  return (res.json() as { attachments: { id: number }[] }).attachments[0]!.id;
}

async function setUpCommittee() {
  committee.meeting = (
    await one<{ id: number }>('select id from committee_meeting where no = 6 and year_be = 2566')
  ).id;
  committee.agendaItem = (
    await one<{ id: number }>(
      "select id from committee_agenda_item where meeting_id = $1 and kind = 'for_consideration'",
      [committee.meeting],
    )
  ).id;
  const later = await asAdmin('POST', '/api/committee/meetings', {
    no: 7,
    yearBe: 2566,
    heldOn: '2023-07-26',
    place: 'ห้องนพรัตน์ ชั้น ๕',
  });
  committee.later = (later.json() as { id: number }).id;
  committee.assignment = (await committeeAssignment()).id;
  committee.attachment = await committeeAttachment();
}

const PLAN_CSV = [
  'plan_code,plan_name,plan_start_year,plan_end_year,target_no,target_name,strategy_no,strategy_name,project_code,project_name,fiscal_years',
  'HR-MATRIX-2567,แผนทดสอบสิทธิ์,2567,2568,1,เป้าประสงค์ทดสอบ,1.1,กลยุทธ์ทดสอบ,MX-01,โครงการทดสอบ,2567',
].join('\n');

const roleUser = (role: Role) => (role === 'anonymous' ? 'committee' : USER[role]);

/**
 * The matrix. Keys are "METHOD /url" exactly as registered. Roles run in the order of ROLES, the allowed
 * ones last, so that one role's success never changes what the next one is asked.
 */
/**
 * The development cycle's fixtures: fiscal year `fy` opened against the test plan HRD-CYC (strategy 1), and
 * PERS's submission of that year put in `state` (null: no submission row), with one project of its own.
 */
const cycleN = { open: 0, publish: 0 };
async function cycleYear(fy: number, state: string | null = 'draft'): Promise<number> {
  await t.db.query(
    `with h as (insert into hrd_plan (code, name, from_fiscal_year, to_fiscal_year)
                values ('HRD-CYC', 'แผนทดสอบวงจร', 2600, 2700) on conflict (code) do update set name = excluded.name
                returning id),
          s as (insert into hrd_strategy (hrd_plan_id, no, name) select id, '1', 'ยุทธศาสตร์ 1' from h
                on conflict (hrd_plan_id, no) do nothing)
     insert into development_year (fiscal_year, hrd_plan_id, form_name) select $1, id, 'HRD' from h
     on conflict (fiscal_year) do nothing`,
    [fy],
  );
  await t.db.query('delete from development_submission where fiscal_year = $1 and unit_id = $2', [
    fy,
    unit('PERS'),
  ]);
  if (state !== null)
    await t.db.query(
      `insert into development_submission (fiscal_year, unit_id, state, submitted_at) values ($1, $2, $3, now())`,
      [fy, unit('PERS'), state],
    );
  const p = await one<{ id: number }>(
    `insert into development_project (fiscal_year, unit_id, project_code, project_name, hrd_strategy_id,
       activity_type, participants, budget_source)
     select $1, $2, 'CYC-' || $3, 'โครงการเมทริกซ์', s.id, 'training', 5, 'none'
       from hrd_strategy s join hrd_plan h on h.id = s.hrd_plan_id where h.code = 'HRD-CYC' and s.no = '1'
     returning id`,
    [fy, unit('PERS'), next()],
  );
  return p.id;
}
const cycleProject = (code: string) => ({
  projectCode: code,
  projectName: 'โครงการเมทริกซ์',
  strategyNo: '1',
  activityType: 'training',
  participants: 3,
  budget: '0',
  budgetSource: 'none',
});
/** Only the institute: admin and BHRDI's focal point and approver. */
const instituteOnly = (status: number) => ({
  ...all(403),
  anonymous: 401,
  admin: status,
  focalOwn: status,
  approver: status,
});
/** Only PERS's own focal point (the agency); the institute may not edit an agency's projects. */
const agencyOnly = (status: number) => ({ ...all(403), anonymous: 401, focalOther: status });

const MATRIX: Record<string, Entry> = {
  // ---- public ----
  'GET /api/health': { prepare: () => ({ url: '/api/health' }), expect: all(200) },
  'GET /api/auth/config': { prepare: () => ({ url: '/api/auth/config' }), expect: all(200) },
  // Single sign-on is off here (no TIDTAM_OIDC_*): 404 for everyone; on, see tests/api/oidc.test.ts.
  'GET /api/auth/oidc/login': { prepare: () => ({ url: '/api/auth/oidc/login' }), expect: all(404) },
  'GET /api/auth/oidc/callback': {
    prepare: () => ({ url: '/api/auth/oidc/callback?state=s&code=c' }),
    expect: all(404),
  },
  'POST /api/auth/login': {
    // Never with the role's cookie: signing in ends the session the browser presents.
    prepare: (role) => ({
      url: '/api/auth/login',
      cookie: null,
      payload: { username: roleUser(role), password: DEMO_PASSWORD },
    }),
    expect: all(200),
  },
  'POST /api/auth/logout': {
    prepare: async (role) => ({
      url: '/api/auth/logout',
      cookie: role === 'anonymous' ? null : await t.login(USER[role]),
    }),
    expect: all(204),
  },
  // Mail is not configured here (no TIDTAM_SMTP_URL): 404 for everyone; with mail, tests/api/passwords.test.ts.
  'POST /api/auth/password-reset': {
    prepare: () => ({ url: '/api/auth/password-reset', payload: { login: 'admin' } }),
    expect: all(404),
    changer: 'admin',
  },
  'POST /api/auth/password-reset/confirm': {
    prepare: () => ({
      url: '/api/auth/password-reset/confirm',
      payload: { token: 'no-such-token-at-all', newPassword: 'a long new password' },
    }),
    expect: all(400),
    changer: 'admin',
  },
  // ---- signed in ----
  // A wrong current password (400) changes nothing; the change itself: tests/api/passwords.test.ts.
  'POST /api/auth/password': {
    prepare: () => ({
      url: '/api/auth/password',
      payload: { oldPassword: 'not the password', newPassword: 'a long new password' },
    }),
    expect: signedIn(400),
    changer: 'admin',
  },
  'POST /api/auth/logout-all': {
    prepare: () => ({ url: '/api/auth/logout-all' }),
    expect: signedIn(204),
    endsSessions: true,
  },
  'GET /api/auth/me': { prepare: () => ({ url: '/api/auth/me' }), expect: signedIn(200) },
  'GET /api/auth/sessions': { prepare: () => ({ url: '/api/auth/sessions' }), expect: signedIn(200) },

  // ---- plans ----
  'GET /api/plans': { prepare: () => ({ url: '/api/plans' }), expect: signedIn(200) },
  'PUT /api/plans/choice': {
    prepare: () => ({ url: '/api/plans/choice', payload: { code: DEMO_PLAN } }),
    expect: signedIn(204),
  },
  // Already current: a no-op for the admin; the changes themselves: tests/api/plan-state.test.ts.
  'PUT /api/plans/:code/state': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/state`, payload: { state: 'current' } }),
    expect: adminOnly(204),
  },
  'DELETE /api/plans/:code': {
    prepare: () => ({ url: '/api/plans/NO-SUCH-PLAN' }),
    expect: adminOnly(404),
    changer: 'admin',
  },
  'PATCH /api/plans/:code': {
    prepare: async () => {
      const plan = await one<{ version: number; name: string }>(
        'select version, name from plan where code = $1',
        [DEMO_PLAN],
      );
      return { url: `/api/plans/${DEMO_PLAN}`, payload: { version: plan.version, name: plan.name } };
    },
    expect: adminOnly(200),
  },
  'GET /api/plans/:code/tree': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/tree` }),
    expect: signedIn(200),
  },
  'GET /api/plans/:code/summary': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/summary?asOf=2566-05` }),
    expect: signedIn(200),
  },
  'GET /api/plans/:code/attention': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/attention?asOf=2566-05` }),
    expect: signedIn(200),
    note: 'each role sees the projects it may read',
  },
  'GET /api/plans/:code/overview': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/overview?asOf=2566-05` }),
    expect: signedIn(200),
    note: 'progress is aggregate; the budget part holds the projects each role may read',
  },
  'GET /api/plans/:code/rounds': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/rounds?fiscalYear=2566` }),
    expect: signedIn(200),
    note: 'progress and key results are aggregate; money holds the projects each role may read',
  },
  'GET /api/plans/:code/action-plan': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/action-plan?fiscalYear=2566` }),
    expect: signedIn(200),
  },
  'GET /api/plans/:code/key-results': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/key-results?fiscalYear=2566` }),
    expect: signedIn(200),
  },
  'POST /api/plans/:code/key-results': {
    prepare: () => ({
      url: `/api/plans/${DEMO_PLAN}/key-results`,
      payload: {
        targetNo: '3',
        fiscalYear: 2566,
        no: `K${next()}`,
        indicator: 'ตัวชี้วัดใหม่',
        direction: 'lower_is_better',
        baseline: '10',
        target: '5',
      },
    }),
    expect: adminOnly(201),
  },
  'GET /api/plans/:code/targets/:no/outcome': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/targets/2/outcome?asOf=2566-05` }),
    expect: signedIn(200),
  },
  'PATCH /api/targets/:id': {
    prepare: () => ({ url: `/api/targets/${ids.target}`, payload: { valueDelivered: `คุณค่า ${next()}` } }),
    expect: adminOnly(204),
  },
  'PATCH /api/strategies/:id': {
    prepare: () => ({ url: `/api/strategies/${ids.strategy}`, payload: { kpi: `ตัวชี้วัด ${next()}` } }),
    expect: adminOnly(204),
  },

  // ---- projects and reports ----
  'GET /api/projects': { prepare: () => ({ url: '/api/projects' }), expect: signedIn(200) },
  'GET /api/projects/:id': {
    prepare: () => ({ url: `/api/projects/${project('P2-03')}` }),
    expect: projectReaders(200),
  },
  'PATCH /api/projects/:id': {
    prepare: async () => {
      const p = await one<{ version: number }>('select version from project where id = $1', [
        project('P2-03'),
      ]);
      return {
        url: `/api/projects/${project('P2-03')}`,
        payload: { version: p.version, kpiUnit: `คน ${next()}` },
      };
    },
    expect: adminOnly(200),
  },
  'POST /api/projects/:id/reports': {
    prepare: async () => ({
      url: `/api/projects/${await reportable(REPORT_POOL)}/reports`,
      payload: { period: OPEN_MONTH, status: 'in_progress', percent: 50, problems: 'วิทยากรไม่พอ' },
    }),
    expect: { anonymous: 401, viewer: 403, focalOther: 403, approver: 403, focalOwn: 201, admin: 201 },
  },
  'PATCH /api/projects/:id/action-plan/:fiscalYear': {
    prepare: async () => {
      const { rows } = await t.db.query<{ version: number }>(
        'select version from project_year_plan where project_id = $1 and fiscal_year = 2566',
        [project('P2-03')],
      );
      return {
        url: `/api/projects/${project('P2-03')}/action-plan/2566`,
        payload: { version: rows[0]?.version ?? null, priority: 1 + (next() % 3) },
      };
    },
    expect: adminOnly(200),
  },
  'GET /api/reports': { prepare: () => ({ url: '/api/reports' }), expect: signedIn(200) },
  'GET /api/reports/:id/changes': {
    prepare: async () => {
      const r = await one<{ id: number }>(
        `select id from monthly_report where project_id = $1 and superseded_at is null order by period limit 1`,
        [project('P2-03')],
      );
      return { url: `/api/reports/${r.id}/changes` };
    },
    expect: projectReaders(200),
  },
  'GET /api/projects/:id/attachments': {
    prepare: () => ({ url: `/api/projects/${project('P2-03')}/attachments?period=${OPEN_MONTH}` }),
    expect: projectReaders(200),
  },
  'POST /api/projects/:id/attachments': {
    prepare: async () => ({
      url: `/api/projects/${await reportable(REPORT_POOL)}/attachments?period=${OPEN_MONTH}`,
      payload: evidence(),
    }),
    // Files change as the report would be saved: its focal point, or the centre (tests/api/monitoring-attachments.test.ts).
    expect: { anonymous: 401, viewer: 403, focalOther: 403, approver: 403, focalOwn: 201, admin: 201 },
  },
  'GET /api/problems/:id/attachments': {
    prepare: async () => ({ url: `/api/problems/${await openProblem()}/attachments` }),
    expect: projectReaders(200),
  },
  'POST /api/problems/:id/attachments': {
    prepare: async () => ({ url: `/api/problems/${await openProblem()}/attachments`, payload: evidence() }),
    expect: { anonymous: 401, viewer: 403, focalOther: 403, approver: 201, focalOwn: 201, admin: 201 },
  },
  'GET /api/monitoring/attachments/:id': {
    prepare: async () => ({ url: `/api/monitoring/attachments/${await problemEvidence()}` }),
    expect: { ...signedIn(200), focalOther: 404 },
    download: true,
  },
  'DELETE /api/monitoring/attachments/:id': {
    prepare: async () => ({ url: `/api/monitoring/attachments/${await problemEvidence()}` }),
    expect: { anonymous: 401, viewer: 403, focalOther: 404, approver: 200, focalOwn: 200, admin: 200 },
  },
  'POST /api/reports/:id/review': {
    prepare: async () => ({
      url: `/api/reports/${await submittedReport()}/review`,
      payload: { action: 'approve' },
    }),
    // Only an approver of the owning unit approves; the centre accepts instead (docs/decisions/0006).
    expect: { anonymous: 401, viewer: 403, focalOther: 403, approver: 200, focalOwn: 403, admin: 403 },
  },
  'POST /api/reports/:id/review #return': {
    prepare: async () => ({
      url: `/api/reports/${await submittedReport()}/review`,
      payload: { action: 'return', comment: 'กรุณาแก้ไขร้อยละ' },
    }),
    // Returning a submitted report: its unit's approver or the centre.
    expect: { anonymous: 401, viewer: 403, focalOther: 403, approver: 200, focalOwn: 403, admin: 200 },
  },
  'POST /api/reports/review': {
    prepare: async () => ({
      url: '/api/reports/review',
      payload: { action: 'approve', ids: [await submittedReport()] },
    }),
    // Each report in its own transaction: the answer is 200 with a result per report, and a refused one
    // says why (ok: false) and stays as it was.
    expect: signedIn(200),
    check: async (role, res) => {
      if (res.statusCode !== 200) return;
      const [result] = res.json() as { id: number; ok: boolean; reason?: { th: string; en: string } }[];
      const { state } = await one<{ state: string }>('select state from monthly_report where id = $1', [
        result!.id,
      ]);
      if (role === 'approver') {
        expect(result).toMatchObject({ ok: true });
        expect(state).toBe('approved');
      } else {
        expect(result, role).toMatchObject({
          ok: false,
          reason: { th: expect.any(String), en: expect.any(String) },
        });
        expect(state, role).toBe('submitted');
      }
    },
    note: '200 for every signed-in role; per report ok: false for those who may not approve',
  },

  // ---- follow-up ----
  'GET /api/problems': { prepare: () => ({ url: '/api/problems' }), expect: signedIn(200) },
  'PATCH /api/problems/:id': {
    prepare: async () => {
      const p = await bhrdiProblem();
      return {
        url: `/api/problems/${p.id}`,
        payload: { version: p.version, status: next() % 2 ? 'in_progress' : 'open' },
      };
    },
    // The owning unit's focal point and approver change status and resolution; the centre everything.
    expect: { anonymous: 401, viewer: 403, focalOther: 403, approver: 200, focalOwn: 200, admin: 200 },
  },

  // ---- timeliness, my work, reminders ----
  'GET /api/timeliness': {
    prepare: () => ({ url: `/api/timeliness?plan=${DEMO_PLAN}` }),
    expect: signedIn(200),
  },
  'GET /api/timeliness/missing': {
    prepare: () => ({ url: `/api/timeliness/missing?plan=${DEMO_PLAN}&period=${OPEN_MONTH}` }),
    expect: signedIn(200),
    note: 'focal points and approvers get their own unit’s rows only',
  },
  'GET /api/my-work': { prepare: () => ({ url: '/api/my-work' }), expect: signedIn(200) },
  'POST /api/reminders/run': {
    prepare: () => ({ url: '/api/reminders/run', payload: { dryRun: true } }),
    expect: adminOnly(200),
  },
  'POST /api/committee/reminders/run': {
    prepare: () => ({ url: '/api/committee/reminders/run', payload: { dryRun: true } }),
    expect: adminOnly(200),
  },
  'POST /api/development/reminders/run': {
    prepare: () => ({ url: '/api/development/reminders/run', payload: { dryRun: true } }),
    expect: instituteOnly(200),
  },

  // ---- imports ----
  'POST /api/imports/plan': {
    prepare: () => ({ url: '/api/imports/plan?dryRun=true', payload: csv(PLAN_CSV) }),
    expect: adminOnly(200),
  },
  'POST /api/imports/reports': {
    prepare: () => ({
      url: '/api/imports/reports?dryRun=true',
      payload: csv(
        `plan_code,project_code,period,status,percent\n${DEMO_PLAN},${IMPORT_PROJECT},${OPEN_MONTH},in_progress,40\n`,
      ),
    }),
    // Another unit's focal point may import, but not rows of this unit's project: 400 naming the row.
    expect: { anonymous: 401, viewer: 403, focalOther: 400, approver: 403, focalOwn: 200, admin: 200 },
    check: (role, res) => {
      if (role !== 'focalOther') return;
      const error = (res.json() as { error: { issues: { row?: number; field: string }[] } }).error;
      expect(error.issues).toContainEqual(expect.objectContaining({ row: 2, field: 'project_code' }));
    },
  },

  // ---- workforce imports (admin only: person_no and position_no are BMA-wide) ----
  'POST /api/workforce/imports/:kind': {
    prepare: () => ({
      url: '/api/workforce/imports/people?dryRun=true',
      payload: csv('person_no,first_name,last_name,birth_date,staff_type\n8800001,ก,ข,1970-01-01,teacher\n'),
    }),
    expect: adminOnly(200),
  },
  'GET /api/imports/plan/template.xlsx': {
    prepare: () => ({ url: '/api/imports/plan/template.xlsx' }),
    expect: adminOnly(200),
    download: true,
  },
  'GET /api/imports/reports/template.xlsx': {
    prepare: () => ({ url: '/api/imports/reports/template.xlsx' }),
    expect: { anonymous: 401, viewer: 403, focalOther: 200, approver: 403, focalOwn: 200, admin: 200 },
    download: true,
    note: 'who imports reports: admin and focal points (their own unit’s projects listed)',
  },
  // ---- development imports: admin and the institute (BHRDI) every row; another agency's focal point its own ----
  'POST /api/development/imports/:kind': {
    prepare: (role) => ({
      url: '/api/development/imports/plan?dryRun=true',
      payload: csv(
        'fiscal_year,hrd_plan,hrd_plan_name,hrd_strategy,hrd_strategy_name,unit,project_code,project_name,' +
          'activity_type,participants,budget_source\n' +
          `2590,HRD-T,แผนทดสอบ,1,ยุทธศาสตร์ 1,${role === 'focalOther' ? 'PERS' : 'BHRDI'},M-1,ก,training,5,none\n`,
      ),
    }),
    expect: { ...signedIn(200), viewer: 403 },
  },
  'GET /api/development/imports/:kind/template.xlsx': {
    prepare: () => ({ url: '/api/development/imports/plan/template.xlsx' }),
    download: true,
    expect: { ...signedIn(200), viewer: 403 },
    note: 'whoever may import; staff 403',
  },
  'GET /api/workforce/imports/:kind/template.xlsx': {
    prepare: () => ({ url: '/api/workforce/imports/people/template.xlsx' }),
    expect: adminOnly(200),
    download: true,
  },

  // ---- units ----
  'GET /api/units': { prepare: () => ({ url: '/api/units' }), expect: signedIn(200) },
  'GET /api/agencies/:code/overview': {
    prepare: () => ({ url: `/api/agencies/BHRDI/overview?plan=${DEMO_PLAN}&asOf=2566-05` }),
    // The agency page: readers of any unit, or the unit's own focal point and approver.
    expect: projectReaders(200),
  },
  'POST /api/units': {
    prepare: () => {
      const n = next();
      return { url: '/api/units', payload: { code: `MN-${n}`, name: `หน่วยงานใหม่ ${n}`, kind: 'district' } };
    },
    expect: adminOnly(201),
  },
  'PATCH /api/units/:id': {
    prepare: () => ({
      url: `/api/units/${unit('D-BANGRAK')}`,
      payload: { name: `สำนักงานเขตบางรัก ${next()}` },
    }),
    expect: adminOnly(200),
  },
  'POST /api/units/:id/close': {
    prepare: async () => ({
      url: `/api/units/${await newUnit()}/close`,
      payload: { successorId: unit('PERS') },
    }),
    expect: adminOnly(200),
  },
  'POST /api/units/merge': {
    prepare: async () => ({
      url: '/api/units/merge',
      payload: { unitIds: [await newUnit(), await newUnit()], successorId: unit('PERS') },
    }),
    expect: adminOnly(200),
  },

  // ---- users ----
  'GET /api/users': { prepare: () => ({ url: '/api/users' }), expect: adminOnly(200) },
  'POST /api/users': {
    prepare: () => ({
      url: '/api/users',
      payload: {
        username: `matrix.${next()}`,
        displayName: 'ผู้ทดสอบสิทธิ์',
        password: 'a-long-enough-password',
        role: 'focal_point',
        unitId: unit('PERS'),
      },
    }),
    expect: adminOnly(201),
  },
  'PATCH /api/users/:id': {
    prepare: () => ({ url: `/api/users/${ids.dummyUser}`, payload: { displayName: `ผู้ใช้ทดสอบ ${next()}` } }),
    expect: adminOnly(200),
  },
  // Single sign-on is off here, so even the admin's link is refused (400); on: tests/api/admin-sso.test.ts.
  'PUT /api/users/:id/sso': {
    prepare: () => ({ url: `/api/users/${ids.dummyUser}/sso`, payload: { subject: `matrix-${next()}` } }),
    expect: adminOnly(400),
    changer: 'admin',
  },
  'DELETE /api/users/:id/sso': {
    prepare: async () => {
      // An identity to remove (as if linked while single sign-on was on).
      await t.db.query(
        `insert into user_oidc_identity (issuer, subject, user_id) values ('https://idp.example.go.th', $1, $2)`,
        [`matrix-${next()}`, ids.dummyUser],
      );
      return { url: `/api/users/${ids.dummyUser}/sso` };
    },
    expect: adminOnly(200),
  },

  // ---- reporting months ----
  'GET /api/reporting-months': { prepare: () => ({ url: '/api/reporting-months' }), expect: signedIn(200) },
  'POST /api/reporting-months': {
    prepare: () => {
      const n = next();
      // A year BE up to 2700 (src/domain/period.ts), whatever the counter has reached by now.
      return { url: '/api/reporting-months', payload: { period: `${2600 + (n % 100)}-01` } };
    },
    expect: adminOnly(201),
  },
  'PATCH /api/reporting-months/:period': {
    prepare: () => ({ url: `/api/reporting-months/${OPEN_MONTH}`, payload: { lockAfterDays: null } }),
    expect: adminOnly(200),
  },
  'POST /api/reporting-months/:period/exceptions': {
    prepare: () => ({
      url: '/api/reporting-months/2566-05/exceptions',
      payload: { unitId: unit('D-BANGRAK'), until: '2099-12-31', reason: `ทดสอบ ${next()}` },
    }),
    expect: adminOnly(200),
  },

  // ---- key results ----
  'GET /api/key-results/:id': {
    prepare: () => ({ url: `/api/key-results/${ids.keyResult}` }),
    expect: signedIn(200),
  },
  'PATCH /api/key-results/:id': {
    prepare: async () => {
      const kr = await one<{ version: number }>('select version from key_result where id = $1', [
        ids.keyResult,
      ]);
      return {
        url: `/api/key-results/${ids.keyResult}`,
        payload: { version: kr.version, note: `หมายเหตุ ${next()}` },
      };
    },
    expect: adminOnly(200),
  },
  'DELETE /api/key-results/:id': {
    prepare: async () => {
      const kr = await newKeyResult();
      return { url: `/api/key-results/${kr.id}?version=${kr.version}` };
    },
    expect: adminOnly(204),
  },
  'POST /api/key-results/:id/actuals': {
    prepare: async () => ({
      url: `/api/key-results/${(await newKeyResult()).id}/actuals`,
      payload: { granularity: 'quarter', period: '2566-Q2', value: '3' },
    }),
    expect: adminOnly(201),
  },
  'PUT /api/key-results/:id/projects': {
    prepare: () => ({
      url: `/api/key-results/${ids.keyResult}/projects`,
      payload: { projectIds: [project('P2-03')] },
    }),
    expect: adminOnly(200),
  },
  'PATCH /api/key-result-actuals/:id': {
    prepare: async () => {
      const a = await one<{ version: number }>('select version from key_result_actual where id = $1', [
        ids.actual,
      ]);
      return {
        url: `/api/key-result-actuals/${ids.actual}`,
        payload: { version: a.version, comment: `ที่มา ${next()}` },
      };
    },
    expect: adminOnly(200),
  },
  'DELETE /api/key-result-actuals/:id': {
    prepare: async () => {
      const a = await newActual();
      return { url: `/api/key-result-actuals/${a.id}?version=${a.version}` };
    },
    expect: adminOnly(200),
  },

  // ---- snapshots, committee papers, exports ----
  'GET /api/plans/:code/snapshots': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/snapshots` }),
    expect: signedIn(200),
  },
  'POST /api/plans/:code/snapshots': {
    prepare: () => ({
      url: `/api/plans/${DEMO_PLAN}/snapshots`,
      payload: { period: '2566-05', basis: 'submitted' },
    }),
    expect: adminOnly(201),
  },
  'GET /api/plans/:code/snapshots/compare': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/snapshots/compare?a=2566-04&b=2566-05` }),
    expect: signedIn(200),
  },
  'GET /api/plans/:code/snapshots/:id': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/snapshots/${ids.snapshot}` }),
    expect: signedIn(200),
  },
  'GET /api/plans/:code/paper.docx': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/paper.docx?asOf=2566-05` }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/plans/:code/paper.xlsx': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/paper.xlsx?asOf=2566-05` }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/plans/:code/rounds.docx': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/rounds.docx?fiscalYear=2566` }),
    expect: signedIn(200),
    download: true,
    note: 'the round paper: money scoped like the round report',
  },
  'GET /api/plans/:code/rounds.xlsx': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/rounds.xlsx?fiscalYear=2566` }),
    expect: signedIn(200),
    download: true,
    note: 'the round paper: money scoped like the round report',
  },
  'GET /api/plans/:code/paper.html': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/paper.html?asOf=2566-05` }),
    expect: signedIn(200),
    html: true,
  },
  'GET /api/exports/projects.xlsx': {
    prepare: () => ({ url: '/api/exports/projects.xlsx' }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/projects.csv': {
    prepare: () => ({ url: '/api/exports/projects.csv' }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/problems.xlsx': {
    prepare: () => ({ url: '/api/exports/problems.xlsx' }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/problems.csv': {
    prepare: () => ({ url: '/api/exports/problems.csv' }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/reports.xlsx': {
    prepare: () => ({ url: '/api/exports/reports.xlsx' }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/reports.csv': {
    prepare: () => ({ url: '/api/exports/reports.csv' }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/key-results.xlsx': {
    prepare: () => ({ url: `/api/exports/key-results.xlsx?plan=${DEMO_PLAN}&fiscalYear=2566` }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/key-results.csv': {
    prepare: () => ({ url: `/api/exports/key-results.csv?plan=${DEMO_PLAN}&fiscalYear=2566` }),
    expect: signedIn(200),
    download: true,
  },

  'GET /api/exports/review-queue.xlsx': {
    prepare: () => ({ url: '/api/exports/review-queue.xlsx' }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/review-queue.csv': {
    prepare: () => ({ url: '/api/exports/review-queue.csv' }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/timeliness.xlsx': {
    prepare: () => ({ url: `/api/exports/timeliness.xlsx?plan=${DEMO_PLAN}&from=2566-03&to=2566-05` }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/timeliness.csv': {
    prepare: () => ({ url: `/api/exports/timeliness.csv?plan=${DEMO_PLAN}&from=2566-03&to=2566-05` }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/attention.xlsx': {
    prepare: () => ({ url: `/api/exports/attention.xlsx?plan=${DEMO_PLAN}&asOf=2566-05` }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/attention.csv': {
    prepare: () => ({ url: `/api/exports/attention.csv?plan=${DEMO_PLAN}&asOf=2566-05` }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/action-plan.xlsx': {
    prepare: () => ({ url: `/api/exports/action-plan.xlsx?plan=${DEMO_PLAN}&fiscalYear=2566` }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/action-plan.csv': {
    prepare: () => ({ url: `/api/exports/action-plan.csv?plan=${DEMO_PLAN}&fiscalYear=2566` }),
    expect: signedIn(200),
    download: true,
  },
  // ---- people (personal data) ----
  'GET /api/people': {
    prepare: () => ({ url: '/api/people' }),
    expect: signedIn(200),
    note: 'focal points and approvers get their own unit’s people only',
  },
  'GET /api/people/:id': {
    prepare: () => ({ url: `/api/people/${ids.person}` }),
    // A BHRDI person: another unit's focal point is told it does not exist.
    expect: { ...signedIn(200), focalOther: 404 },
  },
  'POST /api/people/:id/reveal': {
    prepare: () => ({ url: `/api/people/${ids.person}/reveal` }),
    expect: adminOnly(200),
  },
  // ---- workforce (figures for every signed-in role, own unit for focal points; names never for viewer) ----
  'GET /api/workforce/headcount': {
    prepare: () => ({ url: '/api/workforce/headcount' }),
    expect: signedIn(200),
  },
  'GET /api/workforce/vacancies': {
    prepare: () => ({ url: '/api/workforce/vacancies' }),
    expect: signedIn(200),
  },
  'GET /api/workforce/retirements': {
    prepare: () => ({ url: '/api/workforce/retirements' }),
    expect: signedIn(200),
  },
  // formats.md's `workforce retirements` report: BMA-wide, so admin and committee only
  'GET /api/workforce/retirements/report': {
    prepare: () => ({ url: '/api/workforce/retirements/report?fromFiscalYear=2575&years=5' }),
    expect: { ...signedIn(403), admin: 200, viewer: 200 },
  },
  'GET /api/workforce/age-profile': {
    prepare: () => ({ url: '/api/workforce/age-profile' }),
    expect: signedIn(200),
  },
  'GET /api/workforce/movements': {
    prepare: () => ({ url: '/api/workforce/movements' }),
    expect: signedIn(200),
  },
  'GET /api/workforce/export.xlsx': {
    prepare: () => ({ url: '/api/workforce/export.xlsx?view=headcount' }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/workforce/people': {
    prepare: () => ({ url: '/api/workforce/people' }),
    expect: { ...signedIn(200), viewer: 403 },
  },
  'GET /api/workforce/people/:personNo': {
    prepare: async () => {
      const p = await one<{ person_no: string }>('select person_no from person where id = $1', [ids.person]);
      return { url: `/api/workforce/people/${p.person_no}` };
    },
    expect: { ...signedIn(200), viewer: 403, focalOther: 404 },
  },
  'GET /api/workforce/me': {
    prepare: () => ({ url: '/api/workforce/me' }),
    expect: signedIn(404),
    note: 'none of these users is linked to a person; a staff user gets their own page',
  },
  'PUT /api/users/:id/person': {
    prepare: () => ({ url: `/api/users/${ids.dummyUser}/person`, payload: { personNo: null } }),
    expect: adminOnly(200),
  },
  'POST /api/people': {
    prepare: () => ({
      url: '/api/people',
      payload: {
        nationalId: nationalId(),
        birthDate: '1980-02-29',
        firstName: 'ทดสอบ',
        lastName: 'สิทธิ์',
        unitId: unit('BHRDI'),
      },
    }),
    expect: adminOnly(201),
  },

  // ---- committee (meetings, resolutions, assignments; issue 13) ----
  'GET /api/committee/meetings': {
    prepare: () => ({ url: '/api/committee/meetings' }),
    expect: committeeReaders(200),
  },
  'POST /api/committee/meetings': {
    prepare: () => {
      const n = next();
      return {
        url: '/api/committee/meetings',
        payload: {
          no: (n % 99) + 1,
          yearBe: 2600 + Math.floor(n / 99),
          heldOn: '2024-01-10',
          online: 'Zoom',
        },
      };
    },
    expect: adminOnly(201),
  },
  'GET /api/committee/meetings/:id': {
    prepare: () => ({ url: `/api/committee/meetings/${committee.meeting}` }),
    expect: committeeReaders(200),
  },
  'POST /api/committee/meetings/:id/agenda-items': {
    prepare: () => ({
      url: `/api/committee/meetings/${committee.later}/agenda-items`,
      payload: { kind: 'schedule', title: 'เรื่องกำหนดวันประชุม' },
    }),
    expect: adminOnly(201),
  },
  'POST /api/committee/agenda-items/:id/resolutions': {
    prepare: () => ({
      url: `/api/committee/agenda-items/${committee.agendaItem}/resolutions`,
      payload: { kind: 'acknowledge', text: 'รับทราบ', suggestions: ['ข้อเสนอแนะทดสอบ'] },
    }),
    expect: adminOnly(201),
  },
  'POST /api/committee/resolutions/:id/assignments': {
    prepare: async () => {
      const { rows } = await t.db.query<{ id: number }>(
        'select resolution_id as id from committee_assignment where id = $1',
        [committee.assignment],
      );
      return {
        url: `/api/committee/resolutions/${rows[0]!.id}/assignments`,
        payload: { unitId: await newUnit(), returnKind: 'submit_for_consideration', dueDate: '2024-03-31' },
      };
    },
    expect: adminOnly(201),
  },
  'GET /api/committee/search': {
    prepare: () => ({ url: `/api/committee/search?q=${encodeURIComponent('แผนยุทธศาสตร์')}` }),
    expect: committeeReaders(200),
  },
  'GET /api/committee/assignments': {
    prepare: () => ({ url: '/api/committee/assignments' }),
    expect: signedIn(200),
    note: 'focal points and approvers get their own unit’s assignments only',
  },
  'GET /api/committee/assignments/by-unit': {
    prepare: () => ({ url: '/api/committee/assignments/by-unit' }),
    expect: signedIn(200),
  },
  'GET /api/committee/assignments/:id': {
    prepare: () => ({ url: `/api/committee/assignments/${committee.assignment}` }),
    // A BHRDI assignment: another unit's focal point is told it does not exist.
    expect: { ...signedIn(200), focalOther: 404 },
  },
  'POST /api/committee/assignments/:id/progress': {
    prepare: async () => {
      const a = await committeeAssignment();
      return {
        url: `/api/committee/assignments/${a.id}/progress`,
        payload: { text: 'ความคืบหน้าทดสอบ', proposesClosing: false, version: a.version },
      };
    },
    // Only the assigned unit reports: another unit is not told it exists; the secretariat (OCSC-BMA) may not.
    expect: { ...all(201), anonymous: 401, viewer: 403, focalOther: 404, admin: 403 },
  },
  // Files on progress (migration 0021): as reporting progress; readers as the assignment's.
  'POST /api/committee/assignments/:id/attachments': {
    prepare: async () => {
      const a = await committeeAssignment(true);
      const form = new FormData();
      form.append('file', new Blob(['%PDF-1.4\n%%EOF\n']), 'ผลการดำเนินงาน.pdf');
      return { url: `/api/committee/assignments/${a.id}/attachments`, payload: form };
    },
    expect: { ...all(201), anonymous: 401, viewer: 403, focalOther: 404, admin: 403 },
  },
  'GET /api/committee/attachments/:id': {
    prepare: () => ({ url: `/api/committee/attachments/${committee.attachment}` }),
    expect: { ...signedIn(200), focalOther: 404 },
    download: true,
  },
  'DELETE /api/committee/attachments/:id': {
    prepare: async () => ({ url: `/api/committee/attachments/${await committeeAttachment()}` }),
    expect: { ...all(200), anonymous: 401, viewer: 403, focalOther: 404, admin: 403 },
  },
  'POST /api/committee/assignments/:id/close': {
    prepare: async () => {
      const a = await committeeAssignment(true);
      return {
        url: `/api/committee/assignments/${a.id}/close`,
        payload: { meetingId: committee.later, version: a.version },
      };
    },
    expect: adminOnly(200),
  },
  'GET /api/committee/meetings/:id/follow-up.docx': {
    prepare: () => ({ url: `/api/committee/meetings/${committee.later}/follow-up.docx` }),
    expect: committeeReaders(200),
    download: true,
  },
  'GET /api/committee/meetings/:id/minutes-draft.docx': {
    prepare: () => ({ url: `/api/committee/meetings/${committee.meeting}/minutes-draft.docx` }),
    expect: committeeReaders(200),
    download: true,
  },

  // ---- careers (issue 12; the demo's paths are drafts: the matrix approves DD-2562 first) ----
  'GET /api/careers/paths': { prepare: () => ({ url: '/api/careers/paths' }), expect: signedIn(200) },
  'GET /api/careers/paths/:id': {
    prepare: () => ({ url: `/api/careers/paths/${careers.path}` }),
    expect: signedIn(200),
  },
  'POST /api/careers/paths': {
    prepare: () => ({
      url: '/api/careers/paths',
      payload: {
        code: `MX-PATH-${next()}`,
        name: 'เส้นทางทดสอบสิทธิ์',
        targetTitle: 'ผู้อำนวยการเขต',
        criteria: { kind: 'evidenced_work', min: 1 },
      },
    }),
    expect: adminOnly(201),
  },
  'PUT /api/careers/paths/:id/draft': {
    prepare: async () => {
      const { rows } = await t.db.query<{ version: number }>(
        `select version from career_path_version where path_id = $1 and status = 'draft'`,
        [careers.path],
      );
      return {
        url: `/api/careers/paths/${careers.path}/draft`,
        payload: { criteria: { kind: 'evidenced_work', min: 2 }, version: rows[0]?.version ?? null },
      };
    },
    expect: adminOnly(200),
  },
  'POST /api/careers/paths/:id/approve': {
    prepare: async () => {
      const path = (
        await asAdmin('POST', '/api/careers/paths', {
          code: `MX-APPROVE-${next()}`,
          name: 'เส้นทางทดสอบอนุมัติ',
          targetTitle: 'ผู้อำนวยการเขต',
          criteria: { kind: 'evidenced_work', min: 1 },
        })
      ).json() as { id: number; versions: { version: number }[] };
      return {
        url: `/api/careers/paths/${path.id}/approve`,
        payload: { effectiveFrom: '2030-01-01', version: path.versions[0]!.version },
      };
    },
    expect: adminOnly(200),
  },
  'GET /api/careers/paths/:id/eligibility': {
    prepare: () => ({ url: `/api/careers/paths/${careers.path}/eligibility?asOf=2024-10-01` }),
    expect: signedIn(200),
    note: 'focal points and approvers: their own unit; the committee: figures only (people null)',
    check: (role, res) => {
      if (role === 'viewer') expect((res.json() as { people: unknown }).people).toBeNull();
    },
  },
  'GET /api/careers/self-check': {
    prepare: () => ({ url: '/api/careers/self-check' }),
    expect: { ...all(404), anonymous: 401 },
    note: 'no demo account is linked to a person: 404 for each (tests/api/careers.test.ts links one)',
  },
  'GET /api/careers/paths/:id/exceptions': {
    prepare: () => ({ url: `/api/careers/paths/${careers.path}/exceptions` }),
    expect: { ...signedIn(200), viewer: 403 },
    note: "focal points and approvers: their own unit's people; the committee: figures only (eligibility)",
  },
  'POST /api/careers/paths/:id/exceptions': {
    prepare: async () => ({
      url: `/api/careers/paths/${careers.path}/exceptions`,
      payload: {
        personNo: await careerPersonNo(),
        criterionRef: null,
        reason: 'ทดสอบสิทธิ์',
        orderRef: `MX-${next()}`,
        validFrom: '2024-01-01',
        validUntil: '2024-12-31',
      },
    }),
    expect: adminOnly(201),
  },
  'POST /api/careers/exceptions/:id/revoke': {
    prepare: async () => {
      const made = (
        await asAdmin('POST', `/api/careers/paths/${careers.path}/exceptions`, {
          personNo: await careerPersonNo(),
          reason: 'ทดสอบการเพิกถอน',
          orderRef: `MX-${next()}`,
          validFrom: '2024-01-01',
          validUntil: '2024-12-31',
        })
      ).json() as { id: number; version: number };
      return {
        url: `/api/careers/exceptions/${made.id}/revoke`,
        payload: { reason: 'ทดสอบ', version: made.version },
      };
    },
    expect: adminOnly(200),
  },
  'GET /api/careers/path-file': {
    prepare: () => ({ url: '/api/careers/path-file?code=DD-2562' }),
    expect: signedIn(200),
    download: true,
  },
  'POST /api/careers/path-file': {
    prepare: () => {
      const form = new FormData();
      const file = {
        format: 'tidtam-career-paths',
        formatVersion: 1,
        paths: [
          {
            code: `MX-FILE-${next()}`,
            name: 'เส้นทางทดสอบไฟล์',
            targetTitle: 'ผู้อำนวยการเขต',
            versions: [
              {
                versionNo: 1,
                status: 'draft',
                effectiveFrom: null,
                stages: [],
                criteria: { kind: 'evidenced_work', min: 1 },
              },
            ],
          },
        ],
      };
      form.append('file', new Blob([JSON.stringify(file)], { type: 'application/json' }), 'paths.json');
      return { url: '/api/careers/path-file', payload: form };
    },
    expect: adminOnly(200),
  },
  'GET /api/careers/talent-pool': {
    prepare: () => ({ url: '/api/careers/talent-pool?asOf=2024-10-01' }),
    expect: signedIn(200),
    note: "focal points and approvers: their unit's seats; the committee: figures only (positions null)",
    check: (role, res) => {
      if (role === 'viewer') expect((res.json() as { positions: unknown }).positions).toBeNull();
    },
  },
  'POST /api/careers/nominations': {
    prepare: async () => ({
      url: '/api/careers/nominations',
      payload: { positionId: await careerSeat(), personNo: await careerPersonNo(), readiness: 'later' },
    }),
    expect: adminOnly(201),
  },
  'POST /api/careers/nominations/:id': {
    prepare: async () => {
      const made = (
        await asAdmin('POST', '/api/careers/nominations', {
          positionId: await careerSeat(),
          personNo: await careerPersonNo(),
          readiness: 'later',
        })
      ).json() as { id: number };
      return { url: `/api/careers/nominations/${made.id}`, payload: { consent: 'yes', version: 1 } };
    },
    expect: adminOnly(200),
  },
  'GET /api/careers/succession': {
    prepare: () => ({ url: '/api/careers/succession' }),
    expect: signedIn(200),
  },
  'GET /api/careers/cohorts': { prepare: () => ({ url: '/api/careers/cohorts' }), expect: signedIn(200) },
  'POST /api/careers/cohorts': {
    prepare: () => ({
      url: '/api/careers/cohorts',
      payload: {
        code: `MX-C-${next()}`,
        name: 'รุ่นทดสอบสิทธิ์',
        course: 'หลักสูตรทดสอบ',
        fiscalYear: 2567,
        startsOn: '2024-01-15',
        endsOn: '2024-03-29',
        components: [{ code: 'exam', name: 'สอบ', weight: 100 }],
        passMark: 60,
      },
    }),
    expect: cohortEditors(201),
  },
  'GET /api/careers/cohorts/:id': {
    prepare: async () => ({ url: `/api/careers/cohorts/${(await careerCohort(true)).id}` }),
    expect: signedIn(200),
    note: 'the committee and other agencies: no names; staff: their own row (tests/api/careers-cohorts.test.ts)',
    check: (role, res) => {
      if (res.statusCode !== 200) return;
      const names = (res.json() as { list: { name: string | null }[] }).list.map((r) => r.name);
      if (role === 'viewer' || role === 'focalOther') expect(names).toEqual([null]);
      else expect(names[0]).not.toBeNull();
    },
  },
  'PUT /api/careers/cohorts/:id/scores': {
    prepare: async () => {
      const c = await careerCohort();
      return {
        url: `/api/careers/cohorts/${c.id}/scores`,
        payload: { version: c.version, rows: [{ personNo: await careerPersonNo(), scores: { exam: 75 } }] },
      };
    },
    expect: cohortEditors(200),
  },
  'POST /api/careers/cohorts/:id/scores/import': {
    prepare: async () => {
      const c = await careerCohort();
      return {
        url: `/api/careers/cohorts/${c.id}/scores/import`,
        payload: csv(`person_no,exam,proposal\n${await careerPersonNo()},80,70\n`),
      };
    },
    expect: cohortEditors(200),
  },
  'POST /api/careers/cohorts/:id/status': {
    prepare: async () => {
      const c = await careerCohort(true);
      return {
        url: `/api/careers/cohorts/${c.id}/status`,
        payload: { status: 'scored', version: c.version },
      };
    },
    expect: cohortEditors(200),
  },
  'GET /api/careers/cohorts/:id/ranking.xlsx': {
    prepare: async () => ({ url: `/api/careers/cohorts/${(await careerCohort(true)).id}/ranking.xlsx` }),
    expect: signedIn(200),
    download: true,
  },

  // ---- development (issue 11): reads; the plan of a fiscal year opened here ----
  'GET /api/development/summary': {
    prepare: async () => {
      await t.db.query(
        `with h as (insert into hrd_plan (code, name, from_fiscal_year, to_fiscal_year)
                    values ('HRD-AUTHZ', 'แผนทดสอบสิทธิ์', 2590, 2594) on conflict (code) do update set name = excluded.name
                    returning id)
         insert into development_year (fiscal_year, hrd_plan_id, form_name) select 2590, id, 'HRD 90' from h
         on conflict (fiscal_year) do nothing`,
      );
      return { url: '/api/development/summary?fiscalYear=2590' };
    },
    expect: signedIn(200),
    note: 'staff: 403 (tests/api/development-read.test.ts)',
  },
  'GET /api/development/years/:fiscalYear/plan.docx': {
    prepare: () => ({ url: '/api/development/years/2566/plan.docx' }),
    download: true,
    expect: { ...instituteOnly(200), viewer: 200 },
    note: 'the whole plan; staff 403 (tests/api/development-plan-paper.test.ts)',
  },
  'GET /api/development/years/:fiscalYear/plan.xlsx': {
    prepare: () => ({ url: '/api/development/years/2566/plan.xlsx' }),
    download: true,
    expect: { ...instituteOnly(200), viewer: 200 },
  },
  'GET /api/development/people/:personNo/days': {
    prepare: async () => {
      const p = await one<{ person_no: string }>('select person_no from person where id = $1', [ids.person]);
      return { url: `/api/development/people/${p.person_no}/days?fiscalYear=2590` };
    },
    expect: { ...signedIn(200), viewer: 403, focalOther: 404 },
  },
  'GET /api/development/me/days': {
    prepare: () => ({ url: '/api/development/me/days?fiscalYear=2590' }),
    expect: signedIn(404),
    note: 'none of these users is linked to a person; a staff user gets their own days',
  },
  'GET /api/development/units/days': {
    prepare: () => ({ url: '/api/development/units/days?fiscalYear=2590' }),
    expect: signedIn(200),
    note: 'focal points and approvers: their own unit only',
  },
  'GET /api/development/digital': {
    prepare: () => ({ url: '/api/development/digital?fiscalYear=2590' }),
    expect: signedIn(200),
    note: 'focal points and approvers: their own unit only; staff 403 (tests/api/development-digital.test.ts)',
  },
  // ---- a person's own entries of outside learning (tests/api/development-entries.test.ts) ----
  'GET /api/development/me/entries': {
    prepare: () => ({ url: '/api/development/me/entries?fiscalYear=2590' }),
    expect: signedIn(404),
    note: 'none of these users is linked to a person; a staff user gets their own entries',
  },
  'POST /api/development/me/entries': {
    prepare: () => ({ url: '/api/development/me/entries', payload: OWN_ENTRY }),
    expect: signedIn(404),
    changer: 'admin',
    note: 'none of these users is linked to a person; a staff user enters their own',
  },
  'PATCH /api/development/me/entries/:id': {
    prepare: async () => ({
      url: `/api/development/me/entries/${await pendingEntry()}`,
      payload: { ...OWN_ENTRY, version: 1 },
    }),
    expect: signedIn(404),
    changer: 'admin',
    note: "only the entry's own person edits it (a staff user: tests/api/development-entries.test.ts)",
  },
  'DELETE /api/development/me/entries/:id': {
    prepare: async () => ({ url: `/api/development/me/entries/${await pendingEntry()}?version=1` }),
    expect: signedIn(404),
    changer: 'admin',
    note: "only the entry's own person withdraws it",
  },
  'GET /api/development/entries/pending': {
    prepare: () => ({ url: '/api/development/entries/pending' }),
    expect: { ...signedIn(200), viewer: 403 },
    note: 'focal points and approvers: their own unit; staff 403',
  },
  'POST /api/development/entries/:id/decision': {
    prepare: async () => ({
      url: `/api/development/entries/${await pendingEntry()}/decision`,
      payload: { decision: 'approve', version: 1 },
    }),
    expect: { ...signedIn(200), viewer: 403, focalOther: 403 },
    note: "the person's unit (BHRDI here) decides; staff 403",
  },
  // ---- the development year's cycle: the institute opens and decides, an agency prepares and submits ----
  'GET /api/development/years': {
    prepare: () => ({ url: '/api/development/years' }),
    expect: signedIn(200),
    note: 'staff: 403 (tests/api/development-cycle.test.ts)',
  },
  'POST /api/development/years': {
    prepare: () => ({
      url: '/api/development/years',
      payload: {
        fiscalYear: 2610 + ++cycleN.open,
        formName: 'HRD',
        submissionDeadline: '2060-10-31',
        hrdPlan: 'HRD-2561-2565',
      },
    }),
    expect: instituteOnly(201),
  },
  'GET /api/development/years/:fiscalYear/status': {
    prepare: async () => {
      await cycleYear(2601);
      return { url: '/api/development/years/2601/status' };
    },
    expect: { ...signedIn(200), viewer: 403 },
    note: "an agency's focal point or approver reads its own row",
  },
  'POST /api/development/years/:fiscalYear/approval': {
    prepare: async () => {
      await cycleYear(2601);
      const y = await one<{ version: number }>(
        'select version from development_year where fiscal_year = 2601',
      );
      return {
        url: '/api/development/years/2601/approval',
        payload: {
          version: y.version,
          approvedBy: 'ปลัดกรุงเทพมหานคร',
          approvedOn: '2058-12-01',
          approvalRef: 'ที่ 1',
        },
      };
    },
    expect: instituteOnly(200),
  },
  'POST /api/development/years/:fiscalYear/publish': {
    prepare: async () => {
      const fy = 2660 + ++cycleN.publish;
      await cycleYear(fy);
      await t.db.query(`update development_year set approved_on = '2058-12-01' where fiscal_year = $1`, [fy]);
      return { url: `/api/development/years/${fy}/publish`, payload: { version: 1 } };
    },
    expect: instituteOnly(200),
  },
  'GET /api/development/years/:fiscalYear/submissions/:unitCode': {
    prepare: async () => {
      await cycleYear(2601);
      return { url: '/api/development/years/2601/submissions/PERS' };
    },
    expect: { ...signedIn(200), viewer: 403 },
    note: "the institute any agency's, PERS's focal point its own; another agency's focal point 403",
  },
  'POST /api/development/years/:fiscalYear/submissions/:unitCode/projects': {
    prepare: async () => {
      await cycleYear(2602);
      return {
        url: '/api/development/years/2602/submissions/PERS/projects',
        payload: cycleProject(`N-${next()}`),
      };
    },
    expect: agencyOnly(201),
  },
  'PATCH /api/development/years/:fiscalYear/projects/:id': {
    prepare: async () => {
      const id = await cycleYear(2602);
      return {
        url: `/api/development/years/2602/projects/${id}`,
        payload: { ...cycleProject(`E-${next()}`), version: 1 },
      };
    },
    expect: agencyOnly(200),
  },
  'DELETE /api/development/years/:fiscalYear/projects/:id': {
    prepare: async () => {
      const id = await cycleYear(2602);
      return { url: `/api/development/years/2602/projects/${id}?version=1` };
    },
    expect: agencyOnly(204),
  },
  'POST /api/development/years/:fiscalYear/submissions/:unitCode/submit': {
    prepare: async () => {
      await cycleYear(2603, null);
      return { url: '/api/development/years/2603/submissions/PERS/submit', payload: { version: 0 } };
    },
    expect: agencyOnly(200),
    note: "PERS's approver may submit too (tests/api/development-cycle.test.ts)",
  },
  'POST /api/development/years/:fiscalYear/submissions/:unitCode/return': {
    prepare: async () => {
      await cycleYear(2604, 'submitted');
      return {
        url: '/api/development/years/2604/submissions/PERS/return',
        payload: { version: 1, comment: 'แก้ไข' },
      };
    },
    expect: instituteOnly(200),
  },
  'POST /api/development/years/:fiscalYear/submissions/:unitCode/accept': {
    prepare: async () => {
      await cycleYear(2604, 'submitted');
      return { url: '/api/development/years/2604/submissions/PERS/accept', payload: { version: 1 } };
    },
    expect: instituteOnly(200),
  },

  'GET /api/development/projects/:id/result': {
    prepare: async () => ({ url: `/api/development/projects/${await devProject('PERS', true)}/result` }),
    expect: signedIn(200),
    note: 'a PERS project: its agency (focal.pers), the institute (BHRDI), the committee and admin read it',
  },
  'GET /api/development/projects/:id/result #another agency': {
    prepare: async () => ({ url: `/api/development/projects/${await devProject('EDU', true)}/result` }),
    expect: { ...signedIn(200), focalOther: 403 },
  },
  'POST /api/development/projects/:id/result': {
    prepare: async () => ({
      url: `/api/development/projects/${await devProject('PERS', false)}/result`,
      payload: DEV_RESULT,
    }),
    expect: resultFilers(200),
    note: 'the project’s agency (focal.pers), the institute (focal and approver of BHRDI) and admin',
  },
  'POST /api/development/projects/:id/result #another agency': {
    prepare: async () => ({
      url: `/api/development/projects/${await devProject('EDU', false)}/result`,
      payload: DEV_RESULT,
    }),
    expect: { ...resultFilers(200), focalOther: 403 },
  },
  'PUT /api/development/projects/:id/result': {
    prepare: async () => ({
      url: `/api/development/projects/${await devProject('PERS', true)}/result`,
      payload: { ...DEV_RESULT, version: 1 },
    }),
    expect: resultFilers(200),
  },
  'GET /api/development/results/timeliness': {
    prepare: () => ({ url: '/api/development/results/timeliness?fiscalYear=2566&asOf=2024-01-01' }),
    expect: signedIn(200),
    note: 'agencies: their own unit; staff 403 (tests/api/development-results.test.ts)',
  },

  // ---- backup and restore (operator token only) ----
  'GET /api/admin/backup': {
    prepare: () => ({ url: '/api/admin/backup' }),
    expect: nobody(),
    operatorOnly: true,
  },
  'POST /api/admin/restore': {
    prepare: () => ({
      url: '/api/admin/restore',
      headers: { 'content-type': 'application/gzip' },
      payload: Buffer.from([0x1f, 0x8b, 0x08, 0x00]).toString('latin1'),
    }),
    expect: nobody(),
    operatorOnly: true,
  },

  // ---- audit ----
  'GET /api/audit': { prepare: () => ({ url: '/api/audit' }), expect: adminOnly(200) },
  'GET /api/audit/:entity/:entityId': {
    prepare: () => ({ url: `/api/audit/project/${project('P2-03')}` }),
    expect: projectReaders(200),
  },
};

// ---- the routes the server registers ----

/** "POST /api/x #variant" → "POST /api/x": a route may have several entries (another body, another query). */
const routeOf = (key: string) => key.replace(/ #.*$/, '');

async function send(key: string, role: Role, req: Req, csrf = true): Promise<Res> {
  const method = key.slice(0, key.indexOf(' ')) as HTTPMethods;
  const cookie = req.cookie === undefined ? (role === 'anonymous' ? null : cookies[role]) : req.cookie;
  const headers: Record<string, string> = {
    ...(csrf && method !== 'GET' ? CSRF : {}),
    ...(cookie ? { cookie } : {}),
    ...req.headers,
  };
  return t.app.inject({
    method,
    url: req.url,
    headers,
    ...(req.payload === undefined ? {} : { payload: req.payload as object }),
  });
}

const ERROR_CODE: Record<number, string> = {
  400: 'invalid_input',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
};

beforeAll(async () => {
  t = await createTestApp();
  await signInAll();
  for (const p of (await t.db.query<{ id: number; code: string }>('select id, code from project')).rows)
    ids.project.set(p.code, p.id);
  for (const u of (await t.db.query<{ id: number; code: string }>('select id, code from org_unit')).rows)
    ids.unit.set(u.code, u.id);
  const tree = (
    await t.app.inject({
      method: 'GET',
      url: `/api/plans/${DEMO_PLAN}/tree`,
      headers: { cookie: cookies.admin },
    })
  ).json() as PlanTree;
  ids.target = tree.targets[1]!.id;
  ids.strategy = tree.targets[1]!.strategies[0]!.id;
  const kr = await newKeyResult();
  ids.keyResult = kr.id;
  ids.actual = (await newActual()).id;
  const dummy = await asAdmin('POST', '/api/users', {
    username: 'matrix.dummy',
    displayName: 'ผู้ใช้ทดสอบ',
    password: 'a-long-enough-password',
    role: 'viewer',
  });
  ids.dummyUser = (dummy.json() as { id: number }).id;
  const person = await asAdmin('POST', '/api/people', {
    nationalId: nationalId(),
    birthDate: '1975-06-01',
    firstName: 'บุคคล',
    lastName: 'ทดสอบ',
    unitId: unit('BHRDI'),
  });
  ids.person = (person.json() as { id: number }).id;
  await setUpCommittee();
  careers.path = (await one<{ id: number }>("select id from career_path where code = 'DD-2562'")).id;
  const draft = await one<{ version: number }>(
    "select version from career_path_version where path_id = $1 and status = 'draft'",
    [careers.path],
  );
  await asAdmin('POST', `/api/careers/paths/${careers.path}/approve`, {
    effectiveFrom: '2024-01-01',
    version: draft.version,
  });
  for (const period of ['2566-04', '2566-05']) {
    const snapshot = await asAdmin('POST', `/api/plans/${DEMO_PLAN}/snapshots`, { period });
    ids.snapshot = (snapshot.json() as { id: number }).id;
  }
});
afterAll(async () => {
  await t?.close();
});

describe('the matrix covers the server', () => {
  it('every registered route has an entry (add one to MATRIX for a new route)', () => {
    const covered = new Set(Object.keys(MATRIX).map(routeOf));
    const missing = registeredRoutes(t.app).filter((r) => !covered.has(r));
    expect(
      missing,
      `routes without an entry in tests/api/authz-matrix.test.ts MATRIX:\n  ${missing.join('\n  ')}`,
    ).toEqual([]);
  });

  it('every entry is a registered route (no stale rows)', () => {
    const routes = new Set(registeredRoutes(t.app));
    const stale = Object.keys(MATRIX).filter((k) => !routes.has(routeOf(k)));
    expect(stale, `entries for routes that do not exist: ${stale.join(', ')}`).toEqual([]);
  });

  it('every route but sign-in (password, single sign-on and its settings), sign-out and health needs a session (401 for anonymous)', () => {
    const open = Object.entries(MATRIX)
      .filter(([, e]) => e.expect.anonymous !== 401)
      .map(([k]) => k)
      .sort();
    expect(open).toEqual([
      'GET /api/auth/config',
      'GET /api/auth/oidc/callback',
      'GET /api/auth/oidc/login',
      'GET /api/health',
      'POST /api/auth/login',
      'POST /api/auth/logout',
      'POST /api/auth/password-reset',
      'POST /api/auth/password-reset/confirm',
    ]);
  });
});

describe.each(Object.entries(MATRIX).map(([key, entry]) => ({ key, entry })))('$key', ({ key, entry }) => {
  it(`answers ${ROLES.map((r) => `${r} ${entry.expect[r]}`).join(', ')}`, async () => {
    const got = {} as Record<Role, number>;
    const problems: string[] = [];
    for (const role of ROLES) {
      const res = await send(key, role, await entry.prepare(role));
      got[role] = res.statusCode;
      if (res.statusCode !== entry.expect[role]) {
        problems.push(
          `${role}: expected ${entry.expect[role]}, got ${res.statusCode} ${res.body.slice(0, 300)}`,
        );
        continue;
      }
      // JSON or nothing, or a file to save: no route answers with HTML but the committee paper,
      // whose escaping is tested in security-headers.test.ts.
      const type = String(res.headers['content-type'] ?? '');
      if (res.statusCode >= 300 || (!entry.download && !entry.html)) {
        if (res.body !== '') expect(type, `${key} ${role}`).toMatch(/^application\/json/);
      } else if (entry.download) {
        expect(String(res.headers['content-disposition']), `${key} ${role}`).toMatch(/^attachment;/);
        expect(type, `${key} ${role}`).not.toMatch(/html/);
      } else {
        expect(type, `${key} ${role}`).toMatch(/^text\/html/);
        expect(String(res.headers['content-security-policy']), `${key} ${role}`).toMatch(
          /default-src 'none'/,
        );
      }
      if (res.statusCode >= 400) {
        const error = expectErrorShape(res);
        expect(error.code, `${key} ${role}`).toBe(ERROR_CODE[res.statusCode]);
      }
      await entry.check?.(role, res);
      if (entry.endsSessions && role !== 'anonymous') cookies[role] = await t.login(USER[role]);
    }
    expect(problems, `${key}\n  ${problems.join('\n  ')}`).toEqual([]);
    expect(got).toEqual(entry.expect);
  });
});

describe('CSRF: every change needs the x-tidtam-csrf header', () => {
  const changes = Object.entries(MATRIX).filter(
    ([key, entry]) => !key.startsWith('GET ') && !entry.operatorOnly,
  );
  /** The role whose request would succeed: refusing it shows the header, not the role, is missing. */
  const allowedRole = (entry: Entry) =>
    entry.changer ??
    (['admin', 'focalOwn', 'approver', 'focalOther', 'viewer', 'anonymous'] as const).find(
      (r) => entry.expect[r] >= 200 && entry.expect[r] < 300,
    )!;

  it('covers every change route of the matrix', () => {
    expect(changes.length).toBeGreaterThan(30);
    for (const [key, entry] of changes) expect(allowedRole(entry), key).toBeDefined();
  });

  it.each(changes.map(([key, entry]) => ({ key, entry })))(
    '$key without the header: 403, the database unchanged, the session kept',
    async ({ key, entry }) => {
      const role = allowedRole(entry);
      const req = await entry.prepare(role);
      const before = await fingerprint(t.db);
      const sessionsBefore = (await t.db.query<{ n: number }>('select count(*)::int as n from user_session'))
        .rows[0]!.n;
      for (const headers of [{}, { 'x-tidtam-csrf': '0' }] as Record<string, string>[]) {
        const res = await send(key, role, { ...req, headers }, false);
        expect(res.statusCode, `${key} as ${role}: ${res.body.slice(0, 200)}`).toBe(403);
        const error = expectErrorShape(res);
        expect(error.code).toBe('forbidden');
        expect(String((error as { message: { en: string } }).message.en)).toContain('x-tidtam-csrf');
        expect(res.headers['set-cookie'], key).toBeUndefined();
      }
      expect(await fingerprint(t.db), key).toEqual(before);
      const sessionsAfter = (await t.db.query<{ n: number }>('select count(*)::int as n from user_session'))
        .rows[0]!.n;
      expect(sessionsAfter, `${key}: sessions`).toBe(sessionsBefore);
      if (role !== 'anonymous') {
        const me = await t.app.inject({
          method: 'GET',
          url: '/api/auth/me',
          headers: { cookie: cookies[role] },
        });
        expect(me.statusCode, `${key}: the ${role} session still works`).toBe(200);
      }
    },
  );
});

/**
 * The staff column (issues 10 and 11: "a staff user sees only their own record"): a staff account linked to
 * the BHRDI person made above sends every matrix request (the admin's valid request, with the staff
 * session). The routes marked for staff answer as listed (their own record, days and entries, the paths and
 * the self-check); every other route refuses 403 — so marking a route for staff means adding it here.
 * Sign-in, sign-out and one's own account (password, sessions, who am I) are the same for every role and
 * are left to the rows above and tests/api/security-sessions.test.ts.
 */
const STAFF: Record<string, number> = {
  'GET /api/workforce/people/:personNo': 200,
  'GET /api/workforce/me': 200,
  'GET /api/careers/paths': 200,
  'GET /api/careers/paths/:id': 200,
  'GET /api/careers/self-check': 200,
  'GET /api/careers/path-file': 200,
  'GET /api/careers/cohorts': 200,
  'GET /api/careers/cohorts/:id': 404,
  'GET /api/development/me/days': 200,
  'GET /api/development/me/entries': 200,
  'POST /api/development/me/entries': 201,
  'PATCH /api/development/me/entries/:id': 200,
  'DELETE /api/development/me/entries/:id': 204,
};
const ACCOUNT_ROUTES = new Set([
  'GET /api/auth/me',
  'GET /api/auth/sessions',
  'POST /api/auth/password',
  'POST /api/auth/logout-all',
]);

describe('the staff column: their own record, 403 elsewhere', () => {
  let staffCookie = '';
  beforeAll(async () => {
    await t.db.query(
      `insert into app_user (username, display_name, password_hash, role, person_id)
       select 'matrix.staff', 'บุคลากรทดสอบ', password_hash, 'staff', $1 from app_user where username = 'admin'`,
      [ids.person],
    );
    staffCookie = await t.login('matrix.staff');
  });

  const rows = Object.entries(MATRIX).filter(
    ([key, entry]) =>
      entry.expect.anonymous === 401 && !ACCOUNT_ROUTES.has(routeOf(key)) && !entry.operatorOnly,
  );

  it('lists only routes of the matrix', () => {
    const keys = new Set(rows.map(([key]) => key));
    expect(Object.keys(STAFF).filter((k) => !keys.has(k))).toEqual([]);
  });

  it.each(rows.map(([key, entry]) => ({ key, entry, status: STAFF[key] ?? 403 })))(
    '$key as staff: $status',
    async ({ key, entry, status }) => {
      const req = await entry.prepare('admin');
      const res = await send(key, 'admin', { ...req, cookie: staffCookie });
      expect(res.statusCode, `${key}: ${res.body.slice(0, 200)}`).toBe(status);
      if (status === 403) expect(expectErrorShape(res).code).toBe('forbidden');
    },
  );
});
