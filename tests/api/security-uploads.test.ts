/**
 * Uploads (docs/security.md, 4.5): the file type is decided by content, never by name or declared type —
 * a PDF, an image, an old .xls, UTF-16 text, any binary or a ZIP that is not a workbook gets a clear 400
 * ("not a CSV or XLSX file"); over 10 MB gets 413. Nothing is written in any of these cases.
 */
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CSRF,
  createTestApp,
  DEMO_PLAN,
  expectFieldIssue,
  expectApiError,
  type TestApp,
} from '../helpers/api-app';
import { fingerprint } from './security-helpers';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => {
  await t?.close();
});

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** A ZIP holding one stored text file: the container of XLSX, but not a workbook. */
function zipOf(name: string, text: string): Buffer {
  const data = deflateRawSync(Buffer.from(text));
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(text.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, Buffer.from(name), data]);
}

const REPORT_CSV = `plan_code,project_code,period,status,percent\n${DEMO_PLAN},P2-03,2566-06,in_progress,40\n`;

const NOT_TABLES: [string, Buffer, RegExp][] = [
  ['a PDF', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), /a PDF document/],
  ['a PNG', bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR'), /a PNG image/],
  ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), /a JPEG image/],
  ['a GIF', bytes('GIF89a', [1, 0, 1, 0]), /a GIF image/],
  ['an old .xls', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0, 0, 0, 0]), /old Excel/],
  ['UTF-16 text', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT_CSV, 'utf16le')]), /UTF-16/],
  ['a gzip file', bytes([0x1f, 0x8b, 0x08, 0x00], [0, 0, 0, 0]), /gzip/],
  ['binary data with NUL bytes', bytes('plan_code,project_code\n', [0, 1, 2, 3, 0]), /binary data/],
];

describe('a file that is not CSV or XLSX is refused by its content (400), whatever its name and type', () => {
  const upload = (kind: 'plan' | 'reports', data: Buffer, filename: string, type: string) => {
    const form = new FormData();
    form.append('file', new Blob([data], { type }), filename);
    return t.app.inject({
      method: 'POST',
      url: `/api/imports/${kind}`,
      headers: { ...CSRF, cookie: admin },
      payload: form,
    });
  };

  it.each(NOT_TABLES)(
    '%s named upload.csv (text/csv) → 400 "not a CSV or XLSX file", nothing written',
    async (_, data, what) => {
      const before = await fingerprint(t.db);
      for (const kind of ['plan', 'reports'] as const) {
        const res = await upload(kind, data, 'upload.csv', 'text/csv');
        const [issue] = expectFieldIssue(res, 'file');
        expect(issue!.en).toMatch(/^not a CSV or XLSX file/);
        expect(issue!.en).toMatch(what);
        expect(issue!.th).toMatch(/^ไม่ใช่ไฟล์ CSV หรือ XLSX/);
      }
      expect(await fingerprint(t.db)).toEqual(before);
    },
  );

  it('the same holds for a raw body (the command line’s upload)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/imports/reports',
      headers: { ...CSRF, cookie: admin, 'content-type': 'application/octet-stream' },
      payload: NOT_TABLES[0]![1],
    });
    const [issue] = expectFieldIssue(res, 'file');
    expect(issue!.en).toMatch(/^not a CSV or XLSX file \(a PDF document\)/);
  });

  it('a ZIP that is not a workbook, named report.xlsx → 400 naming the file, nothing written', async () => {
    const before = await fingerprint(t.db);
    const res = await upload(
      'reports',
      zipOf('word/document.xml', '<w:document/>'),
      'report.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const issues = expectFieldIssue(res, 'file');
    expect(issues.map((i) => i.en).join(' ')).toMatch(/not a CSV or XLSX file|no sheet/);
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it('a real CSV is read whatever it is called (the content decides, not the name)', async () => {
    const form = new FormData();
    form.append('file', new Blob([REPORT_CSV], { type: 'application/pdf' }), 'report.pdf');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/imports/reports?dryRun=true',
      headers: { ...CSRF, cookie: admin },
      payload: form,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, dryRun: true, rows: 1 });
  });
});

describe('size limit', () => {
  it.each(['plan', 'reports'])(
    'POST /api/imports/%s over 10 MB → 413, multipart or raw, nothing written',
    async (kind) => {
      const before = await fingerprint(t.db);
      const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x61);
      const form = new FormData();
      form.append('file', new Blob([big], { type: 'text/csv' }), 'big.csv');
      const multipart = await t.app.inject({
        method: 'POST',
        url: `/api/imports/${kind}`,
        headers: { ...CSRF, cookie: admin },
        payload: form,
      });
      expectApiError(multipart, 413, 'too_large');
      const raw = await t.app.inject({
        method: 'POST',
        url: `/api/imports/${kind}`,
        headers: { ...CSRF, cookie: admin, 'content-type': 'text/csv' },
        payload: big,
      });
      expectApiError(raw, 413, 'too_large');
      expect(await fingerprint(t.db)).toEqual(before);
    },
  );

  it('a JSON body over 10 MB → 413, not 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { ...CSRF, cookie: admin, 'content-type': 'application/json' },
      payload: `{"code":"X","name":"${'ก'.repeat(4 * 1024 * 1024)}"}`,
    });
    expectApiError(res, 413, 'too_large');
  });
});
