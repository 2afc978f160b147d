/**
 * The set-based staff-on-a-date of the development reads (repositories/development/days.ts STAFF_ON, migration
 * 0028): each person in service on the fiscal year's last day in the unit of the position held then — the
 * latest begun on or before the date among those not ended before it, open or ending on or after the date —
 * else their own unit. Checked with exact counts on every case and against the per-person lookup it replaced.
 * Fiscal year 2590 ends on 2047-09-30.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { unitsDays } from '../../src/server/repositories/development/days';
import { createTestDatabase } from '../helpers/test-db';

const FY = 2590;
const YEAR_END = '2047-09-30';
let db: Database;
const unit = new Map<string, number>();

/** The definition before 0028: one LATERAL lookup per person (kept here as the reference). */
const PER_PERSON = `
  with staff as (
    select p.id, coalesce(h.unit_id, p.unit_id) as unit_id
      from person p
      left join lateral (
        select h.unit_id from position_history h
         where h.person_id = p.id and h.role = 'holds' and h.from_date <= $2::date
           and (h.to_date is null or h.to_date >= $2::date)
         order by h.from_date desc limit 1) h on true
     where (p.entry_date is null or p.entry_date <= $2::date) and (p.exit_date is null or p.exit_date > $2::date)),
  days as (select r.person_id, sum(r.days) as days from development_record r
            where r.fiscal_year = $1 and r.state = 'approved' group by r.person_id)
  select s.unit_id, count(*)::int as staff, count(*) filter (where d.days >= 10)::int as reached
    from staff s left join days d on d.person_id = s.id group by s.unit_id order by s.unit_id`;

beforeAll(async () => {
  db = await createTestDatabase();
  for (const code of ['SO-1', 'SO-2', 'SO-3']) {
    const { rows } = await db.query<{ id: number }>(
      `insert into org_unit (code, name, kind) values ($1, $1, 'office') returning id`,
      [code],
    );
    unit.set(code, rows[0]!.id);
  }
  // person: own unit, entry, exit; positions: [unit, from, to, role]; records: [days, state, fiscal year]
  type Case = [
    string,
    string | null,
    string | null,
    [string, string, string | null, string][],
    [string, string, number][],
  ];
  const cases: Case[] = [
    ['P1', null, null, [], []],
    ['P2', null, null, [['SO-2', '2040-01-01', null, 'holds']], [['10.0', 'approved', FY]]],
    [
      'P3',
      null,
      null,
      [
        ['SO-2', '2040-01-01', YEAR_END, 'holds'],
        ['SO-3', '2047-10-01', null, 'holds'],
      ],
      [
        ['9.9', 'approved', FY],
        ['0.1', 'approved', FY],
      ],
    ],
    [
      'P4',
      null,
      null,
      [
        ['SO-2', '2040-01-01', '2045-12-31', 'holds'],
        ['SO-3', '2046-01-01', null, 'holds'],
      ],
      [['10.0', 'pending', FY]],
    ],
    [
      'P5',
      null,
      null,
      [
        ['SO-2', '2041-01-01', null, 'holds'],
        ['SO-3', '2046-01-01', null, 'holds'],
      ],
      [['12.0', 'approved', FY - 1]],
    ],
    [
      'P6',
      null,
      null,
      [
        ['SO-2', '2040-01-01', '2048-06-30', 'holds'],
        ['SO-3', '2046-01-01', null, 'acting'],
      ],
      [
        ['10.0', 'rejected', FY],
        ['5.0', 'approved', FY],
      ],
    ],
    ['P7', null, null, [['SO-3', '2048-01-01', null, 'holds']], [['10.0', 'approved', FY]]],
    ['P8', null, '2047-06-30', [['SO-2', '2040-01-01', null, 'holds']], [['10.0', 'approved', FY]]],
    ['P9', '2047-10-01', null, [['SO-2', '2047-10-01', null, 'holds']], []],
  ];
  for (const [no, entry, exit, positions, records] of cases) {
    const { rows } = await db.query<{ id: number }>(
      `insert into person (person_no, birth_date, first_name, last_name, unit_id, entry_date, exit_date, exit_reason)
       values ($1, '1990-01-01', $1, 'ทดสอบ', $2, coalesce($3::date, '2020-01-01'), $4::date,
               case when $4::date is null then null else 'resigned' end) returning id`,
      [`SO-${no}`, unit.get('SO-1'), entry, exit],
    );
    const id = rows[0]!.id;
    for (const [u, from, to, role] of positions)
      await db.query(
        `insert into position_history (person_id, from_date, to_date, role, title, position_type, level, unit_id)
         values ($1, $2, $3, $4, 'นักทรัพยากรบุคคล', 'academic', 'professional', $5)`,
        [id, from, to, role, unit.get(u)],
      );
    for (const [days, state, fy] of records)
      await db.query(
        `insert into development_record (person_id, fiscal_year, activity, start_date, end_date, days, mode, state)
         values ($1, $2, 'กิจกรรม ' || $3, '2047-01-01', '2047-01-01', $3::numeric, 'formal', $4)`,
        [id, fy, days, state],
      );
  }
});

afterAll(async () => {
  await db.close();
});

describe('staff in service on the year end, set-based', () => {
  it('places each person in the unit of the position held on the date, and counts who reached 10 days', async () => {
    const rows = await unitsDays(db, FY, null);
    const of = (code: string) => rows.find((r) => r.unit_id === unit.get(code));
    // SO-1: P1 (no position), P7 (its only position begins after the date, 10 days)
    expect(of('SO-1')).toMatchObject({ staff: 2, reached: 1 });
    // SO-2: P2 (open, 10 days), P3 (ends on the date; 9.9 + 0.1), P6 (ends after the date; rejected 10 not counted)
    expect(of('SO-2')).toMatchObject({ staff: 3, reached: 2 });
    // SO-3: P4 (the earlier one ended before the date; pending 10), P5 (two open: the later begun; other year)
    expect(of('SO-3')).toMatchObject({ staff: 2, reached: 0 });
    expect(rows).toHaveLength(3);
    expect((await unitsDays(db, FY, unit.get('SO-2')!)).map((r) => [r.staff, r.reached])).toEqual([[3, 2]]);
  });

  it('gives what the per-person lookup it replaced gives', async () => {
    const reference = (
      await db.query<{ unit_id: number; staff: number; reached: number }>(PER_PERSON, [FY, YEAR_END])
    ).rows;
    const rows = (await unitsDays(db, FY, null))
      .map((r) => ({ unit_id: r.unit_id, staff: r.staff, reached: r.reached }))
      .sort((a, b) => a.unit_id - b.unit_id);
    expect(rows).toEqual(reference);
  });
});
