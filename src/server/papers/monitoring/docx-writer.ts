/**
 * The committee paper as a Word document (docx): A4, Sarabun on every run (ascii, hAnsi, eastAsia and the
 * complex-script `cs` font that Thai text uses), Thai digits, พ.ศ. dates, numbered tables and the chart
 * (a PNG picture of the print page's chart, ./chart-png).
 */
import { type Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import { packOfficialPaper } from '../official-paper';
import { statusChartPng, type ChartPicture } from './chart-png';
import type { PaperContent, PaperMeta } from './content';
import { docxChart } from './docx-chart';
import {
  PAPER_FACES,
  para as basePara,
  run,
  SMALL,
  TEXT_WIDTH,
  type PaperFace,
  type PaperFaceKey,
} from '../docx-parts';
import { cellText } from './html-writer';
import { CHART_TITLE, overallSentence, paperHeading, SECTIONS } from './narrative';
import { paperTables, type PaperTable } from './tables';
import { thaiDigits } from './thai-format';

interface CellOptions {
  header?: boolean;
  numeric?: boolean;
  width: number;
  total?: boolean;
  compact?: boolean;
  face: PaperFace;
}

function cell(text: string, options: CellOptions) {
  const size = options.compact ? 20 : SMALL;
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    verticalAlign: options.header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    shading: options.header ? { fill: 'E8ECF3' } : options.total ? { fill: 'F5F6F8' } : undefined,
    margins: { left: options.compact ? 50 : 80, right: options.compact ? 50 : 80 },
    children: text.split('\n').map((line) =>
      basePara([run(line, { size, bold: options.header || options.total, face: options.face })], {
        align: options.header ? 'center' : options.numeric ? 'right' : 'left',
        after: 0,
      }),
    ),
  });
}

function docxTable(table: PaperTable, face: PaperFace): Table {
  const units = table.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = table.columns.map((c) => Math.floor((c.width / units) * TEXT_WIDTH));
  const header = new TableRow({
    tableHeader: true,
    children: table.columns.map((c, i) =>
      cell(c.label, { header: true, width: widths[i]!, compact: table.compact, face }),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map((c, i) =>
          cell(cellText(c), {
            width: widths[i]!,
            numeric: c.t !== 'text' || table.columns[i]?.kind === 'countPct',
            total: row.total,
            compact: table.compact,
            face,
          }),
        ),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...rows],
  });
}

function body(
  content: PaperContent,
  meta: PaperMeta,
  chart: ChartPicture,
  face: PaperFace,
): (Paragraph | Table)[] {
  const heading = paperHeading(content, meta);
  const para: typeof basePara = (children, options = {}) =>
    basePara(children, { ...options, style: { ...options.style, face } });
  const out: (Paragraph | Table)[] = [
    para(heading.title, { align: 'center', style: { bold: true, size: 36 } }),
    para(heading.committee, { align: 'center' }),
    para(heading.subtitle, { align: 'center' }),
    para(heading.asOf, { align: 'center', style: { bold: true } }),
    para(heading.basis, { align: 'center', style: { size: SMALL } }),
    para(heading.made, { align: 'center', style: { size: SMALL }, after: 240 }),
  ];
  if (heading.scope) out.push(para(heading.scope, { align: 'center', style: { size: SMALL } }));
  const tables = paperTables(content);
  let tableNo = 0;
  SECTIONS.forEach((section, i) => {
    out.push(
      para(`${thaiDigits(i + 1)}. ${section.title}`, { style: { bold: true, size: 32 }, keepNext: true }),
    );
    if ('sentence' in section) out.push(para(overallSentence(content)));
    const own = tables.filter((t) => (section.tables as readonly string[]).includes(t.key));
    for (const table of own) {
      out.push(
        para(`ตารางที่ ${thaiDigits(++tableNo)} ${table.title}`, { style: { bold: true }, keepNext: true }),
      );
      if (table.rows.length === 0 && table.empty) out.push(para(table.empty));
      else out.push(docxTable(table, face), para('', { after: 120 }));
      if ('chart' in section && table.key === 'byTarget') {
        out.push(para(`แผนภูมิที่ ๑ ${CHART_TITLE}`, { style: { bold: true }, keepNext: true }));
        out.push(...docxChart(chart), para('', { after: 120 }));
      }
    }
    if (own.length === 0 && 'missing' in section) out.push(para(section.missing));
  });
  return out;
}

export async function renderPaperDocx(
  content: PaperContent,
  meta: PaperMeta,
  options: { font?: PaperFaceKey } = {},
): Promise<Buffer> {
  const face = PAPER_FACES[options.font ?? 'sarabun'];
  const heading = paperHeading(content, meta);
  const chart = statusChartPng(content); // once per paper
  return packOfficialPaper(`${heading.title} ${heading.asOf}`, body(content, meta, chart, face), face);
}
