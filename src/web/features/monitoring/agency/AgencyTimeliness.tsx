import type { UnitOverviewResponse } from '../../../../shared/api/monitoring/dashboard';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { TableScroll } from '../../../shared/ui/Notice';
import { shortMonth } from '../key-results';
import { agencyMessages } from './messages';

type Counts = UnitOverviewResponse['timeliness']['totals'];

/** The unit's row of the timeliness page, month by month over the fiscal year's opened months. */
export function AgencyTimeliness({ data }: { data: UnitOverviewResponse }) {
  const m = useMessages(agencyMessages);
  const fmt = useFormat();
  const { months, totals } = data.timeliness;
  if (months.length === 0) return <p className="empty">{m('noMonths')}</p>;
  const cells = (c: Counts) => (
    <>
      <td className="num">{fmt.number(c.expected)}</td>
      <td className="num">{fmt.number(c.onTime)}</td>
      <td className="num">{fmt.number(c.late)}</td>
      <td className="num">{fmt.number(c.missing)}</td>
      <td className="num">{fmt.number(c.onTimeRate)}</td>
    </>
  );
  return (
    <TableScroll label={m('timelinessCaption')}>
      <table className="data-table agency-timeliness" data-testid="agency-timeliness">
        <caption>{m('timelinessCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{m('colMonth')}</th>
            <th scope="col" className="num">
              {m('colExpected')}
            </th>
            <th scope="col" className="num">
              {m('colOnTime')}
            </th>
            <th scope="col" className="num">
              {m('colLate')}
            </th>
            <th scope="col" className="num">
              {m('colMissing')}
            </th>
            <th scope="col" className="num">
              {m('colOnTimeRate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.period} data-period={month.period}>
              <th scope="row">{shortMonth(fmt, month.period)}</th>
              {cells(month)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{m('total')}</th>
            {cells(totals)}
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
