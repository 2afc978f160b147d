/** The document around the committee's papers: A4, Sarabun everywhere, Thai page numbers at the foot. */
import { AlignmentType, Paragraph } from 'docx';
import { packOfficialPaper } from '../official-paper';
import { para, run } from '../docx-parts';

export async function packPaper(title: string, children: Paragraph[]): Promise<Buffer> {
  return packOfficialPaper(title, children);
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
