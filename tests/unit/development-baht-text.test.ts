import { describe, expect, it } from 'vitest';
import { bahtText } from '../../src/domain/development';

const baht = (n: number): string => bahtText(BigInt(Math.round(n * 100)));

describe('bahtText (BAHTTEXT style)', () => {
  it("writes seed 004's total from the number", () => {
    expect(baht(353_166_405)).toBe('สามร้อยห้าสิบสามล้านหนึ่งแสนหกหมื่นหกพันสี่ร้อยห้าบาทถ้วน');
  });
  it('reads one, eleven and twenty-one', () => {
    expect(baht(1)).toBe('หนึ่งบาทถ้วน');
    expect(baht(10)).toBe('สิบบาทถ้วน');
    expect(baht(11)).toBe('สิบเอ็ดบาทถ้วน');
    expect(baht(21)).toBe('ยี่สิบเอ็ดบาทถ้วน');
    expect(baht(101)).toBe('หนึ่งร้อยเอ็ดบาทถ้วน');
    expect(baht(1_000_001)).toBe('หนึ่งล้านเอ็ดบาทถ้วน');
    expect(baht(21_000_000)).toBe('ยี่สิบเอ็ดล้านบาทถ้วน');
  });
  it('repeats ล้าน for a million millions', () => {
    expect(bahtText(1_000_000_000_000n * 100n)).toBe('หนึ่งล้านล้านบาทถ้วน');
    expect(bahtText(2_011_000_000_000n * 100n)).toBe('สองล้านหนึ่งหมื่นหนึ่งพันล้านบาทถ้วน');
  });
  it('writes satang', () => {
    expect(bahtText(0n)).toBe('ศูนย์บาทถ้วน');
    expect(bahtText(50n)).toBe('ห้าสิบสตางค์');
    expect(bahtText(101n)).toBe('หนึ่งบาทหนึ่งสตางค์');
    expect(bahtText(1_221n)).toBe('สิบสองบาทยี่สิบเอ็ดสตางค์');
  });
});
