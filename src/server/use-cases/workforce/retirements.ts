/**
 * Retirements per fiscal year (the CLI's JSON shape of formats.md, plus byLevel, byUnit and the key positions
 * they empty). In service = no exit date; what a person holds is read today.
 */
import {
  BUILT_IN_KEY_TITLES,
  fiscalYearOf,
  keyPositionReason,
  POSITION_TYPE_CODES,
  STAFF_TYPE_CODES,
} from '../../../domain/workforce';
import type { RetirementsQuery, RetirementsResponse } from '../../../shared/api/workforce/dashboard';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { canSeeNames } from '../../policies/workforce/workforce-policy';
import { retirementGroups, retiringKeyHolders } from '../../repositories/workforce/dashboard';
import { keptFigure } from './figures-cache';
import { bump, resolveScope, todayInBangkok, unitCounts, unitNames, zeros } from './scope';

export async function getRetirements(
  db: Queryable,
  actor: Actor,
  q: RetirementsQuery,
): Promise<RetirementsResponse> {
  const scope = await resolveScope(db, actor, q.unit);
  const today = todayInBangkok();
  const from = q.fromFiscalYear ?? fiscalYearOf(today);
  const to = from + q.years - 1;
  // Everyone with no exit date: today's date only decides what they hold, so ask as of far ahead of exits.
  const [groups, holders, names] = await Promise.all([
    keptFigure(db, ['retiring', today, scope.unitId, from, to], () =>
      retirementGroups(db, today, scope.unitId, from, to),
    ),
    keptFigure(db, ['retiring-key', today, scope.unitId, from, to], () =>
      retiringKeyHolders(db, today, scope.unitId, from, to, BUILT_IN_KEY_TITLES),
    ),
    unitNames(db),
  ]);
  const years = Array.from({ length: q.years }, (_, i) => ({
    fiscalYear: from + i,
    total: 0,
    byStaffType: zeros(STAFF_TYPE_CODES),
    byPositionType: zeros([...POSITION_TYPE_CODES, 'none']),
    byLevel: {} as Record<string, number>,
    units: new Map<number, number>(),
  }));
  for (const g of groups) {
    const y = years[g.fiscal_year - from]!;
    y.total += g.n;
    bump(y.byStaffType, g.staff_type, g.n);
    bump(y.byPositionType, g.position_type ?? 'none', g.n);
    bump(y.byLevel, g.position_type ? `${g.position_type}:${g.level}` : 'none', g.n);
    if (g.unit_id !== null) y.units.set(g.unit_id, (y.units.get(g.unit_id) ?? 0) + g.n);
  }
  const names$ = canSeeNames(actor);
  return {
    fromFiscalYear: from,
    years: q.years,
    unit: scope.unitCode,
    fiscalYears: years.map(({ units, ...y }) => ({ ...y, byUnit: unitCounts(units, names) })),
    keyPositions: holders.map((h) => ({
      fiscalYear: h.fiscal_year,
      // Marked titles come from key_position_title: the query found them, so "marked" is the rest.
      reason: keyPositionReason({ title: h.title, sectionHead: h.section_head }, new Set([h.title]))!,
      positionNo: h.position_no,
      title: h.title,
      unitCode: names.get(h.unit_id)?.code ?? '',
      unitName: names.get(h.unit_id)?.name ?? '',
      section: h.section,
      personNo: names$ ? h.person_no : null,
      name: names$ ? `${h.first_name} ${h.last_name}` : null,
    })),
  };
}
