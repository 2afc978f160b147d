import { describe, expect, it } from 'vitest';
import { formatCliIssue } from '../../src/cli/issue-format';

describe('command-line issues (issue 14.17)', () => {
  it('names an option as the option typed, not as a column', () => {
    expect(formatCliIssue({ field: 'asOf', en: 'not a month', th: 'ไม่ใช่เดือน' })).toBe(
      'option --as-of: not a month (ตัวเลือก --as-of: ไม่ใช่เดือน)',
    );
    expect(formatCliIssue({ field: 'fiscalYear', en: 'too small', th: 'น้อยเกินไป' })).toBe(
      'option --fiscal-year: too small (ตัวเลือก --fiscal-year: น้อยเกินไป)',
    );
  });
  it('keeps import cells and columns as they were', () => {
    expect(formatCliIssue({ field: 'percent', row: 3, en: 'must be at most 100', th: 'ต้องไม่เกิน 100' })).toBe(
      'row 3, column percent: must be at most 100 (ต้องไม่เกิน 100)',
    );
    expect(formatCliIssue({ field: 'plan_code', en: 'missing', th: 'ไม่มี' })).toBe(
      'column plan_code: missing (ไม่มี)',
    );
  });
});
