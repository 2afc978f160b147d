import { describe, expect, it } from 'vitest';
import {
  ASSISTANT_DIRECTOR_CRITERIA,
  DISTRICT_DIRECTOR_COURSE,
  DISTRICT_DIRECTOR_CRITERIA,
  addYears,
  evaluate,
  metWithin,
  withLeaf,
  type CareerRow,
  type Criterion,
  type EvidenceRecord,
  type PersonFacts,
} from '../../src/domain/careers';

const ADD = 'ผู้ช่วยผู้อำนวยการเขต';
let nextId = 1;
const row = (over: Partial<CareerRow> & Pick<CareerRow, 'fromDate' | 'toDate'>): CareerRow => ({
  id: nextId++,
  role: 'holds',
  title: 'นักทรัพยากรบุคคล',
  positionType: 'academic',
  level: 'professional',
  unitId: 1,
  unitKind: 'bureau',
  section: null,
  sectionHead: false,
  positionId: null,
  ...over,
});
const addRow = (fromDate: string, toDate: string | null, over: Partial<CareerRow> = {}) =>
  row({
    fromDate,
    toDate,
    title: ADD,
    positionType: 'managerial',
    level: 'junior',
    unitId: 10,
    unitKind: 'district',
    ...over,
  });
const facts = (rows: CareerRow[], evidence: EvidenceRecord[] = []): PersonFacts => ({ rows, evidence });
const twoYearsAsAdd: Criterion = {
  kind: 'time',
  ref: 'T',
  match: { title: ADD },
  min: { years: 2 },
  countActing: false,
};

describe('time in a title', () => {
  const f = facts([addRow('2020-10-01', null)]);
  it('is one day short of two years on 2022-09-29 and says the date time alone meets it', () => {
    const r = evaluate(twoYearsAsAdd, f, '2022-09-29');
    expect(r.met).toBe(false);
    expect(r.time).toEqual({ years: 1, months: 11, days: 29, totalDays: 729 });
    expect(r.metOn).toBe('2022-09-30');
    expect(r.gap).toEqual({ kind: 'wait', until: '2022-09-30' });
  });
  it('is met exactly on 2022-09-30 (two years complete at the end of the day before the anniversary)', () => {
    const r = evaluate(twoYearsAsAdd, f, '2022-09-30');
    expect(r.met).toBe(true);
    expect(r.time).toEqual({ years: 2, months: 0, days: 0, totalDays: 730 });
    expect(r.metOn).toBeNull();
    expect(r.gap).toBeNull();
  });
  it('counts acting only when the criterion says so, and never a day twice when acting and holding overlap', () => {
    const rows = [addRow('2020-07-01', '2020-10-15', { role: 'acting' }), addRow('2020-10-01', null)];
    const withActing = { ...twoYearsAsAdd, countActing: true };
    expect(evaluate(withActing, facts(rows), '2022-06-29').met).toBe(false);
    expect(evaluate(withActing, facts(rows), '2022-06-29').metOn).toBe('2022-06-30');
    expect(evaluate(withActing, facts(rows), '2022-06-30').met).toBe(true);
    expect(evaluate(withActing, facts(rows), '2022-06-30').time!.totalDays).toBe(730);
    expect(evaluate(twoYearsAsAdd, facts(rows), '2022-06-30').metOn).toBe('2022-09-30');
    expect(evaluate(withActing, facts(rows), '2022-06-30').used).toEqual(rows.map((r) => r.id));
    expect(evaluate(twoYearsAsAdd, facts(rows), '2022-06-30').used).toEqual([rows[1]!.id]);
  });
  it('separate stretches add up with 30-day months; a stretch that ended gives no date (not staying)', () => {
    const rows = [addRow('2015-01-01', '2015-12-31'), addRow('2018-01-01', '2018-11-30')];
    const r = evaluate(twoYearsAsAdd, facts(rows), '2024-01-01');
    expect(r.time).toEqual({ years: 1, months: 11, days: 0, totalDays: 699 });
    expect(r.met).toBe(false);
    expect(r.metOn).toBeNull();
    expect(r.gap).toEqual({ kind: 'time' });
  });
  it('ignores rows that start after the as-of date', () => {
    const r = evaluate(twoYearsAsAdd, facts([addRow('2030-01-01', null)]), '2025-01-01');
    expect(r.time!.totalDays).toBe(0);
    expect(r.used).toEqual([]);
  });
});

describe('units served and sections overseen', () => {
  const head = (fromDate: string, toDate: string | null, unitId: number, section: string) =>
    row({
      fromDate,
      toDate,
      unitId,
      unitKind: 'district',
      section,
      sectionHead: true,
      level: 'senior_professional',
    });
  it('counts distinct district offices as an academic section head: one short, then exactly met', () => {
    const c: Criterion =
      ASSISTANT_DIRECTOR_CRITERIA.kind === 'all' ? ASSISTANT_DIRECTOR_CRITERIA.of[0]! : twoYearsAsAdd;
    const twoRowsOneOffice = [
      head('2015-01-01', '2017-12-31', 20, 'ฝ่ายโยธา'),
      head('2018-01-01', null, 20, 'ฝ่ายทะเบียน'),
    ];
    const r1 = evaluate(c, facts(twoRowsOneOffice), '2024-01-01');
    const unitsChild = r1.children!.find((x) => x.ref === 'ADD-2.2')!;
    expect(unitsChild).toMatchObject({
      met: false,
      value: 1,
      required: 2,
      gap: { kind: 'units', missing: 1 },
    });
    expect(r1.met).toBe(false);
    expect(r1.metOn).toBeNull(); // no branch is closed by time alone
    const r2 = evaluate(
      c,
      facts([...twoRowsOneOffice, head('2023-06-01', null, 21, 'ฝ่ายโยธา')]),
      '2024-01-01',
    );
    expect(r2.children!.find((x) => x.ref === 'ADD-2.2')).toMatchObject({ met: true, value: 2 });
    expect(r2.met).toBe(true);
  });
  it('the same section overseen in two offices is one kind and two pairs', () => {
    const rows = [
      addRow('2019-01-01', '2020-12-31', { unitId: 10 }),
      addRow('2021-01-01', null, { unitId: 11 }),
      addRow('2019-01-01', '2020-12-31', { role: 'oversees', unitId: 10, section: 'ฝ่ายโยธา' }),
      addRow('2021-01-01', null, { role: 'oversees', unitId: 11, section: 'ฝ่ายโยธา' }),
    ];
    const byKind: Criterion = {
      kind: 'sections_overseen',
      whileTitle: ADD,
      countBy: 'kind',
      min: 2,
      countActing: false,
    };
    const byPair: Criterion = { ...byKind, countBy: 'pair' };
    expect(evaluate(byKind, facts(rows), '2024-01-01')).toMatchObject({
      met: false,
      value: 1,
      gap: { kind: 'sections', missing: 1 },
    });
    expect(evaluate(byPair, facts(rows), '2024-01-01')).toMatchObject({ met: true, value: 2 });
    expect(evaluate(byPair, facts(rows), '2024-01-01').used).toEqual([rows[2]!.id, rows[3]!.id]);
    // before the second office's row began, only one pair
    expect(evaluate(byPair, facts(rows), '2020-12-31')).toMatchObject({ met: false, value: 1 });
  });
});

describe('all-of and any-of, nested, and the earliest date', () => {
  const ongoing = facts([addRow('2020-10-01', null)]);
  const threeYears: Criterion = { ...twoYearsAsAdd, ref: 'T3', min: { years: 3 } };
  const twoOffices: Criterion = {
    kind: 'units_served',
    match: {},
    unitKind: 'district',
    min: 2,
    countActing: false,
  };
  it('all: the latest date of its unmet children; null when one of them is not closed by time', () => {
    expect(evaluate({ kind: 'all', of: [twoYearsAsAdd, threeYears] }, ongoing, '2022-01-01').metOn).toBe(
      '2023-09-30',
    );
    expect(
      evaluate({ kind: 'all', of: [twoYearsAsAdd, twoOffices] }, ongoing, '2022-01-01').metOn,
    ).toBeNull();
  });
  it('any: met by one child; else the earliest date of any child', () => {
    expect(evaluate({ kind: 'any', of: [threeYears, twoOffices] }, ongoing, '2022-01-01').metOn).toBe(
      '2023-09-30',
    );
    expect(evaluate({ kind: 'any', of: [twoYearsAsAdd, threeYears] }, ongoing, '2022-01-01').metOn).toBe(
      '2022-09-30',
    );
    expect(evaluate({ kind: 'any', of: [twoYearsAsAdd, threeYears] }, ongoing, '2022-09-30').met).toBe(true);
  });
  it('nesting: all(any(3y, 2 offices), 2y) is met on the later of 2022-09-30 and 2023-09-30', () => {
    const tree: Criterion = {
      kind: 'all',
      of: [{ kind: 'any', of: [threeYears, twoOffices] }, twoYearsAsAdd],
    };
    const r = evaluate(tree, ongoing, '2022-01-01');
    expect(r.metOn).toBe('2023-09-30');
    expect(evaluate(tree, ongoing, '2023-09-29').met).toBe(false);
    expect(evaluate(tree, ongoing, '2023-09-30').met).toBe(true);
    expect(metWithin(r, '2022-01-01', 1)).toBe(false);
    expect(metWithin(r, '2022-01-01', 2)).toBe(true);
  });
  it('addYears reads 29 February as 1 March in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
    expect(addYears('2024-02-28', 1)).toBe('2025-02-28');
  });
});

describe('seed 002: district director', () => {
  const sections = ['ฝ่ายปกครอง', 'ฝ่ายทะเบียน', 'ฝ่ายการคลัง', 'ฝ่ายรายได้', 'ฝ่ายโยธา', 'ฝ่ายเทศกิจ'];
  const rows = [
    addRow('2020-10-01', null),
    ...sections.map((s, i) =>
      addRow(`202${1 + (i % 3)}-0${1 + i}-01`, null, { role: 'oversees', section: s }),
    ),
  ];
  const evidence: EvidenceRecord[] = [
    {
      id: 1,
      kind: 'course',
      name: DISTRICT_DIRECTOR_COURSE,
      date: '2023-03-01',
      passed: true,
      score: null,
      approved: true,
    },
    {
      id: 2,
      kind: 'competency',
      name: 'ผู้อำนวยการเขต',
      date: '2023-04-01',
      passed: true,
      score: 82,
      approved: true,
    },
  ];
  it('one section short of 7: DD-3 says 6 of 7, missing 1; everything else met', () => {
    const r = evaluate(DISTRICT_DIRECTOR_CRITERIA, facts(rows, evidence), '2024-01-01');
    expect(r.met).toBe(false);
    expect(r.children!.map((c) => [c.ref, c.met])).toEqual([
      ['DD-2', true],
      ['DD-3', false],
      ['DD-4', true],
      ['DD-5', true],
    ]);
    expect(r.children![1]).toMatchObject({ value: 6, required: 7, gap: { kind: 'sections', missing: 1 } });
    expect(r.children![2]!.used).toEqual([1]);
  });
  it('the what-if from 7 to 6 sections makes the same person eligible', () => {
    const six = withLeaf(DISTRICT_DIRECTOR_CRITERIA, 'DD-3', (l) =>
      l.kind === 'sections_overseen' ? { ...l, min: 6 } : l,
    );
    expect(evaluate(six, facts(rows, evidence), '2024-01-01').met).toBe(true);
    expect(evaluate(DISTRICT_DIRECTOR_CRITERIA, facts(rows, evidence), '2024-01-01').met).toBe(false);
  });
  it('a course passed after the as-of date, a failed assessment or a low score do not count', () => {
    const later = evaluate(DISTRICT_DIRECTOR_CRITERIA, facts(rows, evidence), '2023-02-28');
    expect(later.children![2]).toMatchObject({
      met: false,
      gap: { kind: 'course', courses: [DISTRICT_DIRECTOR_COURSE] },
    });
    const failed = evaluate(
      DISTRICT_DIRECTOR_CRITERIA,
      facts(rows, [{ ...evidence[1]!, passed: false }]),
      '2024-01-01',
    );
    expect(failed.children![3]).toMatchObject({ met: false, value: 0, gap: { kind: 'competency' } });
    const scored: Criterion = { kind: 'competency', competency: 'ผู้อำนวยการเขต', minScore: 83 };
    expect(evaluate(scored, facts(rows, evidence), '2024-01-01').met).toBe(false);
    expect(evaluate({ ...scored, minScore: 82 }, facts(rows, evidence), '2024-01-01').met).toBe(true);
  });
});

describe('seed 002: assistant district director, the bureau branch needs an approved evidenced work', () => {
  const bureauHead = row({
    fromDate: '2019-01-01',
    toDate: null,
    sectionHead: true,
    section: 'ฝ่ายบริหารทั่วไป',
    level: 'senior_professional',
  });
  const base = [
    {
      id: 7,
      kind: 'course' as const,
      name: 'หลักสูตรผู้ช่วยผู้อำนวยการเขต',
      date: '2022-01-01',
      passed: true,
      score: null,
      approved: true,
    },
    {
      id: 8,
      kind: 'competency' as const,
      name: ADD,
      date: '2022-02-01',
      passed: true,
      score: 70,
      approved: true,
    },
  ];
  it('an unapproved work leaves ADD-2.3 unmet; an approved one meets it', () => {
    const unapproved = [
      ...base,
      {
        id: 9,
        kind: 'work' as const,
        name: 'ระบบคิว',
        date: '2021-01-01',
        passed: true,
        score: null,
        approved: false,
      },
    ];
    const r = evaluate(ASSISTANT_DIRECTOR_CRITERIA, facts([bureauHead], unapproved), '2024-01-01');
    expect(r.met).toBe(false);
    const branch = r.children![0]!.children!.find((c) => c.ref === 'ADD-2.3')!;
    expect(branch.children!.map((c) => c.met)).toEqual([true, false]);
    const approved = [...base, { ...unapproved[2]!, approved: true }];
    expect(evaluate(ASSISTANT_DIRECTOR_CRITERIA, facts([bureauHead], approved), '2024-01-01').met).toBe(true);
  });
});
