/**
 * Two published summaries side by side, cell by cell: counts, percentages and levels, with the
 * difference (b − a) and whether the cell changed. Pure: the use case fetches the two snapshots.
 */
import { compareTargetNo, type StatusCounts } from '../../../domain/monitoring';
import {
  COMPARE_ROWS,
  type CompareRow,
  type SnapshotCompareResponse,
} from '../../../shared/api/monitoring/papers';
import type { SummaryResponse } from '../../../shared/api/monitoring/summary';

const PCT_OF: Partial<Record<CompareRow, keyof StatusCounts>> = {
  completed: 'completedPct',
  inProgress: 'inProgressPct',
  notStarted: 'notStartedPct',
};

/** b − a of two numbers printed with at most 2 decimals, exact in hundredths. */
export const hundredthsDiff = (a: number, b: number) => (Math.round(b * 100) - Math.round(a * 100)) / 100;

type Counts = SummaryResponse['overall'];

function columnsOf(a: SummaryResponse, b: SummaryResponse) {
  const names = new Map<string, string>();
  for (const t of [...a.targets, ...b.targets]) if (!names.has(t.no)) names.set(t.no, t.name);
  for (const t of b.targets) names.set(t.no, t.name); // the later name wins
  const keys = [...names.keys()].sort(compareTargetNo);
  return [...keys.map((key) => ({ key, name: names.get(key)! })), { key: 'all', name: 'ภาพรวม' }];
}

const countsOf = (s: SummaryResponse, key: string): Counts | null =>
  key === 'all' ? s.overall : (s.targets.find((t) => t.no === key) ?? null);

export function compareSummaries(
  a: SummaryResponse,
  b: SummaryResponse,
): Pick<SnapshotCompareResponse, 'columns' | 'cells' | 'progress'> {
  const columns = columnsOf(a, b);
  const cells: SnapshotCompareResponse['cells'] = [];
  for (const row of COMPARE_ROWS) {
    const pctKey = PCT_OF[row];
    for (const { key } of columns) {
      const [ca, cb] = [countsOf(a, key), countsOf(b, key)];
      const side = (c: Counts | null) =>
        c === null ? null : { count: c[row], pct: pctKey ? (c[pctKey] as number) : null };
      const [sa, sb] = [side(ca), side(cb)];
      const countDiff = sa && sb ? sb.count - sa.count : null;
      const pctDiff = sa?.pct != null && sb?.pct != null ? hundredthsDiff(sa.pct, sb.pct) : null;
      const changed = !sa || !sb || countDiff !== 0 || (pctDiff !== null && pctDiff !== 0);
      cells.push({ row, column: key, a: sa, b: sb, countDiff, pctDiff, changed });
    }
  }
  const progress = columns.map(({ key }) => {
    const [ca, cb] = [countsOf(a, key), countsOf(b, key)];
    const side = (c: Counts | null) => (c === null ? null : { pct: c.progressPct, level: c.level });
    const [pa, pb] = [side(ca), side(cb)];
    const pctDiff = pa && pb ? hundredthsDiff(pa.pct, pb.pct) : null;
    const levelChanged = !pa || !pb || pa.level !== pb.level;
    return { column: key, a: pa, b: pb, pctDiff, levelChanged, changed: levelChanged || pctDiff !== 0 };
  });
  return { columns, cells, progress };
}
