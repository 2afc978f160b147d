/**
 * The demo's workforce (src/server/demo/workforce/): 2,000 people over the demo's units as of the day the
 * demo is loaded. Loaded here as of a fixed day (6 December 2026, fiscal year 2570) and checked in the
 * database against the rules of the builder and against the pure builder's own rows (the retirement
 * counts through the domain's retirement rule); other days are checked on the pure builder alone, so the
 * demo stays believable whenever it is started.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { loadDemo } from '../../src/server/demo/load-demo';
import {
  DEMO_PEOPLE,
  DEMO_SHORT_OF_SEVEN_IN,
  demoWorkforce,
} from '../../src/server/demo/workforce/load-workforce';
import { retirementFiscalYear } from '../../src/domain/workforce';
import { createTestDatabase } from '../helpers/test-db';

const TODAY = '2026-12-06';
const FY = 2570;
const NEXT_FIVE = [FY, FY + 1, FY + 2, FY + 3, FY + 4];

let db: Database;
const one = async (sql: string, params: unknown[] = []) =>
  Number(Object.values((await db.query<Record<string, unknown>>(sql, params)).rows[0]!)[0]);

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemo(db, { today: TODAY });
}, 120_000);
afterAll(async () => {
  await db?.close();
});

const fiscalYearOf = (iso: string) => Number(iso.slice(0, 4)) + 543 + (Number(iso.slice(5, 7)) >= 10 ? 1 : 0);

/** In-service people retiring at the end of each of the five fiscal years from `today`'s, by the domain rule. */
function retiringFromBuilder(today: string): number[] {
  const fy = fiscalYearOf(today);
  const counts = [0, 0, 0, 0, 0];
  for (const p of demoWorkforce(today).people) {
    if (p.exitDate !== null) continue;
    const k = retirementFiscalYear(p.birthDate) - fy;
    expect(k, `${p.personNo} in service past the retirement rule on ${today}`).toBeGreaterThanOrEqual(0);
    if (k < 5) counts[k]! += 1;
  }
  return counts;
}

describe('the demo workforce in the database', () => {
  it('has 2,000 people, every leaver with a reason, nobody in service past the retirement rule', async () => {
    expect(await one('select count(*) from person')).toBe(DEMO_PEOPLE);
    expect(await one(`select count(*) from person where person_no !~ '^D[0-9]{6}$'`)).toBe(0);
    expect(await one('select count(*) from person where not thai_national_id_valid(national_id)')).toBe(0);
    expect(await one('select count(*) from person where exit_date is not null and exit_reason is null')).toBe(
      0,
    );
    expect(await one('select count(distinct exit_reason) from person')).toBeGreaterThanOrEqual(5);
    expect(
      await one('select count(*) from person where exit_date is null and retirement_fiscal_year < $1', [FY]),
    ).toBe(0);
    // nothing happens after the demo's today
    expect(await one('select count(*) from position_history where from_date > $1::date', [TODAY])).toBe(0);
    expect(await one('select count(*) from person where exit_date > $1::date', [TODAY])).toBe(0);
  });

  it('has people retiring at the end of each of the next five fiscal years, as the domain rule counts them', async () => {
    const { rows } = await db.query<{ fy: number; n: number }>(
      `select retirement_fiscal_year as fy, count(*)::int as n from person
        where exit_date is null and retirement_fiscal_year between $1 and $2
        group by 1 order by 1`,
      [FY, FY + 4],
    );
    const expected = retiringFromBuilder(TODAY);
    expect(rows).toEqual(NEXT_FIVE.map((fy, k) => ({ fy, n: expected[k] })));
    for (const n of expected) expect(n).toBeGreaterThanOrEqual(20);
  });

  it('has four district offices of ten sections, each with a director, three assistants and ten section heads', async () => {
    const { rows } = await db.query<Record<string, unknown>>(
      `select u.code, count(distinct p.section)::int as sections,
              count(*) filter (where p.title = 'ผู้อำนวยการเขต' and p.level = 'senior')::int as directors,
              count(*) filter (where p.title = 'ผู้ช่วยผู้อำนวยการเขต' and p.level = 'junior')::int as assistants,
              count(*) filter (where p.section_head)::int as heads
         from position p join org_unit u on u.id = p.unit_id
        where u.kind = 'district' group by u.code order by u.code`,
    );
    expect(rows).toEqual(
      ['D-BANGRAK', 'D-CHATUCHAK', 'D-PHRANAKHON', 'D-POMPRAP'].map((code) => ({
        code,
        sections: 10,
        directors: 1,
        assistants: 3,
        heads: 10,
      })),
    );
  });

  it('has every assistant in post overseeing one section today, different sections within a district', async () => {
    const { rows } = await db.query<{ code: string; in_post: number; overseeing: number; sections: number }>(
      `select u.code,
              (select count(*)::int from position_history h join position p on p.id = h.position_id
                where p.unit_id = u.id and p.title = 'ผู้ช่วยผู้อำนวยการเขต' and h.role = 'holds'
                  and h.to_date is null) as in_post,
              count(o.id)::int as overseeing, count(distinct o.section)::int as sections
         from org_unit u
         left join position_history o on o.unit_id = u.id and o.role = 'oversees' and o.to_date is null
        where u.kind = 'district' group by u.id, u.code order by u.code`,
    );
    expect(rows.length).toBe(4);
    for (const r of rows) {
      expect(r.overseeing, r.code).toBe(r.in_post);
      expect(r.sections, r.code).toBe(r.in_post);
    }
    // an open oversees row always sits beside an open holds row of an assistant in the same district
    expect(
      await one(`select count(*) from position_history o where o.role = 'oversees' and o.to_date is null
          and not exists (select 1 from position_history h join position p on p.id = h.position_id
                           where h.person_id = o.person_id and h.role = 'holds' and h.to_date is null
                             and p.title = 'ผู้ช่วยผู้อำนวยการเขต' and p.unit_id = o.unit_id)`),
    ).toBe(0);
    // D-PHRANAKHON's marked assistant (in post there) has overseen exactly six kinds of section, over all
    // their terms as assistant: one short of the seven the career rule asks for
    const marked = demoWorkforce(TODAY).shortOfSeven;
    expect(
      await one(
        `select count(distinct h.section) from position_history h join person p on p.id = h.person_id
          where p.person_no = $1 and h.role = 'oversees'`,
        [marked],
      ),
    ).toBe(6);
    expect(
      await one(
        `select count(*) from position_history h join person p on p.id = h.person_id
           join org_unit u on u.id = h.unit_id
          where p.person_no = $1 and h.role = 'holds' and h.to_date is null and u.code = $2
            and h.title = 'ผู้ช่วยผู้อำนวยการเขต'`,
        [marked, DEMO_SHORT_OF_SEVEN_IN],
      ),
    ).toBe(1);
  });

  it('has vacancies, people acting only in vacant positions, and no double holding', async () => {
    const vacant =
      await one(`select count(*) from position p where not exists (select 1 from position_history h
        where h.position_id = p.id and h.role = 'holds' and h.to_date is null)`);
    expect(vacant).toBeGreaterThan(0);
    expect(vacant).toBeLessThan((await one('select count(*) from position')) / 10);
    expect(
      await one(`select count(*) from position_history where role = 'acting' and to_date is null`),
    ).toBeGreaterThan(0);
    expect(
      await one(`select count(*) from position_history a where a.role = 'acting' and a.to_date is null
          and exists (select 1 from position_history h where h.position_id = a.position_id
                       and h.role = 'holds' and h.to_date is null)`),
    ).toBe(0);
    const overlapping = (key: string) => `select count(*) from position_history a join position_history b
        on a.${key} = b.${key} and a.id < b.id and a.role = 'holds' and b.role = 'holds'
       and a.from_date <= coalesce(b.to_date, 'infinity') and b.from_date <= coalesce(a.to_date, 'infinity')`;
    expect(await one(overlapping('person_id'))).toBe(0);
    expect(await one(overlapping('position_id'))).toBe(0);
  });

  it('is written with one audit row', async () => {
    expect(
      await one(`select count(*) from audit_event where entity = 'workforce' and entity_id = $1`, [
        `demo ${TODAY}`,
      ]),
    ).toBe(1);
  });
});

describe('the demo workforce on other days (pure)', () => {
  it('is the same for the same day', () => {
    expect(demoWorkforce(TODAY)).toEqual(demoWorkforce(TODAY));
  });

  it.each(['2026-10-01', '2027-09-30', '2031-03-01', '2036-02-29'])(
    'as of %s: the same counts, retirements in each of the next five fiscal years, nothing later than the day',
    (today) => {
      const w = demoWorkforce(today);
      const base = demoWorkforce(TODAY);
      expect([w.people.length, w.positions.length, w.history.length]).toEqual([
        base.people.length,
        base.positions.length,
        base.history.length,
      ]);
      for (const n of retiringFromBuilder(today)) expect(n).toBeGreaterThanOrEqual(20);
      expect(w.history.filter((h) => h.from > today || (h.to !== null && h.to > today))).toEqual([]);
      expect(w.people.filter((p) => p.exitDate !== null && p.exitDate > today)).toEqual([]);
    },
  );
});
