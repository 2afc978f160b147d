/**
 * Digital skills of a fiscal year: coverage per agency (share assessed), gaps by area, digital records. With
 * no year asked, the latest year that has data for the reader's agencies (else the current fiscal year), so
 * the page opens on figures rather than on an empty year.
 */
import { fiscalYearOfIsoDate } from '../../../domain/period';
import { percentOf } from '../../../domain/percent';
import type { DigitalSkillsView } from '../../../shared/api/development';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { bangkokToday } from '../clock';
import { unitsDaysScope } from '../../policies/development/development-policy';
import { areaGaps, latestDigitalYear, unitsDigital } from '../../repositories/development/digital';
import { keptDevelopmentFigure } from './kept-figures';

export async function digitalSkills(
  db: Queryable,
  actor: Actor,
  asked: number | undefined,
  now: Date = new Date(),
): Promise<DigitalSkillsView> {
  // The same readers as agencies' days: admin and the committee every agency, an agency its own, staff 403.
  const scope = unitsDaysScope(actor);
  const fiscalYear = asked ?? (await latestDigitalYear(db, scope)) ?? fiscalYearOfIsoDate(bangkokToday(now));
  // Kept per data version (decision 0027): every agency's rows once per year, a scoped reader's unit picked
  // from them (the query groups per unit); the gaps by area count only the scope's people, so per scope.
  const [all, areas] = await Promise.all([
    keptDevelopmentFigure(db, ['digital-units', fiscalYear], () => unitsDigital(db, fiscalYear, null)),
    keptDevelopmentFigure(db, ['digital-areas', fiscalYear, scope], () => areaGaps(db, fiscalYear, scope)),
  ]);
  const units = scope === null ? all : all.filter((u) => u.unit_id === scope);
  const staff = units.reduce((s, u) => s + u.staff, 0);
  const assessed = units.reduce((s, u) => s + u.assessed, 0);
  return {
    fiscalYear,
    units: units.map((u) => ({
      unitId: u.unit_id,
      unitName: u.unit_name,
      staff: u.staff,
      assessed: u.assessed,
      assessedPct: percentOf(u.assessed, u.staff),
      digitalPeople: u.digital_people,
      digitalDays: Number(u.digital_days),
    })),
    total: { staff, assessed, assessedPct: percentOf(assessed, staff) },
    areas: areas.map((a) => ({
      code: a.code,
      nameTh: a.name_th,
      nameEn: a.name_en,
      expectedLevel: a.expected_level,
      assessed: a.assessed,
      below: a.below,
      belowPct: percentOf(a.below, a.assessed),
    })),
  };
}
