/**
 * Status and percent (decision 0009): the one rule of the form, the API and the import; the percent
 * schema takes JSON numbers only, with the import's 2 decimals; the demo never breaks the rule.
 */
import { describe, expect, it } from 'vitest';
import {
  checkStatusPercent,
  percentFromTyped,
  percentHasValidDecimals,
} from '../../src/domain/monitoring/status-percent';
import { PROJECT_STATUSES, type ProjectStatus } from '../../src/domain/monitoring';
import { MonthlyReportInput, PercentNumber } from '../../src/shared/api/monitoring/plans';
import { demoReportRows } from '../../src/server/demo/demo-data';

const level = (status: ProjectStatus, percent: number | null) =>
  checkStatusPercent(status, percent)?.level ?? 'ok';

describe('checkStatusPercent', () => {
  it('refuses not started above 0 % and completed below 100 %; warns on in progress at 0 or 100 %', () => {
    const table = PROJECT_STATUSES.map((s) => [
      s,
      ...[null, 0, 0.01, 50, 99.99, 100].map((p) => level(s, p)),
    ]);
    expect(table).toEqual([
      ['not_started', 'ok', 'ok', 'refused', 'refused', 'refused', 'refused'],
      ['in_progress', 'ok', 'warning', 'ok', 'ok', 'ok', 'warning'],
      ['completed', 'ok', 'refused', 'refused', 'refused', 'refused', 'ok'],
      ['cancelled', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
    ]);
  });

  it('says what is wrong in both languages, with the percent as given', () => {
    expect(checkStatusPercent('completed', 60)).toEqual({
      level: 'refused',
      en: 'a completed project is at 100 %, not 60 %: give 100 or no percent, or choose "in progress"',
      th: 'โครงการที่ดำเนินการเสร็จแล้วต้องมีความก้าวหน้าร้อยละ 100 ไม่ใช่ 60: ใส่ 100 หรือเว้นว่าง หรือเลือก "อยู่ระหว่างดำเนินการ"',
    });
  });
});

describe('the percent of the form and the API', () => {
  const percentIssue = (value: unknown) => {
    const parsed = PercentNumber.nullable().safeParse(value);
    return parsed.success ? 'ok' : parsed.error.issues[0]!.message;
  };

  it('a JSON number 0–100 with at most 2 decimals, or null; nothing coerced, nothing rounded', () => {
    const notANumber = 'ร้อยละต้องเป็นตัวเลข | percent must be a number';
    const decimals = 'ร้อยละมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง | percent: at most 2 decimals';
    expect(['', true, '0x32', [50], '50', {}, undefined].map(percentIssue)).toEqual([
      notANumber,
      notANumber,
      notANumber,
      notANumber,
      notANumber,
      notANumber,
      notANumber,
    ]);
    expect([99.999, 1e-7, 12.345].map(percentIssue)).toEqual([decimals, decimals, decimals]);
    expect([null, 0, 12.5, 99.99, 100].map(percentIssue)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(percentIssue(100.01)).toBe('ร้อยละต้องอยู่ระหว่าง 0–100 | percent must be between 0 and 100');
    expect(percentHasValidDecimals(0.1 + 0.2)).toBe(false);
  });

  it('the report schema refuses a contradiction on the percent field', () => {
    const parsed = MonthlyReportInput.safeParse({ period: '2566-05', status: 'not_started', percent: 80 });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'percent',
        'โครงการที่ยังไม่ได้ดำเนินการจะมีความก้าวหน้าร้อยละ 80 ไม่ได้: ใส่ 0 หรือเว้นว่าง หรือเลือก "อยู่ระหว่างดำเนินการ"' +
          ' | a project not started cannot be at 80 %: give 0 or no percent, or choose "in progress"',
      ],
    ]);
    expect(
      MonthlyReportInput.safeParse({ period: '2566-05', status: 'in_progress', percent: 100 }).success,
    ).toBe(true);
  });

  it('the form turns what was typed into a number only when it is one (Thai digits too)', () => {
    expect(['', '  ', '50', ' 12.5 ', '๕๐.๒๕', '99.999', '0x32', '1e2', '50%'].map(percentFromTyped)).toEqual(
      [null, null, 50, 12.5, 50.25, 99.999, '0x32', '1e2', '50%'],
    );
  });
});

describe('the demo data', () => {
  it('holds no refused combination in any month (the May 2566 counts 13 / 28 / 15 are checked by the summary tests)', () => {
    expect(demoReportRows.length).toBeGreaterThan(200);
    const refused = demoReportRows.filter(
      (r) =>
        checkStatusPercent(r.status as ProjectStatus, r.percent === '' ? null : Number(r.percent))?.level ===
        'refused',
    );
    expect(refused).toEqual([]);
  });
});
