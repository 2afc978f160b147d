/**
 * The HR Dashboard's figures from plain rows, without a database: the rules the SQL of
 * src/server/repositories/workforce/dashboard.ts follows, written once more so that tests recount the same
 * rows and hold the two equal. Small data only (a scan per person).
 */
import { ageBand, ageOn, fiscalYearOf, inService, levelRank } from './dashboard';
import { addDays, dayNumber } from './calendar';
import { retirementFiscalYear } from './retirement';

export interface FigurePerson {
  id: number;
  staffType: string;
  birthDate: string;
  entryDate: string | null;
  exitDate: string | null;
  exitReason: string | null;
  /** The unit on the person's record (used when they hold nothing). */
  unitId: number | null;
}
export interface FigurePosition {
  id: number;
  unitId: number;
  abolishedDate: string | null;
}
export interface FigureHolding {
  personId: number;
  positionId: number | null;
  role: 'holds' | 'acting' | 'oversees';
  fromDate: string;
  toDate: string | null;
  positionType: string;
  level: string;
  line: string | null;
  /** The unit by law (the position's). */
  unitId: number;
}

const covers = (h: { fromDate: string; toDate: string | null }, day: string) =>
  h.fromDate <= day && (h.toDate === null || h.toDate >= day);

/** The holds row covering `asOf` (the latest begun, should several overlap). */
export function holdingOn(history: readonly FigureHolding[], personId: number, asOf: string) {
  let best: FigureHolding | null = null;
  for (const h of history)
    if (
      h.personId === personId &&
      h.role === 'holds' &&
      covers(h, asOf) &&
      (!best || h.fromDate > best.fromDate)
    )
      best = h;
  return best;
}

const count = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

/** A person's unit on a date: the unit of the position held then, else the record's. */
export const unitOn = (history: readonly FigureHolding[], p: FigurePerson, asOf: string) =>
  holdingOn(history, p.id, asOf)?.unitId ?? p.unitId;

export function headcountOf(
  people: readonly FigurePerson[],
  history: readonly FigureHolding[],
  asOf: string,
  unitId: number | null = null,
) {
  const out = {
    total: 0,
    byUnit: new Map<string, number>(),
    byStaffType: new Map<string, number>(),
    byPositionType: new Map<string, number>(),
    byLevel: new Map<string, number>(),
    byLine: new Map<string, number>(),
  };
  for (const p of people) {
    if (!inService(p, asOf)) continue;
    const h = holdingOn(history, p.id, asOf);
    const unit = h?.unitId ?? p.unitId;
    if (unitId !== null && unit !== unitId) continue;
    out.total++;
    if (unit !== null) count(out.byUnit, String(unit));
    count(out.byStaffType, p.staffType);
    count(out.byPositionType, h?.positionType ?? 'none');
    count(out.byLevel, h ? `${h.positionType}:${h.level}` : 'none');
    count(out.byLine, h?.line ?? 'none');
  }
  return out;
}

/** Positions not abolished on `asOf` that no holds row covers: since when vacant (null: never held). */
export function vacanciesOf(
  positions: readonly FigurePosition[],
  history: readonly FigureHolding[],
  asOf: string,
) {
  const out: { positionId: number; unitId: number; vacantSince: string | null; vacantDays: number | null }[] =
    [];
  for (const pos of positions) {
    if (pos.abolishedDate !== null && pos.abolishedDate <= asOf) continue;
    const rows = history.filter((h) => h.positionId === pos.id && h.role === 'holds' && h.fromDate <= asOf);
    if (rows.some((h) => covers(h, asOf))) continue;
    const last = rows
      .map((h) => h.toDate!)
      .sort()
      .at(-1);
    const since = last === undefined ? null : addDays(last, 1);
    out.push({
      positionId: pos.id,
      unitId: pos.unitId,
      vacantSince: since,
      vacantDays: since === null ? null : dayNumber(asOf) - dayNumber(since) + 1,
    });
  }
  return out;
}

/** Counts by age band and staff type of the people in service on `asOf`. */
export function ageProfileOf(people: readonly FigurePerson[], asOf: string) {
  const out = new Map<string, number>();
  for (const p of people)
    if (inService(p, asOf)) count(out, `${ageBand(ageOn(p.birthDate, asOf))}|${p.staffType}`);
  return out;
}

/** People in service on `today` retiring in each fiscal year from..to, by staff type. */
export function retirementsOf(people: readonly FigurePerson[], today: string, from: number, to: number) {
  const out = new Map<string, number>();
  for (const p of people) {
    const fy = retirementFiscalYear(p.birthDate);
    if (inService(p, today) && fy >= from && fy <= to) count(out, `${fy}|${p.staffType}`);
  }
  return out;
}

/** Per fiscal year: entries, exits by reason, promotions (a level ranked above the previous holds row's), transfers. */
export function movementsOf(
  people: readonly FigurePerson[],
  history: readonly FigureHolding[],
  from: string,
  to: string,
) {
  const out = new Map<string, number>();
  const within = (d: string | null) => d !== null && d >= from && d <= to;
  for (const p of people) {
    if (within(p.entryDate)) count(out, `${fiscalYearOf(p.entryDate!)}|entry`);
    if (within(p.exitDate)) count(out, `${fiscalYearOf(p.exitDate!)}|exit:${p.exitReason ?? 'other'}`);
    const held = history.filter((h) => h.personId === p.id && h.role === 'holds');
    held.sort((a, b) => a.fromDate.localeCompare(b.fromDate));
    held.forEach((h, i) => {
      const prev = held[i - 1];
      if (!prev || !within(h.fromDate)) return;
      if (levelRank(h.positionType, h.level) > levelRank(prev.positionType, prev.level))
        count(out, `${fiscalYearOf(h.fromDate)}|promotion`);
      if (h.unitId !== prev.unitId) count(out, `${fiscalYearOf(h.fromDate)}|transfer`);
    });
  }
  return out;
}
