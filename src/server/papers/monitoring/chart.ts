/**
 * The paper's chart: projects of each strategic target by status, stacked, drawn on the server as SVG with
 * echarts (SSR, renderToSVGString). Labels are measured with Sarabun's real advance widths, and every
 * number is printed in Thai digits. The print page embeds this SVG; the Word document and the workbook get
 * the same SVG rendered to PNG (./chart-png), so there is one chart definition for all three.
 */
import * as echarts from 'echarts';
import { STATUS_LABEL_TH } from '../../../domain/monitoring';
import type { PaperContent } from './content';
import { measureSarabun } from '../font-metrics';
import { targetLabel } from './tables';
import { thaiNumber } from './thai-format';

let measured = false;

function useSarabunMetrics() {
  if (measured) return;
  echarts.setPlatformAPI({
    measureText(text: string, font?: string) {
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
      return { width: measureSarabun(text, size, /bold|[6-9]00/.test(font ?? '')) };
    },
  });
  measured = true;
}

export const STATUS_COLOURS = { completed: '#2e7d32', inProgress: '#f0a202', notStarted: '#b0b7c3' } as const;

const SERIES = [
  ['completed', STATUS_LABEL_TH.completed],
  ['inProgress', STATUS_LABEL_TH.in_progress],
  ['notStarted', STATUS_LABEL_TH.not_started],
] as const;

/** The chart as an SVG document (width × height px). */
export function statusChartSvg(content: PaperContent, width = 640, height = 340): string {
  useSarabunMetrics();
  const targets = content.summary.targets;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'Sarabun', fontSize: 13, color: '#1a2433' },
      legend: { bottom: 0, itemGap: 18, textStyle: { fontSize: 13 } },
      grid: { left: 48, right: 16, top: 24, bottom: 64 },
      xAxis: {
        type: 'category',
        data: targets.map((t) => targetLabel(t.no)),
        axisLabel: { fontSize: 13, interval: 0 },
      },
      yAxis: {
        type: 'value',
        minInterval: 1,
        name: 'โครงการ',
        nameTextStyle: { fontSize: 12, align: 'right' },
        axisLabel: { formatter: (v: number) => thaiNumber(v) },
      },
      series: SERIES.map(([key, name]) => ({
        name,
        type: 'bar',
        stack: 'status',
        barMaxWidth: 56,
        itemStyle: { color: STATUS_COLOURS[key] },
        label: {
          show: true,
          fontSize: 12,
          color: key === 'notStarted' ? '#1a2433' : '#fff',
          formatter: (p: { value: unknown }) => (Number(p.value) > 0 ? thaiNumber(Number(p.value)) : ''),
        },
        data: targets.map((t) => t[key]),
      })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
