import { useEffect } from 'react';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { SummaryResponse } from '../../../../shared/api/monitoring/summary';
import { CHART_FONT, useEchart } from '../../../shared/charts/useEchart';
import { useFormat } from '../../../shared/format/useFormat';
import { useT } from '../../../shared/i18n/useT';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const COLORS = { completed: '#1b7a3e', inProgress: '#e3a21a', notStarted: '#aab3c0' };

/** Stacked horizontal bars: each target's projects by status (seed 000 §3.1 as a picture). */
export default function StatusChart({ targets }: { targets: SummaryResponse['targets'] }) {
  const { t } = useT();
  const fmt = useFormat();
  const { box, chart } = useEchart();

  useEffect(() => {
    const series = (['completed', 'inProgress', 'notStarted'] as const).map((key) => ({
      name: fmt.status(
        key === 'inProgress' ? 'in_progress' : key === 'notStarted' ? 'not_started' : 'completed',
      ),
      type: 'bar' as const,
      stack: 'status',
      barMaxWidth: 28,
      itemStyle: { color: COLORS[key] },
      label: {
        show: true,
        color: key === 'notStarted' ? '#1f2a44' : '#ffffff',
        formatter: (p: { value: unknown }) => (Number(p.value) > 0 ? fmt.number(Number(p.value)) : ''),
      },
      data: targets.map((target) => target[key]),
    }));
    chart.current?.setOption(
      {
        textStyle: { fontFamily: CHART_FONT, fontSize: 14 },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0, textStyle: { fontFamily: CHART_FONT } },
        grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => fmt.number(v) } },
        yAxis: {
          type: 'category',
          inverse: true,
          data: targets.map((target) => t('summary.targetColumn', { no: fmt.digits(target.no) })),
        },
        series,
      },
      { notMerge: true },
    );
  }, [targets, fmt, t, chart]);

  return (
    <div
      ref={box}
      className="status-chart"
      data-testid="summary-chart"
      role="img"
      aria-label={t('summary.chartTitle')}
      style={{ height: `${Math.max(160, 56 * targets.length + 60)}px` }}
    />
  );
}
