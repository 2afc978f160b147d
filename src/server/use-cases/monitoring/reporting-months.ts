/** The centre opens reporting months, moves deadlines and grants a unit more time on a locked month. */
import { formatPeriod, parsePeriod, periodFromKey, periodKey } from '../../../domain';
import { bangkokDate, defaultDeadline, isMonthLocked, lockDate } from '../../../domain/monitoring';
import type { ReportingMonthView } from '../../../shared/api/monitoring/months';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { conflict, invalidInput, notFound } from '../../errors';
import { recordAudit } from '../../repositories/audit';
import { getSetting } from '../../repositories/monitoring/reporting-months';

const bad = (field: string, en: string, th: string) => invalidInput([{ field, en, th }]);

export async function listReportingMonths(db: Queryable, now = new Date()): Promise<ReportingMonthView[]> {
  const { rows } = await db.query<{
    period: number;
    deadline: string;
    lock_after_days: number | null;
    opened_at: Date;
    opened_by_label: string;
    exceptions: { unitId: number; unitName: string; until: string; reason: string | null }[] | null;
  }>(
    `select m.period, m.deadline, m.lock_after_days, m.opened_at, m.opened_by_label,
            (select json_agg(json_build_object('unitId', e.unit_id, 'unitName', u.name, 'until', e.until, 'reason', e.reason))
               from reporting_exception e join org_unit u on u.id = e.unit_id where e.period = m.period) as exceptions
       from reporting_month m order by m.period desc`,
  );
  const today = bangkokDate(now);
  return rows.map((m) => ({
    period: formatPeriod(periodFromKey(m.period)),
    deadline: m.deadline,
    lockAfterDays: m.lock_after_days,
    lockDate: lockDate(m.deadline, m.lock_after_days),
    locked: isMonthLocked({ today, deadline: m.deadline, lockAfterDays: m.lock_after_days }),
    openedAt: new Date(m.opened_at).toISOString(),
    openedBy: m.opened_by_label,
    exceptions: m.exceptions ?? [],
  }));
}

export async function openReportingMonth(
  db: Database,
  actor: Actor,
  input: { period: string; deadline?: string | undefined; lockAfterDays?: number | null | undefined },
) {
  const period = parsePeriod(input.period);
  if (!period) throw bad('period', 'must be a month like 2566-05', 'ต้องเป็นเดือน เช่น 2566-05');
  const deadline = input.deadline ?? defaultDeadline(period);
  const monthStart = `${period.yearBE - 543}-${String(period.month).padStart(2, '0')}-01`;
  if (deadline < monthStart) throw bad('deadline', 'is before the month begins', 'อยู่ก่อนต้นเดือนที่รายงาน');
  await db.transaction(async (tx) => {
    const lockAfterDays =
      input.lockAfterDays === undefined ? await getSetting(tx, 'lock_after_days', 10) : input.lockAfterDays;
    const { rows } = await tx.query('select 1 from reporting_month where period = $1', [periodKey(period)]);
    if (rows.length > 0)
      throw conflict({ th: `เดือน ${input.period} เปิดไว้แล้ว`, en: `${input.period} is open already` });
    await tx.query(
      `insert into reporting_month (period, deadline, lock_after_days, opened_by, opened_by_label)
       values ($1, $2, $3, $4, $5)`,
      [periodKey(period), deadline, lockAfterDays, actor.userId, actor.label],
    );
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'reporting_month',
      entityId: periodKey(period),
      after: { period: input.period, deadline, lockAfterDays },
    });
  });
}

export async function updateReportingMonth(
  db: Database,
  actor: Actor,
  periodText: string,
  input: { deadline?: string | undefined; lockAfterDays?: number | null | undefined },
) {
  const period = parsePeriod(periodText);
  if (!period) throw bad('period', 'must be a month like 2566-05', 'ต้องเป็นเดือน เช่น 2566-05');
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ period: number }>(
      'select period from reporting_month where period = $1',
      [periodKey(period)],
    );
    if (!rows[0]) throw notFound({ th: `เดือน ${periodText} (ยังไม่เปิด)`, en: `Reporting month ${periodText}` });
    await tx.query(
      `update reporting_month set deadline = coalesce($2, deadline),
              lock_after_days = case when $3::boolean then $4::int else lock_after_days end
        where period = $1`,
      [
        periodKey(period),
        input.deadline ?? null,
        input.lockAfterDays !== undefined,
        input.lockAfterDays ?? null,
      ],
    );
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'reporting_month',
      entityId: periodKey(period),
      after: input,
    });
  });
}

export async function grantException(
  db: Database,
  actor: Actor,
  periodText: string,
  input: { unitId: number; until: string; reason?: string | null | undefined },
) {
  const period = parsePeriod(periodText);
  if (!period) throw bad('period', 'must be a month like 2566-05', 'ต้องเป็นเดือน เช่น 2566-05');
  await db.transaction(async (tx) => {
    const { rows } = await tx.query('select 1 from reporting_month where period = $1', [periodKey(period)]);
    if (rows.length === 0)
      throw notFound({ th: `เดือน ${periodText} (ยังไม่เปิด)`, en: `Reporting month ${periodText}` });
    const { rows: units } = await tx.query('select 1 from org_unit where id = $1', [input.unitId]);
    if (units.length === 0) throw bad('unitId', 'no such unit', 'ไม่พบหน่วยงานนี้');
    const { rows: before } = await tx.query(
      'select until, reason from reporting_exception where unit_id = $1 and period = $2',
      [input.unitId, periodKey(period)],
    );
    await tx.query(
      `insert into reporting_exception (unit_id, period, until, reason, granted_by_label) values ($1, $2, $3, $4, $5)
       on conflict (unit_id, period) do update set until = excluded.until, reason = excluded.reason,
         granted_by_label = excluded.granted_by_label, granted_at = now()`,
      [input.unitId, periodKey(period), input.until, input.reason ?? null, actor.label],
    );
    await recordAudit(tx, actor, {
      action: before[0] ? 'update' : 'create',
      entity: 'reporting_exception',
      entityId: `${input.unitId}:${periodKey(period)}`,
      before: before[0],
      after: input,
    });
  });
}
