/**
 * The three workforce imports (formats.md, "Workforce files") as use cases on the test database: counts,
 * updates in place with the earlier values kept, one audit event per file, all-or-nothing with every row
 * error, dry runs, Thai labels, Thai digits and BE dates, XLSX as well as CSV.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OPERATOR } from '../../src/server/actor';
import type { Database } from '../../src/server/db/database';
import { AppError } from '../../src/server/errors';
import { listRevisions } from '../../src/server/repositories/workforce/import-audit';
import { importHistory } from '../../src/server/use-cases/workforce/import-history';
import { importPeople } from '../../src/server/use-cases/workforce/import-people';
import { importPositions } from '../../src/server/use-cases/workforce/import-positions';
import { createUnits, importIssues, issueTriples, resetDatabase } from '../fixtures/db';
import { csvBytes, type Row } from '../fixtures/files';
import { xlsxBytes } from '../fixtures/xlsx';
import { createTestDatabase } from '../helpers/test-db';

let db: Database;
let dir: string;
let files = 0;
beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'tidtam-wf-import-'));
});
beforeEach(async () => {
  await resetDatabase(db);
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

async function file(bytes: Uint8Array, ext = 'csv'): Promise<string> {
  const path = join(dir, `f${++files}.${ext}`);
  await writeFile(path, bytes);
  return path;
}
const csv = (rows: Row[], headers?: string[]) => file(csvBytes(rows, headers, { bom: true }));
const TODAY = '2026-12-06';
const people = async (rows: Row[], dryRun = false, headers?: string[]) =>
  importPeople(db, OPERATOR, await csv(rows, headers), { dryRun, today: TODAY });
const POSITION_HEADERS = [
  'position_no',
  'title',
  'position_type',
  'level',
  'line',
  'unit',
  'section',
  'section_head',
  'abolished_date',
];
const HISTORY_HEADERS = [
  'person_no',
  'from',
  'to',
  'role',
  'position_no',
  'title',
  'position_type',
  'level',
  'unit',
  'section',
  'order_ref',
];
const positions = async (rows: Row[]) => importPositions(db, OPERATOR, await csv(rows, POSITION_HEADERS));
const history = async (rows: Row[], dryRun = false) =>
  importHistory(db, OPERATOR, await csv(rows, HISTORY_HEADERS), { dryRun });

const PEOPLE_HEADERS = [
  'person_no',
  'national_id',
  'title',
  'first_name',
  'last_name',
  'birth_date',
  'gender',
  'staff_type',
  'entry_date',
  'exit_date',
  'exit_reason',
];
const PEOPLE: Row[] = [
  {
    person_no: '6500001',
    national_id: '1-1017-00203-45-0',
    title: 'นาง',
    first_name: 'สมใจ',
    last_name: 'ใจดี',
    birth_date: '02/10/2518',
    gender: 'หญิง',
    staff_type: 'ข้าราชการกรุงเทพมหานครสามัญ',
    entry_date: '๐๑/๐๖/๒๕๔๒',
  },
  {
    person_no: '6500002',
    first_name: 'สมชาย',
    last_name: 'รักงาน',
    birth_date: '1965-10-01',
    gender: 'male',
    staff_type: 'permanent_employee',
    exit_date: '2024-09-30',
    exit_reason: 'เกษียณอายุราชการ',
  },
  {
    person_no: '๖๕๐๐๐๐๓',
    first_name: 'วิไล',
    last_name: 'สอนดี',
    birth_date: '1980-01-15',
    staff_type: 'teacher',
  },
];

/** The answer, whole: its counts and the records it names by their codes (issue 14 item 17). */
const result = (
  kind: string,
  counts: Partial<Record<string, number>>,
  dryRun = false,
  named: Partial<Record<'created' | 'updated' | 'removed', string[]>> = {},
) => ({
  kind,
  dryRun,
  rows: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  removed: 0,
  named: { created: [], updated: [], removed: [], ...named },
  issues: [],
  moreIssues: 0,
  ...counts,
});
const THREE = ['6500001', '6500002', '6500003'];

async function importEvents() {
  const { rows } = await db.query<{ entity_id: string; after: Record<string, unknown> }>(
    `select entity_id, after from audit_event where entity = 'workforce_file' order by id`,
  );
  return rows;
}

describe('people file', () => {
  it('creates people from codes or Thai names, BE dates and Thai digits, with one audit event', async () => {
    expect(await people(PEOPLE, false, PEOPLE_HEADERS)).toEqual(
      result('people', { rows: 3, created: 3 }, false, { created: THREE }),
    );
    const { rows } = await db.query(
      `select person_no, national_id, title, first_name, last_name, birth_date, gender, staff_type, entry_date,
              exit_date, exit_reason, retirement_fiscal_year from person order by person_no`,
    );
    expect(rows).toEqual([
      {
        person_no: '6500001',
        national_id: '1101700203450',
        title: 'นาง',
        first_name: 'สมใจ',
        last_name: 'ใจดี',
        birth_date: '1975-10-02',
        gender: 'female',
        staff_type: 'civil_servant',
        entry_date: '1999-06-01',
        exit_date: null,
        exit_reason: null,
        retirement_fiscal_year: 2579,
      },
      {
        person_no: '6500002',
        national_id: null,
        title: null,
        first_name: 'สมชาย',
        last_name: 'รักงาน',
        birth_date: '1965-10-01',
        gender: 'male',
        staff_type: 'permanent_employee',
        entry_date: null,
        exit_date: '2024-09-30',
        exit_reason: 'retired',
        retirement_fiscal_year: 2568,
      },
      {
        person_no: '6500003',
        national_id: null,
        title: null,
        first_name: 'วิไล',
        last_name: 'สอนดี',
        birth_date: '1980-01-15',
        gender: null,
        staff_type: 'teacher',
        entry_date: null,
        exit_date: null,
        exit_reason: null,
        retirement_fiscal_year: 2583,
      },
    ]);
    expect(await importEvents()).toEqual([
      {
        entity_id: 'people',
        after: { kind: 'people', dryRun: false, rows: 3, created: 3, updated: 0, unchanged: 0, removed: 0 },
      },
    ]);
    const { rows: audit } = await db.query<{ n: string }>('select count(*) as n from audit_event');
    expect(Number(audit[0]!.n)).toBe(1);
  });

  it('updates in place on re-import, keeps the earlier values, and keeps a national ID the file leaves empty', async () => {
    await people(PEOPLE, false, PEOPLE_HEADERS);
    const { rows: before } = await db.query<{ id: number }>(
      `select id from person where person_no = '6500001'`,
    );
    const again = PEOPLE.map((r) => ({ ...r }));
    again[0]!.last_name = 'ใจงาม';
    again[0]!.national_id = '';
    expect(await people(again, false, PEOPLE_HEADERS)).toEqual(
      result('people', { rows: 3, updated: 1, unchanged: 2 }, false, { updated: ['6500001'] }),
    );
    const { rows } = await db.query(
      `select id, last_name, national_id, version from person where person_no = '6500001'`,
    );
    expect(rows).toEqual([
      { id: before[0]!.id, last_name: 'ใจงาม', national_id: '1101700203450', version: 2 },
    ]);
    const revisions = await listRevisions(db, 'person', '6500001');
    expect(revisions).toHaveLength(1);
    expect(revisions[0]!.change).toBe('update');
    expect(revisions[0]!.before).toMatchObject({
      last_name: 'ใจดี',
      first_name: 'สมใจ',
      personal_data_changed: [],
    });
    expect(revisions[0]!.before).not.toHaveProperty('national_id');
    expect((await importEvents()).map((e) => e.after.updated)).toEqual([0, 1]);
  });

  it('refuses the whole file and lists every row error with row, column, Thai and English', async () => {
    const rows: Row[] = [
      {
        person_no: '6500001',
        first_name: 'ก',
        last_name: 'ข',
        birth_date: '1970-01-01',
        staff_type: 'teacher',
      },
      {
        person_no: '6500001',
        first_name: 'ค',
        last_name: 'ง',
        birth_date: '1971-01-01',
        staff_type: 'teacher',
      },
      {
        person_no: '6500004',
        national_id: '1101700203451',
        first_name: 'จ',
        last_name: 'ฉ',
        birth_date: '1972-01-01',
        staff_type: 'teacher',
      },
      {
        person_no: '6500005',
        first_name: 'ช',
        last_name: '',
        birth_date: '31/02/2566',
        staff_type: 'นักการเมือง',
      },
    ];
    let error: unknown;
    await people(rows, false, PEOPLE_HEADERS).catch((e: unknown) => (error = e));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).bilingual.en).toBe('The file has 5 errors: nothing was written');
    expect(issueTriples((error as AppError).issues!)).toEqual([
      [3, 'person_no', 'repeats row 2'],
      [4, 'national_id', 'not a valid national ID (check digit)'],
      [5, 'last_name', 'is required'],
      [5, 'birth_date', '"31/02/2566" is not a date like 2023-05-31 or 31/05/2566'],
      [
        5,
        'staff_type',
        '"นักการเมือง" is not one of civil_servant (ข้าราชการกรุงเทพมหานครสามัญ), teacher (ข้าราชการครูและบุคลากรทางการศึกษา), university (ข้าราชการในสถาบันอุดมศึกษา), permanent_employee (ลูกจ้างประจำ), temporary_employee (ลูกจ้างชั่วคราว)',
      ],
    ]);
    expect((error as AppError).issues![0]!.th).toBe('ซ้ำกับแถวที่ 2');
    const { rows: counts } = await db.query<{ p: string; a: string }>(
      'select (select count(*) from person)::int as p, (select count(*) from audit_event)::int as a',
    );
    expect(counts[0]).toEqual({ p: 0, a: 0 });
  });

  it('refuses an unknown column and a missing required one before reading rows', async () => {
    const issues = await importIssues(
      people(
        [{ person_no: '1', nickname: 'x', first_name: 'ก', last_name: 'ข', birth_date: '1970-01-01' }],
        false,
        ['person_no', 'nickname', 'first_name', 'last_name', 'birth_date'],
      ),
    );
    expect(issueTriples(issues)).toEqual([
      [1, 'nickname', 'unknown column'],
      [1, 'staff_type', 'required column is missing'],
    ]);
  });

  it('a dry run answers the counts and writes nothing', async () => {
    expect(await people(PEOPLE, true, PEOPLE_HEADERS)).toEqual(
      result('people', { rows: 3, created: 3 }, true, { created: THREE }),
    );
    const { rows } = await db.query<{ p: string; a: string; r: string }>(
      `select (select count(*) from person)::int as p, (select count(*) from audit_event)::int as a,
              (select count(*) from workforce_revision)::int as r`,
    );
    expect(rows[0]).toEqual({ p: 0, a: 0, r: 0 });
  });

  it('a dry run names whom it would create and update: the first 10 of each, in the order of the file', async () => {
    await people(PEOPLE, false, PEOPLE_HEADERS);
    const someone = (no: string): Row => ({
      person_no: no,
      first_name: 'ก',
      last_name: 'ข',
      birth_date: '1970-01-01',
      staff_type: 'teacher',
    });
    const file = [
      someone('6500010'),
      PEOPLE[0]!,
      { ...PEOPLE[1]!, last_name: 'รักงานมาก' },
      someone('6500009'),
    ];
    expect(await people(file, true, PEOPLE_HEADERS)).toEqual(
      result('people', { rows: 4, created: 2, updated: 1, unchanged: 1 }, true, {
        created: ['6500010', '6500009'],
        updated: ['6500002'],
      }),
    );
    // Twelve new: the first ten named, the count tells the two more.
    const twelve = Array.from({ length: 12 }, (_, i) => someone(String(6600012 - i)));
    const answer = await people(twelve, true, PEOPLE_HEADERS);
    expect([answer.created, answer.named.created]).toEqual([
      12,
      [
        '6600012',
        '6600011',
        '6600010',
        '6600009',
        '6600008',
        '6600007',
        '6600006',
        '6600005',
        '6600004',
        '6600003',
      ],
    ]);
  });

  it('reads an XLSX whose header gives the Thai labels (as the template writes them) and date cells', async () => {
    const path = await file(
      await xlsxBytes([
        ['เลขประจำตัวบุคลากร (person_no)', 'ชื่อ', 'นามสกุล', 'วันเกิด', 'ประเภทบุคลากร', 'เพศ'],
        ['6600001', 'ดวงใจ', 'มีสุข', new Date(Date.UTC(1990, 9, 2)), 'ลูกจ้างชั่วคราว', 'หญิง'],
      ]),
      'xlsx',
    );
    expect(await importPeople(db, OPERATOR, path, { today: TODAY })).toEqual(
      result('people', { rows: 1, created: 1 }, false, { created: ['6600001'] }),
    );
    const { rows } = await db.query('select person_no, birth_date, staff_type, gender from person');
    expect(rows).toEqual([
      { person_no: '6600001', birth_date: '1990-10-02', staff_type: 'temporary_employee', gender: 'female' },
    ]);
  });
});

const POSITIONS: Row[] = [
  {
    position_no: 'ก.101',
    title: 'ผู้อำนวยการเขต',
    position_type: 'อำนวยการ',
    level: 'สูง',
    unit: 'สำนักงานเขตพระนคร',
    section_head: '',
  },
  {
    position_no: 'ก.102',
    title: 'ผู้ช่วยผู้อำนวยการเขต',
    position_type: 'managerial',
    level: 'junior',
    unit: 'DIST1',
  },
  {
    position_no: 'ก.201',
    title: 'นักทรัพยากรบุคคล',
    position_type: 'วิชาการ',
    level: 'ชำนาญการ',
    line: 'นักทรัพยากรบุคคล',
    unit: 'OCSC',
    section: 'ฝ่ายบริหารงานทั่วไป',
    section_head: 'ใช่',
  },
];

describe('positions file', () => {
  let units: Map<string, number>;
  beforeEach(async () => {
    units = await createUnits(db, [
      { code: 'OCSC', name: 'สำนักงาน ก.ก.' },
      { code: 'DIST1', name: 'สำนักงานเขตพระนคร', kind: 'district' },
    ]);
  });

  it('creates positions with units by code or name, then updates one in place', async () => {
    expect(await positions(POSITIONS)).toEqual(
      result('positions', { rows: 3, created: 3 }, false, { created: ['ก.101', 'ก.102', 'ก.201'] }),
    );
    const { rows } = await db.query(
      `select position_no, title, position_type, level, line, unit_id, section, section_head, abolished_date
         from position order by position_no`,
    );
    expect(rows).toEqual([
      {
        position_no: 'ก.101',
        title: 'ผู้อำนวยการเขต',
        position_type: 'managerial',
        level: 'senior',
        line: null,
        unit_id: units.get('DIST1'),
        section: null,
        section_head: false,
        abolished_date: null,
      },
      {
        position_no: 'ก.102',
        title: 'ผู้ช่วยผู้อำนวยการเขต',
        position_type: 'managerial',
        level: 'junior',
        line: null,
        unit_id: units.get('DIST1'),
        section: null,
        section_head: false,
        abolished_date: null,
      },
      {
        position_no: 'ก.201',
        title: 'นักทรัพยากรบุคคล',
        position_type: 'academic',
        level: 'professional',
        line: 'นักทรัพยากรบุคคล',
        unit_id: units.get('OCSC'),
        section: 'ฝ่ายบริหารงานทั่วไป',
        section_head: true,
        abolished_date: null,
      },
    ]);
    const again = POSITIONS.map((r) => ({ ...r }));
    again[0]!.abolished_date = '01/10/2569';
    expect(await positions(again)).toEqual(
      result('positions', { rows: 3, updated: 1, unchanged: 2 }, false, { updated: ['ก.101'] }),
    );
    const { rows: after } = await db.query(
      `select abolished_date, version from position where position_no = 'ก.101'`,
    );
    expect(after).toEqual([{ abolished_date: '2026-10-01', version: 2 }]);
    const revisions = await listRevisions(db, 'position', 'ก.101');
    expect(revisions.map((r) => [r.change, r.before.abolished_date, r.before.title])).toEqual([
      ['update', null, 'ผู้อำนวยการเขต'],
    ]);
  });

  it('lists a level that does not fit its type, an unknown unit and a repeated number', async () => {
    const rows = [
      ...POSITIONS,
      { ...POSITIONS[2]!, position_no: 'ก.301', level: 'ปฏิบัติงาน' },
      { ...POSITIONS[2]!, position_no: 'ก.302', unit: 'XYZ' },
      { ...POSITIONS[1]! },
    ];
    const issues = await importIssues(positions(rows));
    expect(issueTriples(issues)).toEqual([
      [5, 'level', 'level operational is not a level of position type academic'],
      [6, 'unit', 'no unit "XYZ": give a unit\'s code or name as on the units page'],
      [7, 'position_no', 'repeats row 3'],
    ]);
    expect(issues[0]!.th).toBe('ระดับปฏิบัติงานไม่ใช่ระดับของตำแหน่งประเภทวิชาการ');
  });
});

describe('position history file', () => {
  let units: Map<string, number>;
  beforeEach(async () => {
    units = await createUnits(db, [
      { code: 'OCSC', name: 'สำนักงาน ก.ก.' },
      { code: 'DIST1', name: 'สำนักงานเขตพระนคร', kind: 'district' },
    ]);
    await people(PEOPLE, false, PEOPLE_HEADERS);
    await positions(POSITIONS);
  });

  const HISTORY: Row[] = [
    { person_no: '6500001', from: '01/10/2560', to: '30/09/2565', position_no: 'ก.201' },
    { person_no: '6500001', from: '2022-10-01', role: 'ครองตำแหน่ง', position_no: 'ก.102' },
    {
      person_no: '6500001',
      from: '2023-01-01',
      to: '2023-12-31',
      role: 'oversees',
      title: 'ผู้ช่วยผู้อำนวยการเขต',
      position_type: 'managerial',
      level: 'junior',
      unit: 'DIST1',
      section: 'ฝ่ายโยธา',
    },
    {
      person_no: '6500002',
      from: '2010-01-01',
      to: '2024-09-30',
      title: 'พนักงานขับรถ',
      position_type: 'ทั่วไป',
      level: 'ชำนาญงาน',
      unit: 'OCSC',
    },
  ];
  const periods = () =>
    db.query(
      `select h.id, p.person_no, h.from_date, h.to_date, h.role, h.title, h.position_type, h.level, h.unit_id,
              h.section, h.section_head, h.order_ref
         from position_history h join person p on p.id = h.person_id order by p.person_no, h.from_date`,
    );

  it('records periods, a position filling what the row leaves empty', async () => {
    // Periods are named "person_no first-day" (Buddhist era, as the files write it), with a role other than holds.
    expect(await history(HISTORY)).toEqual(
      result('history', { rows: 4, created: 4 }, false, {
        created: [
          '6500001 01/10/2560',
          '6500001 01/10/2565',
          '6500001 01/01/2566 oversees',
          '6500002 01/01/2553',
        ],
      }),
    );
    const { rows } = await periods();
    expect(rows.map(({ id: _id, ...r }) => r)).toEqual([
      {
        person_no: '6500001',
        from_date: '2017-10-01',
        to_date: '2022-09-30',
        role: 'holds',
        title: 'นักทรัพยากรบุคคล',
        position_type: 'academic',
        level: 'professional',
        unit_id: units.get('OCSC'),
        section: 'ฝ่ายบริหารงานทั่วไป',
        section_head: true,
        order_ref: null,
      },
      {
        person_no: '6500001',
        from_date: '2022-10-01',
        to_date: null,
        role: 'holds',
        title: 'ผู้ช่วยผู้อำนวยการเขต',
        position_type: 'managerial',
        level: 'junior',
        unit_id: units.get('DIST1'),
        section: null,
        section_head: false,
        order_ref: null,
      },
      {
        person_no: '6500001',
        from_date: '2023-01-01',
        to_date: '2023-12-31',
        role: 'oversees',
        title: 'ผู้ช่วยผู้อำนวยการเขต',
        position_type: 'managerial',
        level: 'junior',
        unit_id: units.get('DIST1'),
        section: 'ฝ่ายโยธา',
        section_head: false,
        order_ref: null,
      },
      {
        person_no: '6500002',
        from_date: '2010-01-01',
        to_date: '2024-09-30',
        role: 'holds',
        title: 'พนักงานขับรถ',
        position_type: 'general',
        level: 'experienced',
        unit_id: units.get('OCSC'),
        section: null,
        section_head: false,
        order_ref: null,
      },
    ]);
  });

  it('on re-import updates a period in place by person, role and first day, and removes what the file dropped', async () => {
    await history(HISTORY);
    const { rows: first } = await periods();
    const again = [HISTORY[0]!, { ...HISTORY[1]!, order_ref: 'คำสั่ง กทม. ที่ 1/2565' }, HISTORY[3]!];
    const CHANGED = { updated: ['6500001 01/10/2565'], removed: ['6500001 01/01/2566 oversees'] };
    expect(await history(again, true)).toEqual(
      result('history', { rows: 3, updated: 1, unchanged: 2, removed: 1 }, true, CHANGED),
    );
    expect(await history(again)).toEqual(
      result('history', { rows: 3, updated: 1, unchanged: 2, removed: 1 }, false, CHANGED),
    );
    const { rows } = await periods();
    expect(rows.map((r) => [r.id, r.from_date, r.role, r.order_ref])).toEqual([
      [first[0]!.id, '2017-10-01', 'holds', null],
      [first[1]!.id, '2022-10-01', 'holds', 'คำสั่ง กทม. ที่ 1/2565'],
      [first[3]!.id, '2010-01-01', 'holds', null],
    ]);
    const revisions = await listRevisions(db, 'position_history', '6500001');
    expect(revisions.map((r) => [r.change, r.before.role, r.before.from_date, r.before.order_ref])).toEqual([
      ['update', 'holds', '2022-10-01', null],
      ['delete', 'oversees', '2023-01-01', null],
    ]);
    expect((await importEvents()).map((e) => [e.entity_id, e.after.removed])).toEqual([
      ['people', 0],
      ['positions', 0],
      ['history', 0],
      ['history', 1],
    ]);
  });

  it('refuses overlapping holdings, unknown persons and positions, and missing position values', async () => {
    const rows: Row[] = [
      { person_no: '6500001', from: '2020-01-01', to: '2022-12-31', position_no: 'ก.201' },
      { person_no: '6500001', from: '2022-12-31', position_no: 'ก.102' },
      { person_no: '9999999', from: '2020-01-01', position_no: 'ก.201' },
      { person_no: '6500002', from: '2020-01-01', position_no: 'ไม่มี' },
      { person_no: '6500003', from: '2020-01-01', to: '2019-12-31' },
    ];
    const issues = await importIssues(history(rows));
    expect(issueTriples(issues)).toEqual([
      [3, 'from', 'holds two positions at once: overlaps row 2 (a person holds one position at a time)'],
      [4, 'person_no', 'no person "9999999": import the people file first'],
      [5, 'position_no', 'no position "ไม่มี": import the positions file first'],
      [6, 'to', 'ends before it starts'],
      [6, 'title', 'is required when position_no is empty'],
      [6, 'position_type', 'is required when position_no is empty'],
      [6, 'level', 'is required when position_no is empty'],
      [6, 'unit', 'is required when position_no is empty'],
    ]);
    expect(issues[0]!.th).toBe('ครองสองตำแหน่งพร้อมกัน: ช่วงเวลาซ้อนกับแถวที่ 2 (ครองตำแหน่งได้ครั้งละหนึ่งตำแหน่ง)');
    const { rows: count } = await db.query<{ n: string }>('select count(*) as n from position_history');
    expect(Number(count[0]!.n)).toBe(0);
  });
});
