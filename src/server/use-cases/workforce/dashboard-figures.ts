/** Headcount, vacancies and age profile of the HR Dashboard, as of a date, for the actor's scope. */
import { AGE_BANDS, ageBand, POSITION_TYPE_CODES, STAFF_TYPE_CODES } from '../../../domain/workforce';
import type {
  AgeProfileResponse,
  AsOfQuery,
  HeadcountResponse,
  VacanciesResponse,
} from '../../../shared/api/workforce/dashboard';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { ageGroups, headcountGroups } from '../../repositories/workforce/dashboard';
import { vacanciesByUnit, vacantPositions } from '../../repositories/workforce/vacancies';
import { keptFigure } from './figures-cache';
import { bump, resolveScope, todayInBangkok, unitCounts, unitNames, zeros } from './scope';

export async function getHeadcount(db: Queryable, actor: Actor, q: AsOfQuery): Promise<HeadcountResponse> {
  const scope = await resolveScope(db, actor, q.unit);
  const asOf = q.asOf ?? todayInBangkok();
  const groups = await keptFigure(db, ['headcount', asOf, scope.unitId], () =>
    headcountGroups(db, asOf, scope.unitId),
  );
  const byUnit = new Map<number, number>();
  const byStaffType = zeros(STAFF_TYPE_CODES);
  const byPositionType = zeros([...POSITION_TYPE_CODES, 'none']);
  const byLevel: Record<string, number> = {};
  const byLine: Record<string, number> = {};
  let total = 0;
  for (const g of groups) {
    total += g.n;
    if (g.unit_id !== null) byUnit.set(g.unit_id, (byUnit.get(g.unit_id) ?? 0) + g.n);
    bump(byStaffType, g.staff_type, g.n);
    bump(byPositionType, g.position_type ?? 'none', g.n);
    bump(byLevel, g.position_type ? `${g.position_type}:${g.level}` : 'none', g.n);
    bump(byLine, g.line ?? 'none', g.n);
  }
  return {
    asOf,
    unit: scope.unitCode,
    total,
    byUnit: unitCounts(byUnit, await unitNames(db)),
    byStaffType,
    byPositionType,
    byLevel,
    byLine,
  };
}

export async function getVacancies(db: Queryable, actor: Actor, q: AsOfQuery): Promise<VacanciesResponse> {
  const scope = await resolveScope(db, actor, q.unit);
  const asOf = q.asOf ?? todayInBangkok();
  const [rows, perUnit, names] = await Promise.all([
    keptFigure(db, ['vacant', asOf, scope.unitId], () => vacantPositions(db, asOf, scope.unitId)),
    keptFigure(db, ['vacancies', asOf, scope.unitId], () => vacanciesByUnit(db, asOf, scope.unitId)),
    unitNames(db),
  ]);
  const byUnit = new Map(perUnit.map((r) => [r.unit_id, r.n]));
  return {
    asOf,
    unit: scope.unitCode,
    total: perUnit.reduce((s, r) => s + r.n, 0),
    byUnit: unitCounts(byUnit, names),
    positions: rows.map((r) => ({
      positionNo: r.position_no,
      title: r.title,
      positionType: r.position_type,
      level: r.level,
      unitCode: names.get(r.unit_id)?.code ?? '',
      unitName: names.get(r.unit_id)?.name ?? '',
      section: r.section,
      vacantSince: r.vacant_since,
      vacantDays: r.vacant_days,
    })),
  };
}

export async function getAgeProfile(db: Queryable, actor: Actor, q: AsOfQuery): Promise<AgeProfileResponse> {
  const scope = await resolveScope(db, actor, q.unit);
  const asOf = q.asOf ?? todayInBangkok();
  const bands = AGE_BANDS.map((band) => ({ band, total: 0, byStaffType: zeros(STAFF_TYPE_CODES) }));
  let total = 0;
  const groups = await keptFigure(db, ['ages', asOf, scope.unitId], () => ageGroups(db, asOf, scope.unitId));
  for (const g of groups) {
    const band = bands[AGE_BANDS.indexOf(ageBand(g.age))]!;
    band.total += g.n;
    bump(band.byStaffType, g.staff_type, g.n);
    total += g.n;
  }
  return { asOf, unit: scope.unitCode, total, bands };
}
