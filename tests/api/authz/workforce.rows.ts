/**
 * The authorization matrix's rows of this module (tests/api/authz/matrix.ts says how a row reads):
 * Workforce imports, people (personal data), workforce figures and directory.
 */
import { signedIn, adminOnly, ids, unit, one, nationalId, csv, type Rows } from './matrix';

export const ROWS: Rows = {
  // ---- workforce imports (admin only: person_no and position_no are BMA-wide) ----
  'POST /api/workforce/imports/:kind': {
    prepare: () => ({
      url: '/api/workforce/imports/people?dryRun=true',
      payload: csv('person_no,first_name,last_name,birth_date,staff_type\n8800001,ก,ข,1970-01-01,teacher\n'),
    }),
    expect: adminOnly(200),
  },
  'GET /api/workforce/imports/:kind/template.xlsx': {
    prepare: () => ({ url: '/api/workforce/imports/people/template.xlsx' }),
    expect: adminOnly(200),
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
    staff: 200,
    prepare: async () => {
      const p = await one<{ person_no: string }>('select person_no from person where id = $1', [ids.person]);
      return { url: `/api/workforce/people/${p.person_no}` };
    },
    expect: { ...signedIn(200), viewer: 403, focalOther: 404 },
  },
  'GET /api/workforce/me': {
    staff: 200,
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
};
