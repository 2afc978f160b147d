/**
 * Issue 14.13 on a real database: the Thai audit trail shows no stored key. The whole demo is loaded (plans,
 * reports, problems, committee, workforce, development, careers), then the events the demo does not hold are
 * made through the API (sign-in failures, a sign-in and sign-out, a published summary snapshot, a review);
 * every record type, action, field (at any depth) and stored key value in audit_event must have a Thai and an
 * English word — by the same lookup the trail uses (src/web/shared/audit/word-keys.ts). Every value of the
 * domain's enumerations that can be written to an audited field is checked too, whether the demo holds it or not.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSIGNMENT_STATES } from '../../src/domain/committee/assignment';
import { AGENDA_KINDS, RESOLUTION_KINDS, RETURN_KINDS } from '../../src/domain/committee/agenda';
import { CRITERION_KINDS } from '../../src/domain/careers/criteria';
import { CONSENT, READINESS } from '../../src/domain/careers/talent';
import { LEVELS, POSITION_TYPES } from '../../src/domain/workforce/codes';
import {
  PROBLEM_CATEGORIES,
  PROBLEM_SEVERITIES,
  PROBLEM_STATUSES,
} from '../../src/domain/monitoring/attention-flags';
import { KR_DIRECTIONS, KR_GRANULARITIES } from '../../src/domain/monitoring/key-results';
import { REMINDER_KINDS } from '../../src/domain/monitoring/reminders';
import { REPORT_ACTIONS, REPORT_STATES } from '../../src/domain/monitoring/report-workflow';
import { AUDIT_ENTITIES } from '../../src/shared/api/audit';
import { AUDIT_WORDS } from '../../src/web/shared/audit/vocabulary';
import { fieldWordKey, isFreeText, STORED_KEY, valueWordKey } from '../../src/web/shared/audit/word-keys';
import { changeHeaders, createTestApp, CSRF, DEMO_PLAN, type TestApp } from '../helpers/api-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const login = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', headers: CSRF, payload: { username, password } });
  expect((await login('admin', 'not-the-password')).statusCode).toBe(401);
  expect((await login('nobody.here', 'whatever-it-is')).statusCode).toBe(401);
  const committee = await t.login('committee');
  expect(
    (await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: changeHeaders(committee) }))
      .statusCode,
  ).toBeLessThan(300);
  const admin = await t.login('admin');
  const published = await t.app.inject({
    method: 'POST',
    url: `/api/plans/${DEMO_PLAN}/snapshots`,
    headers: changeHeaders(admin),
    payload: { period: '2566-05', basis: 'accepted' },
  });
  expect(published.statusCode, published.body).toBeLessThan(300);
  const { rows } = await t.db.query<{ id: number }>(
    `select id from monthly_report where state = 'submitted' and superseded_at is null order by id limit 1`,
  );
  const review = await t.app.inject({
    method: 'POST',
    url: `/api/reports/${rows[0]!.id}/review`,
    headers: changeHeaders(admin),
    payload: { action: 'return', comment: 'กรุณาแก้ไขร้อยละความก้าวหน้า' },
  });
  expect(review.statusCode, review.body).toBeLessThan(300);
});
afterAll(async () => {
  await t?.close();
});

const hasWord = (key: string) => key in AUDIT_WORDS.th && key in AUDIT_WORDS.en;
/** Roles and project statuses are worded by the app's own dictionary (labels.ts), not the audit vocabulary. */
const OWN_WORDS: Record<string, readonly string[]> = {
  role: ['admin', 'focal_point', 'approver', 'viewer', 'staff'],
  status: ['not_started', 'in_progress', 'completed', 'cancelled'],
};

/** Every field key and every stored-key value in a before/after record, with the field it sits under. */
function walk(
  value: unknown,
  field: string | null,
  out: { fields: Set<string>; values: Set<string> },
  entity: string,
) {
  if (Array.isArray(value)) for (const item of value) walk(item, field, out, entity);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      out.fields.add(key);
      walk(inner, key, out, entity);
    }
  } else if (typeof value === 'string' && field !== null && STORED_KEY.test(value)) {
    if (isFreeText(field) || OWN_WORDS[field]?.includes(value)) return;
    if (valueWordKey(entity, field, value) === undefined) out.values.add(`${entity}.${field}=${value}`);
  }
}

describe('the audit trail of a demo database', () => {
  it('holds the events of every area', async () => {
    const { rows } = await t.db.query<{ entity: string; action: string }>(
      'select distinct entity, action from audit_event',
    );
    const seen = rows.map((r) => `${r.entity}:${r.action}`);
    for (const event of [
      'sign_in:sign_in_failed',
      'summary_snapshot:create',
      'monthly_report:submit',
      'committee_meeting:create',
      'career_path:create',
      // the demo's talent pool: nominations, one of them changed later
      'career_nomination:create',
      'career_nomination:update',
    ]) {
      expect(seen).toContain(event);
    }
    expect(rows.some((r) => r.entity.startsWith('workforce') || r.entity === 'person')).toBe(true);
  });

  it('words every record type, action, field and stored value it holds', async () => {
    const { rows } = await t.db.query<{ entity: string; action: string; before: unknown; after: unknown }>(
      "select distinct on (entity, action, md5(coalesce(before::text, '') || coalesce(after::text, ''))) entity, action, before, after from audit_event",
    );
    const out = { fields: new Set<string>(), values: new Set<string>() };
    const entities = new Set<string>();
    const actions = new Set<string>();
    for (const row of rows) {
      entities.add(row.entity);
      actions.add(row.action);
      walk(row.before, null, out, row.entity);
      walk(row.after, null, out, row.entity);
    }
    expect(entities.size).toBeGreaterThanOrEqual(20);
    // Read as text, as audit-labels.test.ts does: messages.ts imports the React hooks.
    const messages = readFileSync(new URL('../../src/web/shared/audit/messages.ts', import.meta.url), 'utf8');
    const split = messages.indexOf('  en: {');
    const words = (text: string) => new Set([...text.matchAll(/'(action\.[a-z_]+)':/g)].map((m) => m[1]!));
    const [th, en] = [words(messages.slice(0, split)), words(messages.slice(split))];
    // One comparison, so a failure lists everything that lacks a word at once.
    expect({
      entities: [...entities].filter((e) => !hasWord(`entity.${e}`)),
      searchable: [...entities].filter((e) => !(AUDIT_ENTITIES as readonly string[]).includes(e)),
      actions: [...actions].filter((a) => !th.has(`action.${a}`) || !en.has(`action.${a}`)),
      fields: [...out.fields].filter((f) => !fieldWordKey(f) || !hasWord(fieldWordKey(f)!)).sort(),
      values: [...out.values].sort(),
    }).toEqual({ entities: [], searchable: [], actions: [], fields: [], values: [] });
    // The keys the issue named by hand are among the rows and have their words.
    expect(valueWordKey('sign_in', 'reason', 'wrong_password')).toBeDefined();
    expect(hasWord('entity.summary_snapshot')).toBe(true);
  });

  it('words every value of the enumerations an audited field may hold', () => {
    const known: [entity: string, field: string, values: readonly string[]][] = [
      ['monthly_report', 'state', REPORT_STATES],
      ['monthly_report', 'review_action', REPORT_ACTIONS],
      ['problem', 'severity', PROBLEM_SEVERITIES],
      ['problem', 'category', PROBLEM_CATEGORIES],
      ['problem', 'status', PROBLEM_STATUSES],
      ['key_result', 'direction', KR_DIRECTIONS],
      ['key_result_actual', 'granularity', KR_GRANULARITIES],
      ['reminder', 'kind', REMINDER_KINDS],
      ['committee_agenda_item', 'kind', AGENDA_KINDS],
      ['committee_resolution', 'kind', RESOLUTION_KINDS],
      ['committee_resolution', 'return_kind', RETURN_KINDS],
      ['committee_assignment', 'state', ASSIGNMENT_STATES],
      ['career_nomination', 'readiness', READINESS],
      ['career_nomination', 'consent', CONSENT],
      ['sign_in', 'reason', ['wrong_password', 'unknown_user', 'inactive', 'not_linked', 'provider_error']],
      ['sign_in', 'method', ['password', 'oidc']],
      ['career_path_version', 'kind', CRITERION_KINDS],
      ['career_path_version', 'countBy', ['kind', 'pair']],
      ['career_path_version', 'positionType', Object.keys(POSITION_TYPES)],
      ['career_path_version', 'level', Object.keys(LEVELS)],
      ['career_path_version', 'unitKind', ['bureau', 'district', 'office', 'institute', 'other']],
      ['committee_assignment', 'returnKind', RETURN_KINDS],
    ];
    const missing = known.flatMap(([entity, field, values]) =>
      values
        .filter((v) => {
          const key = valueWordKey(entity, field, v);
          return key === undefined || !(key in AUDIT_WORDS.en);
        })
        .map((v) => `${entity}.${field}=${v}`),
    );
    expect(missing).toEqual([]);
  });
});
