/**
 * The HR Dashboard's figures and the directory's pages are kept per workforce data version (decision 0019):
 * a write to people, history, positions, key titles or units — by any code path, even plain SQL as another
 * process would — changes the token in its transaction, so the next request counts again; a write rolled
 * back changes nothing that is seen. Fixture: tests/helpers/workforce-fixture.ts (six in service on AS_OF).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HeadcountResponse, MovementsResponse } from '../../src/shared/api/workforce/dashboard';
import type { DirectoryResponse } from '../../src/shared/api/workforce/directory';
import { createTestApp, type TestApp } from '../helpers/api-app';
import { AS_OF, loadWorkforceFixture } from '../helpers/workforce-fixture';

let t: TestApp;
let cookie = '';

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  await loadWorkforceFixture(t.db);
  cookie = await t.login('admin');
});
afterAll(async () => {
  await t?.close();
});

async function get<T>(url: string): Promise<T> {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}
const token = async () =>
  (await t.db.query<{ token: string }>('select token from workforce_data_version')).rows[0]!.token;
const headcount = async () => (await get<HeadcountResponse>(`/api/workforce/headcount?asOf=${AS_OF}`)).total;

describe('figures kept per workforce data version', () => {
  it('a read changes nothing; a committed write is counted at the next request, a rolled-back one never', async () => {
    const before = await token();
    expect(await headcount()).toBe(6);
    expect(await headcount()).toBe(6);
    expect(await token()).toBe(before);

    // WF002 leaves before the date: one fewer in service.
    await t.db.query(
      `update person set exit_date = '2025-01-31', exit_reason = 'resigned' where person_no = 'WF002'`,
    );
    expect(await token()).not.toBe(before);
    expect(await headcount()).toBe(5);

    const committed = await token();
    await expect(
      t.db.transaction(async (tx) => {
        await tx.query(`update person set exit_date = null, exit_reason = null where person_no = 'WF002'`);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await token()).toBe(committed);
    expect(await headcount()).toBe(5);
  });

  it('a history period removed, a unit renamed and a person renamed are seen at once', async () => {
    const moves = async () =>
      (
        await get<MovementsResponse>('/api/workforce/movements?fromFiscalYear=2565&toFiscalYear=2566')
      ).fiscalYears.map((y) => [y.fiscalYear, y.promotions, y.transfers]);
    expect(await moves()).toEqual([
      [2565, 1, 1],
      [2566, 1, 0],
    ]);
    // WF003's first holding goes: the 2565 holding has nothing before it, so no promotion nor transfer.
    await t.db.query(
      `delete from position_history where role = 'holds' and from_date = '2018-01-01'
          and person_id = (select id from person where person_no = 'WF003')`,
    );
    expect(await moves()).toEqual([
      [2565, 0, 0],
      [2566, 1, 0],
    ]);

    const search = async (q: string) =>
      (await get<DirectoryResponse>(`/api/workforce/people?q=${encodeURIComponent(q)}&page=1&pageSize=50`))
        .total;
    const renamed = 'ชื่อใหม่ทดสอบ';
    expect(await search(renamed)).toBe(0);
    await t.db.query(`update person set first_name = $1 where person_no = 'WF001'`, [renamed]);
    expect(await search(renamed)).toBe(1);
  });
});
