/**
 * The document around every Word paper (committee paper, round report, development plan, the committee's
 * follow-up and minutes): A4 with the official margins, the face's font and size in every run, Thai page
 * numbers "- ๑ -" centred at the foot (decision 0028): the section's page numbers are `thaiNumbers`, which
 * Word prints as ๑, ๒ …; LibreOffice ignores that format and draws the PAGE field's digits in the language of
 * its run, so the footer's run is Thai in every slot (its numerals "Context" setting then draws ๑, ๒ …).
 * No `\* ThaiArabic` switch: LibreOffice reads it as Thai letters (ก, ข …).
 */
import {
  AlignmentType,
  Document,
  Footer,
  NumberFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type Table,
} from 'docx';
import { BODY, fontOf, PAGE, PAPER_FACES, sizeOf, SMALL, type PaperFace } from './docx-parts';

export function packOfficialPaper(
  title: string,
  children: (Paragraph | Table)[],
  face: PaperFace = PAPER_FACES.sarabun,
): Promise<Buffer> {
  const doc = new Document({
    creator: 'tidtam',
    title,
    styles: {
      default: {
        document: {
          run: { font: fontOf(face), size: sizeOf(BODY, face), sizeComplexScript: sizeOf(BODY, face) },
        },
      },
    },
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
                    font: fontOf(face),
                    size: sizeOf(SMALL, face),
                    sizeComplexScript: sizeOf(SMALL, face),
                    language: { value: 'th-TH', eastAsia: 'th-TH', bidirectional: 'th-TH' },
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
