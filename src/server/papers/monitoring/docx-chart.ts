/**
 * The chart in the Word document: the print page's echarts chart as a PNG picture (./chart-png, rendered
 * with Sarabun by resvg), inline, as wide as the text column of the A4 page, with Thai alternative text
 * that gives every bar's numbers. Word and LibreOffice both show it as it is; the numbers are also in the
 * table just above it (ตารางที่ ๒).
 */
import { ImageRun, Paragraph } from 'docx';
import type { ChartPicture } from './chart-png';
import { TEXT_WIDTH } from '../docx-parts';
import { CHART_TITLE } from './narrative';

/** docx sizes pictures in px at 96 per inch; a twip is 1/1440 inch, so 15 twips to the px. */
export const CHART_DOCX_WIDTH = Math.floor(TEXT_WIDTH / 15);

export function docxChart(picture: ChartPicture): Paragraph[] {
  const height = Math.round((CHART_DOCX_WIDTH * picture.height) / picture.width);
  return [
    new Paragraph({
      keepLines: true,
      spacing: { after: 0 },
      children: [
        new ImageRun({
          type: 'png',
          data: picture.png,
          transformation: { width: CHART_DOCX_WIDTH, height },
          altText: { name: 'แผนภูมิที่ ๑', title: CHART_TITLE, description: picture.altText },
        }),
      ],
    }),
  ];
}
