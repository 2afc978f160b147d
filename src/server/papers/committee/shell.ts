/** The document around the committee's papers: A4, Sarabun everywhere, Thai page numbers at the foot. */
import { AlignmentType, Document, Footer, NumberFormat, Packer, Paragraph, PageNumber, TextRun } from 'docx';
import { BODY, FONT, PAGE, para, run, SMALL } from '../docx-parts';

export async function packPaper(title: string, children: Paragraph[]): Promise<Buffer> {
  const doc = new Document({
    creator: 'tidtam',
    title,
    styles: { default: { document: { run: { font: FONT, size: BODY, sizeComplexScript: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
            pageNumbers: { start: 1, formatType: NumberFormat.THAI_NUMBERS },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['- ', PageNumber.CURRENT, ' -'],
                    font: FONT,
                    size: SMALL,
                    sizeComplexScript: SMALL,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A paragraph indented like the minutes (first line 2.5 cm in, continuation at the margin). */
export function body(text: string, options: { bold?: boolean; indent?: number } = {}): Paragraph {
  return new Paragraph({
    children: [run(text, { bold: options.bold })],
    spacing: { after: 80 },
    indent: { firstLine: options.indent ?? 1418 },
    alignment: AlignmentType.THAI_DISTRIBUTE,
  });
}

export const heading = (text: string) => para([run(text, { bold: true })], { align: 'center', after: 120 });
export const subheading = (text: string) => para([run(text, { bold: true })], { after: 80, keepNext: true });
