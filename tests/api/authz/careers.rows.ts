/**
 * The authorization matrix's rows of this module (tests/api/authz/matrix.ts says how a row reads):
 * Career paths, exceptions, the path file, talent pool, nominations, succession, course cohorts.
 */
import { expect } from 'vitest';
import { all, signedIn, adminOnly, t, next, one, asAdmin, csv, type Rows } from './matrix';

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
/** The demo's paths are drafts: DD-2562 is approved first. */
export async function setUp() {
  careers.path = (await one<{ id: number }>("select id from career_path where code = 'DD-2562'")).id;
  const draft = await one<{ version: number }>(
    "select version from career_path_version where path_id = $1 and status = 'draft'",
    [careers.path],
  );
  await asAdmin('POST', `/api/careers/paths/${careers.path}/approve`, {
    effectiveFrom: '2024-01-01',
    version: draft.version,
  });
}
export const ROWS: Rows = {
  // ---- careers (issue 12; the demo's paths are drafts: the matrix approves DD-2562 first) ----
  'GET /api/careers/paths': {
    prepare: () => ({ url: '/api/careers/paths' }),
    expect: signedIn(200),
    staff: 200,
  },
  'GET /api/careers/paths/:id': {
    staff: 200,
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
    staff: 200,
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
    staff: 200,
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
  'GET /api/careers/cohorts': {
    prepare: () => ({ url: '/api/careers/cohorts' }),
    expect: signedIn(200),
    staff: 200,
  },
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
    staff: 404,
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
};
