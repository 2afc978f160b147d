import { describe, expect, it } from 'vitest';
import { retirementDate, retirementFiscalYear } from '../../src/domain/workforce';

describe('retirementFiscalYear (domain.md, the retirement rule)', () => {
  it('born on 1 October retires at the end of the fiscal year of the 60th birthday', () => {
    expect(retirementFiscalYear('1966-10-01')).toBe(2569);
    expect(retirementDate('1966-10-01')).toBe('2026-09-30');
  });
  it('born on 2 October retires a year later', () => {
    expect(retirementFiscalYear('1966-10-02')).toBe(2570);
    expect(retirementDate('1966-10-02')).toBe('2027-09-30');
  });
  it('born on 29 February', () => {
    expect(retirementFiscalYear('1964-02-29')).toBe(2567);
  });
  it('born on 30 September and on 31 December', () => {
    expect(retirementFiscalYear('1970-09-30')).toBe(2573);
    expect(retirementFiscalYear('1970-12-31')).toBe(2574);
    expect(retirementFiscalYear('1971-01-01')).toBe(2574);
  });
});
