/**
 * Monthly snapshots: the central office publishes a month (the summary and the paper's content as they
 * stand), and a reporting month that has locked is published by itself — lazily, the first time its plan's
 * snapshots or papers are asked for. Why lazily rather than on a timer: it needs no scheduler in the
 * server or the command line, works the same on PGlite and PostgreSQL, and a month whose records nobody
 * read in between cannot have changed in a way anyone saw. It is published with the default basis (every
 * report sent up), as kind 'auto', by 'system', at most once per plan and month (a unique index).
 * Publishing again adds a row: the old ones stay, and the newest of a month and basis is `latest`.
 */
import { fiscalYearOfPeriod, formatPeriod, parsePeriod, periodFromKey, periodKey } from '../../../domain';
import { bangkokDate, isMonthLocked, type SummaryBasis } from '../../../domain/monitoring';
import type {
  SnapshotCompareQuery,
  SnapshotCompareResponse,
  SnapshotDetail,
  SnapshotListItem,
} from '../../../shared/api/monitoring/papers';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { invalidInput, notFound } from '../../errors';
import {
  getSnapshotRow,
  SNAPSHOT_SELECT,
  toItem,
  type SnapshotRow,
} from '../../papers/monitoring/snapshot-rows';
import { compareSummaries } from '../../papers/monitoring/compare';
import { recordAudit } from '../../repositories/audit';
import { currentPeriodKey } from '../clock';
import { buildPaperContent } from '../../papers/monitoring/build-content';

/** Who an automatic publication is written as, in the snapshot and the audit trail. */
export const AUTO_PUBLISHER: Actor = { userId: null, label: 'system', role: 'admin', unitId: null };

async function planId(db: Queryable, code: string): Promise<number> {
  const { rows } = await db.query<{ id: number }>('select id from plan where code = $1', [code]);
  if (!rows[0]) throw notFound({ th: `แผน ${code}`, en: `Plan ${code}` });
  return rows[0].id;
}

async function insertSnapshot(
  db: Database,
  actor: Actor,
  planCode: string,
  input: { period: string; basis: SummaryBasis; kind: 'manual' | 'auto' },
): Promise<number | null> {
  return db.transaction(async (tx) => {
    const id = await planId(tx, planCode);
    const content = await buildPaperContent(tx, { planCode, asOf: input.period, basis: input.basis });
    const { rows } = await tx.query<{ id: number }>(
      `insert into summary_snapshot
         (plan_id, period, fiscal_year, basis, kind, summary, content, published_by, published_by_label)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       on conflict (plan_id, period, basis) where kind = 'auto' do nothing
       returning id`,
      [
        id,
        periodKey(parsePeriod(input.period)!),
        content.summary.fiscalYear,
        input.basis,
        input.kind,
        JSON.stringify(content.summary),
        JSON.stringify(content),
        actor.userId,
        actor.label,
      ],
    );
    const inserted = rows[0]?.id ?? null;
    if (inserted !== null) {
      await recordAudit(tx, actor, {
        action: 'create',
        entity: 'summary_snapshot',
        entityId: inserted,
        after: { plan: planCode, period: input.period, basis: input.basis, kind: input.kind },
      });
    }
    return inserted;
  });
}

export async function publishSnapshot(
  db: Database,
  actor: Actor,
  planCode: string,
  input: { period: string; basis: SummaryBasis },
  now: Date = new Date(),
): Promise<SnapshotListItem> {
  const period = parsePeriod(input.period);
  if (!period || periodKey(period) > currentPeriodKey(now)) {
    throw invalidInput([
      { field: 'period', th: 'เดือนนี้ยังมาไม่ถึง เผยแพร่ไม่ได้', en: 'this month has not happened yet' },
    ]);
  }
  const id = await insertSnapshot(db, actor, planCode, { ...input, kind: 'manual' });
  return toItem(await getSnapshotRow(db, planCode, id!));
}

/** Publishes (basis: every report sent up) each locked month of the plan's years not yet published by itself. */
export async function ensureAutoSnapshots(db: Database, planCode: string, now: Date = new Date()) {
  const today = bangkokDate(now);
  const { rows } = await db.query<{ period: number; deadline: string; lock_after_days: number | null }>(
    `select rm.period, rm.deadline, rm.lock_after_days
       from reporting_month rm join plan on plan.code = $1
      where not exists (select 1 from summary_snapshot s
                         where s.plan_id = plan.id and s.period = rm.period and s.kind = 'auto')
        and not exists (select 1 from reporting_exception e where e.period = rm.period and e.until >= $2::date)`,
    [planCode, today],
  );
  const { rows: plans } = await db.query<{ start_year: number; end_year: number }>(
    'select start_year, end_year from plan where code = $1',
    [planCode],
  );
  const plan = plans[0];
  if (!plan) return;
  for (const month of rows.sort((x, y) => x.period - y.period)) {
    const fy = fiscalYearOfPeriod(periodFromKey(month.period));
    if (fy < plan.start_year || fy > plan.end_year) continue;
    if (!isMonthLocked({ today, deadline: month.deadline, lockAfterDays: month.lock_after_days })) continue;
    const period = formatPeriod(periodFromKey(month.period));
    await insertSnapshot(db, AUTO_PUBLISHER, planCode, { period, basis: 'submitted', kind: 'auto' });
  }
}

export async function listSnapshots(
  db: Database,
  planCode: string,
  query: { period?: string | undefined; basis?: SummaryBasis | undefined },
  now?: Date,
): Promise<SnapshotListItem[]> {
  await ensureAutoSnapshots(db, planCode, now);
  await planId(db, planCode);
  const { rows } = await db.query<SnapshotRow>(
    `${SNAPSHOT_SELECT} where plan.code = $1 and ($2::int is null or s.period = $2) and ($3::text is null or s.basis = $3)
      order by s.period desc, s.published_at desc, s.id desc`,
    [planCode, query.period ? periodKey(parsePeriod(query.period)!) : null, query.basis ?? null],
  );
  return rows.map(toItem);
}

export { getSnapshotRow };

export async function getSnapshot(db: Queryable, planCode: string, id: number): Promise<SnapshotDetail> {
  const row = await getSnapshotRow(db, planCode, id);
  return { ...toItem(row), summary: row.summary };
}

async function pick(db: Database, planCode: string, side: 'a' | 'b', query: SnapshotCompareQuery) {
  const id = query[`${side}Id`];
  if (id !== undefined) return getSnapshotRow(db, planCode, id);
  const period = query[side];
  if (!period) {
    throw invalidInput([{ field: side, th: 'ต้องระบุเดือน เช่น 2566-05', en: 'give a month like 2566-05' }]);
  }
  const latest = (await listSnapshots(db, planCode, { period, basis: query.basis })).find((s) => s.latest);
  if (!latest) {
    throw notFound({ th: `ข้อมูลที่เผยแพร่ของเดือน ${period}`, en: `A published snapshot of ${period}` });
  }
  return getSnapshotRow(db, planCode, latest.id);
}

export async function compareSnapshots(
  db: Database,
  planCode: string,
  query: SnapshotCompareQuery,
): Promise<SnapshotCompareResponse> {
  const a = await pick(db, planCode, 'a', query);
  const b = await pick(db, planCode, 'b', query);
  return { plan: planCode, a: toItem(a), b: toItem(b), ...compareSummaries(a.summary, b.summary) };
}
