import { useEffect } from 'react';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { CHART_FONT, useEchart } from '../../../shared/charts/useEchart';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { ChartFigure } from '../../../shared/charts/ChartFigure';
import { wfMessages } from './messages';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const COLORS = ['#1c2f5e', '#1b7a3e', '#b8860b', '#8a93a6', '#a23b3b', '#4b7bb5'];

export interface Series {
  name: string;
  values: number[];
}

/**
 * Counts as horizontal bars (labels stay readable on a phone), one or more series stacked, with the same
 * figures in a table one click away: one row per label, one column per series, and the row total.
 */
export function BarFigure({
  title,
  testId,
  labels,
  series,
}: {
  title: string;
  testId: string;
  labels: string[];
  series: Series[];
}) {
  const m = useMessages(wfMessages);
  const fmt = useFormat();
  const { box, chart } = useEchart();
  const height = Math.max(160, labels.length * 26 + 60);

  useEffect(() => {
    chart.current?.setOption(
      {
        textStyle: { fontFamily: CHART_FONT, fontSize: 13 },
        legend: series.length > 1 ? { top: 0, textStyle: { fontFamily: CHART_FONT } } : undefined,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { left: 8, right: 24, top: series.length > 1 ? 36 : 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => fmt.number(v, 0) } },
        yAxis: {
          type: 'category',
          inverse: true,
          data: labels,
          axisLabel: { width: 120, overflow: 'truncate', interval: 0 },
        },
        series: series.map((s, i) => ({
          name: s.name,
          type: 'bar',
          stack: 'all',
          barMaxWidth: 22,
          itemStyle: { color: COLORS[i % COLORS.length] },
          data: s.values,
        })),
      },
      { notMerge: true },
    );
  }, [chart, fmt, labels, series]);

  const rowTotal = (i: number) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0);
  const numbers = (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{m('colItem')}</th>
          {series.map((s) => (
            <th scope="col" key={s.name}>
              {s.name}
            </th>
          ))}
          {series.length > 1 && <th scope="col">{m('total')}</th>}
        </tr>
      </thead>
      <tbody>
        {labels.map((label, i) => (
          <tr key={label} data-label={label}>
            <th scope="row">{label}</th>
            {series.map((s) => (
              <td key={s.name} className="num">
                {fmt.number(s.values[i] ?? 0, 0)}
              </td>
            ))}
            {series.length > 1 && <td className="num">{fmt.number(rowTotal(i), 0)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFigure
      title={title}
      testId={testId}
      className="wf-figure"
      printNumbers
      numbers={labels.length === 0 ? <p>{m('none')}</p> : numbers}
      chart={
        <div
          ref={box}
          className="wf-chart"
          style={{ height }}
          role="img"
          aria-label={m('chartOf', { chart: title })}
        />
      }
    />
  );
}

/** A record of counts as the labels and one series, largest first. */
export function fromCounts(counts: Record<string, number>, name: string) {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return { labels: entries.map(([k]) => k), series: [{ name, values: entries.map(([, v]) => v) }] };
}
