import type { UnitsDaysView } from '../../../shared/api/development';
import { useApiData } from '../../shared/api/useApiData';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { TableScroll } from '../../shared/ui/Notice';
import { developmentMessages } from './messages';

/** Per agency: staff in service at the year end and how many reached 10 development days. */
export function UnitsDaysTable({ fiscalYear }: { fiscalYear: number }) {
  const m = useMessages(developmentMessages);
  const f = useFormat();
  const { data } = useApiData<UnitsDaysView>('/api/development/units/days', { fiscalYear });
  if (!data) return null;
  return (
    <>
      <h2>{m('unitsDays')}</h2>
      <TableScroll label={m('unitsDays')}>
        <table className="compact" data-testid="units-days">
          <thead>
            <tr>
              <th scope="col">{m('agency')}</th>
              <th scope="col">{m('staff')}</th>
              <th scope="col">{m('reached')}</th>
              <th scope="col">{m('share')}</th>
            </tr>
          </thead>
          <tbody>
            {data.units.map((u) => (
              <tr key={u.unitId}>
                <th scope="row">{u.unitName}</th>
                <td>{f.number(u.staff)}</td>
                <td>{f.number(u.reached)}</td>
                <td>{f.number(u.sharePct, 2)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{m('total')}</th>
              <td>{f.number(data.total.staff)}</td>
              <td>{f.number(data.total.reached)}</td>
              <td>{f.number(data.total.sharePct, 2)}</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
