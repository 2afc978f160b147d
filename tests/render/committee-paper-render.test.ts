/**
 * The committee paper as a person sees it: the demo's DOCX as of 2566-05 converted by LibreOffice to PDF.
 * Its text must come back with Thai intact (vowels and tone marks in their order), and its pages draw as
 * PNG. Its chart is a picture (the print page's chart rendered to PNG with Sarabun): the PDF holds it at 16 cm
 * wide, and the page drawn from the PDF shows its bar colours under the caption แผนภูมิที่ ๑.
 * `TIDTAM_WRITE_SAMPLES=1` also writes docs/samples/ (the paper's DOCX and XLSX and its first pages).
 *
 * Sarabun is not a system font on Debian: a private fontconfig file maps it to Laksaman (fonts-tlwg-laksaman-ttf,
 * a TH Sarabun PSK derivative), as a Thai office PC maps it to TH Sarabun; scripts/ensure-libreoffice.sh installs it.
 * The conversion is tests/render/libreoffice.ts's, as for every paper.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { loadDemo } from '../../src/server/demo/load-demo';
import { renderPaperDocx } from '../../src/server/papers/monitoring/docx-writer';
import { STATUS_COLOURS } from '../../src/server/papers/monitoring/chart';
import { renderPaperXlsx } from '../../src/server/papers/monitoring/xlsx-writer';
import { committeePaper } from '../../src/server/use-cases/monitoring/committee-paper';
import { createTestDatabase } from '../helpers/test-db';
import { footerNumbers, pagesNotDrawnThai, pdfTextOfDocx, withoutFooters } from './libreoffice';

const run = promisify(execFile);
const SAMPLES = fileURLToPath(new URL('../../docs/samples/', import.meta.url));
const READER = { userId: null, label: 'committee', role: 'viewer', unitId: null } as const;
/** A fixed "made at" so the sample reads like a paper of its time: 21 June 2566, 14.30 Bangkok time. */
const MADE_AT = new Date('2023-06-21T07:30:00Z');

let db: Database;
let dir = '';
let docx: Buffer;
let xlsx: Buffer;
let text = '';

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemo(db);
  const { content, meta } = await committeePaper(
    db,
    READER,
    { planCode: 'HR-2566-2570', asOf: '2566-05' },
    MADE_AT,
  );
  docx = await renderPaperDocx(content, meta);
  xlsx = await renderPaperXlsx(content, meta);
  dir = await mkdtemp(join(tmpdir(), 'tidtam-render-'));
  await writeFile(join(dir, 'paper.docx'), docx);
  text = await pdfTextOfDocx(dir, 'paper');
}, 180_000);

afterAll(async () => {
  await db?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the committee paper rendered by LibreOffice', () => {
  it('keeps Thai words whole: statuses, headings and level words', () => {
    // Short words must come out as they are; longer phrases may wrap, so they are compared without spaces.
    for (const word of ['ดำเนินการเสร็จแล้ว', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ได้ดำเนินการ', 'ความก้าวหน้า', 'ปานกลาง']) {
      expect(text).toContain(word);
    }
    const squash = (s: string) => s.replace(/\s+/g, '');
    for (const words of [
      'เอกสารประกอบการประชุม',
      'ข้อมูล ณ เดือนพฤษภาคม ๒๕๖๖ (ปีงบประมาณ พ.ศ. ๒๕๖๖)',
      'นับรายงานที่ส่งแล้วทั้งหมด',
      'จัดทำเมื่อ ๒๑ มิถุนายน ๒๕๖๖ เวลา ๑๔.๓๐ น.',
      'ดำเนินการเสร็จแล้ว',
      'อยู่ระหว่างดำเนินการ',
      'ยังไม่ได้ดำเนินการ',
      'ความก้าวหน้า',
      'ร้อยละ ๗๓.๒๑ อยู่ในระดับปานกลาง',
      'ตารางที่ ๒ ผลการดำเนินงานจำแนกตามเป้าประสงค์ยุทธศาสตร์',
      'แผนภูมิที่ ๑',
      'น้อยที่สุด',
      'ปัญหาและอุปสรรค',
    ]) {
      expect(squash(text)).toContain(squash(words));
    }
  });

  it('prints the corrected table with Thai digits', () => {
    const flat = text.replace(/\s+/g, ' ');
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(squash(text)).toContain(
      squash('ดำเนินการเสร็จแล้ว ๓ (๒๓.๐๘) ๒ (๑๖.๖๗) ๔ (๒๕) ๔ (๓๓.๓๓) - ๑๓ (๒๓.๒๑)'),
    );
    expect(squash(text)).toContain(
      squash('ยังไม่ได้ดำเนินการ ๒ (๑๕.๓๘) ๘ (๖๖.๖๗) ๒ (๑๒.๕) ๒ (๑๖.๖๗) ๑ (๓๓.๓๓) ๑๕ (๒๖.๗๙)'),
    );
    expect(flat).toMatch(/๘๔\.๖๒ มาก/);
    expect(flat).toMatch(/๖๖\.๖๗ น้อย/);
    expect(flat).toMatch(/๘๗\.๕ มาก/);
  });

  it('has no Arabic digit left in its text: codes, reasons, dates and page numbers are Thai (issue 14)', async () => {
    // Before, the needs-attention reasons ("ร้อยละ 0 ใน 3 เดือน", "พ.ศ. 2567") and codes ("P2-05") leaked.
    // The page numbers at the foot are Word's PAGE field: pdftotext reads back its digits as the document
    // holds them ("- 2 -"), so they alone are let through here and checked as drawn below (decision 0028).
    const arabic = withoutFooters(text)
      .split('\n')
      .filter((line) => /[0-9]/.test(line));
    expect(arabic).toEqual([]);
    const xml = (
      await run('unzip', ['-p', join(dir, 'paper.docx'), 'word/document.xml'], {
        maxBuffer: 64 * 1024 * 1024,
      })
    ).stdout;
    expect(xml).toContain('<w:pgNumType w:start="1" w:fmt="thaiNumbers"/>');
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(squash(text)).toContain(squash('ความก้าวหน้าคงที่ร้อยละ ๐ ใน ๓ เดือนที่รายงานล่าสุด'));
    expect(squash(text)).toContain(squash('รอโครงการ P๒-๐๖ ซึ่งยังไม่แล้วเสร็จ'));
  });

  it('numbers every page at its foot, drawn in Thai digits on page 2 and after (decision 0028)', async () => {
    const numbers = footerNumbers(text);
    expect(numbers.length).toBeGreaterThanOrEqual(4);
    expect(numbers).toEqual(numbers.map((_, i) => String(i + 1)));
    expect(await pagesNotDrawnThai(dir, 'paper', [2, numbers.length])).toEqual([]);
  });

  it('sets the Word paper in TH Sarabun New 16 pt when asked (decision 0017)', async () => {
    const { content, meta } = await committeePaper(
      db,
      READER,
      { planCode: 'HR-2566-2570', asOf: '2566-05' },
      MADE_AT,
    );
    await writeFile(
      join(dir, 'th-sarabun.docx'),
      await renderPaperDocx(content, meta, { font: 'th-sarabun-new' }),
    );
    const xml = (
      await run('unzip', ['-p', join(dir, 'th-sarabun.docx'), 'word/document.xml'], {
        maxBuffer: 64 * 1024 * 1024,
      })
    ).stdout;
    const faces = new Set([...xml.matchAll(/w:cs="([^"]+)"/g)].map((m) => m[1]));
    expect([...faces]).toEqual(['TH Sarabun New']);
    // Body text at 16 pt (32 half-points), nothing left at Sarabun's 15 pt; the default paper stays at 15 pt.
    expect(xml).toContain('<w:sz w:val="32"/>');
    expect(xml).not.toContain('<w:sz w:val="30"/>');
    const plain = (
      await run('unzip', ['-p', join(dir, 'paper.docx'), 'word/document.xml'], {
        maxBuffer: 64 * 1024 * 1024,
      })
    ).stdout;
    expect(new Set([...plain.matchAll(/w:cs="([^"]+)"/g)].map((m) => m[1]))).toEqual(new Set(['Sarabun']));
    expect(plain).toContain('<w:sz w:val="30"/>');
  });

  it('draws its pages as PNG', async () => {
    await run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '2',
      join(dir, 'paper.pdf'),
      join(dir, 'page'),
    ]);
    const pages = (await readdir(dir)).filter((f) => /^page-\d+\.png$/.test(f)).sort();
    expect(pages).toHaveLength(2);
    const png = await readFile(join(dir, pages[0]!));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(496); // A4 at 60 dpi: about 496 × 702
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(701);
    if (process.env.TIDTAM_WRITE_SAMPLES === '1') {
      await mkdir(SAMPLES, { recursive: true });
      await copyFile(join(dir, pages[0]!), join(SAMPLES, 'committee-paper-2566-05.png'));
      await copyFile(join(dir, pages[1]!), join(SAMPLES, 'committee-paper-2566-05-page-2.png'));
      await writeFile(join(SAMPLES, 'committee-paper-2566-05.docx'), docx);
      await writeFile(join(SAMPLES, 'committee-paper-2566-05.xlsx'), xlsx);
    }
  });
});

/** A binary PPM (P6) as pdftoppm writes it: width, height and RGB bytes. */
function readPpm(ppm: Buffer): { width: number; height: number; rgb: Buffer } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 64))!;
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

describe('the chart on the rendered page', () => {
  it('is a 1280 × 680 picture in the PDF, 16 cm wide, showing the bar colours under its caption', async () => {
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    const list = (await run('pdfimages', ['-list', join(dir, 'paper.pdf')])).stdout;
    const images = list
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[2] === 'image');
    const chart = images.filter((cols) => cols[3] === '1280' && cols[4] === '680');
    expect(chart).toHaveLength(1);
    const [page, , , , , , , , , , , , xPpi] = chart[0]!;
    // 1280 px over 16 cm of text width is about 203 pixels per inch.
    expect(Number(xPpi)).toBeGreaterThan(195);
    expect(Number(xPpi)).toBeLessThan(210);

    // Where the caption is on that page (PDF points, from the top), and the page drawn at 72 dpi (1 px = 1 pt).
    const bbox = (
      await run('pdftotext', [
        '-bbox',
        '-enc',
        'UTF-8',
        '-f',
        page!,
        '-l',
        page!,
        join(dir, 'paper.pdf'),
        '-',
      ])
    ).stdout;
    const caption = /<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">แผนภูมิที่<\/word>/.exec(
      bbox,
    );
    expect(caption).not.toBeNull();
    const top = Math.ceil(Number(caption![1]));
    await run('pdftoppm', [
      '-r',
      '72',
      '-f',
      page!,
      '-l',
      page!,
      '-singlefile',
      join(dir, 'paper.pdf'),
      join(dir, 'chart-page'),
    ]);
    const img = readPpm(await readFile(join(dir, 'chart-page.ppm')));
    // The chart: 16 cm × 8.5 cm (454 × 241 pt) below the caption (which may wrap to a second line), from the
    // left margin (3 cm, 85 pt).
    const area = { x0: 80, x1: Math.min(img.width, 85 + 460), y0: top, y1: Math.min(img.height, top + 300) };
    const counts = Object.values(STATUS_COLOURS).map((hex) => {
      const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      let n = 0;
      for (let y = area.y0; y < area.y1; y++) {
        for (let x = area.x0; x < area.x1; x++) {
          const at = (y * img.width + x) * 3;
          if (want.every((v, k) => Math.abs(v - img.rgb[at + k]!) <= 16)) n++;
        }
      }
      return n;
    });
    // Each status's bars cover thousands of px at 72 dpi (the least, the 13 completed projects: about 5,000).
    for (const n of counts) expect(n).toBeGreaterThan(2000);
  });
});
