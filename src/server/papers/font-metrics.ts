/**
 * Advance widths of Sarabun, read from the @fontsource/sarabun WOFF files (the Thai and Latin subsets
 * together), so that server-side charts measure Thai labels as a browser would: Thai vowel and tone marks
 * take no width, and labels do not overlap. Only the tables needed for widths are read: head, hhea,
 * hmtx, cmap (formats 4 and 12), unpacked by ./woff.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { woffTables } from './woff';

const require = createRequire(import.meta.url);

export const fontFile = (subset: 'thai' | 'latin', weight: 400 | 700, ext: 'woff' | 'woff2') =>
  require.resolve(`@fontsource/sarabun/files/sarabun-${subset}-${weight}-normal.${ext}`);

/** Code point → glyph id, from the best Unicode subtable. */
function readCmap(cmap: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  const records = cmap.readUInt16BE(2);
  let best = -1;
  let bestFormat = 0;
  for (let i = 0; i < records; i++) {
    const offset = cmap.readUInt32BE(4 + i * 8 + 4);
    const format = cmap.readUInt16BE(offset);
    if ((format === 12 || format === 4) && format > bestFormat) [best, bestFormat] = [offset, format];
  }
  if (best < 0) return map;
  if (bestFormat === 12) {
    const groups = cmap.readUInt32BE(best + 12);
    for (let g = 0; g < groups; g++) {
      const at = best + 16 + g * 12;
      const [start, end, glyph] = [
        cmap.readUInt32BE(at),
        cmap.readUInt32BE(at + 4),
        cmap.readUInt32BE(at + 8),
      ];
      for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
    }
    return map;
  }
  const segs = cmap.readUInt16BE(best + 6) / 2;
  const ends = best + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const rangeOffsets = deltas + segs * 2;
  for (let s = 0; s < segs; s++) {
    const end = cmap.readUInt16BE(ends + s * 2);
    const start = cmap.readUInt16BE(starts + s * 2);
    const delta = cmap.readInt16BE(deltas + s * 2);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        glyph = cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + 2 * (c - start));
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

/** Code point → advance width in em. */
function advancesOf(data: Buffer): Map<number, number> {
  const tables = woffTables(data);
  const unitsPerEm = tables.get('head')!.readUInt16BE(18);
  const metrics = tables.get('hhea')!.readUInt16BE(34);
  const hmtx = tables.get('hmtx')!;
  const widths = new Map<number, number>();
  for (const [code, glyph] of readCmap(tables.get('cmap')!)) {
    const advance = hmtx.readUInt16BE(Math.min(glyph, metrics - 1) * 4);
    widths.set(code, advance / unitsPerEm);
  }
  return widths;
}

let cache: Map<number, number> | undefined;

function sarabunAdvances(): Map<number, number> {
  if (!cache) {
    cache = advancesOf(readFileSync(fontFile('latin', 400, 'woff')));
    for (const [code, width] of advancesOf(readFileSync(fontFile('thai', 400, 'woff'))))
      cache.set(code, width);
  }
  return cache;
}

/** Width in px of `text` in Sarabun at `sizePx` (bold is about 4 % wider). */
export function measureSarabun(text: string, sizePx: number, bold = false): number {
  const advances = sarabunAdvances();
  let em = 0;
  for (const char of text) em += advances.get(char.codePointAt(0)!) ?? 0.55;
  return em * sizePx * (bold ? 1.04 : 1);
}
