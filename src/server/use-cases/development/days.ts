/** A person's development days against the 10-day target and the 70:20:10 mix; agencies' share reaching 10. */
import { developmentYear, YEARLY_TARGET_DAYS } from '../../../domain/development';
import { percentOf } from '../../../domain/percent';
import type { PersonDaysView, UnitsDaysView } from '../../../shared/api/development';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { forbidden, notFound } from '../../errors';
import { canReadPersonDays, unitsDaysScope } from '../../policies/development/development-policy';
import { findDaysPerson, personDayRecords, unitsDays } from '../../repositories/development/days';
import { keptDevelopmentFigure } from './kept-figures';

const PERSON = { th: 'บุคคลนี้', en: 'This person' };
const tenths = (days: string) => Math.round(Number(days) * 10);

export async function personDays(
  db: Queryable,
  actor: Actor,
  by: { personNo?: string; id?: number },
  fiscalYear: number,
): Promise<PersonDaysView> {
  if (actor.role === 'viewer')
    throw forbidden({ th: 'ผู้บริหาร/ผู้อ่านดูได้เฉพาะตัวเลขสรุป', en: 'The committee sees figures only' });
  const p = await findDaysPerson(db, by, fiscalYear);
  // Another unit's person, or another staff member: not told apart from one that does not exist.
  if (!p || !canReadPersonDays(actor, { id: p.id, unitId: p.unit_id })) throw notFound(PERSON);
  const rows = await personDayRecords(db, p.id, fiscalYear);
  const year = developmentYear(rows.map((r) => ({ category: r.mode, tenthDays: tenths(r.days) })));
  const d = (t: number) => t / 10;
  return {
    fiscalYear,
    person: {
      personNo: p.person_no,
      title: p.title,
      firstName: p.first_name,
      lastName: p.last_name,
      unitName: p.unit_name,
    },
    targetDays: YEARLY_TARGET_DAYS,
    totalDays: d(year.totalTenthDays),
    meetsTarget: year.meetsTarget,
    shortfallDays: d(year.shortfallTenthDays),
    days: {
      experiential: d(year.tenthDays.experiential),
      social: d(year.tenthDays.social),
      formal: d(year.tenthDays.formal),
    },
    mixPercent: year.mixPercent,
    records: rows.map((r) => ({
      activity: r.activity,
      startDate: r.start_date,
      endDate: r.end_date,
      days: d(tenths(r.days)),
      mode: r.mode,
      digital: r.digital,
      provider: r.provider,
    })),
  };
}

export function myDays(db: Queryable, actor: Actor, fiscalYear: number): Promise<PersonDaysView> {
  if (actor.personId === null || actor.personId === undefined)
    throw notFound({ th: 'ข้อมูลบุคคลที่ผูกกับบัญชีนี้', en: 'A person record linked to this account' });
  return personDays(db, { ...actor, role: 'staff' }, { id: actor.personId }, fiscalYear);
}

/**
 * Every agency's rows of the year are kept per data version (decision 0027) and a scoped reader's unit picked
 * from them: the query groups per unit, so its row is the one the query scoped to the unit would return.
 */
export async function agenciesDays(db: Queryable, actor: Actor, fiscalYear: number): Promise<UnitsDaysView> {
  const scope = unitsDaysScope(actor);
  const all = await keptDevelopmentFigure(db, ['units-days', fiscalYear], () =>
    unitsDays(db, fiscalYear, null),
  );
  const rows = scope === null ? all : all.filter((r) => r.unit_id === scope);
  const staff = rows.reduce((s, r) => s + r.staff, 0);
  const reached = rows.reduce((s, r) => s + r.reached, 0);
  return {
    fiscalYear,
    units: rows.map((r) => ({
      unitId: r.unit_id,
      unitName: r.unit_name,
      unitKind: r.unit_kind,
      staff: r.staff,
      reached: r.reached,
      sharePct: percentOf(r.reached, r.staff),
    })),
    total: { staff, reached, sharePct: percentOf(reached, staff) },
  };
}
