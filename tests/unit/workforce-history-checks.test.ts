import { describe, expect, it } from 'vitest';
import {
  checkPersonHistory,
  levelFitsType,
  parseExitReason,
  parseGender,
  parseHistoryRole,
  parseLevel,
  parsePositionType,
  parseStaffType,
  parseYesNo,
  periodsOverlap,
  type HistoryPeriod,
} from '../../src/domain/workforce';

const p = (row: number, role: HistoryPeriod['role'], from: string, to: string | null): HistoryPeriod => ({
  row,
  role,
  from,
  to,
});

describe('checkPersonHistory', () => {
  it('accepts a period ending 30 September and the next starting 1 October', () => {
    expect(
      checkPersonHistory([p(2, 'holds', '2020-10-01', '2023-09-30'), p(3, 'holds', '2023-10-01', null)]),
    ).toEqual([]);
  });

  it('refuses two holds periods sharing one day, on the later row naming the earlier', () => {
    const issues = checkPersonHistory([
      p(3, 'holds', '2023-09-30', null),
      p(2, 'holds', '2020-10-01', '2023-09-30'),
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: 3, field: 'from' });
    expect(issues[0]!.en).toContain('overlaps row 2');
    expect(issues[0]!.th).toContain('แถวที่ 2');
  });

  it('refuses a period starting inside an open-ended one', () => {
    const issues = checkPersonHistory([
      p(2, 'holds', '2020-01-01', null),
      p(3, 'holds', '2030-01-01', '2030-12-31'),
    ]);
    expect(issues.map((i) => i.row)).toEqual([3]);
  });

  it('finds an overlap with a long earlier period beyond the one just before', () => {
    const issues = checkPersonHistory([
      p(2, 'holds', '2010-01-01', '2020-12-31'),
      p(3, 'holds', '2011-01-01', '2011-06-30'),
      p(4, 'holds', '2015-01-01', '2015-01-01'),
    ]);
    expect(issues.map((i) => [i.row, i.en.match(/row (\d+)/)?.[1]])).toEqual([
      [3, '2'],
      [4, '2'],
    ]);
  });

  it('lets oversees and acting run beside holds', () => {
    expect(
      checkPersonHistory([
        p(2, 'holds', '2020-01-01', null),
        p(3, 'oversees', '2021-01-01', null),
        p(4, 'acting', '2021-06-01', '2021-12-31'),
      ]),
    ).toEqual([]);
  });

  it('refuses two oversees periods or two acting periods that overlap by one day', () => {
    const issues = checkPersonHistory([
      p(2, 'oversees', '2021-01-01', '2021-12-31'),
      p(3, 'oversees', '2021-12-31', null),
      p(4, 'acting', '2022-01-01', '2022-03-01'),
      p(5, 'acting', '2022-03-01', '2022-03-01'),
    ]);
    expect(issues.map((i) => i.row)).toEqual([3, 5]);
    expect(issues[0]!.en).toContain('"oversees"');
  });

  it('accepts a one-day period (to = from) and refuses one that ends the day before it starts', () => {
    expect(checkPersonHistory([p(2, 'holds', '2024-02-29', '2024-02-29')])).toEqual([]);
    const issues = checkPersonHistory([p(2, 'holds', '2024-03-01', '2024-02-29')]);
    expect(issues).toEqual([{ row: 2, field: 'to', en: 'ends before it starts', th: 'วันสิ้นสุดอยู่ก่อนวันเริ่มต้น' }]);
  });

  it('refuses a level that does not fit the position type', () => {
    const issues = checkPersonHistory([
      { ...p(2, 'holds', '2020-01-01', null), positionType: 'general', level: 'professional' },
      { ...p(3, 'acting', '2020-01-01', null), positionType: 'academic', level: 'professional' },
    ]);
    expect(issues.map((i) => [i.row, i.field])).toEqual([[2, 'level']]);
  });
});

describe('periodsOverlap', () => {
  it('is true for a shared day and false for adjacent days', () => {
    expect(periodsOverlap({ from: '2023-10-01', to: null }, { from: '2020-01-01', to: '2023-10-01' })).toBe(
      true,
    );
    expect(periodsOverlap({ from: '2023-10-01', to: null }, { from: '2020-01-01', to: '2023-09-30' })).toBe(
      false,
    );
  });
});

describe('codes given as Thai names', () => {
  it('reads every staff type, position type, level, role, exit reason, gender and yes/no', () => {
    expect(parseStaffType('ข้าราชการกรุงเทพมหานครสามัญ')).toBe('civil_servant');
    expect(parseStaffType(' ลูกจ้าง ประจำ ')).toBe('permanent_employee');
    expect(parseStaffType('TEACHER')).toBe('teacher');
    expect(parseStaffType('ข้าราชการ')).toBeNull();
    expect(parsePositionType('อำนวยการ')).toBe('managerial');
    expect(parseLevel('ชำนาญการพิเศษ')).toBe('senior_professional');
    expect(parseLevel('ชำนาญการ')).toBe('professional');
    expect(parseLevel('ชำนาญงาน')).toBe('experienced');
    expect(parseLevel('ต้น')).toBe('junior');
    expect(parseHistoryRole('รักษาราชการแทน')).toBe('acting');
    expect(parseHistoryRole('ครองตำแหน่ง')).toBe('holds');
    expect(parseHistoryRole('oversees')).toBe('oversees');
    expect(parseExitReason('ลาออก')).toBe('resigned');
    expect(parseExitReason('เกษียณอายุราชการ')).toBe('retired');
    expect(parseGender('หญิง')).toBe('female');
    expect(parseGender('f')).toBeNull();
    expect(parseYesNo('ใช่')).toBe(true);
    expect(parseYesNo('no')).toBe(false);
    expect(parseYesNo('maybe')).toBeNull();
  });

  it('knows which levels fit which type', () => {
    expect(levelFitsType('executive', 'senior')).toBe(true);
    expect(levelFitsType('executive', 'expert')).toBe(false);
    expect(levelFitsType('academic', 'advisory')).toBe(true);
    expect(levelFitsType('general', 'special_skill')).toBe(true);
    expect(levelFitsType('general', 'junior')).toBe(false);
  });
});
