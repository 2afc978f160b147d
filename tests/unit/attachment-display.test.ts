/**
 * What the attachment lists show of a file (src/web/shared/attachments/files.ts): its size in Thai or
 * English units, its upload time in พ.ศ. (Bangkok time as the API sends it), the input's accept list.
 */
import { describe, expect, it } from 'vitest';
import { FILE_MEDIA_TYPES } from '../../src/domain/attachment-file';
import { acceptFor, fileSizeText, typeLabel, uploadedAtText } from '../../src/web/shared/attachments/files';
import { formatNumber, formatThaiDate, toThaiDigits } from '../../src/domain';
import { en } from '../../src/web/shared/i18n/dictionary.en';
import { th, type MessageKey } from '../../src/web/shared/i18n/dictionary.th';
import { fillMessage } from '../../src/web/shared/i18n/fill';

const tTh = (key: MessageKey, vars?: Record<string, string | number>) => fillMessage(th[key], vars);
const tEn = (key: MessageKey, vars?: Record<string, string | number>) => fillMessage(en[key], vars);
/** As useFormat formats (src/web/shared/format/format.ts, which the server's type check does not take). */
const formatter = (lang: 'th' | 'en', thaiDigits: boolean) => ({
  number: (value: number | string, maxDecimals = 2) => formatNumber(value, { maxDecimals, thaiDigits }),
  date: (iso: string) =>
    lang === 'th'
      ? formatThaiDate(iso, { thaiDigits })
      : `${Number(iso.slice(8, 10))} ${new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(iso.slice(0, 10)))} ${iso.slice(0, 4)}`,
  digits: (text: string | number) => (thaiDigits ? toThaiDigits(String(text)) : String(text)),
});
const fmtTh = formatter('th', false);
const fmtEn = formatter('en', false);

describe('attachment display', () => {
  it('sizes in bytes, whole kilobytes and one-decimal megabytes, in the reader’s units', () => {
    expect(fileSizeText(0, fmtTh, tTh)).toBe('0 ไบต์');
    expect(fileSizeText(1023, fmtTh, tTh)).toBe('1,023 ไบต์');
    expect(fileSizeText(1024, fmtTh, tTh)).toBe('1 กิโลไบต์');
    expect(fileSizeText(350 * 1024 + 600, fmtTh, tTh)).toBe('351 กิโลไบต์');
    expect(fileSizeText(1024 * 1024, fmtTh, tTh)).toBe('1 เมกะไบต์');
    expect(fileSizeText(1.5 * 1024 * 1024, fmtTh, tTh)).toBe('1.5 เมกะไบต์');
    expect(fileSizeText(10 * 1024 * 1024, fmtEn, tEn)).toBe('10 MB');
    expect(fileSizeText(2048, fmtEn, tEn)).toBe('2 KB');
    expect(fileSizeText(1536, formatter('th', true), tTh)).toBe('๒ กิโลไบต์');
  });

  it('the upload time in พ.ศ. in Thai, as the API wrote it (Bangkok time, no zone shift)', () => {
    expect(uploadedAtText('2026-12-07T23:45:10', fmtTh, tTh)).toBe('7 ธันวาคม 2569 เวลา 23:45 น.');
    expect(uploadedAtText('2023-05-31T08:05:00', fmtEn, tEn)).toBe('31 May 2023 at 08:05');
  });

  it('names each type and accepts each type by extension and media type', () => {
    expect(FILE_MEDIA_TYPES.map(typeLabel)).toEqual(['PDF', 'DOCX', 'XLSX', 'PPTX', 'PNG', 'JPEG']);
    expect(acceptFor(['application/pdf', 'image/jpeg'])).toBe('.pdf,application/pdf,.jpg,.jpeg,image/jpeg');
    expect(acceptFor(FILE_MEDIA_TYPES).split(',')).toHaveLength(13);
  });
});
