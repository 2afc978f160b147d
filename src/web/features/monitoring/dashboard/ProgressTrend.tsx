import { useEffect } from 'react';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { TrendPoint } from '../../../../shared/api/monitoring/dashboard';
import { CHART_FONT, useEchart } from '../../../shared/charts/useEchart';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { monthAbbreviation, shortMonth } from '../key-results';
import { ChartFigure } from '../../../shared/charts/ChartFigure';
import { dashboardMessages } from './messages';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** One colour per target (distinct in grey print too: the overall line is the thick dark one). */
const TARGET_COLORS = ['#1b7a3e', '#e3a21a', '#2f6db5', '#b03a48', '#7a4fa3', '#4d8f8a', '#8a6d3b'];
const OVERALL_COLOR = '#1c2f5e';

/** Progress month by month: the whole plan and each target, October up to the as-of month. */
export default function ProgressTrend({
  trend,
  targets,
}: {
  trend: TrendPoint[];
  targets: { no: string }[];
}) {
  const m = useMessages(dashboardMessages);
  const fmt = useFormat();
  const { box, chart } = useEchart();
  const pct = (value: number) => fmt.number(value);

  useEffect(() => {
    const series = [
      {
        name: m('overallRow'),
        type: 'line' as const,
        data: trend.map((p) => p.overall.progressPct),
        symbolSize: 8,
        lineStyle: { color: OVERALL_COLOR, width: 4 },
        itemStyle: { color: OVERALL_COLOR },
      },
      ...targets.map((target, i) => ({
        name: m('target', { no: fmt.digits(target.no) }),
        type: 'line' as const,
        data: trend.map((p) => p.targets.find((x) => x.no === target.no)?.progressPct ?? null),
        symbolSize: 6,
        lineStyle: { color: TARGET_COLORS[i % TARGET_COLORS.length], width: 2 },
        itemStyle: { color: TARGET_COLORS[i % TARGET_COLORS.length] },
      })),
    ];
    chart.current?.setOption(
      {
        textStyle: { fontFamily: CHART_FONT, fontSize: 14 },
        tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => fmt.number(Number(v)) },
        legend: { top: 0, textStyle: { fontFamily: CHART_FONT } },
        grid: { left: 8, right: 16, top: 64, bottom: 8, containLabel: true },
        xAxis: {
          type: 'category',
          boundaryGap: false,
          data: trend.map((p) => monthAbbreviation(fmt, p.period)),
          axisLabel: { interval: 0, hideOverlap: true },
        },
        yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => fmt.number(v) } },
        series,
      },
      { notMerge: true },
    );
  }, [trend, targets, fmt, m, chart]);

  return (
    <ChartFigure
      title={m('trendTitle')}
      testId="dash-trend"
      chart={
        <div
          ref={box}
          className="dash-chart"
          role="img"
          aria-label={m('trendLabel')}
          data-testid="dash-trend-chart"
          data-points={trend.length}
        />
      }
      numbers={
        <table className="data-table dash-numbers" data-testid="dash-trend-table">
          <thead>
            <tr>
              <th scope="col">{m('colMonth')}</th>
              <th scope="col" className="num">
                {m('overallRow')}
              </th>
              {targets.map((t) => (
                <th scope="col" className="num" key={t.no}>
                  {m('target', { no: fmt.digits(t.no) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.map((p) => (
              <tr key={p.period} data-period={p.period}>
                <th scope="row">{shortMonth(fmt, p.period)}</th>
                <td className="num" data-target="all">
                  {pct(p.overall.progressPct)}
                </td>
                {targets.map((t) => {
                  const value = p.targets.find((x) => x.no === t.no)?.progressPct;
                  return (
                    <td className="num" key={t.no} data-target={t.no}>
                      {value === undefined ? '–' : pct(value)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
