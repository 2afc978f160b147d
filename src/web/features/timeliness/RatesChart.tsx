import { useEffect, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { TimelinessMonth } from '../../../shared/api/timeliness';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { shortPeriod } from './labels';
import { messages } from './messages';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const FONT = "Sarabun, 'TH Sarabun New', 'Laksaman', sans-serif";
const COLORS = { reporting: '#1c2f5e', onTime: '#1b7a3e' };

/** Two bars a month: the reporting rate (received / expected) and the on-time rate, in percent. */
export default function RatesChart({ months }: { months: TimelinessMonth[] }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

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
        textStyle: { fontFamily: FONT, fontSize: 14 },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: percent },
        legend: { top: 0, textStyle: { fontFamily: FONT } },
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
  }, [months, fmt, t]);

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
