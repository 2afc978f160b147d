/**
 * Decision 0026's faster reads change no answer: the directory's search (candidates first, then what each
 * holds today), one unit's headcount, ages and retirements (that unit's people first), and the vacancies
 * (vacant positions first) give the very rows of migration 0027's queries (tests/helpers/
 * workforce-queries-0027.ts) — on the demo's 2,000 people and on a generated dataset (scale 1), for
 * searches by name, number, title, unit name, unit and title, pages beyond the first, and two dates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { generateDataset } from '../../src/server/generate/generate-dataset';
import { WORKFORCE_AS_OF } from '../../src/server/generate/workforce/generated-workforce';
import {
  ageGroups,
  headcountGroups,
  retirementGroups,
} from '../../src/server/repositories/workforce/dashboard';
import {
  searchPeople,
  type DirectoryFilters,
} from '../../src/server/repositories/workforce/directory-search';
import { vacanciesByUnit, vacantPositions } from '../../src/server/repositories/workforce/vacancies';
import { todayInBangkok } from '../../src/server/use-cases/workforce/scope';
import { createTestApp, type TestApp } from '../helpers/api-app';
import { inServiceFigures0027, searchPeople0027, vacancies0027 } from '../helpers/workforce-queries-0027';

const sorted = <T>(rows: readonly T[]) =>
  [...rows].map((r) => JSON.stringify(r)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** What to search for on this database: its commonest first name, district, title there, a unit's name. */
async function probes(db: Database, asOf: string) {
  const one = async (sql: string, params: unknown[] = []) =>
    (await db.query<{ v: string | number }>(sql, params)).rows[0]!.v;
  const unitId = Number(
    await one(
      `select h.unit_id as v from position_history h
        where h.role = 'holds' and h.from_date <= $1::date and (h.to_date is null or h.to_date >= $1::date)
        group by 1 order by count(*) desc, 1 limit 1`,
      [asOf],
    ),
  );
  const title = String(
    await one(
      `select h.title as v from position_history h
        where h.role = 'holds' and h.unit_id = $2 and h.from_date <= $1::date
          and (h.to_date is null or h.to_date >= $1::date)
        group by 1 order by count(*) desc, 1 limit 1`,
      [asOf, unitId],
    ),
  );
  const name = String(
    await one(`select first_name as v from person group by 1 order by count(*) desc, 1 limit 1`),
  );
  const unitName = String(await one(`select name as v from org_unit where id = $1`, [unitId]));
  const personNo = String(await one(`select person_no as v from person order by id limit 1`));
  // a unit whose people are recorded there but hold nothing on the date, if any (else the district)
  const recorded = Number(
    await one(
      `select coalesce((select p.unit_id from person p where p.unit_id is not null and not exists (
                select 1 from position_history h where h.person_id = p.id and h.role = 'holds'
                   and h.from_date <= $1::date and (h.to_date is null or h.to_date >= $1::date))
              group by 1 order by count(*) desc, 1 limit 1), $2) as v`,
      [asOf, unitId],
    ),
  );
  return { unitId, title, name, unitName, personNo, recorded };
}

type Probes = Awaited<ReturnType<typeof probes>>;

function searches(p: Probes, today: string): DirectoryFilters[] {
  const f = (over: Partial<DirectoryFilters>): DirectoryFilters => ({
    q: null,
    unitId: null,
    title: null,
    today,
    limit: 50,
    offset: 0,
    ...over,
  });
  return [
    f({}),
    f({ offset: 100, limit: 20 }),
    f({ q: p.name }),
    f({ q: p.name.slice(0, 2), offset: 50 }),
    f({ q: p.personNo }),
    f({ q: p.personNo.slice(0, 3) }),
    f({ q: p.title.slice(1, 5) }),
    f({ q: p.title }),
    f({ q: p.unitName.slice(2, 8) }),
    f({ q: 'ไม่มีชื่อนี้ในระบบ' }),
    f({ q: p.name, unitId: p.unitId }),
    f({ q: p.title.slice(1, 5), title: p.title }),
    f({ unitId: p.unitId }),
    f({ unitId: p.unitId, offset: 50 }),
    f({ unitId: p.recorded }),
    f({ title: p.title }),
    f({ unitId: p.unitId, title: p.title }),
    f({ unitId: p.recorded, title: p.title }),
    f({ unitId: p.unitId, offset: 100_000 }),
  ];
}

async function compareAll(db: Database, dates: readonly string[]) {
  const tally = { searches: 0, rows: 0, figures: 0, vacant: 0 };
  for (const asOf of dates) {
    const p = await probes(db, asOf);
    for (const f of searches(p, asOf)) {
      const [now, then] = [await searchPeople(db, f), await searchPeople0027(db, f)];
      expect(now, JSON.stringify(f)).toEqual(then);
      tally.searches++;
      tally.rows += now.length;
    }
    for (const unitId of [null, p.unitId, p.recorded]) {
      const then = await inServiceFigures0027(db, asOf, unitId);
      const year = Number(asOf.slice(0, 4)) + 543;
      expect(sorted(await headcountGroups(db, asOf, unitId))).toEqual(sorted(then.headcount));
      expect(sorted(await ageGroups(db, asOf, unitId))).toEqual(sorted(then.ages));
      expect(sorted(await retirementGroups(db, asOf, unitId, year, year + 4))).toEqual(
        sorted(then.retirements),
      );
      const vacant = await vacancies0027(db, asOf, unitId);
      expect(await vacantPositions(db, asOf, unitId)).toEqual(vacant.list);
      expect(sorted(await vacanciesByUnit(db, asOf, unitId))).toEqual(sorted(vacant.byUnit));
      tally.figures += then.headcount.reduce((s, g) => s + (g as { n: number }).n, 0);
      tally.vacant += vacant.list.length;
    }
  }
  return tally;
}

describe('decision 0026 on the demo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  }, 120_000);
  afterAll(() => t?.close());

  it('gives the rows of the 0027 queries, today and on a past date', async () => {
    const tally = await compareAll(t.db, [todayInBangkok(), '2021-03-15']);
    expect(tally.searches).toBe(38);
    // not a comparison of empty answers
    expect(tally.rows).toBeGreaterThan(500);
    expect(tally.figures).toBeGreaterThan(2000);
    expect(tally.vacant).toBeGreaterThan(0);
  });
});

describe('decision 0026 on generated data (scale 1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: false });
    await generateDataset(t.db, { scale: 1, withReports: false });
  }, 300_000);
  afterAll(() => t?.close());

  it('gives the rows of the 0027 queries on two dates', async () => {
    const tally = await compareAll(t.db, [WORKFORCE_AS_OF, '2021-03-15']);
    expect(tally.searches).toBe(38);
    expect(tally.rows).toBeGreaterThan(500);
    expect(tally.figures).toBeGreaterThan(1000);
    expect(tally.vacant).toBeGreaterThan(0);
  });
});
