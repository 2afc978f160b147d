/**
 * The development plan paper as Word: A4, Sarabun everywhere, Thai digits, Thai page numbers at the foot; the
 * memo's paragraphs (content.ts) and then the tables, the coverage matrix last.
 */
import { AlignmentType, Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import { packOfficialPaper } from '../official-paper';
import { para, run, SMALL, TEXT_WIDTH } from '../docx-parts';
import { cellText, type PlanPaper, type PlanTable } from './content';
import { th } from './words';

function body(text: string, indent = 1418): Paragraph {
  return new Paragraph({
    children: [run(text)],
    spacing: { after: 80 },
    indent: { firstLine: indent },
    alignment: AlignmentType.THAI_DISTRIBUTE,
  });
}

function cell(
  text: string,
  width: number,
  options: { header?: boolean; numeric?: boolean; total?: boolean },
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: options.header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    shading: options.header ? { fill: 'E8ECF3' } : options.total ? { fill: 'F5F6F8' } : undefined,
    margins: { left: 80, right: 80 },
    children: [
      para([run(text, { size: SMALL, bold: options.header || options.total })], {
        align: options.header ? 'center' : options.numeric ? 'right' : 'left',
        after: 0,
      }),
    ],
  });
}

function docxTable(table: PlanTable): Table {
  const units = table.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = table.columns.map((c) => Math.floor((c.width / units) * TEXT_WIDTH));
  const header = new TableRow({
    tableHeader: true,
    children: table.columns.map((c, i) => cell(c.label, widths[i]!, { header: true })),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map((v, i) => {
          const kind = table.columns[i]!.kind;
          return cell(cellText(v, kind), widths[i]!, { numeric: kind !== 'text', total: row.total });
        }),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...rows],
  });
}

export function planPaperChildren(paper: PlanPaper): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    para([run(paper.title, { bold: true })], { align: 'center', after: 200 }),
  ];
  const [first, ...rest] = paper.paragraphs;
  out.push(body(first!));
  for (const line of paper.strategyLines) out.push(body(line, 1701));
  for (const p of rest) out.push(body(p));
  paper.tables.forEach((t, i) => {
    out.push(para([run(`ตารางที่ ${th(i + 1)} ${t.title}`, { bold: true })], { after: 80, keepNext: true }));
    out.push(docxTable(t), para('', { after: 120 }));
  });
  return out;
}

export async function renderPlanDocx(paper: PlanPaper): Promise<Buffer> {
  return packOfficialPaper(paper.title, planPaperChildren(paper));
}
