import { useEffect } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { BudgetView } from '../../../../shared/api/monitoring/dashboard';
import { CHART_FONT, useEchart } from '../../../shared/charts/useEchart';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { monthAbbreviation, moneyText, shortMonth } from '../key-results';
import { ChartFigure } from '../../../shared/charts/ChartFigure';
import { dashboardMessages } from './messages';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const COLORS = { planned: '#8a93a6', spent: '#1b7a3e', cumulative: '#1c2f5e' };

/**
 * แผนเงิน as pictures: planned against spent per target, and spending month by month with its running
 * total. Bar heights are only a picture; every figure shown in words is the server's exact decimal text.
 */
export default function BudgetCharts({
  budget,
  testId = 'dash-budget',
}: {
  budget: Omit<BudgetView, 'scope'>;
  testId?: string;
}) {
  const m = useMessages(dashboardMessages);
  const fmt = useFormat();
  const byTarget = useEchart();
  const monthly = useEchart();
  const exact = (text: string) => moneyText(fmt, text);
  const targetName = (no: string) => m('target', { no: fmt.digits(no) });

  useEffect(() => {
    const axisMoney = (v: number) => fmt.number(v, 0);
    const exact = (text: string) => moneyText(fmt, text);
    const targetName = (no: string) => m('target', { no: fmt.digits(no) });
    // Both charts: the papers' font, the legend on top, a grid that makes room for its labels, baht upwards.
    const frame = {
      textStyle: { fontFamily: CHART_FONT, fontSize: 14 },
      legend: { top: 0, textStyle: { fontFamily: CHART_FONT } },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      yAxis: { type: 'value' as const, axisLabel: { formatter: axisMoney } },
    };
    const bar = (key: 'planned' | 'spent') => ({
      name: m(key),
      type: 'bar' as const,
      barMaxWidth: 28,
      itemStyle: { color: COLORS[key] },
      data: budget.targets.map((t) => Number(t[key])),
      tooltip: { valueFormatter: (_: unknown, i: number) => exact(budget.targets[i]?.[key] ?? '0') },
    });
    byTarget.chart.current?.setOption(
      {
        ...frame,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: {
          type: 'category',
          data: budget.targets.map((t) => targetName(t.no)),
          axisLabel: { interval: 0 },
        },
        series: [bar('planned'), bar('spent')],
      },
      { notMerge: true },
    );
    monthly.chart.current?.setOption(
      {
        ...frame,
        tooltip: { trigger: 'axis' },
        xAxis: {
          type: 'category',
          data: budget.months.map((x) => monthAbbreviation(fmt, x.period)),
          axisLabel: { interval: 0, hideOverlap: true },
        },
        series: [
          {
            name: m('spentInMonth'),
            type: 'bar' as const,
            barMaxWidth: 28,
            itemStyle: { color: COLORS.spent },
            data: budget.months.map((x) => Number(x.spent)),
            tooltip: { valueFormatter: (_: unknown, i: number) => exact(budget.months[i]?.spent ?? '0') },
          },
          {
            name: m('cumulative'),
            type: 'line' as const,
            lineStyle: { color: COLORS.cumulative, width: 3 },
            itemStyle: { color: COLORS.cumulative },
            data: budget.months.map((x) => Number(x.cumulative)),
            tooltip: {
              valueFormatter: (_: unknown, i: number) => exact(budget.months[i]?.cumulative ?? '0'),
            },
          },
        ],
      },
      { notMerge: true },
    );
  }, [budget, fmt, m, byTarget.chart, monthly.chart]);

  return (
    <>
      <ChartFigure
        title={m('budgetTitle')}
        testId={testId}
        chart={
          <div
            ref={byTarget.box}
            className="dash-chart"
            role="img"
            aria-label={m('budgetLabel')}
            data-testid={`${testId}-chart`}
          />
        }
        numbers={
          <table className="data-table dash-numbers" data-testid={`${testId}-table`}>
            <NumbersHead columns={[m('colTarget'), m('planned'), m('spent')]} />
            <tbody>
              {budget.targets.map((t) => (
                <tr key={t.no} data-target={t.no}>
                  <th scope="row">{targetName(t.no)}</th>
                  <td className="num">{exact(t.planned)}</td>
                  <td className="num">{exact(t.spent)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-target="all">
                <th scope="row">{m('colTotal')}</th>
                <td className="num">{exact(budget.overall.planned)}</td>
                <td className="num">{exact(budget.overall.spent)}</td>
              </tr>
            </tfoot>
          </table>
        }
      />
      <ChartFigure
        title={m('monthlyTitle')}
        testId={`${testId}-monthly`}
        chart={
          <div
            ref={monthly.box}
            className="dash-chart"
            role="img"
            aria-label={m('monthlyLabel')}
            data-testid={`${testId}-monthly-chart`}
          />
        }
        numbers={
          <table className="data-table dash-numbers" data-testid={`${testId}-monthly-table`}>
            <NumbersHead columns={[m('colMonth'), m('spentInMonth'), m('cumulative')]} />
            <tbody>
              {budget.months.map((x) => (
                <tr key={x.period} data-period={x.period}>
                  <th scope="row">{shortMonth(fmt, x.period)}</th>
                  <td className="num">{exact(x.spent)}</td>
                  <td className="num">{exact(x.cumulative)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </>
  );
}

/** The head of a table of the numbers behind a chart: what each row is, then its amounts in baht. */
function NumbersHead({ columns: [rowHeader, ...amounts] }: { columns: string[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{rowHeader}</th>
        {amounts.map((amount) => (
          <th key={amount} scope="col" className="num">
            {amount}
          </th>
        ))}
      </tr>
    </thead>
  );
}
