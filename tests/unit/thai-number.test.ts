import { describe, expect, it } from 'vitest';
import { decimalPlaces, formatNumber, fromThaiDigits, parseDecimal, toThaiDigits } from '../../src/domain';

describe('Thai digits', () => {
  it('converts every Arabic digit to its Thai digit and leaves other text alone', () => {
    expect(toThaiDigits('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙');
    expect(toThaiDigits('31 พฤษภาคม 2566')).toBe('๓๑ พฤษภาคม ๒๕๖๖');
  });

  it('converts every Thai digit back to Arabic and leaves other text alone', () => {
    expect(fromThaiDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
    expect(fromThaiDigits('ปี ๒๕๖๖-๐๕ (2023)')).toBe('ปี 2566-05 (2023)');
  });

  it('round-trips', () => {
    expect(fromThaiDigits(toThaiDigits('1,250,000.75'))).toBe('1,250,000.75');
  });
});

describe('parseDecimal', () => {
  it.each([
    ['1,250,000', '1250000'],
    ['๑๒', '12'],
    ['๑,๒๕๐', '1250'],
    ['-0', '0'],
    ['-0.00', '0'],
    ['0012.50', '12.5'],
    ['12.00', '12'],
    ['0', '0'],
    ['0.05', '0.05'],
    ['+5', '5'],
    ['-3.25', '-3.25'],
    ['  42  ', '42'],
    ['1,250,000.50', '1250000.5'],
    ['999,999', '999999'],
  ])('%j → %j', (raw, expected) => {
    expect(parseDecimal(raw)).toBe(expected);
  });

  it.each([
    '1,25',
    '12,34,567',
    '1,2345',
    ',125',
    '1.2.3',
    '.5',
    '5.',
    '',
    ' ',
    'abc',
    '12a',
    '1 000',
    '--1',
    '1e3',
    '50%',
  ])('rejects %j', (raw) => {
    expect(parseDecimal(raw)).toBeNull();
  });

  it('is exact where binary floats are not', () => {
    expect(parseDecimal('0.1000000000000000055511')).toBe('0.1000000000000000055511');
    expect(parseDecimal('12345678901234567890')).toBe('12345678901234567890');
  });

  it('counts decimals of canonical strings', () => {
    expect(decimalPlaces('12')).toBe(0);
    expect(decimalPlaces('12.5')).toBe(1);
    expect(decimalPlaces('0.0625')).toBe(4);
  });
});

describe('formatNumber', () => {
  it('groups thousands and keeps at most 2 decimals by default', () => {
    expect(formatNumber(1250000)).toBe('1,250,000');
    expect(formatNumber('1234.5')).toBe('1,234.5');
    expect(formatNumber(1234.5, { minDecimals: 2 })).toBe('1,234.50');
  });

  it('prints Thai digits when asked', () => {
    expect(formatNumber(1250000, { thaiDigits: true })).toBe('๑,๒๕๐,๐๐๐');
  });
});
