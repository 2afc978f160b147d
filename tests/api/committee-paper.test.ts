/**
 * The committee paper of the demo as of 2566-05, in DOCX, XLSX and HTML: the corrected seed table of
 * domain.md with level words, read back from the files themselves; a published snapshot reproduces it.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PLAN, expectApiError, type TestApp } from '../helpers/api-app';

let t: TestApp;
let committee = '';
const PAPER = `/api/plans/${DEMO_PLAN}/paper`;

beforeAll(async () => {
  t = await createTestApp();
  committee = await t.login('committee');
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, cookie: string | null = committee) =>
  t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const textOf = (xml: string) =>
  unescapeXml([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

/** Every table of document.xml (not nested ones' rows twice): rows of cells, paragraphs joined by "\n". */
function docxTables(xml: string): string[][][] {
  return xml
    .split('<w:tbl>')
    .slice(1)
    .map((tbl) =>
      [...tbl.split('</w:tbl>')[0]!.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
        [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) =>
          [...tc[0].matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0])).join('\n'),
        ),
      ),
    );
}

async function docxXml(body: Buffer) {
  return (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string');
}

/** Width and height of a PNG, from its IHDR chunk (after checking the signature). */
function pngSize(png: Buffer): [number, number] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** Media files of a zip package under `dir`, by path. */
async function media(zip: JSZip, dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files).filter((f) => f.startsWith(dir) && f.endsWith('.png')))
    out.set(name, await zip.file(name)!.async('nodebuffer'));
  return out;
}

const BY_TARGET = [
  ['ดำเนินการเสร็จแล้ว', '๓ (๒๓.๐๘)', '๒ (๑๖.๖๗)', '๔ (๒๕)', '๔ (๓๓.๓๓)', '-', '๑๓ (๒๓.๒๑)'],
  ['อยู่ระหว่างดำเนินการ', '๘ (๖๑.๕๔)', '๒ (๑๖.๖๗)', '๑๐ (๖๒.๕)', '๖ (๕๐)', '๒ (๖๖.๖๗)', '๒๘ (๕๐)'],
  ['ยังไม่ได้ดำเนินการ', '๒ (๑๕.๓๘)', '๘ (๖๖.๖๗)', '๒ (๑๒.๕)', '๒ (๑๖.๖๗)', '๑ (๓๓.๓๓)', '๑๕ (๒๖.๗๙)'],
  ['รวม (โครงการ)', '๑๓', '๑๒', '๑๖', '๑๒', '๓', '๕๖'],
];
const PROGRESS = [
  ['84.62', 'มาก'],
  ['33.33', 'น้อยที่สุด'],
  ['87.5', 'มาก'],
  ['83.33', 'มาก'],
  ['66.67', 'น้อย'],
];

describe('GET paper.docx?asOf=2566-05', () => {
  let xml = '';
  let tables: string[][][] = [];
  let zip: JSZip;
  beforeAll(async () => {
    const res = await get(`${PAPER}.docx?asOf=2566-05`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/wordprocessingml/);
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="committee-paper-HR-2566-2570-2566-05.docx"/,
    );
    xml = await docxXml(res.rawPayload);
    tables = docxTables(xml);
    zip = await JSZip.loadAsync(res.rawPayload);
  });

  it('carries the chart as a PNG picture, 16 cm wide, after ตารางที่ ๒, with Thai alternative text', async () => {
    const pngs = await media(zip, 'word/media/');
    expect([...pngs.keys()]).toHaveLength(1);
    const [path, png] = [...pngs][0]!;
    expect(pngSize(png)).toEqual([1280, 680]);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const id = new RegExp(`Id="(rId\\d+)" Type="[^"]*/image" Target="${path.replace('word/', '')}"`).exec(
      rels,
    )?.[1];
    expect(id).toBeDefined();
    const drawings = [...xml.matchAll(/<w:drawing>[\s\S]*?<\/w:drawing>/g)].map((m) => m[0]);
    expect(drawings).toHaveLength(1);
    const drawing = drawings[0]!;
    expect(drawing).toContain(`r:embed="${id}"`);
    const [cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(drawing)!.slice(1).map(Number);
    const textWidthEmu = (11906 - 1701 - 1134) * 635; // A4 less the margins, twips to EMU
    expect(cx).toBeLessThanOrEqual(textWidthEmu);
    expect(cx).toBeGreaterThan(textWidthEmu * 0.95);
    expect(cy! / cx!).toBeCloseTo(680 / 1280, 2);
    const descr = unescapeXml(/<wp:docPr [^>]*descr="([^"]*)"/.exec(drawing)![1]!);
    expect(descr).toMatch(/^แผนภูมิแท่งซ้อนสถานะของโครงการจำแนกตามเป้าประสงค์ยุทธศาสตร์/);
    expect(descr).toContain('เป้าประสงค์ที่ ๑ ดำเนินการเสร็จแล้ว ๓ อยู่ระหว่างดำเนินการ ๘ ยังไม่ได้ดำเนินการ ๒');
    // ตารางที่ ๒, the caption แผนภูมิที่ ๑, the picture, then ตารางที่ ๓.
    const order = ['ตารางที่ ๒', 'แผนภูมิที่ ๑', '<w:drawing>', 'ตารางที่ ๓'].map((s) => xml.indexOf(s));
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('prints the corrected table by target, "count (percent)" in Thai digits', () => {
    const table = tables.find((tb) => tb[0]?.[1] === 'เป้าประสงค์\nที่ ๑')!;
    expect(table[0]).toEqual(['สถานะ', ...[1, 2, 3, 4, 5].map((n) => `เป้าประสงค์\nที่ ${'๐๑๒๓๔๕'[n]}`), 'รวม']);
    expect(table.slice(1)).toEqual(BY_TARGET);
  });

  it('prints the overall table and progress by target with level words', () => {
    const overall = tables.find((tb) => tb[0]?.join('|') === 'สถานะ|จำนวนโครงการ|ร้อยละ')!;
    expect(overall.slice(1)).toEqual([
      ['ดำเนินการเสร็จแล้ว', '๑๓', '๒๓.๒๑'],
      ['อยู่ระหว่างดำเนินการ', '๒๘', '๕๐'],
      ['ยังไม่ได้ดำเนินการ', '๑๕', '๒๖.๗๙'],
      ['รวม', '๕๖', '๑๐๐'],
    ]);
    const progress = tables.find((tb) => tb[0]?.[0] === 'เป้าประสงค์ยุทธศาสตร์')!;
    const thai = (s: string) => s.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!);
    expect(progress.slice(1).map((row) => [row[3], row[4]])).toEqual([
      ...PROGRESS.map(([pct, level]) => [thai(pct!), level]),
      ['๗๓.๒๑', 'ปานกลาง'],
    ]);
    expect(progress.at(-1)![0]).toBe('ภาพรวม');
  });

  it('numbers its tables, states month, basis and the sentence of the minutes', () => {
    const text = textOf(xml);
    expect(text).toContain('ตารางที่ ๑ สรุปผลการดำเนินงานในภาพรวม');
    expect(text).toContain('ตารางที่ ๒ ผลการดำเนินงานจำแนกตามเป้าประสงค์ยุทธศาสตร์');
    expect(text).toContain('ตารางที่ ๓ ความก้าวหน้า');
    expect(text).toContain('แผนภูมิที่ ๑');
    expect(text).toContain('ข้อมูล ณ เดือนพฤษภาคม ๒๕๖๖ (ปีงบประมาณ พ.ศ. ๒๕๖๖)');
    expect(text).toContain('นับรายงานที่ส่งแล้วทั้งหมด');
    expect(text).toContain('ร้อยละ ๗๓.๒๑ อยู่ในระดับปานกลาง');
    expect(text).toMatch(/จัดทำเมื่อ [๐-๙]+ \S+ [๐-๙]{4} เวลา [๐-๙]{2}\.[๐-๙]{2} น\./);
    expect(text).toContain('ปัญหาและอุปสรรคที่รายงานประจำเดือนพฤษภาคม ๒๕๖๖');
  });

  it('is A4 and names Sarabun on every run, complex script included', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]!);
    expect(runs.length).toBeGreaterThan(100);
    for (const run of runs.filter((r) => r.includes('<w:t'))) {
      expect(run).toMatch(
        /<w:rFonts w:ascii="Sarabun" w:cs="Sarabun" w:eastAsia="Sarabun" w:hAnsi="Sarabun"\/>/,
      );
    }
  });

  it('uses no Arabic digits in its tables of numbers', () => {
    // ตารางที่ ๑–๓ (the project codes of the later tables keep their own digits)
    expect(tables.slice(0, 3).map((table) => table[0]![0])).toEqual(['สถานะ', 'สถานะ', 'เป้าประสงค์ยุทธศาสตร์']);
    for (const table of tables.slice(0, 3)) expect(JSON.stringify(table)).not.toMatch(/[0-9]/);
  });
});

describe('GET paper.xlsx?asOf=2566-05', () => {
  let book: ExcelJS.Workbook;
  let zip: JSZip;
  beforeAll(async () => {
    const res = await get(`${PAPER}.xlsx?asOf=2566-05`);
    expect(res.statusCode).toBe(200);
    book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    zip = await JSZip.loadAsync(res.rawPayload);
  });

  it('carries the chart as a PNG on the sheet of the table by target, below the table', async () => {
    const pngs = await media(zip, 'xl/media/');
    expect([...pngs.keys()]).toHaveLength(1);
    expect(pngSize([...pngs.values()][0]!)).toEqual([1280, 680]);
    const sheet = book.getWorksheet('ตามเป้าประสงค์')!;
    const images = sheet.getImages();
    expect(images).toHaveLength(1);
    expect(book.getImage(Number(images[0]!.imageId)).extension).toBe('png');
    let lastTableRow = 0;
    let captionRow = 0;
    sheet.eachRow((row) => {
      const first = row.getCell(1).value;
      if (first === 'รวม (โครงการ)' || first === 'ยังไม่ได้รายงาน' || first === 'ยกเลิก (ไม่นับรวม)')
        lastTableRow = Math.max(lastTableRow, row.number);
      if (typeof first === 'string' && first.startsWith('แผนภูมิที่ ๑')) captionRow = row.number;
    });
    expect(captionRow).toBeGreaterThan(lastTableRow);
    // Anchors count rows from 0: the picture starts on the row below the caption.
    expect(images[0]!.range.tl.nativeRow).toBe(captionRow);
    for (const other of book.worksheets.filter((w) => w.name !== 'ตามเป้าประสงค์'))
      expect(other.getImages()).toEqual([]);
  });

  it('has one sheet per table with Thai names and a header of month, time made and basis', () => {
    expect(book.worksheets.map((s) => s.name).slice(0, 4)).toEqual([
      'ภาพรวม',
      'ตามเป้าประสงค์',
      'ความก้าวหน้า',
      'ปัญหาอุปสรรค',
    ]);
    const head = [1, 2, 3, 4, 5].map((n) => String(book.getWorksheet('ภาพรวม')!.getCell(n, 1).value));
    expect(head[2]).toBe('ข้อมูล ณ เดือนพฤษภาคม ๒๕๖๖ (ปีงบประมาณ พ.ศ. ๒๕๖๖)');
    expect(head[3]).toMatch(/^จัดทำเมื่อ .+ เวลา [๐-๙]{2}\.[๐-๙]{2} น\. \(เวลากรุงเทพฯ\)$/);
    expect(head[4]).toMatch(/^นับรายงานที่ส่งแล้วทั้งหมด/);
  });

  it('holds real numbers with number formats: count and percent per target', () => {
    const sheet = book.getWorksheet('ตามเป้าประสงค์')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const completed = rows.find((r) => r[0] === 'ดำเนินการเสร็จแล้ว')!;
    expect(completed).toEqual(['ดำเนินการเสร็จแล้ว', 3, 23.08, 2, 16.67, 4, 25, 4, 33.33, 0, 0, 13, 23.21]);
    expect(rows.find((r) => r[0] === 'อยู่ระหว่างดำเนินการ')).toEqual([
      'อยู่ระหว่างดำเนินการ',
      8,
      61.54,
      2,
      16.67,
      10,
      62.5,
      6,
      50,
      2,
      66.67,
      28,
      50,
    ]);
    expect(rows.find((r) => r[0] === 'ยังไม่ได้ดำเนินการ')!.slice(-2)).toEqual([15, 26.79]);
    let row: ExcelJS.Row | undefined;
    sheet.eachRow((r) => {
      if (r.getCell(1).value === 'ดำเนินการเสร็จแล้ว') row = r;
    });
    expect(row!.getCell(2).numFmt).toBe('#,##0');
    expect(row!.getCell(3).numFmt).toBe('0.00');
  });

  it('gives progress by target with level words', () => {
    const rows: unknown[][] = [];
    book.getWorksheet('ความก้าวหน้า')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const data = rows.filter((r) => typeof r[1] === 'number');
    expect(data.map((r) => [r[3], r[4]])).toEqual([
      ...PROGRESS.map(([pct, level]) => [Number(pct), level]),
      [73.21, 'ปานกลาง'],
    ]);
  });
});

describe('GET paper.html', () => {
  it('is a print-ready page with Sarabun, Thai digits, the chart as SVG and no script', async () => {
    const res = await get(`${PAPER}.html?asOf=2566-05&basis=accepted`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(res.body).toContain('@page { size: A4');
    expect(res.body).toMatch(/@font-face\{font-family:'Sarabun'/);
    expect(res.body).toContain('<svg');
    expect(res.body).toContain('นับเฉพาะที่รับรองแล้ว');
    expect(res.body).not.toMatch(/<script/i);
  });
});

describe('access', () => {
  it('401 without a session, 400 without a month, 404 for an unknown plan; every role may read', async () => {
    for (const f of ['docx', 'xlsx', 'html'])
      expectApiError(await get(`${PAPER}.${f}?asOf=2566-05`, null), 401, 'unauthorized');
    expectApiError(await get(`${PAPER}.docx`), 400, 'invalid_input');
    expectApiError(await get(`/api/plans/NOPE/paper.docx?asOf=2566-05`), 404, 'not_found');
    for (const user of ['focal.bhrdi', 'approver.bhrdi', 'admin'] as const) {
      expect((await get(`${PAPER}.html?asOf=2566-05`, await t.login(user))).statusCode).toBe(200);
    }
  });
});
