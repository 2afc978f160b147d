/**
 * Personal data (PDPA): the person table of the workforce module. National IDs are checked (13 digits,
 * check digit) by the API and by the database; every reader sees them masked ("1-2345-xxxxx-xx-3") with
 * the year of birth only; an admin may reveal one person, and that read is audited; the audit trail and
 * the server's log never hold the full national ID or birth date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../src/shared/api/audit';
import { maskNationalId, thaiNationalIdValid, type PersonView } from '../../src/shared/api/workforce/people';
import {
  changeHeaders,
  createTestApp,
  expectApiError,
  expectFieldIssue,
  type TestApp,
} from '../helpers/api-app';
import { testDbKind } from '../helpers/test-db';
import { DEMO_PEOPLE } from '../../src/server/demo/workforce/load-workforce';
import { createUsers, CSRF, freshTarget, login, startServer, type Target } from '../load/harness';

/** Valid IDs (check digit computed), each with the forms it may appear in. */
const ID_A = '1101700230708';
const ID_B = '3100600445155';
const BIRTH_A = '1985-03-02';

const forms = (id: string) => [
  id,
  `${id[0]}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}`,
];

let t: TestApp;
let admin = '';
let focal = '';
let viewer = '';
let bhrdi = 0;
let pers = 0;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  focal = await t.login('focal.bhrdi');
  viewer = await t.login('committee');
  const { rows } = await t.db.query<{ id: number; code: string }>('select id, code from org_unit');
  bhrdi = rows.find((r) => r.code === 'BHRDI')!.id;
  pers = rows.find((r) => r.code !== 'BHRDI')!.id;
});
afterAll(async () => {
  await t?.close();
});

const create = (payload: object, cookie = admin) =>
  t.app.inject({ method: 'POST', url: '/api/people', headers: changeHeaders(cookie), payload });
const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const reveal = (id: number, cookie: string) =>
  t.app.inject({ method: 'POST', url: `/api/people/${id}/reveal`, headers: changeHeaders(cookie) });
const auditOf = async (id: number) =>
  (
    await t.db.query<{ action: string; actor_label: string; after: unknown; before: unknown }>(
      `select action, actor_label, after, before from audit_event where entity = 'person' and entity_id = $1 order by id`,
      [String(id)],
    )
  ).rows;

describe('national ID rules', () => {
  it('the check digit: valid and invalid numbers, in the code and in the database', async () => {
    expect(thaiNationalIdValid(ID_A)).toBe(true);
    expect(thaiNationalIdValid(ID_B)).toBe(true);
    expect(thaiNationalIdValid('1101700230709')).toBe(false);
    expect(thaiNationalIdValid('110170023070')).toBe(false);
    expect(maskNationalId(ID_A)).toBe('1-1017-xxxxx-xx-8');
    const { rows } = await t.db.query<{ ok: boolean; bad: boolean; short: boolean }>(
      `select thai_national_id_valid($1) as ok, thai_national_id_valid($2) as bad, thai_national_id_valid('12ab') as short`,
      [ID_A, '1101700230709'],
    );
    expect(rows[0]).toEqual({ ok: true, bad: false, short: false });
    // Past the API, the table itself refuses a wrong number.
    await expect(
      t.db.query(
        `insert into person (national_id, birth_date, first_name, last_name) values ('1101700230709', '1990-01-01', 'ก', 'ข')`,
      ),
    ).rejects.toMatchObject({ code: '23514' });
  });
});

describe('people: create (admin), read masked, reveal (admin, audited)', () => {
  let created: PersonView;

  it('creates a person; the answer and the audit row hold the masked ID and the year of birth only', async () => {
    const res = await create({
      nationalId: '1-1017-00230-70-8',
      birthDate: BIRTH_A,
      title: 'นางสาว',
      firstName: 'สมหญิง',
      lastName: 'ใจดี',
      unitId: bhrdi,
      position: 'นักทรัพยากรบุคคลชำนาญการ',
    });
    expect(res.statusCode, res.body).toBe(201);
    created = res.json() as PersonView;
    expect(created).toMatchObject({
      nationalId: '1-1017-xxxxx-xx-8',
      birthYear: 1985,
      birthDate: null,
      masked: true,
      unit: { id: bhrdi },
    });
    const audit = await auditOf(created.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actor_label: 'admin' });
    const text = JSON.stringify(audit);
    for (const form of forms(ID_A)) expect(text).not.toContain(form);
    expect(text).not.toContain(BIRTH_A);
    expect(audit[0]!.after).toMatchObject({ national_id: '1-1017-xxxxx-xx-8', birth_year: 1985 });
  });

  it('refuses a wrong check digit, a short number and a duplicate (without repeating the number)', async () => {
    const base = { birthDate: '1990-01-01', firstName: 'ก', lastName: 'ข' };
    expectFieldIssue(await create({ ...base, nationalId: '1101700230709' }), 'nationalId');
    expectFieldIssue(await create({ ...base, nationalId: '110170023070' }), 'nationalId');
    expectFieldIssue(await create({ ...base, nationalId: ID_B, birthDate: '2999-01-01' }), 'birthDate');
    const dup = await create({ ...base, nationalId: ID_A });
    expectApiError(dup, 409, 'conflict');
    for (const form of forms(ID_A)) expect(dup.body).not.toContain(form);
  });

  it('only an admin creates people', async () => {
    const base = { birthDate: '1990-01-01', firstName: 'ก', lastName: 'ข', nationalId: ID_B };
    expectApiError(await create(base, focal), 403, 'forbidden');
    expectApiError(await create(base, viewer), 403, 'forbidden');
    const res = await create({ ...base, unitId: pers });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('GET masks for every role, admin included; focal points see their own unit only', async () => {
    for (const cookie of [admin, viewer, focal]) {
      const res = await get(`/api/people/${created.id}`, cookie);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        nationalId: '1-1017-xxxxx-xx-8',
        birthDate: null,
        birthYear: 1985,
        masked: true,
      });
      for (const form of forms(ID_A)) expect(res.body).not.toContain(form);
      expect(res.body).not.toContain(BIRTH_A);
    }
    // the demo's workforce (DEMO_PEOPLE people) and the two created here
    const all = (await get('/api/people', admin)).json() as PersonView[];
    expect(all.length).toBe(DEMO_PEOPLE + 2);
    expect(all.filter((p) => !p.masked)).toEqual([]);
    expect(JSON.stringify(all)).not.toMatch(/\d{13}/);
    const own = (await get('/api/people', focal)).json() as PersonView[];
    expect(own.map((p) => p.id)).toContain(created.id);
    expect(own.filter((p) => p.unit?.id !== bhrdi)).toEqual([]);
    const other = all.find((p) => p.unit?.id === pers)!;
    expectApiError(await get(`/api/people/${other.id}`, focal), 404, 'not_found');
    // Reading masked data is not audited; only the creation is there.
    expect((await auditOf(created.id)).map((a) => a.action)).toEqual(['create']);
  });

  it('an admin reveal gives the full values and is audited as read_personal (fields named, values not); others may not reveal', async () => {
    expectApiError(await reveal(created.id, focal), 403, 'forbidden');
    expectApiError(await reveal(created.id, viewer), 403, 'forbidden');
    expect((await auditOf(created.id)).map((a) => a.action)).toEqual(['create']);

    const res = await reveal(created.id, admin);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ nationalId: ID_A, birthDate: BIRTH_A, masked: false });
    const audit = await auditOf(created.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'read_personal']);
    expect(audit[1]).toMatchObject({
      actor_label: 'admin',
      after: { fields: ['national_id', 'birth_date'] },
    });
    expect(JSON.stringify(audit)).not.toContain(ID_A);
    expect(JSON.stringify(audit)).not.toContain(BIRTH_A);
    // The admin's audit search finds who looked.
    const search = await get(`/api/audit?entity=person&action=read_personal`, admin);
    expect(search.statusCode, search.body).toBe(200);
    expect((search.json() as AuditPage).items.map((i) => i.entityId)).toEqual([String(created.id)]);
  });

  it('revealing is a POST that needs the CSRF header: the old GET ?reveal=true is refused, a POST without the header is 403; neither writes an audit row', async () => {
    const before = (await auditOf(created.id)).length;
    const old = await get(`/api/people/${created.id}?reveal=true`, admin);
    expectApiError(old, 400, 'invalid_input');
    expect(old.body).not.toContain(ID_A);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: `/api/people/${created.id}/reveal`,
      headers: { cookie: admin },
    });
    expectApiError(noCsrf, 403, 'forbidden');
    expect(noCsrf.body).toContain('x-tidtam-csrf');
    expect(noCsrf.body).not.toContain(ID_A);
    // A GET on the reveal path is no route at all.
    expect((await get(`/api/people/${created.id}/reveal`, admin)).statusCode).toBe(404);
    expect((await auditOf(created.id)).length).toBe(before);
  });
});

describe(`the server log never holds personal data (bin/tidtam serve, log level debug, ${testDbKind})`, () => {
  let target: Target;
  afterAll(async () => {
    await target?.remove();
  });

  it('creating, listing, revealing and a refused duplicate leave no national ID or birth date in stdout or stderr', async () => {
    target = await freshTarget();
    const seeded = await target.open();
    try {
      await createUsers(seeded.db, [{ username: 'log.admin', role: 'admin', unitId: null }]);
    } finally {
      await seeded.close();
    }
    const server = await startServer(target, { env: { TIDTAM_LOG_LEVEL: 'debug' } });
    try {
      const cookie = await login(server.url, 'log.admin');
      const post = (body: object) =>
        fetch(`${server.url}/api/people`, {
          method: 'POST',
          headers: { ...CSRF, cookie, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const person = { nationalId: ID_B, birthDate: '1979-12-31', firstName: 'ทดสอบ', lastName: 'บันทึก' };
      const res = await post(person);
      expect(res.status).toBe(201);
      const { id } = (await res.json()) as PersonView;
      expect((await post(person)).status).toBe(409);
      expect((await post({ ...person, nationalId: '3100600445151' })).status).toBe(400);
      const revealed = await fetch(`${server.url}/api/people/${id}/reveal`, {
        method: 'POST',
        headers: { ...CSRF, cookie },
      });
      expect(((await revealed.json()) as PersonView).nationalId).toBe(ID_B);
      expect((await fetch(`${server.url}/api/people`, { headers: { cookie } })).status).toBe(200);
    } finally {
      await server.stop();
    }
    const { stdout, stderr } = server.output();
    const log = stdout + stderr;
    // The log did record these requests (so the check below is not vacuous) …
    expect(log).toMatch(/POST \/api\/people\/\d+\/reveal 200/);
    expect(log).toMatch(/POST \/api\/people 409/);
    // … and holds no national ID (any form), birth date, or query string.
    for (const form of [...forms(ID_B), ...forms('3100600445151')]) expect(log).not.toContain(form);
    expect(log).not.toContain('1979-12-31');
    expect(log).not.toContain('reveal=true');
  }, 120_000);
});
