import type { SummaryResponse } from '../../../../shared/api/monitoring/summary';
import { useFormat } from '../../../shared/format/useFormat';
import { useT } from '../../../shared/i18n/useT';
import { TableScroll } from '../../../shared/ui/Notice';

type Counts = SummaryResponse['overall'];

const STATUS_ROWS = [
  { status: 'completed', count: 'completed', pct: 'completedPct' },
  { status: 'in_progress', count: 'inProgress', pct: 'inProgressPct' },
  { status: 'not_started', count: 'notStarted', pct: 'notStartedPct' },
] as const;

/** The minutes' table (seed 000 §3.1): status × target, each cell "count (percent of the target)". */
export function SummaryTable({ summary }: { summary: SummaryResponse }) {
  const { t } = useT();
  const fmt = useFormat();
  const columns: Counts[] = [...summary.targets, summary.overall];
  const cell = (count: number, pct: number) =>
    count === 0 ? '-' : `${fmt.number(count)} (${fmt.number(pct)})`;
  const plainCount = (count: number) => (count === 0 ? '-' : fmt.number(count));

  return (
    <TableScroll label={t('summary.tableCaption')}>
      <table className="data-table summary-table" data-testid="summary-table">
        <caption>{t('summary.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summary.statusColumn')}</th>
            {summary.targets.map((target) => (
              <th scope="col" key={target.no} title={target.name}>
                {t('summary.targetColumn', { no: fmt.digits(target.no) })}
              </th>
            ))}
            <th scope="col">{t('summary.totalColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {STATUS_ROWS.map((row) => (
            <tr key={row.status} data-row={row.status}>
              <th scope="row">{fmt.status(row.status)}</th>
              {columns.map((c, i) => (
                <td key={i} className="num">
                  {cell(c[row.count], c[row.pct])}
                </td>
              ))}
            </tr>
          ))}
          <tr className="summary-table__total" data-row="total">
            <th scope="row">{t('summary.totalRow')}</th>
            {columns.map((c, i) => (
              <td key={i} className="num">
                {fmt.number(c.total)}
              </td>
            ))}
          </tr>
          {summary.overall.unreported > 0 && (
            <tr className="summary-table__note" data-row="unreported">
              <th scope="row">{t('summary.unreportedRow')}</th>
              {columns.map((c, i) => (
                <td key={i} className="num">
                  {plainCount(c.unreported)}
                </td>
              ))}
            </tr>
          )}
          {summary.overall.cancelled > 0 && (
            <tr className="summary-table__note" data-row="cancelled">
              <th scope="row">{t('summary.cancelledRow')}</th>
              {columns.map((c, i) => (
                <td key={i} className="num">
                  {plainCount(c.cancelled)}
                </td>
              ))}
            </tr>
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}
