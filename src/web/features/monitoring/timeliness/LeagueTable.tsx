import { Link } from 'react-router';
import type { TimelinessResponse } from '../../../../shared/api/monitoring/timeliness';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { useSession } from '../../../shared/session/useSession';
import { TableScroll } from '../../../shared/ui/Notice';
import { MissingCount } from './MissingCount';
import { messages } from './messages';
import { canListMissing, percentText } from './labels';
import type { MissingSelection } from './useMissingReports';

/** The league table: agencies by on-time rate, then reporting rate, then name (the server's order). */
export function LeagueTable({
  data,
  onShowMissing,
}: {
  data: TimelinessResponse;
  onShowMissing: (selection: MissingSelection) => void;
}) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { user } = useSession();
  const n = (value: number) => fmt.number(value);
  return (
    <TableScroll label={t('leagueCaption')}>
      <table className="data-table timeliness-league" data-testid="timeliness-league">
        <caption>{t('leagueCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num timeliness-league__rank">
              {t('rank')}
            </th>
            <th scope="col">{t('agency')}</th>
            <th scope="col" className="num">
              {t('expected')}
            </th>
            <th scope="col" className="num">
              {t('onTime')}
            </th>
            <th scope="col" className="num">
              {t('late')}
            </th>
            <th scope="col" className="num">
              {t('missing')}
            </th>
            <th scope="col" className="num">
              {t('reportingRate')}
            </th>
            <th scope="col" className="num">
              {t('onTimeRate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.agencies.map((agency) => (
            <tr key={agency.unit.id} data-unit={agency.unit.code} data-rank={agency.rank}>
              <td className="num timeliness-league__rank">{n(agency.rank)}</td>
              <th scope="row" className="timeliness-league__agency">
                <span className="timeliness-league__inline-rank" aria-hidden="true">
                  {n(agency.rank)}.{' '}
                </span>
                {/* The agency page opens for those who may read the unit's rows (the same rule). */}
                {canListMissing(user, agency.unit.id) ? (
                  <Link to={`/agencies/${encodeURIComponent(agency.unit.code)}`}>{agency.unit.name}</Link>
                ) : (
                  agency.unit.name
                )}
              </th>
              <td className="num">{n(agency.totals.expected)}</td>
              <td className="num">{n(agency.totals.onTime)}</td>
              <td className="num">{n(agency.totals.late)}</td>
              <td className="num">
                <MissingCount
                  count={agency.totals.missing}
                  unitId={agency.unit.id}
                  what={agency.unit.name}
                  onShow={() => onShowMissing({ unitId: agency.unit.id, period: null })}
                  testId={`timeliness-league-missing-${agency.unit.id}`}
                />
              </td>
              <td className="num">{percentText(fmt, agency.totals.reportingRate)}</td>
              <td className="num timeliness-league__rate">{percentText(fmt, agency.totals.onTimeRate)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td className="timeliness-league__rank" />
            <th scope="row">{t('total')}</th>
            <td className="num">{n(data.overall.expected)}</td>
            <td className="num">{n(data.overall.onTime)}</td>
            <td className="num">{n(data.overall.late)}</td>
            <td className="num">{n(data.overall.missing)}</td>
            <td className="num">{percentText(fmt, data.overall.reportingRate)}</td>
            <td className="num">{percentText(fmt, data.overall.onTimeRate)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
