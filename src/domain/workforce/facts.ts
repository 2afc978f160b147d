/**
 * What a person "has", computed from their dated position history as of a date (domain.md: never stored as
 * counters). These are also the careers module's primitives: a career requirement names a level, a title,
 * a kind of unit or sections overseen, and these functions say how far a person is from it.
 */
import {
  earliestDateMet,
  mergePeriods,
  serviceTime,
  type DatedPeriod,
  type Duration,
  type ServiceTime,
} from './service-time';

export type HistoryRole = 'holds' | 'acting' | 'oversees';
export type UnitKind = 'bureau' | 'district' | 'office' | 'institute' | 'other';

/** One row of position_history as the domain sees it (the unit is the one actually worked in). */
export interface HistoryRow extends DatedPeriod {
  role: HistoryRole;
  title: string;
  positionType: string;
  level: string;
  unitId: number;
  unitKind: UnitKind;
  section: string | null;
  sectionHead: boolean;
  positionId: number | null;
}

export interface CountOptions {
  /** Count periods of acting in a position (รักษาราชการแทน) as well as holding it. */
  countActing: boolean;
}

const inPosition = (row: HistoryRow, { countActing }: CountOptions) =>
  row.role === 'holds' || (countActing && row.role === 'acting');

const covers = (row: DatedPeriod, day: string) =>
  row.fromDate <= day && (row.toDate === null || row.toDate >= day);

/** The position held (role holds) on `asOf`, if any. */
export function currentHolding(rows: readonly HistoryRow[], asOf: string): HistoryRow | null {
  return rows.find((r) => r.role === 'holds' && covers(r, asOf)) ?? null;
}

export interface LevelKey {
  /** Omitted: any type with this level name. */
  positionType?: string;
  level: string;
}

const atLevel = (row: HistoryRow, key: LevelKey) =>
  row.level === key.level && (key.positionType === undefined || row.positionType === key.positionType);

/** Time in a level (or a type and level), as of `asOf`. */
export function timeInLevel(
  rows: readonly HistoryRow[],
  key: LevelKey,
  asOf: string,
  options: CountOptions,
): ServiceTime {
  return serviceTime(
    rows.filter((r) => inPosition(r, options) && atLevel(r, key)),
    asOf,
  );
}

/** Time in a title (ตำแหน่ง, e.g. ผู้อำนวยการเขต), as of `asOf`. */
export function timeInTitle(
  rows: readonly HistoryRow[],
  title: string,
  asOf: string,
  options: CountOptions,
): ServiceTime {
  return serviceTime(
    rows.filter((r) => inPosition(r, options) && r.title === title),
    asOf,
  );
}

/**
 * Time in the level held on `asOf`, over the unbroken stretch that reaches `asOf` (a break at another
 * level starts it again), with the day it began. Null when nothing is held on `asOf`.
 */
export function timeInCurrentLevel(
  rows: readonly HistoryRow[],
  asOf: string,
  options: CountOptions,
): { positionType: string; level: string; since: string; time: ServiceTime } | null {
  const now = currentHolding(rows, asOf);
  if (!now) return null;
  const key = { positionType: now.positionType, level: now.level };
  const stretches = mergePeriods(
    rows.filter((r) => inPosition(r, options) && atLevel(r, key)),
    asOf,
  );
  const last = stretches[stretches.length - 1]!;
  return { ...key, since: last.from, time: serviceTime([{ fromDate: last.from, toDate: last.to }], asOf) };
}

/** Distinct units of a kind (e.g. district offices) served in by holding or acting, up to `asOf`. */
export function unitsServed(
  rows: readonly HistoryRow[],
  kind: UnitKind,
  asOf: string,
  options: CountOptions,
): number[] {
  const ids = rows
    .filter((r) => inPosition(r, options) && r.unitKind === kind && r.fromDate <= asOf)
    .map((r) => r.unitId);
  return [...new Set(ids)].sort((a, b) => a - b);
}

export interface SectionsOverseen {
  /** (unit, section) pairs: ฝ่ายโยธา of two district offices are two. */
  sections: { unitId: number; section: string }[];
  /** Distinct section names: ฝ่ายโยธา of two district offices is one kind. */
  kinds: string[];
}

/**
 * Sections overseen up to `asOf`: an `oversees` row (an assistant district director over ฝ่ายโยธา) or a
 * position that heads its section. With `whileTitle`, only while holding that title — an `oversees` row
 * counts for the days it overlaps a holding of the title; a section-head row when its own title is it.
 */
export function sectionsOverseen(
  rows: readonly HistoryRow[],
  asOf: string,
  options: CountOptions & { whileTitle?: string },
): SectionsOverseen {
  const holdings = rows.filter(
    (r) => inPosition(r, options) && (options.whileTitle === undefined || r.title === options.whileTitle),
  );
  const overlapsHolding = (r: HistoryRow) =>
    holdings.some(
      (h) => h.fromDate <= (r.toDate ?? asOf) && r.fromDate <= (h.toDate ?? asOf) && h.fromDate <= asOf,
    );
  const found = rows.filter(
    (r) =>
      r.section !== null &&
      r.fromDate <= asOf &&
      ((r.role === 'oversees' && overlapsHolding(r)) ||
        (r.sectionHead && inPosition(r, options) && holdings.includes(r))),
  );
  const pairs = new Map<string, { unitId: number; section: string }>();
  for (const r of found)
    pairs.set(`${r.unitId}\u0000${r.section}`, { unitId: r.unitId, section: r.section! });
  const sections = [...pairs.values()].sort(
    (a, b) => a.unitId - b.unitId || a.section.localeCompare(b.section),
  );
  return { sections, kinds: [...new Set(sections.map((s) => s.section))].sort() };
}

/** For a time-based requirement: the first day at whose end it is met if the person stays as they are. */
export function earliestLevelTimeMet(
  rows: readonly HistoryRow[],
  key: LevelKey,
  required: Duration,
  asOf: string,
  options: CountOptions,
): string | null {
  return earliestDateMet(
    rows.filter((r) => inPosition(r, options) && atLevel(r, key)),
    asOf,
    required,
  );
}

export function earliestTitleTimeMet(
  rows: readonly HistoryRow[],
  title: string,
  required: Duration,
  asOf: string,
  options: CountOptions,
): string | null {
  return earliestDateMet(
    rows.filter((r) => inPosition(r, options) && r.title === title),
    asOf,
    required,
  );
}
