/** Reading published snapshots: one row with its content, and the list item the API shows. */
import { formatPeriod, periodFromKey } from '../../../domain';
import { type SummaryBasis } from '../../../domain/monitoring';
import type { SnapshotListItem } from '../../../shared/api/monitoring/papers';
import type { Queryable } from '../../db/database';
import { notFound } from '../../errors';
import type { PaperContent } from './content';

export interface SnapshotRow {
  id: number;
  plan_code: string;
  period: number;
  fiscal_year: number;
  basis: SummaryBasis;
  kind: 'manual' | 'auto';
  summary: PaperContent['summary'];
  content: PaperContent;
  published_at: Date | string;
  published_by_label: string;
  latest: boolean;
}

export const SNAPSHOT_SELECT = `
  select s.id, plan.code as plan_code, s.period, s.fiscal_year, s.basis, s.kind, s.summary, s.content,
         s.published_at, s.published_by_label,
         not exists (select 1 from summary_snapshot n
                      where n.plan_id = s.plan_id and n.period = s.period and n.basis = s.basis
                        and (n.published_at, n.id) > (s.published_at, s.id)) as latest
    from summary_snapshot s join plan on plan.id = s.plan_id`;

export function toItem(row: SnapshotRow): SnapshotListItem {
  return {
    id: row.id,
    plan: row.plan_code,
    period: formatPeriod(periodFromKey(row.period)),
    fiscalYear: row.fiscal_year,
    basis: row.basis,
    kind: row.kind,
    publishedAt: new Date(row.published_at).toISOString(),
    publishedBy: row.published_by_label,
    latest: row.latest,
    progressPct: row.summary.overall.progressPct,
    level: row.summary.overall.level,
    total: row.summary.overall.total,
  };
}

export async function getSnapshotRow(db: Queryable, planCode: string, id: number): Promise<SnapshotRow> {
  const { rows } = await db.query<SnapshotRow>(`${SNAPSHOT_SELECT} where plan.code = $1 and s.id = $2`, [
    planCode,
    id,
  ]);
  if (!rows[0]) throw notFound({ th: `ข้อมูลที่เผยแพร่ฉบับที่ ${id}`, en: `Snapshot ${id}` });
  return rows[0];
}
