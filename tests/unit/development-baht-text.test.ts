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
    expect(baht(111)).toBe('หนึ่งร้อยสิบเอ็ดบาทถ้วน');
    expect(baht(11_000_000)).toBe('สิบเอ็ดล้านบาทถ้วน');
    expect(baht(11_011_011)).toBe('สิบเอ็ดล้านหนึ่งหมื่นหนึ่งพันสิบเอ็ดบาทถ้วน');
    expect(baht(10_110_111)).toBe('สิบล้านหนึ่งแสนหนึ่งหมื่นหนึ่งร้อยสิบเอ็ดบาทถ้วน');
  });
  it("does not repeat the memo's words, which are 3,000,000 short (004:L71)", () => {
    expect(baht(353_166_405)).not.toBe('สามร้อยห้าสิบล้านหนึ่งแสนหกหมื่นหกพันสี่ร้อยห้าบาทถ้วน');
    expect(baht(350_166_405)).toBe('สามร้อยห้าสิบล้านหนึ่งแสนหกหมื่นหกพันสี่ร้อยห้าบาทถ้วน');
  });
  it('repeats ล้าน for a million millions', () => {
    expect(bahtText(1_000_000_000_000n * 100n)).toBe('หนึ่งล้านล้านบาทถ้วน');
    expect(bahtText(2_011_000_000_000n * 100n)).toBe('สองล้านหนึ่งหมื่นหนึ่งพันล้านบาทถ้วน');
    expect(bahtText(21_000_000_000_000n * 100n)).toBe('ยี่สิบเอ็ดล้านล้านบาทถ้วน');
    expect(bahtText(1_000_000_000_001n * 100n)).toBe('หนึ่งล้านล้านเอ็ดบาทถ้วน');
    expect(bahtText(1_000_000_000_000n * 100n + 1n)).toBe('หนึ่งล้านล้านบาทหนึ่งสตางค์');
  });
  it('writes satang', () => {
    expect(bahtText(0n)).toBe('ศูนย์บาทถ้วน');
    expect(bahtText(50n)).toBe('ห้าสิบสตางค์');
    expect(bahtText(101n)).toBe('หนึ่งบาทหนึ่งสตางค์');
    expect(bahtText(1_221n)).toBe('สิบสองบาทยี่สิบเอ็ดสตางค์');
    expect(bahtText(25n)).toBe('ยี่สิบห้าสตางค์');
    expect(bahtText(1n)).toBe('หนึ่งสตางค์');
    expect(bahtText(10n)).toBe('สิบสตางค์');
    expect(bahtText(11n)).toBe('สิบเอ็ดสตางค์');
    expect(bahtText(21n)).toBe('ยี่สิบเอ็ดสตางค์');
    expect(bahtText(100_000_025n)).toBe('หนึ่งล้านบาทยี่สิบห้าสตางค์');
    expect(bahtText(2_102_102_121n)).toBe('ยี่สิบเอ็ดล้านสองหมื่นหนึ่งพันยี่สิบเอ็ดบาทยี่สิบเอ็ดสตางค์');
  });
  it('refuses a negative amount', () => {
    expect(() => bahtText(-1n)).toThrow(RangeError);
  });
});
