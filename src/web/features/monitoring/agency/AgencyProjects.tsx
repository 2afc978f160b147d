import { Link } from 'react-router';
import type { UnitOverviewResponse } from '../../../../shared/api/monitoring/dashboard';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { TableScroll } from '../../../shared/ui/Notice';
import { StatusBadge } from '../shared/StatusBadge';
import { decimalText, shortMonth } from '../key-results';
import { agencyMessages } from './messages';

/** The unit's projects with their latest report as of the month, each linked to its project page. */
export function AgencyProjects({ data }: { data: UnitOverviewResponse }) {
  const m = useMessages(agencyMessages);
  const fmt = useFormat();
  if (data.projects.length === 0) return <p className="empty">{m('noProjects')}</p>;
  return (
    <TableScroll label={m('projectsCaption')}>
      <table className="data-table agency-projects" data-testid="agency-projects">
        <caption>{m('projectsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{m('colCode')}</th>
            <th scope="col">{m('colProject')}</th>
            <th scope="col">{m('colTarget')}</th>
            <th scope="col">{m('colStatus')}</th>
            <th scope="col" className="num">
              {m('colPercent')}
            </th>
            <th scope="col">{m('colReported')}</th>
          </tr>
        </thead>
        <tbody>
          {data.projects.map((p) => (
            <tr key={p.id} data-project={p.code}>
              <td className="code">{p.code}</td>
              <td>
                <Link to={`/projects/${p.id}`}>{p.name}</Link>
              </td>
              <td className="num">{fmt.digits(p.targetNo)}</td>
              <td>
                <StatusBadge status={p.status} />
              </td>
              <td className="num">{decimalText(fmt, p.percent)}</td>
              <td className="nowrap">{p.reportedPeriod ? shortMonth(fmt, p.reportedPeriod) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
