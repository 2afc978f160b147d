/**
 * The authorization matrix's rows of this module (tests/api/authz/matrix.ts says how a row reads):
 * Development: reminders, imports, reads, a person's own entries, the year's cycle and results.
 */
import { all, signedIn, instituteOnly, t, ids, next, unit, one, csv, type Rows } from './matrix';

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
/** Only PERS's own focal point (the agency); the institute may not edit an agency's projects. */
const agencyOnly = (status: number) => ({ ...all(403), anonymous: 401, focalOther: status });
export async function setUp() {
  cycleN.open = 0;
  cycleN.publish = 0;
}
export const ROWS: Rows = {
  'POST /api/development/reminders/run': {
    prepare: () => ({ url: '/api/development/reminders/run', payload: { dryRun: true } }),
    expect: instituteOnly(200),
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
    staff: 200,
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
    staff: 200,
    prepare: () => ({ url: '/api/development/me/entries?fiscalYear=2590' }),
    expect: signedIn(404),
    note: 'none of these users is linked to a person; a staff user gets their own entries',
  },
  'POST /api/development/me/entries': {
    staff: 201,
    prepare: () => ({ url: '/api/development/me/entries', payload: OWN_ENTRY }),
    expect: signedIn(404),
    changer: 'admin',
    note: 'none of these users is linked to a person; a staff user enters their own',
  },
  'PATCH /api/development/me/entries/:id': {
    staff: 200,
    prepare: async () => ({
      url: `/api/development/me/entries/${await pendingEntry()}`,
      payload: { ...OWN_ENTRY, version: 1 },
    }),
    expect: signedIn(404),
    changer: 'admin',
    note: "only the entry's own person edits it (a staff user: tests/api/development-entries.test.ts)",
  },
  'DELETE /api/development/me/entries/:id': {
    staff: 204,
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
};
