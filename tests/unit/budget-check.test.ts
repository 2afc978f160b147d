import { describe, expect, it } from 'vitest';
import { checkSpentAgainstBudget } from '../../src/domain/monitoring/budget-check';

describe('spending above the project budget (issue 14 item 7)', () => {
  it('is over only when the cumulative spent is strictly above the budget, with the exact excess', () => {
    expect(checkSpentAgainstBudget('1250000.50', '1250000')).toEqual({ over: true, excess: '0.5' });
    expect(checkSpentAgainstBudget('1,300,000', '1250000.00')).toEqual({ over: true, excess: '50000' });
    expect(checkSpentAgainstBudget('๑๐๐', '99.99')).toEqual({ over: true, excess: '0.01' });
    expect(checkSpentAgainstBudget('1250000', '1250000.00')).toEqual({ over: false, excess: null });
    expect(checkSpentAgainstBudget('10', '20')).toEqual({ over: false, excess: null });
  });
  it('is never over without both figures or with an unreadable one', () => {
    expect(checkSpentAgainstBudget(null, '10')).toEqual({ over: false, excess: null });
    expect(checkSpentAgainstBudget('10', null)).toEqual({ over: false, excess: null });
    expect(checkSpentAgainstBudget('abc', '1')).toEqual({ over: false, excess: null });
  });
});
