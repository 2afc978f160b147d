import { describe, expect, it } from 'vitest';
import { formatThaiDate, parseDate } from '../../src/domain';

describe('parseDate (ISO CE or Thai BE → ISO CE)', () => {
  it.each([
    ['31/05/2566', '2023-05-31'],
    ['2023-05-31', '2023-05-31'],
    ['1/5/2566', '2023-05-01'],
    ['๓๑/๐๕/๒๕๖๖', '2023-05-31'],
    ['29/02/2567', '2024-02-29'],
    ['2024-02-29', '2024-02-29'],
    ['01/10/2565', '2022-10-01'],
    [' 30/09/2566 ', '2023-09-30'],
  ])('%j → %j', (raw, expected) => {
    expect(parseDate(raw)).toBe(expected);
  });

  it.each([
    ['29/02/2565', '2022 is not a leap year'],
    ['2023-02-29', 'not a leap year'],
    ['2566-05-31', 'a BE year in ISO form'],
    ['31/05/2023', 'a CE year with slashes'],
    ['31/04/2566', 'April has 30 days'],
    ['00/05/2566', 'day 0'],
    ['15/13/2566', 'month 13'],
    ['2023-5-31', 'ISO without zero padding'],
    ['31-05-2566', 'dashes with day first'],
    ['', 'empty'],
    ['พฤษภาคม 2566', 'words'],
  ])('rejects %j (%s)', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });
});

describe('formatThaiDate', () => {
  it('prints day, Thai month name and BE year', () => {
    expect(formatThaiDate('2023-05-31')).toBe('31 พฤษภาคม 2566');
    expect(formatThaiDate('2022-10-01')).toBe('1 ตุลาคม 2565');
    expect(formatThaiDate('2024-01-05')).toBe('5 มกราคม 2567');
  });

  it('prints Thai digits when asked', () => {
    expect(formatThaiDate('2023-05-31', { thaiDigits: true })).toBe('๓๑ พฤษภาคม ๒๕๖๖');
  });

  it('prints the short month name when asked', () => {
    expect(formatThaiDate('2023-05-31', { short: true })).toBe('31 พ.ค. 2566');
    expect(formatThaiDate('2023-12-31', { short: true, thaiDigits: true })).toBe('๓๑ ธ.ค. ๒๕๖๖');
  });

  it('ignores a time part', () => {
    expect(formatThaiDate('2023-05-31T23:59:00Z')).toBe('31 พฤษภาคม 2566');
  });
});
