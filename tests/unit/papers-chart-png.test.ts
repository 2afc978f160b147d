/**
 * The committee paper's chart as a PNG (src/server/papers/monitoring/chart-png.ts): Sarabun's WOFF files converted to
 * valid SFNT fonts that resvg loads as family "Sarabun", the paper's chart rendered at print resolution with
 * its text drawn, and Thai labels drawn with Sarabun's glyphs (not tofu, not nothing, SARA AM whole).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { progressSummary } from '../../src/domain/monitoring';
import {
  CHART_SCALE,
  CHART_SIZE,
  chartAltText,
  decomposeSaraAm,
  sarabunFontFiles,
  sarabunTtf,
  statusChartPng,
  svgToPng,
} from '../../src/server/papers/monitoring/chart-png';
import { STATUS_COLOURS } from '../../src/server/papers/monitoring/chart';
import type { PaperContent } from '../../src/server/papers/monitoring/content';
import { fontFile } from '../../src/server/papers/font-metrics';
import { readWoff, tableChecksum, woffToSfnt } from '../../src/server/papers/woff';
import { SEED_TARGET_NAMES, seedProjects } from '../fixtures/seed-summary';

/** The demo's summary as of 2566-05 (13 / 28 / 15 over five targets) as paper content. */
function demoContent(): PaperContent {
  const summary = progressSummary({
    fiscalYear: 2566,
    targets: Object.entries(SEED_TARGET_NAMES).map(([no, name]) => ({ no, name })),
    projects: seedProjects().map((p) => ({ ...p, fiscalYearFrom: 2566, fiscalYearTo: 2566 })),
  });
  return {
    version: 1,
    summary: { plan: 'HR-2566-2570', fiscalYear: 2566, asOf: '2566-05', basis: 'submitted', ...summary },
    problems: [],
    carriedOver: null,
    attention: null,
    keyResults: null,
  };
}

interface Pixels {
  width: number;
  height: number;
  rgba: Buffer;
}

/** A minimal PNG reader (8-bit RGB or RGBA, not interlaced), enough to look at resvg's output. */
function decodePng(png: Buffer): Pixels {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8); // bit depth
      expect(data[12]).toBe(0); // not interlaced
      channels = { 2: 3, 6: 4 }[data[9]!]!;
      expect(channels).toBeDefined();
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(width * height * 4);
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? line[i - channels]! : 0;
      const b = prev[i]!;
      const c = i >= channels ? prev[i - channels]! : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter]!;
      line[i] = (line[i]! + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      for (let k = 0; k < 4; k++) out[(y * width + x) * 4 + k] = k < channels ? line[x * channels + k]! : 255;
    }
    prev = line;
  }
  return { width, height, rgba: out };
}

type Box = { x0: number; y0: number; x1: number; y1: number };
const pixel = (img: Pixels, x: number, y: number) => [
  ...img.rgba.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 3),
];

/** Pixels in the box darker than `max` on every channel (text is dark grey on white). */
function darkPixels(img: Pixels, box: Box, max = 160): number {
  let n = 0;
  for (let y = box.y0; y < box.y1; y++)
    for (let x = box.x0; x < box.x1; x++) if (pixel(img, x, y).every((v) => v < max)) n++;
  return n;
}

/** Pixels within 12 of a #rrggbb colour. */
function colourPixels(img: Pixels, hex: string): number {
  const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < img.width * img.height; i++) {
    const px = img.rgba.subarray(i * 4, i * 4 + 3);
    if (want.every((v, k) => Math.abs(v - px[k]!) <= 12)) n++;
  }
  return n;
}

/** The columns that hold ink (any non-white pixel): [first, last], or null when blank. */
function inkColumns(img: Pixels): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let x = 0; x < img.width; x++) {
    for (let y = 0; y < img.height; y++) {
      if (pixel(img, x, y).some((v) => v < 200)) {
        if (first < 0) first = x;
        last = x;
        break;
      }
    }
  }
  return first < 0 ? null : [first, last];
}

const labelSvg = (text: string, family = 'Sarabun') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60"><text x="10" y="42" style="font-size:32px;font-family:${family};">${text}</text></svg>`;
const label = (text: string, options: { fonts?: boolean } = {}) =>
  decodePng(svgToPng(labelSvg(text), { scale: 1, ...options }).png);

describe('WOFF 1.0 → SFNT', () => {
  for (const subset of ['thai', 'latin'] as const) {
    it(`gives a valid TrueType font for the ${subset} subset: directory, offsets and checksums`, () => {
      const woff = readFileSync(fontFile(subset, 400, 'woff'));
      const { tables } = readWoff(woff);
      const ttf = woffToSfnt(woff);
      expect(ttf.length).toBe(woff.readUInt32BE(16)); // the WOFF header's totalSfntSize
      expect(ttf.readUInt32BE(0)).toBe(0x00010000);
      const n = ttf.readUInt16BE(4);
      expect(n).toBe(tables.length);
      const power = 2 ** Math.floor(Math.log2(n));
      expect([ttf.readUInt16BE(6), ttf.readUInt16BE(8), ttf.readUInt16BE(10)]).toEqual([
        power * 16,
        Math.log2(power),
        n * 16 - power * 16,
      ]);
      const records = Array.from({ length: n }, (_, i) => {
        const at = 12 + i * 16;
        return {
          tag: ttf.toString('latin1', at, at + 4),
          checksum: ttf.readUInt32BE(at + 4),
          offset: ttf.readUInt32BE(at + 8),
          length: ttf.readUInt32BE(at + 12),
        };
      });
      expect(records.map((r) => r.tag)).toEqual([...records.map((r) => r.tag)].sort());
      expect(records.map((r) => r.tag)).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'name']));
      const spans = [...records].sort((a, b) => a.offset - b.offset);
      spans.forEach((r, i) => {
        expect(r.offset % 4).toBe(0);
        expect(r.offset).toBeGreaterThanOrEqual(12 + n * 16);
        expect(r.offset + r.length).toBeLessThanOrEqual(ttf.length);
        if (i > 0) expect(r.offset).toBeGreaterThanOrEqual(spans[i - 1]!.offset + spans[i - 1]!.length);
      });
      for (const r of records) {
        const data = Buffer.from(ttf.subarray(r.offset, r.offset + r.length));
        if (r.tag === 'head') data.writeUInt32BE(0, 8); // checkSumAdjustment does not count
        expect(tableChecksum(data)).toBe(r.checksum);
        // The tables are the original font's: the checksums the WOFF directory recorded.
        expect(r.checksum).toBe(tables.find((t) => t.tag === r.tag)!.origChecksum);
      }
      expect(tableChecksum(ttf)).toBe(0xb1b0afba); // the whole font, head.checkSumAdjustment included
      expect(nameOf(ttf, records.find((r) => r.tag === 'name')!.offset, 1)).toBe('Sarabun');
    });
  }

  it('is converted once per process, and given to resvg as private files of the same bytes', () => {
    expect(sarabunTtf('thai')).toBe(sarabunTtf('thai'));
    const files = sarabunFontFiles();
    expect(files.map((f) => f.replace(/^.*\//, ''))).toEqual([
      'sarabun-thai-400.ttf',
      'sarabun-latin-400.ttf',
    ]);
    expect(readFileSync(files[0]!).equals(sarabunTtf('thai'))).toBe(true);
    expect(readFileSync(files[1]!).equals(sarabunTtf('latin'))).toBe(true);
    for (const file of files) expect(statSync(file).mode & 0o077).toBe(0);
    expect(sarabunFontFiles()).toEqual(files);
  });

  it('refuses what is not a WOFF file, or is cut off', () => {
    const woff = readFileSync(fontFile('thai', 400, 'woff'));
    expect(() => woffToSfnt(sarabunTtf('thai'))).toThrow(/WOFF/);
    expect(() => woffToSfnt(woff.subarray(0, woff.length - 100))).toThrow(/WOFF/);
  });

  it('is loaded by resvg (fontdb) as the family "Sarabun", each subset on its own', () => {
    const [thai, latin] = sarabunFontFiles();
    const dir = mkdtempSync(join(tmpdir(), 'tidtam-decoy-'));
    try {
      // A decoy: the bold Thai subset renamed "Decoyed", loaded first. Asking for "Sarabun" must give the
      // regular face of our converted file (resvg falls back to some loaded font when no family matches).
      const decoy = join(dir, 'decoy.ttf');
      writeFileSync(decoy, renamed(sarabunTtf('thai', 700), 'Sarabun', 'Decoyed'));
      const draw = (files: string[], family: string, text = 'เป้าประสงค์') =>
        new Resvg(labelSvg(text, family), {
          font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: 'NoSuchFamily' },
          background: '#ffffff',
          logLevel: 'off',
        })
          .render()
          .asPng();
      const regular = draw([thai!], 'Sarabun');
      expect(inkColumns(decodePng(regular))).not.toBeNull();
      expect(draw([decoy, thai!], 'Sarabun').equals(regular)).toBe(true);
      expect(draw([decoy, thai!], 'Decoyed').equals(regular)).toBe(false);
      const latinText = draw([latin!], 'Sarabun', 'Sarabun 2566');
      expect(inkColumns(decodePng(latinText))).not.toBeNull();
      expect(draw([decoy, latin!], 'Sarabun', 'Sarabun 2566').equals(latinText)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The font with `from` replaced by `to` (as long) in its name table, UTF-16BE and Latin-1 records. */
function renamed(font: Buffer, from: string, to: string): Buffer {
  const out = Buffer.from(font);
  const n = out.readUInt16BE(4);
  for (let i = 0; i < n; i++) {
    if (out.toString('latin1', 12 + i * 16, 16 + i * 16) !== 'name') continue;
    const start = out.readUInt32BE(20 + i * 16);
    const table = out.subarray(start, start + out.readUInt32BE(24 + i * 16));
    for (const [a, b] of [
      [Buffer.from(from, 'utf16le').swap16(), Buffer.from(to, 'utf16le').swap16()],
      [Buffer.from(from, 'latin1'), Buffer.from(to, 'latin1')],
    ] as const) {
      for (let at = table.indexOf(a); at >= 0; at = table.indexOf(a, at + 1)) b.copy(table, at);
    }
  }
  return out;
}

/** A string of the name table (platform 3, Windows Unicode, UTF-16BE). */
function nameOf(font: Buffer, table: number, nameId: number): string | undefined {
  const count = font.readUInt16BE(table + 2);
  const strings = table + font.readUInt16BE(table + 4);
  for (let i = 0; i < count; i++) {
    const at = table + 6 + i * 12;
    if (font.readUInt16BE(at) !== 3 || font.readUInt16BE(at + 6) !== nameId) continue;
    const [length, offset] = [font.readUInt16BE(at + 8), font.readUInt16BE(at + 10)];
    const utf16 = Buffer.from(font.subarray(strings + offset, strings + offset + length));
    return utf16.swap16().toString('utf16le');
  }
  return undefined;
}

describe('the paper chart as PNG', () => {
  const content = demoContent();
  const picture = statusChartPng(content);
  const img = decodePng(picture.png);

  it('is the print page chart at 2×: 1280 × 680 px, the same bytes every time', () => {
    expect([img.width, img.height]).toEqual([
      CHART_SIZE.width * CHART_SCALE,
      CHART_SIZE.height * CHART_SCALE,
    ]);
    expect([picture.width, picture.height]).toEqual([1280, 680]);
    expect(statusChartPng(content).png.equals(picture.png)).toBe(true);
  });

  it('draws the bars in the status colours on white', () => {
    expect(pixel(img, 2, 2)).toEqual([255, 255, 255]);
    for (const colour of Object.values(STATUS_COLOURS))
      expect(colourPixels(img, colour)).toBeGreaterThan(5000);
  });

  it('draws its text: the axis labels under the bars and the legend', () => {
    const s = CHART_SCALE;
    // "เป้าประสงค์ที่ ๑" is centred at x 105.6, y about 288 (grid bottom 276, 64 px left for labels and legend).
    const axisLabel = { x0: 50 * s, y0: 278 * s, x1: 160 * s, y1: 298 * s };
    expect(darkPixels(img, axisLabel)).toBeGreaterThan(400);
    const legend = { x0: 100 * s, y0: 312 * s, x1: 540 * s, y1: 340 * s };
    expect(darkPixels(img, legend)).toBeGreaterThan(800);
    // Between the axis labels and the legend there is nothing.
    expect(darkPixels(img, { x0: 0, y0: 300 * s, x1: 640 * s, y1: 308 * s })).toBe(0);
  });

  it('describes itself in Thai with every bar in numbers', () => {
    const alt = chartAltText(content);
    expect(picture.altText).toBe(alt);
    expect(alt).toMatch(
      /^แผนภูมิแท่งซ้อนสถานะของโครงการจำแนกตามเป้าประสงค์ยุทธศาสตร์ \(จำนวนโครงการ\) ข้อมูล ณ เดือนพฤษภาคม ๒๕๖๖: /,
    );
    expect(alt).toContain(
      'เป้าประสงค์ที่ ๓ ดำเนินการเสร็จแล้ว ๔ อยู่ระหว่างดำเนินการ ๑๐ ยังไม่ได้ดำเนินการ ๒ รวม ๑๖ โครงการ',
    );
    expect(alt.split('; ')).toHaveLength(5);
  });
});

describe('Thai labels drawn with Sarabun', () => {
  it('are drawn with the font, not without it', () => {
    const withFont = label('ยังไม่ได้ดำเนินการ');
    const without = label('ยังไม่ได้ดำเนินการ', { fonts: false });
    expect(withFont.rgba.equals(without.rgba)).toBe(false);
    expect(inkColumns(without)).toBeNull(); // no font: resvg draws no text at all
    expect(inkColumns(withFont)).not.toBeNull();
  });

  it('draws each letter its own glyph (no tofu boxes) and marks above the line', () => {
    expect(label('ก').rgba.equals(label('ข').rgba)).toBe(false);
    // ก่ has ink above ก: the tone mark is drawn, above the consonant.
    const above = (img: Pixels) => darkPixels(img, { x0: 0, y0: 0, x1: 240, y1: 18 });
    expect(above(label('ก'))).toBe(0);
    expect(above(label('ก่'))).toBeGreaterThan(5);
  });

  it('keeps SARA AM whole: ทำ is as wide as ทา, and the text after it in place', () => {
    expect(decomposeSaraAm('น้ำ')).toBe('น\u0E4D\u0E49\u0E32');
    expect(decomposeSaraAm('ดำเนินการ')).toBe('ด\u0E4D\u0E32เนินการ');
    const width = (text: string) => {
      const [first, last] = inkColumns(label(text))!;
      return last - first;
    };
    expect(Math.abs(width('ทำ') - width('ทา'))).toBeLessThanOrEqual(3);
    expect(width('ทำ')).toBeGreaterThan(width('ท') * 1.3);
    expect(Math.abs(width('ดำเนินการ') - width('ดาเนินการ'))).toBeLessThanOrEqual(3);
  });
});
