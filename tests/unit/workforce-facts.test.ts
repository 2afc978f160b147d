import { describe, expect, it } from 'vitest';
import {
  ageBand,
  ageOn,
  currentHolding,
  earliestLevelTimeMet,
  keyPositionReason,
  levelRank,
  sectionsOverseen,
  timeInCurrentLevel,
  timeInLevel,
  timeInTitle,
  unitsServed,
  type HistoryRow,
} from '../../src/domain/workforce';

const ASSISTANT = 'ผู้ช่วยผู้อำนวยการเขต';
const row = (over: Partial<HistoryRow> & Pick<HistoryRow, 'fromDate' | 'toDate'>): HistoryRow => ({
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
const ymd = (t: { years: number; months: number; days: number }) => [t.years, t.months, t.days];
const ACTING = { countActing: true };
const HOLDING = { countActing: false };

// A career: professional at a bureau; acting as assistant district director for three months; then
// assistant district director (managerial junior) at district 10, overseeing ฝ่ายโยธา and ฝ่ายทะเบียน;
// moved to district 11 overseeing ฝ่ายโยธา there; the same section kind in two offices.
const career: HistoryRow[] = [
  row({ fromDate: '2015-10-01', toDate: '2020-09-30' }),
  row({
    fromDate: '2020-07-01',
    toDate: '2020-09-30',
    role: 'acting',
    title: ASSISTANT,
    positionType: 'managerial',
    level: 'junior',
    unitId: 10,
    unitKind: 'district',
  }),
  row({
    fromDate: '2020-10-01',
    toDate: '2022-09-30',
    title: ASSISTANT,
    positionType: 'managerial',
    level: 'junior',
    unitId: 10,
    unitKind: 'district',
  }),
  row({
    fromDate: '2020-10-01',
    toDate: '2021-09-30',
    role: 'oversees',
    title: ASSISTANT,
    positionType: 'managerial',
    level: 'junior',
    unitId: 10,
    unitKind: 'district',
    section: 'ฝ่ายโยธา',
  }),
  row({
    fromDate: '2021-10-01',
    toDate: '2022-09-30',
    role: 'oversees',
    title: ASSISTANT,
    positionType: 'managerial',
    level: 'junior',
    unitId: 10,
    unitKind: 'district',
    section: 'ฝ่ายทะเบียน',
  }),
  row({
    fromDate: '2022-10-01',
    toDate: null,
    title: ASSISTANT,
    positionType: 'managerial',
    level: 'junior',
    unitId: 11,
    unitKind: 'district',
  }),
  row({
    fromDate: '2022-10-01',
    toDate: null,
    role: 'oversees',
    title: ASSISTANT,
    positionType: 'managerial',
    level: 'junior',
    unitId: 11,
    unitKind: 'district',
    section: 'ฝ่ายโยธา',
  }),
];

describe('facts of a person as of a date', () => {
  it('the position held on a date', () => {
    expect(currentHolding(career, '2022-09-30')?.unitId).toBe(10);
    expect(currentHolding(career, '2022-10-01')?.unitId).toBe(11);
    expect(currentHolding(career, '2015-09-30')).toBeNull();
  });
  it('years in a level, with and without acting', () => {
    const key = { positionType: 'managerial', level: 'junior' };
    expect(ymd(timeInLevel(career, key, '2024-09-30', HOLDING))).toEqual([4, 0, 0]);
    expect(ymd(timeInLevel(career, key, '2024-09-30', ACTING))).toEqual([4, 3, 0]);
    expect(ymd(timeInLevel(career, key, '2024-09-29', HOLDING))).toEqual([3, 11, 29]);
    expect(ymd(timeInLevel(career, { level: 'professional' }, '2024-09-30', HOLDING))).toEqual([5, 0, 0]);
  });
  it('years in a title: two district offices make one unbroken stretch', () => {
    expect(ymd(timeInTitle(career, ASSISTANT, '2023-09-30', HOLDING))).toEqual([3, 0, 0]);
  });
  it('time in the current level and since when', () => {
    const now = timeInCurrentLevel(career, '2023-03-31', HOLDING)!;
    expect(now.since).toBe('2020-10-01');
    expect(ymd(now.time)).toEqual([2, 6, 0]);
    expect(timeInCurrentLevel(career, '2023-03-31', ACTING)!.since).toBe('2020-07-01');
  });
  it('district offices served', () => {
    expect(unitsServed(career, 'district', '2022-09-30', HOLDING)).toEqual([10]);
    expect(unitsServed(career, 'district', '2022-10-01', HOLDING)).toEqual([10, 11]);
    expect(unitsServed(career, 'bureau', '2022-10-01', HOLDING)).toEqual([1]);
  });
  it('sections overseen while assistant district director: pairs and kinds', () => {
    const seen = sectionsOverseen(career, '2023-01-01', { ...HOLDING, whileTitle: ASSISTANT });
    expect(seen.sections).toEqual([
      { unitId: 10, section: 'ฝ่ายทะเบียน' },
      { unitId: 10, section: 'ฝ่ายโยธา' },
      { unitId: 11, section: 'ฝ่ายโยธา' },
    ]);
    expect(seen.kinds).toEqual(['ฝ่ายทะเบียน', 'ฝ่ายโยธา']);
    expect(
      sectionsOverseen(career, '2022-09-30', { ...HOLDING, whileTitle: ASSISTANT }).sections,
    ).toHaveLength(2);
    expect(
      sectionsOverseen(career, '2023-01-01', { ...HOLDING, whileTitle: 'ผู้อำนวยการเขต' }).sections,
    ).toEqual([]);
  });
  it('a section head counts the section it heads', () => {
    const head = [
      row({
        fromDate: '2019-01-01',
        toDate: null,
        section: 'ฝ่ายปกครอง',
        sectionHead: true,
        unitId: 12,
        unitKind: 'district',
      }),
    ];
    expect(sectionsOverseen(head, '2020-01-01', HOLDING).sections).toEqual([
      { unitId: 12, section: 'ฝ่ายปกครอง' },
    ]);
  });
  it('the earliest date four years in the level are met by staying', () => {
    const key = { positionType: 'managerial', level: 'junior' };
    expect(earliestLevelTimeMet(career, key, { years: 4 }, '2023-01-01', HOLDING)).toBe('2024-09-30');
    expect(earliestLevelTimeMet(career, key, { years: 4 }, '2023-01-01', ACTING)).toBe('2024-06-30');
  });
});

describe('dashboard rules', () => {
  it('age under Thai age law and its band', () => {
    expect(ageOn('1966-10-02', '2026-10-01')).toBe(60);
    expect(ageOn('1966-10-02', '2026-09-30')).toBe(59);
    expect(ageBand(59)).toBe('55-59');
    expect(ageBand(25)).toBe('25-29');
    expect(ageBand(24)).toBe('<25');
    expect(ageBand(60)).toBe('60+');
  });
  it('levels rank across types', () => {
    expect(levelRank('managerial', 'junior')).toBeGreaterThan(levelRank('academic', 'professional'));
    expect(levelRank('general', 'experienced')).toBeGreaterThan(levelRank('general', 'operational'));
  });
  it('key positions', () => {
    const marked = new Set(['ผู้อำนวยการกอง']);
    expect(keyPositionReason({ title: ASSISTANT, sectionHead: false }, marked)).toBe(
      'assistant_district_director',
    );
    expect(keyPositionReason({ title: 'หัวหน้าฝ่าย', sectionHead: true }, marked)).toBe('section_head');
    expect(keyPositionReason({ title: 'ผู้อำนวยการกอง', sectionHead: false }, marked)).toBe('marked');
    expect(keyPositionReason({ title: 'นักทรัพยากรบุคคล', sectionHead: false }, marked)).toBeNull();
  });
});
