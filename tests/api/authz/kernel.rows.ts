/**
 * The authorization matrix's rows of this module (tests/api/authz/matrix.ts says how a row reads):
 * Sign-in and one's account, units, users, backup and restore, the audit trail.
 */
import { DEMO_PLAN } from '../../helpers/api-app';
import { DEMO_PASSWORD } from '../../../src/server/demo/load-demo';
import {
  USER,
  all,
  signedIn,
  adminOnly,
  projectReaders,
  nobody,
  t,
  ids,
  next,
  project,
  unit,
  newUnit,
  roleUser,
  type Rows,
} from './matrix';

export const ROWS: Rows = {
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
