import { describe, expect, it } from 'vitest';
import { isoOf, partsOf } from '../../src/web/shared/dates/thai-date';

describe('the date input rules (decision 0016)', () => {
  it('reads a พ.ศ. date as an ISO (CE) one and back', () => {
    expect(isoOf({ day: '9', month: '3', year: '2568' }, 'be')).toEqual({ iso: '2025-03-09' });
    expect(partsOf('2025-03-09', 'be')).toEqual({ day: '9', month: '3', year: '2568' });
    expect(isoOf({ day: '9', month: '3', year: '2025' }, 'ce')).toEqual({ iso: '2025-03-09' });
    expect(partsOf('', 'be')).toEqual({ day: '', month: '', year: '' });
    expect(isoOf({ day: '', month: '', year: '' }, 'be')).toEqual({ iso: '' });
  });

  it('names an impossible date, a CE year typed as พ.ศ., a missing part and the bounds', () => {
    expect(isoOf({ day: '30', month: '2', year: '2567' }, 'be')).toEqual({
      problem: { kind: 'impossible', day: 30, month: 2, year: 2567 },
    });
    // 2567 BE = 2024 CE is a leap year: 29 February exists, in 2568 it does not
    expect(isoOf({ day: '29', month: '2', year: '2567' }, 'be')).toEqual({ iso: '2024-02-29' });
    expect(isoOf({ day: '29', month: '2', year: '2568' }, 'be')).toEqual({
      problem: { kind: 'impossible', day: 29, month: 2, year: 2568 },
    });
    expect(isoOf({ day: '1', month: '1', year: '2024' }, 'be')).toEqual({
      problem: { kind: 'yearLooksCe', suggestion: 2567 },
    });
    expect(isoOf({ day: '1', month: '', year: '2567' }, 'be')).toEqual({ problem: { kind: 'incomplete' } });
    expect(isoOf({ day: '1', month: '1', year: '256' }, 'be')).toEqual({
      problem: { kind: 'year', era: 'be' },
    });
    const bounds = { min: '2024-01-10', max: '2024-12-31' };
    expect(isoOf({ day: '9', month: '1', year: '2567' }, 'be', bounds)).toEqual({
      problem: { kind: 'beforeMin', min: '2024-01-10' },
    });
    expect(isoOf({ day: '1', month: '1', year: '2568' }, 'be', bounds)).toEqual({
      problem: { kind: 'afterMax', max: '2024-12-31' },
    });
    expect(isoOf({ day: '10', month: '1', year: '2567' }, 'be', bounds)).toEqual({ iso: '2024-01-10' });
  });
});
