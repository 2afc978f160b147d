import { useEffect } from 'react';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { fiscalYearPeriods, formatPeriod } from '../../../../domain';
import type { KeyResultView } from '../../../../shared/api/monitoring/key-results';
import { CHART_FONT, useEchart } from '../../../shared/charts/useEchart';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { decimalText, monthAbbreviation } from '../key-results';
import { targetMessages } from './messages';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const COLORS = { actual: '#1c2f5e', target: '#1b7a3e', baseline: '#8a93a6', range: '#9a6500' };

/**
 * A key result's actuals over the fiscal year (October … September, each point at the end of its month or
 * quarter) against its target (or the edges of its range) and its baseline. Numbers in the tooltip are the
 * exact decimal strings; the line positions are only a picture.
 */
export default function TrendChart({
  keyResult,
  asOf,
  label,
}: {
  keyResult: KeyResultView;
  /** Actuals measured after this month are not drawn. */
  asOf: string;
  label: string;
}) {
  const m = useMessages(targetMessages);
  const fmt = useFormat();
  const { box, chart } = useEchart();

  useEffect(() => {
    const months = fiscalYearPeriods(keyResult.fiscalYear).map(formatPeriod);
    // The exact text of each plotted value, for the tooltip.
    const actualAt = new Map(
      keyResult.actuals.filter((a) => a.periodEnd <= asOf).map((a) => [a.periodEnd, a.value]),
    );
    const flat = (value: string | null) => months.map(() => (value === null ? null : Number(value)));
    const line = (name: string, value: string | null, color: string, dashed = false) => ({
      name,
      type: 'line' as const,
      data: flat(value),
      showSymbol: false,
      lineStyle: { color, type: dashed ? ('dashed' as const) : ('solid' as const), width: 2 },
      itemStyle: { color },
      tooltip: { valueFormatter: () => decimalText(fmt, value) },
    });
    const reference =
      keyResult.direction === 'range'
        ? [
            line(m('chartLow'), keyResult.rangeLow, COLORS.range),
            line(m('chartHigh'), keyResult.rangeHigh, COLORS.range),
          ]
        : [line(m('chartTarget'), keyResult.target, COLORS.target)];
    const series = [
      {
        name: m('chartActual'),
        type: 'line' as const,
        connectNulls: true,
        symbolSize: 8,
        lineStyle: { color: COLORS.actual, width: 3 },
        itemStyle: { color: COLORS.actual },
        data: months.map((p) => {
          const value = actualAt.get(p);
          return value === undefined ? null : Number(value);
        }),
        tooltip: {
          valueFormatter: (_: unknown, index: number) => {
            const value = actualAt.get(months[index] ?? '');
            return value === undefined ? '–' : decimalText(fmt, value);
          },
        },
      },
      ...reference,
      ...(keyResult.baseline !== null
        ? [line(m('chartBaseline'), keyResult.baseline, COLORS.baseline, true)]
        : []),
    ];
    chart.current?.setOption(
      {
        textStyle: { fontFamily: CHART_FONT, fontSize: 13 },
        tooltip: { trigger: 'axis' },
        legend: { top: 0, textStyle: { fontFamily: CHART_FONT } },
        grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
        xAxis: {
          type: 'category',
          boundaryGap: false,
          data: months.map((p) => monthAbbreviation(fmt, p)),
          axisLabel: { interval: 0, hideOverlap: true },
        },
        yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => fmt.number(v) } },
        series,
      },
      { notMerge: true },
    );
  }, [keyResult, asOf, fmt, m, chart]);

  return (
    <div
      ref={box}
      className="trend-chart"
      role="img"
      aria-label={label}
      data-testid={`trend-chart-${keyResult.id}`}
    />
  );
}
