/**
 * The round report as a Word document, in the committee paper's style (./docx-writer.ts): A4, Sarabun (or
 * TH Sarabun New) in every font slot, Thai digits in every number and in the page numbers, พ.ศ. months.
 */
import { type Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import { packOfficialPaper } from '../official-paper';
import type { RoundsResponse } from '../../../shared/api/monitoring/rounds';
import {
  PAPER_FACES,
  para as basePara,
  run,
  SMALL,
  TEXT_WIDTH,
  type PaperFace,
  type PaperFaceKey,
} from '../docx-parts';
import { roundHeading, roundTables, roundValueText, type RoundTable } from './round-rows';
import { thaiDigits } from './thai-format';

const WIDTHS = [0.4, 0.2, 0.2, 0.2].map((w) => Math.floor(w * TEXT_WIDTH));

function cell(
  text: string,
  width: number,
  face: PaperFace,
  options: { header?: boolean; numeric?: boolean },
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: options.header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    shading: options.header ? { fill: 'E8ECF3' } : undefined,
    margins: { left: 80, right: 80 },
    children: [
      basePara([run(text, { size: SMALL, bold: options.header, face })], {
        align: options.header ? 'center' : options.numeric ? 'right' : 'left',
        after: 0,
      }),
    ],
  });
}

function table(t: RoundTable, face: PaperFace): Table {
  const header = new TableRow({
    tableHeader: true,
    children: t.columns.map((label, i) => cell(label, WIDTHS[i]!, face, { header: true })),
  });
  const rows = t.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(r.label, WIDTHS[0]!, face, {}),
          cell(roundValueText(r.current), WIDTHS[1]!, face, { numeric: true }),
          cell(roundValueText(r.previous), WIDTHS[2]!, face, { numeric: true }),
          cell(roundValueText(r.change, true), WIDTHS[3]!, face, { numeric: true }),
        ],
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: WIDTHS,
    rows: [header, ...rows],
  });
}

export async function renderRoundDocx(
  report: RoundsResponse,
  generatedAt: Date,
  options: { font?: PaperFaceKey } = {},
): Promise<Buffer> {
  const face = PAPER_FACES[options.font ?? 'sarabun'];
  const heading = roundHeading(report, generatedAt);
  const para: typeof basePara = (children, o = {}) =>
    basePara(children, { ...o, style: { ...o.style, face } });
  const children: (Paragraph | Table)[] = [
    para(heading.title, { align: 'center', style: { bold: true, size: 36 } }),
    para(heading.committee, { align: 'center' }),
    para(heading.subtitle, { align: 'center', style: { bold: true } }),
    para(heading.basis, { align: 'center', style: { size: SMALL } }),
    para(heading.latest, { align: 'center', style: { size: SMALL } }),
    para(heading.made, { align: 'center', style: { size: SMALL }, after: 240 }),
  ];
  if (heading.scope) children.push(para(heading.scope, { align: 'center', style: { size: SMALL } }));
  roundTables(report).forEach((t, i) => {
    children.push(para(`ตารางที่ ${thaiDigits(i + 1)} ${t.title}`, { style: { bold: true }, keepNext: true }));
    children.push(table(t, face));
    if (t.note) children.push(para(`หมายเหตุ: ${t.note}`, { style: { size: SMALL } }));
    children.push(para('', { after: 120 }));
  });
  return packOfficialPaper(`${heading.title} ${heading.subtitle}`, children, face);
}
