/**
 * The paper's chart as a PNG picture for the Word document and the workbook: the same echarts SVG the print
 * page shows (./chart), rasterised by resvg (@resvg/resvg-js) with Sarabun, so that Word and LibreOffice
 * both show a real chart with correct Thai text.
 *
 * - Fonts: @fontsource/sarabun ships WOFF only; its Thai and Latin subsets of weight 400 (the only weight
 *   the chart uses) are converted to TTF by ./woff once per process and kept in memory. The native resvg-js
 *   binding takes font *files* only (a `fontBuffers` option exists in the Wasm build alone), so the
 *   buffers are also written to a private directory under the system's temporary directory, checked once
 *   per process and rewritten should something clean it up. System fonts are never loaded: the picture is
 *   the same on every machine, byte for byte.
 * - SARA AM (ำ): resvg 2.6 loses the second glyph when the shaper decomposes one character into two, and
 *   ำ becomes ํ with the following text shifted. The SVG given to resvg therefore carries ำ already in the
 *   form the Thai shaper turns it into — NIKHAHIT + SARA AA, the nikhahit moved before above-base marks
 *   (harfbuzz/rustybuzz ot_shaper_thai; U+0E33's compatibility decomposition is <0E4D 0E32>): the same
 *   glyphs, one per character. The print page keeps the text as it is.
 * - Size: drawn at 640 × 340 CSS px and rendered at 2× (1280 × 680 px), about 200 dpi at 16 cm wide.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { STATUS_LABEL_TH } from '../../../domain/monitoring';
import { statusChartSvg } from './chart';
import type { PaperContent } from './content';
import { fontFile } from '../font-metrics';
import { CHART_TITLE } from './narrative';
import { targetLabel } from './tables';
import { thaiMonthYear, thaiNumber } from './thai-format';
import { woffToSfnt } from '../woff';

/** The chart's drawing size in CSS px (what the print page shows) and the PNG's scale. */
export const CHART_SIZE = { width: 640, height: 340 } as const;
export const CHART_SCALE = 2;

type Subset = 'thai' | 'latin';
const FACES: readonly (readonly [Subset, 400])[] = [
  ['thai', 400],
  ['latin', 400],
];

const sfntCache = new Map<string, Buffer>();

/** A Sarabun subset as a TrueType font, converted from the @fontsource WOFF once per process. */
export function sarabunTtf(subset: Subset, weight: 400 | 700 = 400): Buffer {
  const key = `${subset}-${weight}`;
  let ttf = sfntCache.get(key);
  if (!ttf) {
    ttf = woffToSfnt(readFileSync(fontFile(subset, weight, 'woff')));
    sfntCache.set(key, ttf);
  }
  return ttf;
}

let fontDir: string | undefined;
const checked = new Set<string>();

/**
 * A directory of our own for the converted fonts: the same one for every process of this user and this
 * font version (`tidtam-sarabun-<uid>-<digest>` in the temporary directory), so nothing piles up when
 * processes are killed; if that name is taken by anything but a private directory of ours, a fresh one.
 */
function fontDirectory(): string {
  const digest = createHash('sha256');
  for (const [subset, weight] of FACES) digest.update(sarabunTtf(subset, weight));
  const uid = process.getuid?.() ?? 0;
  const dir = join(tmpdir(), `tidtam-sarabun-${uid}-${digest.digest('hex').slice(0, 16)}`);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stat = lstatSync(dir);
  if (stat.isDirectory() && stat.uid === uid && (stat.mode & 0o077) === 0) return dir;
  return mkdtempSync(join(tmpdir(), 'tidtam-sarabun-'));
}

/** Paths of the converted fonts, checked once per process and written again only if they have gone. */
export function sarabunFontFiles(): string[] {
  fontDir ??= fontDirectory();
  const dir = fontDir;
  return FACES.map(([subset, weight]) => {
    const path = join(dir, `sarabun-${subset}-${weight}.ttf`);
    const ttf = sarabunTtf(subset, weight);
    if (!checked.has(path) || !existsSync(path)) {
      if (!existsSync(path) || !readFileSync(path).equals(ttf)) {
        const temporary = `${path}.${process.pid}.tmp`;
        writeFileSync(temporary, ttf, { mode: 0o600 });
        renameSync(temporary, path); // atomic: another process never reads half a font
      }
      checked.add(path);
    }
    return path;
  });
}

/** ำ as the Thai shaper decomposes it: NIKHAHIT moved before any above-base marks, then SARA AA. */
export const decomposeSaraAm = (text: string) =>
  text.replace(/([\u0E31\u0E34-\u0E37\u0E47-\u0E4E]*)\u0E33/g, '\u0E4D$1\u0E32');

export interface RenderOptions {
  /** Output pixels per SVG px. */
  scale?: number;
  /** false: no fonts at all (for tests that prove the fonts are used). */
  fonts?: boolean;
}

/** Any SVG of ours as PNG, with Sarabun (Thai and Latin) and nothing else, on white. */
export function svgToPng(
  svg: string,
  options: RenderOptions = {},
): { png: Buffer; width: number; height: number } {
  const resvg = new Resvg(decomposeSaraAm(svg), {
    font: {
      loadSystemFonts: false,
      fontFiles: options.fonts === false ? [] : sarabunFontFiles(),
      defaultFontFamily: 'Sarabun',
      sansSerifFamily: 'Sarabun',
    },
    fitTo: { mode: 'zoom', value: options.scale ?? CHART_SCALE },
    background: '#ffffff',
    logLevel: 'off',
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

export interface ChartPicture {
  png: Buffer;
  /** Pixel size of the PNG. */
  width: number;
  height: number;
  /** What a screen reader says instead of the picture. */
  altText: string;
}

/** The paper's chart (the print page's echarts SVG) as PNG at print resolution; render once per paper. */
export function statusChartPng(content: PaperContent): ChartPicture {
  const svg = statusChartSvg(content, CHART_SIZE.width, CHART_SIZE.height);
  return { ...svgToPng(svg), altText: chartAltText(content) };
}

/** The chart in words, in Thai: what it shows and every bar's numbers. */
export function chartAltText(content: PaperContent): string {
  const s = content.summary;
  const bars = s.targets.map(
    (t) =>
      `${targetLabel(t.no)} ${STATUS_LABEL_TH.completed} ${thaiNumber(t.completed)} ` +
      `${STATUS_LABEL_TH.in_progress} ${thaiNumber(t.inProgress)} ` +
      `${STATUS_LABEL_TH.not_started} ${thaiNumber(t.notStarted)} รวม ${thaiNumber(t.total)} โครงการ`,
  );
  return (
    `แผนภูมิแท่งซ้อน${CHART_TITLE} ข้อมูล ณ เดือน${thaiMonthYear(s.asOf)}: ` +
    (bars.length ? bars.join('; ') : 'ไม่มีโครงการ')
  );
}
