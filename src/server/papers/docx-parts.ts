/** The building blocks of the Word paper: every run in Sarabun (all four font slots), A4 geometry. */
import { AlignmentType, Paragraph, TextRun, type ParagraphChild } from 'docx';

export const PAPER_FONT = 'Sarabun';
export const FONT = { ascii: PAPER_FONT, hAnsi: PAPER_FONT, cs: PAPER_FONT, eastAsia: PAPER_FONT };

/**
 * The typefaces a paper can be set in (decision 0017): Sarabun at 15 pt (shipped with the app, the
 * default), or TH Sarabun New at 16 pt, the government's document font, for readers whose machines have it
 * (every size scales by 16/15).
 */
export const PAPER_FACES = {
  sarabun: { name: PAPER_FONT, scale: 1 },
  'th-sarabun-new': { name: 'TH Sarabun New', scale: 16 / 15 },
} as const;
export type PaperFaceKey = keyof typeof PAPER_FACES;
export type PaperFace = (typeof PAPER_FACES)[PaperFaceKey];
export const fontOf = (face: PaperFace) => ({
  ascii: face.name,
  hAnsi: face.name,
  cs: face.name,
  eastAsia: face.name,
});
/** A size in half-points for the face (whole half-points: 30 → 32 for TH Sarabun New). */
export const sizeOf = (halfPoints: number, face: PaperFace) => Math.round(halfPoints * face.scale);
/** A4 in twips, margins 3 cm left, 2 cm right and bottom, 2.5 cm top. */
export const PAGE = { width: 11906, height: 16838, top: 1418, bottom: 1134, left: 1701, right: 1134 };
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const BODY = 30; // half-points: 15 pt
export const SMALL = 24; // 12 pt

export interface RunStyle {
  bold?: boolean;
  size?: number;
  color?: string;
  /** Sarabun unless said. */
  face?: PaperFace;
}

/** Every run of the paper: Sarabun in all four font slots, Thai as the complex-script language. */
export function run(text: string, style: RunStyle = {}): TextRun {
  const face = style.face ?? PAPER_FACES.sarabun;
  const size = sizeOf(style.size ?? BODY, face);
  return new TextRun({
    text,
    font: fontOf(face),
    size,
    sizeComplexScript: size,
    bold: style.bold,
    boldComplexScript: style.bold,
    color: style.color,
    language: { value: 'en-US', bidirectional: 'th-TH' },
  });
}

export function para(
  children: ParagraphChild[] | string,
  options: { align?: 'left' | 'center' | 'right'; after?: number; keepNext?: boolean; style?: RunStyle } = {},
) {
  const align = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };
  return new Paragraph({
    children: typeof children === 'string' ? [run(children, options.style)] : children,
    alignment: options.align ? align[options.align] : undefined,
    spacing: { after: options.after ?? 80 },
    keepNext: options.keepNext,
  });
}
