/**
 * person.retirement_fiscal_year (migration 0010) is derived by the database so that retirement counts over
 * 100,000 people stay one GROUP BY; it must agree with the domain's retirementFiscalYear() on every date,
 * and above all at the rule's boundaries (1 and 2 October, 29 February, the turn of the year).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { retirementFiscalYear } from '../../src/domain/workforce';
import { createTestDatabase } from '../helpers/test-db';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

/** Every day of 1963–1972 (leap years 1964, 1968, 1972 included). */
function everyDay(fromYear: number, toYear: number): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(fromYear, 0, 1); t <= Date.UTC(toYear, 11, 31); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

describe('person.retirement_fiscal_year', () => {
  it('equals retirementFiscalYear() for every birth date of ten years', async () => {
    const days = everyDay(1963, 1972);
    await db.query(
      `insert into person (person_no, first_name, last_name, birth_date)
       select 'R' || i, 'ก', 'ข', d::date from unnest($1::text[]) with ordinality as t (d, i)`,
      [days],
    );
    const { rows } = await db.query<{ birth_date: string; retirement_fiscal_year: number }>(
      `select to_char(birth_date, 'YYYY-MM-DD') as birth_date, retirement_fiscal_year from person
        where person_no like 'R%' order by birth_date`,
    );
    expect(rows).toHaveLength(days.length);
    const disagreements = rows.filter((r) => r.retirement_fiscal_year !== retirementFiscalYear(r.birth_date));
    expect(disagreements).toEqual([]);
    const byDate = new Map(rows.map((r) => [r.birth_date, r.retirement_fiscal_year]));
    expect(byDate.get('1966-10-01')).toBe(2569);
    expect(byDate.get('1966-10-02')).toBe(2570);
    expect(byDate.get('1964-02-29')).toBe(2567);
  });
});
