/**
 * Fuzzing the JSON API (docs/security.md, 4.5) with fast-check. Every route the server registers is
 * taken from the Fastify instance at run time:
 *
 * - each change route (POST, PATCH, PUT, DELETE) gets arbitrary bodies — wrong types, huge strings, deep
 *   nesting, unicode, numbers out of range, malformed JSON, other content types, and prototype-pollution
 *   keys (__proto__, constructor.prototype) — and arbitrary query strings;
 * - each read route gets arbitrary query strings and path parameters.
 *
 * The answer is never a 5xx; a 4xx is the one error shape with a Thai and an English message, and then
 * no table gained or lost a row. Object.prototype is never polluted. A route whose :id this file cannot
 * fill in fails the coverage test, so new routes are fuzzed too. Bodies are sent as the central office
 * (the role that gets furthest into the code) or as a focal point.
 */
import type { HTTPMethods } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanTree } from '../../src/shared/api/monitoring';
import { CSRF, createTestApp, DEMO_PLAN, type TestApp } from '../helpers/api-app';
import { expectErrorShape, registeredRoutes, rowCounts } from './security-helpers';

/** Runs per property; TIDTAM_FUZZ_SCALE=10 fuzzes ten times longer (by hand, not in CI). */
const runs = (n: number) => Math.max(1, Math.round(n * Number(process.env.TIDTAM_FUZZ_SCALE ?? 1)));

let t: TestApp;
const cookies = { admin: '', focal: '' };
let routes: string[] = [];
/** A real id for each ":id" after a path segment, so that fuzzed requests reach past "not found". */
const idAfter = new Map<string, number>();
/** A person number the `:personNo` routes find (the first person's). */
let demoPersonNo = '';

/** Not fuzzed here: the importers have their own fuzz file; sign-out would end the sessions used here. */
const SKIP = new Set([
  'POST /api/imports/plan',
  'POST /api/imports/reports',
  'POST /api/auth/logout',
  'POST /api/auth/logout-all',
]);

beforeAll(async () => {
  t = await createTestApp();
  cookies.admin = await t.login('admin');
  cookies.focal = await t.login('focal.bhrdi');
  const first = async (sql: string) => (await t.db.query<{ id: number }>(sql)).rows[0]?.id;
  const tree = (
    await t.app.inject({
      method: 'GET',
      url: `/api/plans/${DEMO_PLAN}/tree`,
      headers: { cookie: cookies.admin },
    })
  ).json() as PlanTree;
  const post = async (url: string, payload: object) => {
    const res = await t.app.inject({
      method: 'POST',
      url,
      headers: { ...CSRF, cookie: cookies.admin },
      payload,
    });
    if (res.statusCode >= 300) throw new Error(`fixture ${url}: ${res.statusCode} ${res.body}`);
    return res.json() as { id: number; actuals?: { id: number }[] };
  };
  const kr = await post(`/api/plans/${DEMO_PLAN}/key-results`, {
    targetNo: '1',
    fiscalYear: 2566,
    no: 'F1',
    indicator: 'ตัวชี้วัดฟัซ',
    direction: 'higher_is_better',
    baseline: '0',
    target: '10',
  });
  const withActual = await post(`/api/key-results/${kr.id}/actuals`, {
    granularity: 'month',
    period: '2566-05',
    value: '5',
  });
  const dummy = await post('/api/users', {
    username: 'fuzz.dummy',
    displayName: 'ผู้ใช้ฟัซ',
    password: 'a-long-enough-password',
    role: 'viewer',
  });
  const entries: [string, number | undefined][] = [
    ['projects', await first("select id from project where code = 'P2-03'")],
    ['targets', tree.targets[0]!.id],
    ['strategies', tree.targets[0]!.strategies[0]!.id],
    ['units', await first("select id from org_unit where code = 'D-BANGRAK'")],
    ['users', dummy.id],
    ['problems', await first('select id from problem order by id limit 1')],
    ['reports', await first('select id from monthly_report where superseded_at is null order by id limit 1')],
    ['key-results', kr.id],
    ['key-result-actuals', withActual.actuals![0]!.id],
    ['people', await first('select id from person order by id limit 1')],
    ['snapshots', await first('select id from summary_snapshot order by id limit 1')],
    ['meetings', await first('select id from committee_meeting order by id limit 1')],
    ['agenda-items', await first('select id from committee_agenda_item order by id limit 1')],
    ['resolutions', await first('select id from committee_resolution order by id limit 1')],
    ['assignments', await first('select id from committee_assignment order by id limit 1')],
    ['paths', await first('select id from career_path order by id limit 1')],
    ['exceptions', await first('select id from career_exception order by id limit 1')],
    ['nominations', await first('select id from career_nomination order by id limit 1')],
    ['cohorts', await first('select id from career_cohort order by id limit 1')],
    ['attachments', await first('select id from committee_attachment order by id limit 1')],
    // Keyed by the two segments before the id where one segment is ambiguous (/development/projects/:id).
    ['development/projects', await first('select id from development_project order by project_code limit 1')],
    // A person's own entries of outside learning (/development/me/entries/:id, /development/entries/:id/decision).
    [
      'me/entries',
      await first("select id::int from development_record where source = 'self' order by id limit 1"),
    ],
    [
      'development/entries',
      await first("select id::int from development_record where source = 'self' order by id limit 1"),
    ],
  ];
  for (const [segment, id] of entries) idAfter.set(segment, id ?? 1);
  const person = await t.db.query<{ no: string }>(
    'select person_no as no from person where person_no is not null order by id limit 1',
  );
  demoPersonNo = person.rows[0]?.no ?? 'D00001';
  routes = registeredRoutes(t.app).filter((r) => !SKIP.has(r));
});
afterAll(async () => {
  await t?.close();
});

/** The route's URL with its parameters filled in (fixed values, or the fuzzer's when given). */
function urlOf(route: string, params?: Record<string, string>): string {
  const path = route.slice(route.indexOf(' ') + 1);
  const segments = path.split('/');
  return segments
    .map((segment, i) => {
      if (!segment.startsWith(':')) return segment;
      const name = segment.slice(1);
      if (params?.[name] !== undefined) return encodeURIComponent(params[name]);
      switch (name) {
        case 'code':
          // A unit's code after /agencies/ (the agency page), else the plan's.
          return segments[i - 1] === 'agencies' ? 'BHRDI' : DEMO_PLAN;
        case 'period':
          return '2566-06';
        case 'fiscalYear':
          return '2566';
        case 'no':
          return '1';
        case 'entity':
          return 'project';
        case 'personNo':
          return demoPersonNo;
        case 'unitCode':
          return 'PERS';
        case 'kind':
          // An import's kind: a workforce file (formats.md) or a development one.
          return segments[i - 2] === 'workforce' ? 'people' : 'plan';
        case 'entityId':
          return String(idAfter.get('projects'));
        case 'id': {
          const id = idAfter.get(`${segments[i - 2]}/${segments[i - 1]}`) ?? idAfter.get(segments[i - 1]!);
          if (id === undefined) throw new Error(`${route}: no id known after "/${segments[i - 1]}/"`);
          return String(id);
        }
        default:
          throw new Error(`${route}: unknown parameter :${name}`);
      }
    })
    .join('/');
}

// ---- arbitraries ----

/** Field names the API's schemas use: values of the wrong type there reach the validators' edges. */
const FIELDS = [
  'version',
  'name',
  'code',
  'kind',
  'period',
  'status',
  'percent',
  'kpi',
  'kpiUnit',
  'kpiTarget',
  'budget',
  'spent',
  'problems',
  'action',
  'comment',
  'ids',
  'username',
  'password',
  'displayName',
  'email',
  'role',
  'unitId',
  'active',
  'deadline',
  'lockAfterDays',
  'until',
  'reason',
  'successorId',
  'unitIds',
  'movePeople',
  'dryRun',
  'targetNo',
  'fiscalYear',
  'no',
  'indicator',
  'direction',
  'baseline',
  'target',
  'rangeLow',
  'rangeHigh',
  'granularity',
  'value',
  'source',
  'projectIds',
  'priority',
  'budgetRequested',
  'milestones',
  'plannedPercent',
  'valueDelivered',
  'category',
  'severity',
  'dueDate',
  'resolution',
  'actionUnitId',
  'nationalId',
  'birthDate',
  'firstName',
  'lastName',
  'basis',
  'ownerUnitId',
  'startDate',
  'endDate',
];

const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    2_147_483_648,
    Number.MAX_SAFE_INTEGER,
    1e308,
    -1e308,
    0.1,
    '',
    ' ',
    '0',
    '-1',
    '1e3',
    'NaN',
    '2566-06',
    '2566-13',
    '2099-12-31',
    'admin',
    'approve',
    '<script>alert(1)</script>',
    '\u0000',
    '\uFEFF',
    '๑๒๓',
    '../../etc/passwd',
    "'; drop table plan; --",
    [],
    {},
    [null],
    { $gt: '' },
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.nat({ max: 300_000 }).map((n) => 'ก'.repeat(n)),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 600 }),
);

const fieldObject = fc.dictionary(fc.constantFrom(...FIELDS), oddValue, { maxKeys: 6 });

/** Raw bodies: malformed JSON, prototype pollution, deep nesting, big numbers. */
const rawBody = fc.constantFrom(
  '{',
  '{"name": }',
  'null',
  '[]',
  '"text"',
  '12',
  '{"__proto__": {"role": "admin", "polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '{"version": 1, "__proto__": {"polluted": true}, "name": "x"}',
  '{"name": "x", "name": "y"}',
  '{"version": 123456789012345678901234567890}',
  '{"percent": 1e400}',
  '\uFEFF{"name": "x"}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  `{"a":${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}}`,
);

const body = fc.oneof(
  { arbitrary: fieldObject.map((o) => JSON.stringify(o)), weight: 4 },
  { arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)), weight: 2 },
  { arbitrary: rawBody, weight: 2 },
  {
    arbitrary: fc
      .tuple(fieldObject, fc.constantFrom('__proto__', 'constructor', 'prototype'))
      .map(([o, key]) => `{"${key}": {"polluted": true}, ${JSON.stringify(o).slice(1)}`.replace(/, }$/, '}')),
    weight: 1,
  },
);

const contentType = fc.oneof(
  { arbitrary: fc.constant('application/json'), weight: 6 },
  {
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/xml',
    ),
    weight: 1,
  },
);

const QUERY_KEYS = [
  'asOf',
  'fiscalYear',
  'basis',
  'plan',
  'period',
  'from',
  'to',
  'unit',
  'unitId',
  'q',
  'status',
  'state',
  'target',
  'owner',
  'project',
  'category',
  'severity',
  'overdue',
  'page',
  'pageSize',
  'entity',
  'entityId',
  'actor',
  'action',
  'version',
  'dryRun',
  'reveal',
  'snapshot',
  'a',
  'b',
  'aId',
  'bId',
  'force',
  'limit',
  'cursor',
];
const queryValue = fc.oneof(
  fc.constantFrom(
    '',
    '0',
    '-1',
    '2566-05',
    '2566-13',
    '2566',
    '99999999999999999999',
    'true',
    'maybe',
    '<b>',
    '%00',
    '501',
    // shaped like the review queue's cursor (base64url payload.check), so it gets past the schema
    'eyJ2IjoxfQ.AAAAAAAAAAAAAAAA',
    'A.A',
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.nat({ max: 5000 }).map((n) => 'x'.repeat(n)),
);
const query = fc
  .dictionary(fc.constantFrom(...QUERY_KEYS), queryValue, { maxKeys: 4 })
  .map((q) => new URLSearchParams(q).toString());
const paramValue = fc.oneof(
  fc.constantFrom('0', '-1', '1.5', '2147483648', '99999999999999999999', 'abc', '..', '%', ' ', 'ก', '1e3'),
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.nat({ max: 3000 }).map((n) => `1${'0'.repeat(n)}`),
);

// ---- the properties ----

/** A refused sign-in writes its audit row on purpose (docs/security.md, 4.2): not a half-done change. */
const AUDITED_REFUSALS = new Set(['POST /api/auth/login']);
const countsBut = (route: string, counts: Record<string, number>) =>
  AUDITED_REFUSALS.has(route) ? { ...counts, audit_event: 0 } : counts;

async function expectSafe(
  route: string,
  res: { statusCode: number; body: string; headers: Record<string, unknown> },
) {
  expect(res.statusCode, `${route}: ${res.body.slice(0, 400)}`).toBeLessThan(500);
  expect(res.statusCode, route).toBeGreaterThanOrEqual(200);
  if (res.statusCode >= 400) expectErrorShape(res);
}

function expectNoPollution() {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted, 'Object.prototype polluted').toBeUndefined();
  expect(probe.role, 'Object.prototype polluted').toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

describe('coverage', () => {
  it('every route can be called here (each :id is known)', () => {
    expect(routes.length).toBeGreaterThan(50);
    for (const route of routes) expect(() => urlOf(route), route).not.toThrow();
  });
});

describe('change routes: arbitrary bodies and queries → never 5xx; a refusal writes nothing', () => {
  // Resolved lazily: the route list comes from the app built in beforeAll.
  it('every POST, PATCH, PUT and DELETE route', async () => {
    const changes = routes.filter((r) => !r.startsWith('GET '));
    expect(changes.length).toBeGreaterThanOrEqual(30);
    for (const route of changes) {
      const method = route.slice(0, route.indexOf(' ')) as HTTPMethods;
      await fc.assert(
        fc.asyncProperty(
          body,
          contentType,
          query,
          fc.constantFrom<'admin' | 'focal'>('admin', 'admin', 'focal'),
          async (payload, type, qs, who) => {
            const before = await rowCounts(t.db);
            const url = `${urlOf(route)}${qs ? `?${qs}` : ''}`;
            const res = await t.app.inject({
              method,
              url,
              headers: { ...CSRF, cookie: cookies[who], 'content-type': type },
              payload,
            });
            await expectSafe(route, res);
            if (res.statusCode >= 400)
              expect(countsBut(route, await rowCounts(t.db)), `${route} refused but wrote`).toEqual(
                countsBut(route, before),
              );
            expectNoPollution();
          },
        ),
        { numRuns: runs(8) },
      );
    }
    // One test walks every change route, so its time grows with the routes (~100 and counting) and
    // with the machine's load; the bound is a hang guard, not a speed check.
  }, 600_000);
});

describe('read routes: arbitrary queries and path parameters → never 5xx', () => {
  it('every GET route', async () => {
    const reads = routes.filter((r) => r.startsWith('GET '));
    expect(reads.length).toBeGreaterThan(20);
    for (const route of reads) {
      const names = [...route.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      await fc.assert(
        fc.asyncProperty(
          query,
          fc.array(fc.option(paramValue, { nil: undefined }), {
            minLength: names.length,
            maxLength: names.length,
          }),
          fc.constantFrom<'admin' | 'focal'>('admin', 'focal'),
          async (qs, values, who) => {
            const params = Object.fromEntries(
              names.flatMap((n, i) => (values[i] === undefined ? [] : [[n, values[i]!]])),
            );
            const url = `${urlOf(route, params)}${qs ? `?${qs}` : ''}`;
            const res = await t.app.inject({ method: 'GET', url, headers: { cookie: cookies[who] } });
            await expectSafe(`${route} (${url.slice(0, 200)})`, res);
          },
        ),
        { numRuns: runs(5) },
      );
    }
  }, 600_000);
});
