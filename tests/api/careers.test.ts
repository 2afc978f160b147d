/**
 * Careers over HTTP (issue 12): paths edited and approved by the central office, eligibility per path with
 * unit scope and figures-only for the committee, the what-if on a draft, the self-check of a linked person
 * and succession per key title — on a small history written here, every number checked.
 *
 * As of 2024-10-01 (fiscal year 2568), under DD-2562 (2 years as assistant district director, 7 section
 * kinds overseen while one, the course, the assessment):
 *   A  assistant director since 2020-10-01, six sections      → not eligible (one section short)
 *   B  assistant director since 2022-10-02, seven sections    → eligible exactly on 2024-10-01
 *   C  assistant director since 2023-01-01, seven sections    → within a year (met on 2024-12-31)
 *   E  was assistant director 2018–2020 (seven sections), now works at BHRDI → eligible
 *   D  district director of พระนคร, retires at the end of FY 2568; บางรัก's director post is vacant.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ASSISTANT_DIRECTOR_CRITERIA,
  DISTRICT_DIRECTOR_COURSE,
  DISTRICT_DIRECTOR_CRITERIA,
  withLeaf,
} from '../../src/domain/careers';
import type {
  EligibilityView,
  PathSummary,
  PathView,
  SelfCheckView,
  SuccessionView,
  TalentPoolView,
} from '../../src/shared/api/careers';
import { CriteriaTree } from '../../src/shared/api/careers';
import { ROLES } from '../../src/shared/limits';
import { changeHeaders, createTestApp, expectApiError, type TestApp } from '../helpers/api-app';

const ADD = 'ผู้ช่วยผู้อำนวยการเขต';
const DD = 'ผู้อำนวยการเขต';
const SECTIONS = ['ฝ่ายปกครอง', 'ฝ่ายทะเบียน', 'ฝ่ายการคลัง', 'ฝ่ายรายได้', 'ฝ่ายโยธา', 'ฝ่ายเทศกิจ', 'ฝ่ายการศึกษา'];
const AS_OF = '2024-10-01';
/** The staff role arrives with the workforce branch; until then A's account is a linked viewer. */
const STAFF = (ROLES as readonly string[]).includes('staff');
const staffRefused = STAFF ? 403 : 200;

let t: TestApp;
const cookie = {} as Record<'admin' | 'viewer' | 'focal' | 'focalOther' | 'staff', string>;
let ddPath = 0;
const unit = new Map<string, number>();

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  return (await t.db.query<T & object>(sql, params)).rows[0]!;
}

async function person(no: string, birth: string, unitCode: string): Promise<number> {
  return (
    await one<{ id: number }>(
      `insert into person (person_no, birth_date, first_name, last_name, unit_id) values ($1, $2, $3, 'ทดสอบ', $4) returning id`,
      [no, birth, `คน${no}`, unit.get(unitCode)],
    )
  ).id;
}

async function position(no: string, title: string, level: string, unitCode: string): Promise<number> {
  return (
    await one<{ id: number }>(
      `insert into position (position_no, title, position_type, level, unit_id) values ($1, $2, 'managerial', $3, $4) returning id`,
      [no, title, level, unit.get(unitCode)],
    )
  ).id;
}

async function hold(
  personId: number,
  from: string,
  to: string | null,
  title: string,
  unitCode: string,
  extra: { role?: string; section?: string; positionId?: number; level?: string } = {},
) {
  await t.db.query(
    `insert into position_history (person_id, from_date, to_date, role, position_id, title, position_type, level, unit_id, section)
     values ($1, $2, $3, $4, $5, $6, 'managerial', $7, $8, $9)`,
    [
      personId,
      from,
      to,
      extra.role ?? 'holds',
      extra.positionId ?? null,
      title,
      extra.level ?? 'junior',
      unit.get(unitCode),
      extra.section ?? null,
    ],
  );
}

/** An assistant director at `unitCode` over `n` sections, each from the first day. */
async function assistant(personId: number, from: string, to: string | null, unitCode: string, n: number) {
  await hold(personId, from, to, ADD, unitCode);
  for (const s of SECTIONS.slice(0, n))
    await hold(personId, from, to, ADD, unitCode, { role: 'oversees', section: s });
}

async function passed(personId: number) {
  await t.db.query(
    `insert into career_record (person_id, kind, name, achieved_on, passed, score) values
       ($1, 'course', $2, '2024-03-01', true, null), ($1, 'competency', $3, '2024-04-01', true, 80)`,
    [personId, DISTRICT_DIRECTOR_COURSE, DD],
  );
}

const get = async <T>(url: string, who: keyof typeof cookie = 'admin') => {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: cookie[who] } });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res.json() as T;
};
const send = (method: 'POST' | 'PUT', url: string, payload: object, who: keyof typeof cookie = 'admin') =>
  t.app.inject({ method, url, headers: changeHeaders(cookie[who]), payload });

const ids = {} as Record<'a' | 'b' | 'c' | 'd' | 'e', number>;

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  for (const u of (await t.db.query<{ id: number; code: string }>('select id, code from org_unit')).rows)
    unit.set(u.code, u.id);
  ids.a = await person('CA-A', '1975-01-01', 'D-PHRANAKHON');
  ids.b = await person('CA-B', '1976-01-01', 'D-BANGRAK');
  ids.c = await person('CA-C', '1977-01-01', 'D-BANGRAK');
  ids.d = await person('CA-D', '1965-05-01', 'D-PHRANAKHON');
  ids.e = await person('CA-E', '1974-01-01', 'BHRDI');
  await assistant(ids.a, '2020-10-01', null, 'D-PHRANAKHON', 6);
  await assistant(ids.b, '2022-10-02', null, 'D-BANGRAK', 7);
  await assistant(ids.c, '2023-01-01', null, 'D-BANGRAK', 7);
  await assistant(ids.e, '2018-01-01', '2020-12-31', 'D-BANGRAK', 7);
  await hold(ids.e, '2021-01-01', null, 'ผู้อำนวยการกอง', 'BHRDI');
  const dd1 = await position('DD-1', DD, 'senior', 'D-PHRANAKHON');
  await position('DD-2', DD, 'senior', 'D-BANGRAK');
  await hold(ids.d, '2019-10-01', null, DD, 'D-PHRANAKHON', { positionId: dd1, level: 'senior' });
  for (const id of [ids.a, ids.b, ids.c, ids.e]) await passed(id);
  // A is a staff user linked to their person record (the staff role exists in the database).
  await t.db.query(
    `insert into app_user (username, display_name, password_hash, role, person_id)
     select 'staff.a', 'บุคลากร ก', password_hash, $2, $1 from app_user where username = 'committee'`,
    [ids.a, STAFF ? 'staff' : 'viewer'],
  );
  cookie.admin = await t.login('admin');
  cookie.viewer = await t.login('committee');
  cookie.focal = await t.login('focal.bhrdi');
  cookie.focalOther = await t.login('focal.pers');
  cookie.staff = await t.login('staff.a');
  const paths = await get<PathSummary[]>('/api/careers/paths');
  ddPath = paths.find((p) => p.code === 'DD-2562')!.id;
});
afterAll(async () => {
  await t?.close();
});

describe('paths: the demo, approval and drafts', () => {
  it('the demo ships seed 002 as drafts and the 15 example paths (7 district, 6 bureau, 2 mixed)', async () => {
    const paths = await get<PathSummary[]>('/api/careers/paths', 'staff');
    expect(paths).toHaveLength(17);
    expect(
      paths
        .filter((p) => p.isExample)
        .map((p) => p.origin)
        .sort(),
    ).toEqual([...Array(6).fill('bureau'), ...Array(7).fill('district'), ...Array(2).fill('mixed')]);
    expect(paths.every((p) => p.inForce === null && p.draftVersionNo === 1)).toBe(true);
    expect(CriteriaTree.safeParse(DISTRICT_DIRECTOR_CRITERIA).success).toBe(true);
    expect(CriteriaTree.safeParse(ASSISTANT_DIRECTOR_CRITERIA).success).toBe(true);
  });

  it('without a version in force, eligibility is a 404 naming the date', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/careers/paths/${ddPath}/eligibility?asOf=${AS_OF}`,
      headers: { cookie: cookie.admin },
    });
    expect(expectApiError(res, 404, 'not_found').message.en).toContain(AS_OF);
  });

  it('the central office approves the draft from a date; only it may; a stale version is 409', async () => {
    const view = await get<PathView>(`/api/careers/paths/${ddPath}`);
    const draft = view.versions[0]!;
    expectApiError(
      await send(
        'POST',
        `/api/careers/paths/${ddPath}/approve`,
        { effectiveFrom: '2024-01-01', version: draft.version },
        'focal',
      ),
      403,
      'forbidden',
    );
    expectApiError(
      await send('POST', `/api/careers/paths/${ddPath}/approve`, {
        effectiveFrom: '2024-01-01',
        version: draft.version + 1,
      }),
      409,
      'conflict',
    );
    const ok = await send('POST', `/api/careers/paths/${ddPath}/approve`, {
      effectiveFrom: '2024-01-01',
      version: draft.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const approved = ok.json() as PathView;
    expect(approved.inForce).toEqual({ versionNo: 1, effectiveFrom: '2024-01-01' });
    expect(approved.versions[0]).toMatchObject({
      versionNo: 1,
      status: 'approved',
      effectiveFrom: '2024-01-01',
      approvedBy: 'admin',
    });
    const audit = await one<{ n: number }>(
      `select count(*)::int as n from audit_event where entity = 'career_path_version' and entity_id = $1 and action = 'update'`,
      [String(draft.id)],
    );
    expect(audit.n).toBe(1);
  });

  it('refuses a criterion with an unknown level, naming the field', async () => {
    const res = await send('POST', '/api/careers/paths', {
      code: 'BAD-1',
      name: 'เส้นทางผิด',
      targetTitle: DD,
      criteria: { kind: 'time', match: { level: 'bogus' }, min: { years: 2 }, countActing: false },
    });
    const error = expectApiError(res, 400, 'invalid_input');
    expect(JSON.stringify(error.issues)).toContain('criteria');
  });
});

describe('eligibility as of 2024-10-01', () => {
  const url = (q = '') => `/api/careers/paths/${ddPath}/eligibility?asOf=${AS_OF}${q}`;

  it('admin: B and E eligible, C within a year (2024-12-31), A and D not', async () => {
    const v = await get<EligibilityView>(url());
    expect(v.counts).toEqual({ candidates: 5, eligible: 2, within: 1, exceptions: 0 });
    expect(v.people!.map((p) => [p.personNo, p.standing, p.metOn])).toEqual([
      ['CA-B', 'eligible', null],
      ['CA-C', 'within', '2024-12-31'],
      ['CA-E', 'eligible', null],
    ]);
    expect(v.byUnit).toEqual([
      { code: 'BHRDI', name: 'สถาบันพัฒนาทรัพยากรบุคคลกรุงเทพมหานคร', eligible: 1, within: 0 },
      { code: 'D-BANGRAK', name: 'สำนักงานเขตบางรัก', eligible: 1, within: 1 },
    ]);
  });

  it('one day earlier B is one day short: within, met on 2024-10-01', async () => {
    const v = await get<EligibilityView>(`/api/careers/paths/${ddPath}/eligibility?asOf=2024-09-30`);
    expect(v.people!.find((p) => p.personNo === 'CA-B')).toMatchObject({
      standing: 'within',
      metOn: '2024-10-01',
      missing: ['DD-2'],
    });
  });

  it('focal point: own unit only (E), whatever unit it asks; the committee: figures only; staff: 403', async () => {
    const focal = await get<EligibilityView>(url('&unit=D-BANGRAK'), 'focal');
    expect(focal.people!.map((p) => p.personNo)).toEqual(['CA-E']);
    expect(focal.counts).toEqual({ candidates: 1, eligible: 1, within: 0, exceptions: 0 });
    const other = await get<EligibilityView>(url(), 'focalOther');
    expect(other.counts.candidates).toBe(0);
    const viewer = await get<EligibilityView>(url(), 'viewer');
    expect(viewer.people).toBeNull();
    expect(viewer.counts).toEqual({ candidates: 5, eligible: 2, within: 1, exceptions: 0 });
    const staff = await t.app.inject({ method: 'GET', url: url(), headers: { cookie: cookie.staff } });
    expect(staff.statusCode).toBe(staffRefused);
  });

  it('what-if 7 → 6 sections in a draft: eligible grows by exactly the people with six section kinds overseen', async () => {
    const six = withLeaf(DISTRICT_DIRECTOR_CRITERIA, 'DD-3', (l) =>
      l.kind === 'sections_overseen' ? { ...l, min: 6 } : l,
    );
    const saved = await send('PUT', `/api/careers/paths/${ddPath}/draft`, { criteria: six, version: null });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as PathView).draftVersionNo).toBe(2);
    expectApiError(
      await send('PUT', `/api/careers/paths/${ddPath}/draft`, { criteria: six, version: null }),
      409,
      'conflict',
    );
    const approved = await get<EligibilityView>(url());
    const draft = await get<EligibilityView>(url('&draft=true'));
    expect(draft).toMatchObject({ versionNo: 2, status: 'draft' });
    // Independently, in SQL: people overseeing exactly six section kinds as assistant director who meet the rest.
    const sixOnly = await t.db.query<{ person_no: string }>(
      `select p.person_no from person p join position_history h on h.person_id = p.id
        where h.role = 'oversees' and h.title = $1 group by p.person_no having count(distinct h.section) = 6`,
      [ADD],
    );
    expect(sixOnly.rows.map((r) => r.person_no)).toEqual(['CA-A']);
    expect(draft.counts.eligible - approved.counts.eligible).toBe(1);
    expect(draft.people!.filter((p) => p.standing === 'eligible').map((p) => p.personNo)).toEqual([
      'CA-A',
      'CA-B',
      'CA-E',
    ]);
    const viewerDraft = await t.app.inject({
      method: 'GET',
      url: url('&draft=true'),
      headers: { cookie: cookie.viewer },
    });
    expectApiError(viewerDraft, 403, 'forbidden');
  });
});

describe('self-check', () => {
  it('the staff user one section short of 7 sees exactly that', async () => {
    const v = await get<SelfCheckView>(`/api/careers/self-check?asOf=${AS_OF}`, 'staff');
    expect(v.person).toEqual({ personNo: 'CA-A', name: 'คนCA-A ทดสอบ' });
    expect(v.paths.map((p) => p.path.code)).toEqual(['DD-2562']);
    const dd = v.paths[0]!;
    // The approved version in force (the what-if's newer draft is not), with its path's names.
    expect([dd.path.id, dd.path.targetTitle, dd.versionNo, dd.effectiveFrom]).toEqual([
      ddPath,
      DD,
      1,
      '2024-01-01',
    ]);
    expect(dd.standing).toBe('not');
    const unmet = dd.result.children!.filter((c) => !c.met);
    expect(unmet).toHaveLength(1);
    expect(unmet[0]).toMatchObject({
      ref: 'DD-3',
      value: 6,
      required: 7,
      gap: { kind: 'sections', missing: 1 },
    });
    expect(dd.result.children![0]!.time).toEqual({ years: 4, months: 0, days: 1, totalDays: 1462 });
  });
  it('the day before the version takes effect, no path is in force', async () => {
    const v = await get<SelfCheckView>('/api/careers/self-check?asOf=2023-12-31', 'staff');
    expect(v.person.personNo).toBe('CA-A');
    expect(v.paths).toEqual([]);
  });
  it('a user with no linked person gets 404', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/careers/self-check',
      headers: { cookie: cookie.admin },
    });
    expectApiError(res, 404, 'not_found');
  });
});

describe('succession as of 2024-10-01', () => {
  it('district director: 2 seats (1 vacant), successors now and by year, against retirements counted in SQL', async () => {
    const v = await get<SuccessionView>(`/api/careers/succession?asOf=${AS_OF}&withinYears=1`);
    expect(v.fromFiscalYear).toBe(2568);
    expect(v.titles.map((x) => x.targetTitle)).toEqual([DD]);
    const dd = v.titles[0]!;
    expect(dd).toMatchObject({
      paths: ['DD-2562'],
      seats: 2,
      vacant: 1,
      eligibleNow: 2,
      eligibleWithin: 3,
      coveragePct: 100,
    });
    const retiring = await t.db.query<{ fy: number; n: number }>(
      `select p.retirement_fiscal_year as fy, count(*)::int as n from position po
         join position_history h on h.position_id = po.id and h.role = 'holds' and h.to_date is null
         join person p on p.id = h.person_id where po.title = $1 group by 1`,
      [DD],
    );
    expect(retiring.rows).toEqual([{ fy: 2568, n: 1 }]);
    expect(
      dd.years.map((y) => [y.fiscalYear, y.emptied, y.openByYearEnd, y.successors, y.shortfall]),
    ).toEqual([
      [2568, 1, 2, 3, 0],
      [2569, 0, 2, 3, 0],
      [2570, 0, 2, 3, 0],
      [2571, 0, 2, 3, 0],
      [2572, 0, 2, 3, 0],
    ]);
    expect(dd.holders).toEqual([
      {
        positionNo: 'DD-2',
        unit: { code: 'D-BANGRAK', name: 'สำนักงานเขตบางรัก' },
        holder: null,
        retirementFiscalYear: null,
      },
      {
        positionNo: 'DD-1',
        unit: { code: 'D-PHRANAKHON', name: 'สำนักงานเขตพระนคร' },
        holder: 'คนCA-D ทดสอบ',
        retirementFiscalYear: 2568,
      },
    ]);
  });
  it('the committee gets the figures without holders; a staff user gets 403', async () => {
    const v = await get<SuccessionView>(`/api/careers/succession?asOf=${AS_OF}&withinYears=1`, 'viewer');
    expect(v.titles[0]).toMatchObject({ seats: 2, eligibleNow: 2, holders: null });
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/careers/succession',
      headers: { cookie: cookie.staff },
    });
    expect(res.statusCode).toBe(staffRefused);
  });
});

describe('exceptions: granted by the central office, counted and said so', () => {
  const grant = (payload: object, who: keyof typeof cookie = 'admin') =>
    send('POST', `/api/careers/paths/${ddPath}/exceptions`, payload, who);
  const dd3 = {
    personNo: 'CA-A',
    criterionRef: 'DD-3',
    reason: 'ดูแลฝ่ายที่ 7 ในฐานะรักษาราชการแทน',
    orderRef: 'กทม. 123/2567',
    validFrom: '2024-01-01',
    validUntil: '2025-12-31',
  };
  let granted = { id: 0, version: 0 };

  it('only the central office grants; the criterion and the person must exist; the end not before the start', async () => {
    expectApiError(await grant(dd3, 'focal'), 403, 'forbidden');
    expectApiError(await grant(dd3, 'viewer'), 403, 'forbidden');
    expect((await grant(dd3, 'staff')).statusCode).toBe(403);
    const badRef = expectApiError(await grant({ ...dd3, criterionRef: 'DD-99' }), 400, 'invalid_input');
    expect(badRef.issues![0]).toMatchObject({
      field: 'criterionRef',
      en: 'this path has no criterion DD-99',
    });
    const badPerson = expectApiError(await grant({ ...dd3, personNo: 'NOBODY' }), 400, 'invalid_input');
    expect(badPerson.issues![0]!.field).toBe('personNo');
    const badDates = expectApiError(await grant({ ...dd3, validUntil: '2023-12-31' }), 400, 'invalid_input');
    expect(JSON.stringify(badDates.issues)).toContain('validUntil');
    const ok = await grant(dd3);
    expect(ok.statusCode, ok.body).toBe(201);
    granted = ok.json() as typeof granted;
    expect(ok.json()).toMatchObject({ criterionRef: 'DD-3', orderRef: 'กทม. 123/2567', grantedBy: 'admin' });
    expectApiError(await grant(dd3), 409, 'conflict');
  });

  it('eligibility counts A as eligible by exception (DD-3), and not once the exception has ended', async () => {
    const v = await get<EligibilityView>(`/api/careers/paths/${ddPath}/eligibility?asOf=${AS_OF}`);
    expect(v.counts).toEqual({ candidates: 5, eligible: 3, within: 1, exceptions: 1 });
    expect(v.people!.find((p) => p.personNo === 'CA-A')).toMatchObject({
      standing: 'eligible',
      exception: true,
      waived: ['DD-3'],
      missing: [],
    });
    const later = await get<EligibilityView>(`/api/careers/paths/${ddPath}/eligibility?asOf=2026-01-01`);
    expect(later.counts.exceptions).toBe(0);
    expect(later.people!.map((p) => p.personNo)).not.toContain('CA-A');
  });

  it('the self-check says "met by exception" on DD-3 and still shows the six sections found', async () => {
    const v = await get<SelfCheckView>(`/api/careers/self-check?asOf=${AS_OF}`, 'staff');
    const dd = v.paths[0]!;
    expect(dd).toMatchObject({ standing: 'eligible', byException: true });
    expect(dd.exceptions.map((e) => [e.criterionRef, e.orderRef, e.validUntil])).toEqual([
      ['DD-3', 'กทม. 123/2567', '2025-12-31'],
    ]);
    expect(dd.result.children!.find((c) => c.ref === 'DD-3')).toMatchObject({
      met: true,
      byException: true,
      value: 6,
      required: 7,
      gap: null,
    });
  });

  it('the list: admin all, a focal point its own unit only; the committee and staff 403', async () => {
    const url = `/api/careers/paths/${ddPath}/exceptions`;
    expect((await get<{ person: { personNo: string } }[]>(url)).map((e) => e.person.personNo)).toEqual([
      'CA-A',
    ]);
    expect(await get<unknown[]>(url, 'focal')).toEqual([]);
    for (const who of ['viewer', 'staff'] as const) {
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie: cookie[who] } });
      expect(res.statusCode).toBe(403);
    }
  });

  it('revoking: admin only, with a reason; stale 409; audited twice (grant and revoke)', async () => {
    const url = `/api/careers/exceptions/${granted.id}/revoke`;
    expectApiError(
      await send('POST', url, { reason: 'ผิด', version: granted.version }, 'focal'),
      403,
      'forbidden',
    );
    expectApiError(await send('POST', url, { reason: '', version: granted.version }), 400, 'invalid_input');
    expectApiError(await send('POST', url, { reason: 'ผิด', version: granted.version + 1 }), 409, 'conflict');
    const ok = await send('POST', url, { reason: 'คำสั่งถูกยกเลิก', version: granted.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'revoked', revokedBy: 'admin', revokeReason: 'คำสั่งถูกยกเลิก' });
    expectApiError(
      await send('POST', url, { reason: 'อีกครั้ง', version: granted.version + 1 }),
      409,
      'conflict',
    );
    const audit = await one<{ n: number }>(
      `select count(*)::int as n from audit_event where entity = 'career_exception' and entity_id = $1`,
      [String(granted.id)],
    );
    expect(audit.n).toBe(2);
    // A new exception for the same criterion may be granted once the old one is revoked.
    expect((await grant({ ...dd3, validFrom: '2027-01-01', validUntil: '2027-12-31' })).statusCode).toBe(201);
  });
});

describe('talent pool as of 2024-10-01 (DD-1: D retires at the end of FY 2568; DD-2 vacant)', () => {
  const url = `/api/careers/talent-pool?asOf=${AS_OF}`;
  const seat = async (no: string) =>
    (await one<{ id: number }>('select id from position where position_no = $1', [no])).id;
  const nominate = (payload: object, who: keyof typeof cookie = 'admin') =>
    send('POST', '/api/careers/nominations', payload, who);

  it('with nobody nominated, DD-1 is flagged in FY 2568: no ready and eligible successor', async () => {
    const v = await get<TalentPoolView>(url);
    expect(v.bench).toEqual({
      keyPositions: 2,
      successors: 0,
      coverage: 0,
      positionsReadyNow: 0,
      benchStrengthPct: 0,
    });
    expect(v.years[0]).toEqual({ fiscalYear: 2568, emptied: 1, readySuccessors: 0, uncovered: ['DD-1'] });
    expect(v.years.map((y) => y.emptied)).toEqual([1, 0, 0, 0, 0]);
  });

  it('the office nominates (others 403; a non-key position 400; twice 409); bench, coverage and the flag follow', async () => {
    const dd1 = await seat('DD-1');
    const dd2 = await seat('DD-2');
    const b = { positionId: dd1, personNo: 'CA-B', readiness: 'ready_now', consent: 'yes' };
    expectApiError(await nominate(b, 'focal'), 403, 'forbidden');
    expectApiError(await nominate(b, 'viewer'), 403, 'forbidden');
    const other = await position('HR-1', 'หัวหน้าฝ่ายทดสอบ', 'junior', 'BHRDI');
    const notKey = expectApiError(await nominate({ ...b, positionId: other }), 400, 'invalid_input');
    expect(notKey.issues![0]!.field).toBe('positionId');
    expect((await nominate(b)).statusCode).toBe(201);
    expectApiError(await nominate(b), 409, 'conflict');
    expect(
      (await nominate({ positionId: dd1, personNo: 'CA-C', readiness: 'one_to_two_years' })).statusCode,
    ).toBe(201);
    expect(
      (await nominate({ positionId: dd2, personNo: 'CA-E', readiness: 'later', consent: 'no' })).statusCode,
    ).toBe(201);
    const v = await get<TalentPoolView>(url);
    // B and C count (E declined): 2 successors for 2 key positions; DD-1 has a ready-now one.
    expect(v.bench).toEqual({
      keyPositions: 2,
      successors: 2,
      coverage: 1,
      positionsReadyNow: 1,
      benchStrengthPct: 50,
    });
    expect(v.years[0]).toEqual({ fiscalYear: 2568, emptied: 1, readySuccessors: 1, uncovered: [] });
    const p1 = v.positions!.find((p) => p.positionNo === 'DD-1')!;
    expect(p1.nominees.map((n) => [n.personNo, n.readiness, n.consent, n.standing])).toEqual([
      ['CA-B', 'ready_now', 'yes', 'eligible'],
      ['CA-C', 'one_to_two_years', 'pending', 'within'],
    ]);
  });

  it('changes keep their history; a withdrawal leaves the pool; the committee sees figures, staff 403', async () => {
    let v = await get<TalentPoolView>(url);
    const c = v.positions!.flatMap((p) => p.nominees).find((n) => n.personNo === 'CA-C')!;
    const changed = await send('POST', `/api/careers/nominations/${c.id}`, {
      consent: 'yes',
      version: c.version,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expectApiError(
      await send('POST', `/api/careers/nominations/${c.id}`, { consent: 'no', version: c.version }),
      409,
      'conflict',
    );
    v = await get<TalentPoolView>(url);
    const after = v.positions!.flatMap((p) => p.nominees).find((n) => n.personNo === 'CA-C')!;
    expect(after.history.map((h) => [h.consent, h.withdrawn, h.by])).toEqual([
      ['pending', false, 'admin'],
      ['yes', false, 'admin'],
    ]);
    const e = v.positions!.flatMap((p) => p.nominees).find((n) => n.personNo === 'CA-E')!;
    expect(
      (await send('POST', `/api/careers/nominations/${e.id}`, { withdraw: true, version: e.version }))
        .statusCode,
    ).toBe(200);
    v = await get<TalentPoolView>(url);
    expect(v.positions!.flatMap((p) => p.nominees).map((n) => n.personNo)).toEqual(['CA-B', 'CA-C']);
    const audit = await one<{ n: number }>(
      `select count(*)::int as n from audit_event where entity = 'career_nomination'`,
    );
    expect(audit.n).toBe(5);
    const viewer = await get<TalentPoolView>(url, 'viewer');
    expect(viewer.positions).toBeNull();
    expect(viewer.bench.successors).toBe(2);
    const staff = await t.app.inject({ method: 'GET', url, headers: { cookie: cookie.staff } });
    expect(staff.statusCode).toBe(403);
  });
});
