import { COMPARE_ROWS, type SnapshotCompareResponse } from '../../../../shared/api/monitoring/papers';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { TableScroll } from '../../../shared/ui/Notice';
import { snapshotsMessages } from './messages';

type Side = { count: number; pct: number | null } | null;

/** The minutes' table for both snapshots: each cell "a → b", highlighted with its difference when it changed. */
export function CompareTable({ data }: { data: SnapshotCompareResponse }) {
  const m = useMessages(snapshotsMessages);
  const fmt = useFormat();
  const side = (s: Side) =>
    s === null ? '–' : s.pct === null ? fmt.number(s.count) : `${fmt.number(s.count)} (${fmt.number(s.pct)})`;
  const signed = (n: number) => `${n > 0 ? '+' : ''}${fmt.number(n)}`;
  const rows = COMPARE_ROWS.filter(
    (row) =>
      !['cancelled', 'unreported'].includes(row) ||
      data.cells.some((c) => c.row === row && (c.a?.count || c.b?.count)),
  );

  return (
    <TableScroll label={m('caption')}>
      <table className="data-table compare-table" data-testid="snapshot-compare">
        <caption>{m('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{m('status')}</th>
            {data.columns.map((c) => (
              <th scope="col" key={c.key} title={c.name}>
                {c.key === 'all' ? m('all') : m('target', { no: fmt.digits(c.key) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row} data-row={row}>
              <th scope="row">{m(`row.${row}`)}</th>
              {data.columns.map((col) => {
                const cell = data.cells.find((c) => c.row === row && c.column === col.key)!;
                return (
                  <td
                    key={col.key}
                    className={`num${cell.changed ? ' is-changed' : ''}`}
                    data-column={col.key}
                    data-changed={cell.changed}
                  >
                    <span className="compare-table__pair">
                      {side(cell.a)} → {side(cell.b)}
                    </span>
                    {cell.changed && cell.countDiff !== null && (
                      <span className="compare-table__diff">
                        {signed(cell.countDiff)}
                        {cell.pctDiff !== null && ` (${signed(cell.pctDiff)})`}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr className="compare-table__progress" data-row="progress">
            <th scope="row">{m('progress')}</th>
            {data.progress.map((p) => (
              <td
                key={p.column}
                className={`num${p.changed ? ' is-changed' : ''}`}
                data-column={p.column}
                data-changed={p.changed}
              >
                <span className="compare-table__pair">
                  {p.a ? `${fmt.number(p.a.pct)} (${fmt.level(p.a.level)})` : '–'} →{' '}
                  {p.b ? `${fmt.number(p.b.pct)} (${fmt.level(p.b.level)})` : '–'}
                </span>
                {p.changed && p.pctDiff !== null && (
                  <span className="compare-table__diff">{signed(p.pctDiff)}</span>
                )}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}
