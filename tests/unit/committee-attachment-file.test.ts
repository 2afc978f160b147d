/** Attached files (src/domain/committee/attachment-file.ts): the type by content, the name made safe. */
import { describe, expect, it } from 'vitest';
import { mayChangeAttachments, sanitizeFileName, sniffAttachment } from '../../src/domain/committee';

const b = (...x: (string | number)[]) =>
  Uint8Array.from(x.flatMap((v) => (typeof v === 'string' ? [...Buffer.from(v, 'latin1')] : [v])));
const ZIP = b('PK', 3, 4, 20, 0);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('sniffAttachment', () => {
  it('knows PDF, PNG and JPEG by their first bytes and nothing else by them', () => {
    expect(sniffAttachment(b('%PDF-1.7\n'), null)).toBe('application/pdf');
    expect(sniffAttachment(b(0x89, 'PNG', 13, 10, 26, 10, 0), null)).toBe('image/png');
    expect(sniffAttachment(b(0xff, 0xd8, 0xff, 0xe0), null)).toBe('image/jpeg');
    expect(sniffAttachment(b('%PDF'), null)).toBeNull(); // no dash: not a PDF header
    expect(sniffAttachment(b(0xff, 0xd8, 0x00), null)).toBeNull();
    expect(sniffAttachment(b('MZ', 0x90, 0), null)).toBeNull();
    expect(sniffAttachment(b('<html>%PDF-1.4'), null)).toBeNull();
    expect(sniffAttachment(new Uint8Array(0), null)).toBeNull();
  });

  it('tells DOCX from XLSX by the parts the ZIP names; another ZIP or an unreadable one is refused', () => {
    const ct = '[Content_Types].xml';
    expect(sniffAttachment(ZIP, [ct, '_rels/.rels', 'word/document.xml'])).toBe(DOCX);
    expect(sniffAttachment(ZIP, [ct, 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'])).toBe(XLSX);
    expect(sniffAttachment(ZIP, ['word/document.xml'])).toBeNull();
    expect(sniffAttachment(ZIP, [ct, 'ppt/presentation.xml'])).toBeNull();
    expect(sniffAttachment(ZIP, null)).toBeNull();
    expect(sniffAttachment(b('%PDF-'), [ct, 'word/document.xml'])).toBe('application/pdf');
    expect(sniffAttachment(b('XX'), [ct, 'word/document.xml'])).toBeNull();
  });
});

describe('sanitizeFileName', () => {
  it('keeps Thai, takes the last path segment, removes control and bidi characters and reserved ones', () => {
    expect(sanitizeFileName('รายงาน ผล (๑).pdf', 'application/pdf')).toBe('รายงาน ผล (๑).pdf');
    expect(sanitizeFileName('C:\\Users\\a\\..\\สรุป.PDF', 'application/pdf')).toBe('สรุป.pdf');
    expect(sanitizeFileName('../../etc/passwd', 'application/pdf')).toBe('passwd.pdf');
    expect(sanitizeFileName('a\u0000b\u202Efdp.exe', 'application/pdf')).toBe('abfdp.pdf');
    expect(sanitizeFileName('what?<x>:"y"|*.docx', DOCX)).toBe('what__x___y___.docx');
    expect(sanitizeFileName('  ...hidden   name .png', 'image/png')).toBe('hidden name.png');
  });

  it('gives the extension of the sniffed type when it was another or none; a name from nothing is "file"', () => {
    expect(sanitizeFileName('photo.jpeg', 'image/jpeg')).toBe('photo.jpeg');
    expect(sanitizeFileName('photo.pdf', 'image/png')).toBe('photo.png');
    expect(sanitizeFileName('scan', 'image/jpeg')).toBe('scan.jpg');
    expect(sanitizeFileName('', XLSX)).toBe('file.xlsx');
    expect(sanitizeFileName('.pdf', 'application/pdf')).toBe('pdf.pdf');
    // NFD Thai (a decomposed sara am) is stored composed.
    expect(sanitizeFileName('\u0e19\u0e4d\u0e32.pdf', 'application/pdf')).toBe(
      '\u0e19\u0e4d\u0e32.pdf'.normalize('NFC'),
    );
  });

  it('cuts a long name at the limit keeping the extension, never splitting a character', () => {
    const name = sanitizeFileName(`${'ก'.repeat(300)}.xlsx`, XLSX, 200);
    expect([...name]).toHaveLength(200);
    expect(name.endsWith('ก.xlsx')).toBe(true);
    expect(sanitizeFileName(`${'😀'.repeat(50)}.pdf`, 'application/pdf', 10)).toBe('😀😀😀😀😀😀.pdf');
  });
});

describe('mayChangeAttachments', () => {
  it('the assigned unit, until the assignment is closed', () => {
    expect(mayChangeAttachments({ state: 'closing_proposed', unitId: 3 }, 3)).toEqual({ refused: false });
    expect(mayChangeAttachments({ state: 'open', unitId: 3 }, 4)).toMatchObject({ code: 'other_unit' });
    expect(mayChangeAttachments({ state: 'open', unitId: 3 }, null)).toMatchObject({ code: 'other_unit' });
    expect(mayChangeAttachments({ state: 'closed', unitId: 3 }, 3)).toMatchObject({ code: 'closed' });
  });
});
