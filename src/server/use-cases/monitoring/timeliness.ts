/**
 * Reporting timeliness of a plan over a range of opened months: per agency and month, per agency (the
 * league table) and per month; and the list of one month's missing reports. Definitions:
 * src/domain/monitoring/timeliness.ts. A few set-based queries, then pure arithmetic.
 *
 * Scope (docs/decisions/0005): the counts are aggregate and every signed-in role may read them for all
 * agencies; the missing list names projects, so it follows the project policy (focal points and
 * approvers see their own unit's rows only).
 */
import { formatPeriod, parsePeriod, periodFromKey, periodKey, type Period } from '../../../domain/period';
import {
  NO_REPORTS_EXPECTED,
  rankLeague,
  sumTimeliness,
  timelinessCounts,
  type TimelinessCounts,
} from '../../../domain/monitoring/timeliness';
import {
  TIMELINESS_MAX_MONTHS,
  type MissingResponse,
  type TimelinessAgency,
  type TimelinessResponse,
} from '../../../shared/api/monitoring/timeliness';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { invalidInput, notFound } from '../../errors';
import { missingReports, timelinessCells } from '../../repositories/monitoring/timeliness';

/** Months shown when the range is not given: the last six opened months. */
export const DEFAULT_MONTHS = 6;

const thai = new Intl.Collator('th');
const thaiNumeric = new Intl.Collator('th', { numeric: true });

function periodOrThrow(field: string, text: string): Period {
  const period = parsePeriod(text);
  if (!period || formatPeriod(period) !== text)
    throw invalidInput([
      { field, en: `"${text}" is not a month like 2566-05`, th: `"${text}" ไม่ใช่เดือน เช่น 2566-05` },
    ]);
  return period;
}

async function findPlan(db: Queryable, code: string) {
  const { rows } = await db.query<{ id: number; code: string; name: string }>(
    'select id, code, name from plan where code = $1',
    [code],
  );
  const plan = rows[0];
  if (!plan) throw notFound({ th: `แผน ${code}`, en: `Plan ${code}` });
  return plan;
}

const monthsBetween = (from: number, to: number) =>
  Math.floor(to / 100) * 12 + (to % 100) - (Math.floor(from / 100) * 12 + (from % 100)) + 1;

export async function getTimeliness(
  db: Queryable,
  query: { plan: string; from?: string | undefined; to?: string | undefined },
): Promise<TimelinessResponse> {
  const plan = await findPlan(db, query.plan);
  const { rows: opened } = await db.query<{ period: number; deadline: string }>(
    'select period, deadline from reporting_month order by period',
  );
  const openedMonths = opened.map((m) => formatPeriod(periodFromKey(m.period)));

  // The range: as asked, else ending with the latest opened month and six opened months long.
  let to = query.to === undefined ? null : periodKey(periodOrThrow('to', query.to));
  let from = query.from === undefined ? null : periodKey(periodOrThrow('from', query.from));
  if (to === null)
    to = from === null ? (opened.at(-1)?.period ?? null) : Math.max(from, opened.at(-1)?.period ?? from);
  if (from === null && to !== null) {
    const upTo = opened.filter((m) => m.period <= to!);
    from = upTo.at(-DEFAULT_MONTHS)?.period ?? upTo[0]?.period ?? to;
  }
  const empty: TimelinessResponse = {
    plan: plan.code,
    planName: plan.name,
    from: from === null ? null : formatPeriod(periodFromKey(from)),
    to: to === null ? null : formatPeriod(periodFromKey(to)),
    openedMonths,
    months: [],
    agencies: [],
    overall: NO_REPORTS_EXPECTED,
  };
  if (from === null || to === null) return empty;
  if (from > to)
    throw invalidInput([{ field: 'from', en: 'is after "to"', th: 'ต้องไม่อยู่หลังเดือนสุดท้ายของช่วง' }]);
  if (monthsBetween(from, to) > TIMELINESS_MAX_MONTHS)
    throw invalidInput([
      {
        field: 'to',
        en: `the range may cover at most ${TIMELINESS_MAX_MONTHS} months`,
        th: `ช่วงเวลาต้องไม่เกิน ${TIMELINESS_MAX_MONTHS} เดือน`,
      },
    ]);

  const months = opened.filter((m) => m.period >= from && m.period <= to);
  const cells = await timelinessCells(db, plan.id, from, to);

  const byUnit = new Map<number, { code: string; name: string; cells: Map<number, TimelinessCounts> }>();
  for (const row of cells) {
    let unit = byUnit.get(row.unit_id);
    if (!unit) {
      unit = { code: row.unit_code, name: row.unit_name, cells: new Map() };
      byUnit.set(row.unit_id, unit);
    }
    unit.cells.set(
      row.period,
      timelinessCounts({ expected: row.expected, onTime: row.on_time, late: row.late }),
    );
  }

  const agencies = [...byUnit].map(([id, unit]) => {
    const monthCells = months.map((m) => ({
      period: formatPeriod(periodFromKey(m.period)),
      ...(unit.cells.get(m.period) ?? NO_REPORTS_EXPECTED),
    }));
    return {
      name: unit.name,
      unit: { id, code: unit.code, name: unit.name },
      totals: sumTimeliness(monthCells),
      months: monthCells,
    };
  });
  const league: TimelinessAgency[] = rankLeague(agencies, thai).map(({ name: _name, ...agency }) => agency);

  return {
    ...empty,
    months: months.map((m, i) => ({
      period: formatPeriod(periodFromKey(m.period)),
      deadline: m.deadline,
      ...sumTimeliness(league.map((a) => a.months[i]!)),
    })),
    agencies: league,
    overall: sumTimeliness(league.map((a) => a.totals)),
  };
}

export async function listMissingReports(
  db: Queryable,
  actor: Actor,
  query: { plan: string; period: string; unit?: number | undefined },
): Promise<MissingResponse> {
  const period = periodOrThrow('period', query.period);
  const plan = await findPlan(db, query.plan);
  const { rows: months } = await db.query<{ deadline: string }>(
    'select deadline from reporting_month where period = $1',
    [periodKey(period)],
  );
  const month = months[0];
  if (!month)
    throw notFound({
      th: `เดือน ${query.period} ในเดือนที่เปิดให้รายงาน`,
      en: `${query.period} among the opened reporting months`,
    });
  const rows = await missingReports(db, actor, plan.id, periodKey(period), query.unit ?? null);
  rows.sort(
    (a, b) =>
      thai.compare(a.unit_name, b.unit_name) ||
      a.unit_id - b.unit_id ||
      thaiNumeric.compare(a.project_code, b.project_code),
  );
  return {
    plan: plan.code,
    period: formatPeriod(period),
    deadline: month.deadline,
    missing: rows.map((r) => ({
      projectId: r.project_id,
      projectCode: r.project_code,
      projectName: r.project_name,
      unit: { id: r.unit_id, code: r.unit_code, name: r.unit_name },
      focalPoints: [...(r.focal_points ?? [])].sort(thai.compare),
    })),
  };
}
