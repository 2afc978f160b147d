import { Fragment } from 'react';
import { sumDecimals } from '../../../../domain/monitoring/action-plan';
import type { ActionPlanProject, ActionPlanResponse } from '../../../../shared/api/monitoring/action-plan';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { TableScroll } from '../../../shared/ui/Notice';
import { decimalText, monthAbbreviation, moneyText, shortMonth } from '../key-results';
import { PriorityBadge } from './GanttTable';
import type { TargetGroup } from './grouping';
import { apMessages } from './messages';

/**
 * แผนเงิน: per project the whole project's budget, the year's request, allocation and spending up to the
 * as-of month, with exact totals per target and for the plan (the server's sums: each project once, under
 * its own target); then spending month by month.
 */
export function BudgetTable({
  plan,
  groups,
  keyResultLabel,
}: {
  plan: ActionPlanResponse;
  groups: TargetGroup[];
  keyResultLabel: (id: number) => string;
}) {
  const m = useMessages(apMessages);
  const fmt = useFormat();
  const columns = 8;

  const row = (p: ActionPlanProject, shared: boolean) => (
    <tr
      key={`${shared ? 'shared' : 'own'}-${p.id}`}
      data-project={p.code}
      className={shared ? 'ap-row--shared' : undefined}
    >
      <th scope="row" className="ap-project">
        <span className="code">{p.code}</span> {p.name}
        {shared && <span className="ap-shared"> {m('shared')}</span>}
      </th>
      <td className="ap-owner">{p.ownerUnit?.name ?? <span className="muted">{m('unowned')}</span>}</td>
      <td>
        <PriorityBadge priority={p.yearPlan?.priority} />
      </td>
      <td className="num">{moneyText(fmt, p.projectBudget)}</td>
      {shared ? (
        <td className="num muted ap-not-counted" colSpan={3}>
          ({m('notCounted')})
        </td>
      ) : (
        <>
          <td className="num">{moneyText(fmt, p.yearPlan?.budgetRequested)}</td>
          <td className="num">{moneyText(fmt, p.yearPlan?.budgetAllocated)}</td>
          <td className="num">{moneyText(fmt, p.spent)}</td>
        </>
      )}
      <td className="ap-kr-cell">
        {p.keyResultIds.length === 0
          ? '–'
          : p.keyResultIds.map((id) => (
              <span key={id} className="ap-kr-chip">
                {keyResultLabel(id)}
              </span>
            ))}
      </td>
    </tr>
  );

  const totalRow = (
    label: string,
    totals: ActionPlanResponse['totals']['overall'] | undefined,
    testId: string,
  ) => (
    <tr className="kr-total-row" data-testid={testId}>
      <th scope="row" colSpan={4}>
        {label}
      </th>
      <td className="num">{moneyText(fmt, totals?.budgetRequested ?? '0')}</td>
      <td className="num">{moneyText(fmt, totals?.budgetAllocated ?? '0')}</td>
      <td className="num">{moneyText(fmt, totals?.spent ?? '0')}</td>
      <td />
    </tr>
  );

  const monthly = [
    ...groups.map((g) => ({
      key: g.no,
      label: m('target', { no: fmt.digits(g.no) }),
      months: plan.totals.byTarget[g.no]?.spentInMonth ?? null,
    })),
    { key: 'all', label: m('grandTotal'), months: plan.totals.overall.spentInMonth },
  ];

  return (
    <>
      <TableScroll label={m('budgetCaption', { year: fmt.digits(plan.fiscalYear) })}>
        <table className="data-table ap-budget" data-testid="ap-budget">
          <caption>{m('budgetCaption', { year: fmt.digits(plan.fiscalYear) })}</caption>
          <thead>
            <tr>
              <th scope="col">{m('colProject')}</th>
              <th scope="col">{m('colOwner')}</th>
              <th scope="col">{m('colPriority')}</th>
              <th scope="col" className="num">
                {m('colProjectBudget')}
              </th>
              <th scope="col" className="num">
                {m('colRequested')}
              </th>
              <th scope="col" className="num">
                {m('colAllocated')}
              </th>
              <th scope="col" className="num">
                {m('colSpent')}
                <span className="kr-table__meta">{shortMonth(fmt, plan.asOf)}</span>
              </th>
              <th scope="col">{m('colKeyResults')}</th>
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.id} data-target={group.no}>
              <tr className="ap-target-row">
                <th scope="rowgroup" colSpan={columns}>
                  {m('target', { no: fmt.digits(group.no) })} {group.name}
                </th>
              </tr>
              {group.strategies.map((strategy) => (
                <Fragment key={strategy.id}>
                  <tr className="ap-strategy-row">
                    <th scope="rowgroup" colSpan={columns}>
                      {m('strategy', { no: fmt.digits(strategy.no) })} {strategy.name}
                    </th>
                  </tr>
                  {strategy.projects.map((p) => row(p, false))}
                </Fragment>
              ))}
              {group.shared.length > 0 && group.shared.map((p) => row(p, true))}
              {totalRow(
                m('targetTotal', { no: fmt.digits(group.no) }),
                plan.totals.byTarget[group.no],
                `ap-total-${group.no}`,
              )}
            </tbody>
          ))}
          <tfoot>{totalRow(m('grandTotal'), plan.totals.overall, 'ap-total')}</tfoot>
        </table>
      </TableScroll>

      <TableScroll label={m('monthlyCaption')}>
        <table className="data-table ap-monthly" data-testid="ap-monthly">
          <caption>{m('monthlyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{m('colTargetHeader')}</th>
              {plan.months.map((period) => (
                <th scope="col" key={period} className="num" title={fmt.period(period)}>
                  {monthAbbreviation(fmt, period)}
                </th>
              ))}
              <th scope="col" className="num">
                {m('monthlyTotal', { month: shortMonth(fmt, plan.asOf) })}
              </th>
            </tr>
          </thead>
          <tbody>
            {monthly.map((line) => (
              <tr key={line.key} className={line.key === 'all' ? 'kr-total-row' : undefined}>
                <th scope="row">{line.label}</th>
                {plan.months.map((period, i) => (
                  <td key={period} className="num">
                    {line.months && period <= plan.asOf ? decimalText(fmt, line.months[i] ?? '0') : '–'}
                  </td>
                ))}
                <td className="num">
                  {decimalText(
                    fmt,
                    line.months
                      ? sumDecimals(line.months.filter((_, i) => (plan.months[i] ?? '') <= plan.asOf))
                      : '0',
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
