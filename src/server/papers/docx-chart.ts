/**
 * The chart in the Word document, drawn with the document's own means: one row per strategic target, a
 * bar of shaded cells whose widths follow the counts, the counts in Thai digits, and a legend. (The HTML
 * paper carries the same chart as echarts SVG; LibreOffice does not show SVG pictures in DOCX files and a
 * raster fallback with correct Thai text would need a shaping rasteriser, so Word and LibreOffice both get
 * this text-based figure, in which every Thai word and digit renders exactly.)
 */
import { BorderStyle, Table, TableCell, TableRow, VerticalAlign, WidthType, type Paragraph } from 'docx';
import { STATUS_LABEL_TH } from '../../domain';
import { STATUS_COLOURS } from './chart';
import type { PaperContent } from './content';
import { para, run, TEXT_WIDTH } from './docx-parts';
import { targetLabel } from './tables';
import { thaiNumber } from './thai-format';

const SEGMENTS = [
  ['completed', STATUS_LABEL_TH.completed],
  ['inProgress', STATUS_LABEL_TH.in_progress],
  ['notStarted', STATUS_LABEL_TH.not_started],
] as const;
const LABEL_WIDTH = 2700;
const GRID = 40; // the bar area is split into this many equal columns
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

/** Column spans of the segments, proportional to the counts, at least one for a count above zero. */
export function segmentSpans(counts: number[], maxTotal: number, grid = GRID): number[] {
  if (maxTotal === 0) return counts.map(() => 0);
  const spans = counts.map((c) => (c === 0 ? 0 : Math.max(1, Math.round((c * grid) / maxTotal))));
  while (spans.reduce((a, b) => a + b, 0) > grid) spans[spans.indexOf(Math.max(...spans))]! -= 1;
  return spans;
}

export function docxChart(content: PaperContent): (Paragraph | Table)[] {
  const targets = content.summary.targets;
  const maxTotal = Math.max(0, ...targets.map((t) => t.total));
  const unit = Math.floor((TEXT_WIDTH - LABEL_WIDTH) / GRID);
  const columnWidths = [LABEL_WIDTH, ...Array.from({ length: GRID }, () => unit)];
  const rows = targets.map((t) => {
    const counts = SEGMENTS.map(([key]) => t[key]);
    const spans = segmentSpans(counts, maxTotal);
    const used = spans.reduce((a, b) => a + b, 0);
    const cells = [
      new TableCell({
        width: { size: LABEL_WIDTH, type: WidthType.DXA },
        borders: NO_BORDERS,
        verticalAlign: VerticalAlign.CENTER,
        children: [para([run(`${targetLabel(t.no)} (${thaiNumber(t.total)})`, { size: 22 })], { after: 0 })],
      }),
      ...SEGMENTS.flatMap(([key], i) =>
        spans[i] === 0
          ? []
          : [
              new TableCell({
                columnSpan: spans[i],
                width: { size: unit * spans[i]!, type: WidthType.DXA },
                shading: { fill: STATUS_COLOURS[key].slice(1).toUpperCase() },
                borders: NO_BORDERS,
                verticalAlign: VerticalAlign.CENTER,
                children: [
                  para(
                    [
                      run(thaiNumber(counts[i]!), {
                        size: 22,
                        color: key === 'notStarted' ? '1A2433' : 'FFFFFF',
                      }),
                    ],
                    {
                      align: 'center',
                      after: 0,
                    },
                  ),
                ],
              }),
            ],
      ),
    ];
    if (used < GRID) {
      cells.push(
        new TableCell({
          columnSpan: GRID - used,
          width: { size: unit * (GRID - used), type: WidthType.DXA },
          borders: NO_BORDERS,
          children: [para('', { after: 0 })],
        }),
      );
    }
    return new TableRow({ cantSplit: true, children: cells });
  });
  const legend = para(
    SEGMENTS.flatMap(([key, label]) => [
      run('■ ', { color: STATUS_COLOURS[key].slice(1).toUpperCase(), size: 28 }),
      run(`${label}    `, { size: 24 }),
    ]),
    { align: 'center', after: 0 },
  );
  return [
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths,
      borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
      rows,
    }),
    legend,
  ];
}
