/**
 * Hand-built workforce rows for the dashboard, directory and person page tests: eight people, nine
 * positions, their history, in the demo's BHRDI and PERS offices and one district office made here. The
 * numbers the tests expect are worked out by hand in their comments and recomputed by the domain
 * (src/domain/workforce/figures.ts) from these same arrays.
 */
import type { FigureHolding, FigurePerson, FigurePosition } from '../../src/domain/workforce';
import type { Database } from '../../src/server/db/database';

export const AS_OF = '2025-06-15'; // fiscal year 2568

interface Person extends FigurePerson {
  no: string;
  first: string;
  last: string;
  unit: string;
}
interface Position extends FigurePosition {
  no: string;
  title: string;
  type: string;
  level: string;
  unit: string;
  sectionHead?: boolean;
  abolished?: string;
}
interface Holding extends FigureHolding {
  person: string;
  position: string;
  title: string;
  unit: string;
}

type P = Omit<Person, 'id' | 'unitId'>;
const people: P[] = [
  {
    no: 'WF001',
    first: 'อรุณ',
    last: 'แสงทอง',
    staffType: 'civil_servant',
    birthDate: '1990-03-10',
    entryDate: '2020-01-01',
    exitDate: null,
    exitReason: null,
    unit: 'BHRDI',
  },
  {
    no: 'WF002',
    first: 'บุญมี',
    last: 'ใจดี',
    staffType: 'civil_servant',
    birthDate: '1966-10-02',
    entryDate: '2015-01-01',
    exitDate: null,
    exitReason: null,
    unit: 'BHRDI',
  },
  {
    no: 'WF003',
    first: 'ชาตรี',
    last: 'เขตดี',
    staffType: 'civil_servant',
    birthDate: '1966-08-20',
    entryDate: '2005-01-01',
    exitDate: null,
    exitReason: null,
    unit: 'PERS',
  },
  {
    no: 'WF004',
    first: 'ดวงใจ',
    last: 'ปกครอง',
    staffType: 'permanent_employee',
    birthDate: '1966-01-15',
    entryDate: '1990-01-01',
    exitDate: null,
    exitReason: null,
    unit: 'WFD1',
  },
  {
    no: 'WF005',
    first: 'เอกชัย',
    last: 'สอนดี',
    staffType: 'teacher',
    birthDate: '2001-07-01',
    entryDate: '2024-11-01',
    exitDate: null,
    exitReason: null,
    unit: 'PERS',
  },
  {
    no: 'WF006',
    first: 'ฟ้าใส',
    last: 'ลาออก',
    staffType: 'civil_servant',
    birthDate: '1985-01-01',
    entryDate: '2010-04-01',
    exitDate: '2024-03-31',
    exitReason: 'resigned',
    unit: 'BHRDI',
  },
  {
    no: 'WF007',
    first: 'กานดา',
    last: 'มาใหม่',
    staffType: 'temporary_employee',
    birthDate: '1998-02-02',
    entryDate: '2025-07-01',
    exitDate: null,
    exitReason: null,
    unit: 'PERS',
  },
  {
    no: 'WF008',
    first: 'หทัย',
    last: 'โอนย้าย',
    staffType: 'civil_servant',
    birthDate: '1980-12-31',
    entryDate: null,
    exitDate: '2025-06-16',
    exitReason: 'transferred',
    unit: 'PERS',
  },
];

type Q = Omit<Position, 'id' | 'unitId' | 'abolishedDate'>;
const positions: Q[] = [
  { no: 'WP1', title: 'เจ้าพนักงานธุรการ', type: 'general', level: 'operational', unit: 'BHRDI' },
  { no: 'WP2', title: 'นักทรัพยากรบุคคล', type: 'academic', level: 'professional', unit: 'BHRDI' },
  { no: 'WP3', title: 'นักทรัพยากรบุคคล', type: 'academic', level: 'senior_professional', unit: 'BHRDI' },
  { no: 'WP4', title: 'เจ้าพนักงานการเงิน', type: 'general', level: 'experienced', unit: 'PERS' },
  {
    no: 'WP5',
    title: 'พนักงานพิมพ์',
    type: 'general',
    level: 'operational',
    unit: 'PERS',
    abolished: '2024-01-01',
  },
  { no: 'WP6', title: 'ผู้อำนวยการเขต', type: 'executive', level: 'junior', unit: 'WFD1' },
  { no: 'WP7', title: 'ผู้อำนวยการส่วน', type: 'managerial', level: 'junior', unit: 'PERS' },
  {
    no: 'WP8',
    title: 'หัวหน้าฝ่ายปกครอง',
    type: 'general',
    level: 'senior_general',
    unit: 'WFD1',
    sectionHead: true,
  },
  { no: 'WP9', title: 'เจ้าพนักงานธุรการ', type: 'general', level: 'experienced', unit: 'BHRDI' },
];

type H = [person: string, position: string, role: FigureHolding['role'], from: string, to: string | null];
const history: H[] = [
  ['WF001', 'WP1', 'holds', '2020-01-01', null],
  ['WF001', 'WP4', 'acting', '2025-01-01', null], // acting does not fill WP4
  ['WF002', 'WP2', 'holds', '2015-01-01', '2022-12-31'],
  ['WF002', 'WP3', 'holds', '2023-01-01', null], // promotion (rank 4 → 6) in FY 2566
  ['WF003', 'WP7', 'holds', '2018-01-01', '2021-09-30'],
  ['WF003', 'WP6', 'holds', '2021-10-01', null], // promotion (6 → 8) and transfer PERS → WFD1 in FY 2565
  ['WF004', 'WP8', 'holds', '2019-05-01', null],
  ['WF006', 'WP9', 'holds', '2010-04-01', '2024-03-31'],
];

/** A valid Thai national ID from its first twelve digits. */
export function withCheckDigit(twelve: string): string {
  const sum = [...twelve].reduce((s, d, i) => s + Number(d) * (13 - i), 0);
  return `${twelve}${(11 - (sum % 11)) % 10}`;
}

export interface Fixture {
  units: Record<string, number>;
  people: Person[];
  positions: Position[];
  history: Holding[];
}

/** Inserts the rows (one statement per table) and answers them with their database ids. */
export async function loadWorkforceFixture(db: Database): Promise<Fixture> {
  await db.query(`insert into org_unit (code, name, kind) values ('WFD1', 'สำนักงานเขตทดสอบ', 'district')`);
  const { rows: u } = await db.query<{ id: number; code: string }>('select id, code from org_unit');
  const units = Object.fromEntries(u.map((r) => [r.code, r.id]));
  const { rows: pe } = await db.query<{ id: number; person_no: string }>(
    `insert into person (person_no, first_name, last_name, national_id, birth_date, staff_type, entry_date,
                         exit_date, exit_reason, unit_id)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::date[],
                          $8::date[], $9::text[], $10::int[])
     returning id, person_no`,
    [
      people.map((p) => p.no),
      people.map((p) => p.first),
      people.map((p) => p.last),
      people.map((_, i) => withCheckDigit(`11017002307${i}`)),
      people.map((p) => p.birthDate),
      people.map((p) => p.staffType),
      people.map((p) => p.entryDate),
      people.map((p) => p.exitDate),
      people.map((p) => p.exitReason),
      people.map((p) => units[p.unit]!),
    ],
  );
  const personId = new Map(pe.map((r) => [r.person_no, r.id]));
  const { rows: po } = await db.query<{ id: number; position_no: string }>(
    `insert into position (position_no, title, position_type, level, unit_id, section, section_head, abolished_date)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::bool[],
                          $8::date[])
     returning id, position_no`,
    [
      positions.map((p) => p.no),
      positions.map((p) => p.title),
      positions.map((p) => p.type),
      positions.map((p) => p.level),
      positions.map((p) => units[p.unit]!),
      positions.map((p) => (p.sectionHead ? 'ฝ่ายปกครอง' : null)),
      positions.map((p) => p.sectionHead === true),
      positions.map((p) => p.abolished ?? null),
    ],
  );
  const positionId = new Map(po.map((r) => [r.position_no, r.id]));
  const posOf = (no: string) => positions.find((p) => p.no === no)!;
  await db.query(
    `insert into position_history (person_id, position_id, role, from_date, to_date, title, position_type, level,
                                   unit_id, section, section_head)
     select * from unnest($1::int[], $2::int[], $3::text[], $4::date[], $5::date[], $6::text[], $7::text[],
                          $8::text[], $9::int[], $10::text[], $11::bool[])`,
    [
      history.map((h) => personId.get(h[0])!),
      history.map((h) => positionId.get(h[1])!),
      history.map((h) => h[2]),
      history.map((h) => h[3]),
      history.map((h) => h[4]),
      history.map((h) => posOf(h[1]).title),
      history.map((h) => posOf(h[1]).type),
      history.map((h) => posOf(h[1]).level),
      history.map((h) => units[posOf(h[1]).unit]!),
      history.map((h) => (posOf(h[1]).sectionHead ? 'ฝ่ายปกครอง' : null)),
      history.map((h) => posOf(h[1]).sectionHead === true),
    ],
  );
  return {
    units,
    people: people.map((p) => ({ ...p, id: personId.get(p.no)!, unitId: units[p.unit]! })),
    positions: positions.map((p) => ({
      ...p,
      id: positionId.get(p.no)!,
      unitId: units[p.unit]!,
      abolishedDate: p.abolished ?? null,
    })),
    history: history.map(([person, position, role, fromDate, toDate]) => ({
      person,
      position,
      role,
      fromDate,
      toDate,
      personId: personId.get(person)!,
      positionId: positionId.get(position)!,
      title: posOf(position).title,
      positionType: posOf(position).type,
      level: posOf(position).level,
      line: null,
      unit: posOf(position).unit,
      unitId: units[posOf(position).unit]!,
    })),
  };
}
