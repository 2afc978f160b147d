import { Fragment } from 'react';
import { Link } from 'react-router';
import { compareDecimals } from '../../../../domain/monitoring/key-results';
import {
  PRIORITY_LABEL_EN,
  PRIORITY_LABEL_TH,
  type Priority,
} from '../../../../domain/monitoring/action-plan';
import { parsePeriod } from '../../../../domain';
import type { ActionPlanProject, ActionPlanResponse } from '../../../../shared/api/monitoring/action-plan';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { TableScroll } from '../../../shared/ui/Notice';
import { decimalText, monthAbbreviation, shortMonth } from '../key-results';
import type { TargetGroup } from './grouping';
import { apMessages } from './messages';

const MONTHS = 12;

export function PriorityBadge({ priority }: { priority: number | null | undefined }) {
  const fmt = useFormat();
  if (!priority) return <span className="muted">–</span>;
  const label = (fmt.lang === 'th' ? PRIORITY_LABEL_TH : PRIORITY_LABEL_EN)[priority as Priority];
  return (
    <span className={`ap-priority ap-priority--${priority}`} data-priority={priority}>
      {fmt.digits(String(priority))} {label}
    </span>
  );
}

/**
 * The Gantt-style timeline: one row per project under its target and strategy (and again, marked
 * (เป้าประสงค์ร่วม), under each other target it serves), a bar over the months its dates cover, the
 * percent reported in each month against the percent planned, and planned vs reported at the as-of month.
 */
export function GanttTable({
  plan,
  groups,
  keyResultLabel,
  onEdit,
}: {
  plan: ActionPlanResponse;
  groups: TargetGroup[];
  keyResultLabel: (id: number) => string;
  onEdit?: (project: ActionPlanProject) => void;
}) {
  const m = useMessages(apMessages);
  const fmt = useFormat();
  const columns = 4 + MONTHS + (onEdit ? 1 : 0);
  const explained = (month: ActionPlanProject['months'][number]) =>
    m('cellTitle', {
      month: shortMonth(fmt, month.period),
      planned: decimalText(fmt, month.planned),
      reported: decimalText(fmt, month.reportedPercent),
      spent: decimalText(fmt, month.spentInMonth),
    });
  const years = new Map<number, number>();
  for (const period of plan.months) {
    const year = parsePeriod(period)?.yearBE ?? 0;
    years.set(year, (years.get(year) ?? 0) + 1);
  }

  const row = (p: ActionPlanProject, sharedUnder: string | null) => (
    <tr
      key={`${sharedUnder ?? 'own'}-${p.id}`}
      data-project={p.code}
      data-shared={sharedUnder ? 'true' : undefined}
      className={sharedUnder ? 'ap-row--shared' : undefined}
    >
      <th scope="row" className="ap-project">
        <span className="code">{p.code}</span> <Link to={`/projects/${p.id}`}>{p.name}</Link>
        {sharedUnder && (
          <span
            className="ap-shared"
            title={m('sharedTitle', { strategy: fmt.digits(p.strategyNo), target: fmt.digits(p.targetNo) })}
          >
            {' '}
            {m('shared')}
          </span>
        )}
        <span className="ap-dates">
          {p.startDate || p.endDate
            ? `${p.startDate ? fmt.date(p.startDate) : '…'} – ${p.endDate ? fmt.date(p.endDate) : '…'}`
            : m('noDates')}
        </span>
        {p.keyResultIds.length > 0 && (
          <span className="ap-kr-chips">
            {p.keyResultIds.map((id) => (
              <span key={id} className="ap-kr-chip">
                {keyResultLabel(id)}
              </span>
            ))}
          </span>
        )}
      </th>
      <td className="ap-owner">{p.ownerUnit?.name ?? <span className="muted">{m('unowned')}</span>}</td>
      <td>
        <PriorityBadge priority={p.yearPlan?.priority} />
      </td>
      {p.months.map((month, i) => {
        const on = p.bar !== null && i >= p.bar.from && i <= p.bar.to;
        const classes = ['ap-cell'];
        if (on) classes.push('ap-cell--on');
        if (on && i === p.bar!.from && !p.bar!.startsBefore) classes.push('ap-cell--first');
        if (on && i === p.bar!.to && !p.bar!.endsAfter) classes.push('ap-cell--last');
        if (month.period > plan.asOf) classes.push('ap-cell--later');
        const behind =
          month.reportedPercent !== null &&
          month.planned !== null &&
          compareDecimals(month.reportedPercent, month.planned) < 0;
        return (
          <td key={month.period} className={classes.join(' ')} title={explained(month)}>
            {/* the month in words for a screen reader; the short figures are for the eye */}
            <span className="visually-hidden">{explained(month)}</span>
            {month.reportedPercent !== null && (
              <span className={`ap-cell__reported${behind ? ' is-behind' : ''}`} aria-hidden="true">
                {decimalText(fmt, month.reportedPercent)}
              </span>
            )}
            {month.milestone !== null && (
              <span className="ap-cell__planned" aria-hidden="true">
                {decimalText(fmt, month.milestone)}
              </span>
            )}
          </td>
        );
      })}
      <td
        className={`num ap-compare${p.progress.behind ? ' is-behind' : ''}`}
        data-testid="ap-compare"
        title={p.progress.behind ? m('behind') : p.progress.gap !== null ? m('onPlan') : undefined}
      >
        <span className="ap-compare__planned">
          {m('plannedShort')} {decimalText(fmt, p.progress.planned)}
        </span>
        <span className="ap-compare__reported">
          {m('reportedShort')} {decimalText(fmt, p.progress.reported)}
        </span>
        {p.progress.gap !== null && (
          <span className="ap-compare__gap">
            ({p.progress.gap.startsWith('-') ? '' : '+'}
            {decimalText(fmt, p.progress.gap)})
          </span>
        )}
      </td>
      {onEdit && (
        <td className="no-print">
          <button
            type="button"
            className="button kr-button-small"
            onClick={() => onEdit(p)}
            data-testid={`ap-edit-${p.code}`}
          >
            {m('edit')}
          </button>
        </td>
      )}
    </tr>
  );

  return (
    <TableScroll label={m('timelineCaption', { year: fmt.digits(plan.fiscalYear) })}>
      <table className="data-table ap-gantt" data-testid="ap-gantt">
        <caption>{m('timelineCaption', { year: fmt.digits(plan.fiscalYear) })}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {m('colProject')}
            </th>
            <th scope="col" rowSpan={2}>
              {m('colOwner')}
            </th>
            <th scope="col" rowSpan={2}>
              {m('colPriority')}
            </th>
            {[...years].map(([year, span]) => (
              <th scope="colgroup" key={year} colSpan={span} className="ap-year">
                {fmt.digits(year)}
              </th>
            ))}
            <th scope="col" rowSpan={2} className="num">
              {m('colCompare')}
              <span className="kr-table__meta">{shortMonth(fmt, plan.asOf)}</span>
            </th>
            {onEdit && (
              <th scope="col" rowSpan={2} className="no-print">
                {m('colEdit')}
              </th>
            )}
          </tr>
          <tr>
            {plan.months.map((period) => (
              <th scope="col" key={period} className="ap-month" title={fmt.period(period)}>
                {monthAbbreviation(fmt, period)}
              </th>
            ))}
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
                {strategy.projects.map((p) => row(p, null))}
              </Fragment>
            ))}
            {group.shared.length > 0 && (
              <>
                <tr className="ap-strategy-row ap-strategy-row--shared">
                  <th scope="rowgroup" colSpan={columns}>
                    {m('sharedHeading')} {m('shared')}
                  </th>
                </tr>
                {group.shared.map((p) => row(p, group.no))}
              </>
            )}
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}
