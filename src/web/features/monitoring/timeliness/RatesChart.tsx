import { useEffect } from 'react';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { TimelinessMonth } from '../../../../shared/api/monitoring/timeliness';
import { CHART_FONT, useEchart } from '../../../shared/charts/useEchart';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { shortPeriod } from './labels';
import { messages } from './messages';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const COLORS = { reporting: '#1c2f5e', onTime: '#1b7a3e' };

/** Two bars a month: the reporting rate (received / expected) and the on-time rate, in percent. */
export default function RatesChart({ months }: { months: TimelinessMonth[] }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { box, chart } = useEchart();

  useEffect(() => {
    const percent = (v: unknown) => `${fmt.number(Number(v))}%`;
    const series = (
      [
        { key: 'reportingRate', name: t('chartReporting'), color: COLORS.reporting },
        { key: 'onTimeRate', name: t('chartOnTime'), color: COLORS.onTime },
      ] as const
    ).map((s) => ({
      name: s.name,
      type: 'bar' as const,
      barMaxWidth: 22,
      itemStyle: { color: s.color },
      data: months.map((m) => m[s.key]),
    }));
    chart.current?.setOption(
      {
        textStyle: { fontFamily: CHART_FONT, fontSize: 14 },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: percent },
        legend: { top: 0, textStyle: { fontFamily: CHART_FONT } },
        grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
        xAxis: {
          type: 'category',
          data: months.map((m) => shortPeriod(fmt, m.period)),
          axisLabel: { interval: 0, hideOverlap: true },
        },
        yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => percent(v) } },
        series,
      },
      { notMerge: true },
    );
  }, [months, fmt, t, chart]);

  return (
    <div
      ref={box}
      className="timeliness-chart"
      data-testid="timeliness-chart"
      role="img"
      aria-label={t('chartTitle')}
    />
  );
}
