import { Link } from 'react-router';
import type { SummaryResponse } from '../../../../shared/api/monitoring/summary';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { TableScroll } from '../../../shared/ui/Notice';
import { dashboardMessages } from './messages';

/** Per strategic target: counts by status, progress and level, each target linked to its own page. */
export function TargetProgressTable({ summary }: { summary: SummaryResponse }) {
  const m = useMessages(dashboardMessages);
  const fmt = useFormat();
  const n = (value: number) => fmt.number(value);
  const row = (counts: SummaryResponse['overall']) => (
    <>
      <td className="num">{n(counts.completed)}</td>
      <td className="num">{n(counts.inProgress)}</td>
      <td className="num">{n(counts.notStarted)}</td>
      <td className="num">{n(counts.total)}</td>
      <td className="num" data-testid="dash-progress">
        {n(counts.progressPct)}
      </td>
      <td className="level" data-testid="dash-level">
        {fmt.level(counts.level)}
      </td>
    </>
  );
  return (
    <TableScroll label={m('targetsCaption')}>
      <table className="data-table dash-targets" data-testid="dash-targets">
        <caption>{m('targetsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{m('colTarget')}</th>
            <th scope="col" className="num">
              {m('colCompleted')}
            </th>
            <th scope="col" className="num">
              {m('colInProgress')}
            </th>
            <th scope="col" className="num">
              {m('colNotStarted')}
            </th>
            <th scope="col" className="num">
              {m('colTotal')}
            </th>
            <th scope="col" className="num">
              {m('colProgress')}
            </th>
            <th scope="col">{m('colLevel')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.targets.map((target) => (
            <tr key={target.no} data-target={target.no}>
              <th scope="row">
                <Link
                  to={`/plans/${encodeURIComponent(summary.plan)}/targets/${encodeURIComponent(target.no)}?fiscalYear=${summary.fiscalYear}&asOf=${summary.asOf}`}
                  title={target.name}
                >
                  {m('target', { no: fmt.digits(target.no) })}
                </Link>
                <span className="dash-targets__name">{target.name}</span>
              </th>
              {row(target)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-target="all">
            <th scope="row">{m('overallRow')}</th>
            {row(summary.overall)}
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
