/**
 * The demo's FY2564 plan (src/server/demo/development/fy2564.ts) as the institute reads it: example rows only,
 * every agency's HRD 64 accepted, and the coverage the memo describes (004:L71: strategy 4 only in some
 * agencies). Projects are dealt to each strategy's agencies in turn, so by hand:
 *   strategy 1, 236 over 12 agencies: the first 8 of its list 20 each, the last 4 (OCSC-BMA, D-CHATUCHAK, SPE,
 *   PALAD) 19; strategy 2, 15 over 8: 2 each but SPE 1; strategy 3, 33 over 12: 3 each but PALAD, SPE,
 *   D-CHATUCHAK 2; strategy 4, 48 over BHRDI, PERS, D-CHATUCHAK, EDU: 12 each.
 *   districts: D-PHRANAKHON 20+2+3 + D-POMPRAP 20+3 + D-BANGRAK 20+3 + D-CHATUCHAK 19+2+2+12 = 106;
 *   bureaus: SPE 19+1+2 + EDU 20+2+3+12 + MED 20+2+3 + HEALTH 20+2+3 = 109; others 332 − 215 = 117.
 *   agencies developing each strategy: 12, 8, 12, 4 of 12 → only strategy 4 is weak (fewer than half).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevelopmentSummaryView } from '../../src/shared/api/development';
import { createTestApp, type TestApp } from '../helpers/api-app';

let t: TestApp;
let view: DevelopmentSummaryView;

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  const cookie = await t.login('focal.bhrdi');
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/development/summary?fiscalYear=2564',
    headers: { cookie },
  });
  expect(res.statusCode, res.body).toBe(200);
  view = res.json() as DevelopmentSummaryView;
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe("the demo's FY2564 development plan", () => {
  it('is 332 example projects of the 12 demo agencies, each agency accepted', async () => {
    const { rows } = await t.db.query<{ n: number; examples: number; marked: number; units: number }>(
      `select count(*)::int as n, count(*) filter (where example)::int as examples,
              count(*) filter (where project_name like '%(ตัวอย่าง)')::int as marked,
              count(distinct unit_id)::int as units
         from development_project where fiscal_year = 2564`,
    );
    expect(rows[0]).toEqual({ n: 332, examples: 332, marked: 332, units: 12 });
    const subs = await t.db.query<{ state: string; n: number }>(
      `select state, count(*)::int as n from development_submission where fiscal_year = 2564 group by state`,
    );
    expect(subs.rows).toEqual([{ state: 'accepted', n: 12 }]);
  });

  it('splits by agency group as dealt, the groups summing to the totals', () => {
    expect(view.agencyGroups.map((g) => [g.group, g.projects])).toEqual([
      ['district', 106],
      ['bureau', 109],
      ['other', 117],
    ]);
    const sum = (key: 'participants' | 'budget') => view.agencyGroups.reduce((n, g) => n + g[key], 0);
    expect([sum('participants'), sum('budget')]).toEqual([58_753, 353_166_405]);
  });

  it('shows strategy 4 as developed by only a few agencies (4 of 12), as the memo finds', () => {
    expect(view.coverage.agencies).toHaveLength(12);
    expect(view.coverage.strategies.map((s) => [s.no, s.agencies, s.weak])).toEqual([
      ['1', 12, false],
      ['2', 8, false],
      ['3', 12, false],
      ['4', 4, true],
    ]);
    const chatuchak = view.coverage.agencies.find((a) => a.unitName === 'สำนักงานเขตจตุจักร')!;
    expect(chatuchak.projects).toEqual([19, 2, 2, 12]);
  });
});
