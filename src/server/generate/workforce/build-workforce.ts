/**
 * A believable workforce over a set of units, as of a day (the demo: today; the generator: a fixed day,
 * so the same seed gives the same rows): exactly `people` people — the key positions of every unit first
 * (key-slots.ts), then staff positions spread over the units by their size and over their sections, until
 * the count is reached — with the staffing frame (positions, some vacant) and the dated history of each.
 * Person and position numbers start with `prefix`; national IDs carry `dataset` (national-id.ts). Pure.
 */
import type { Random } from '../random';
import { dayOf } from './days';
import type { Pools } from './key-careers';
import { actingRow, staffKeyPositions, type ActingWanted } from './key-slots';
import { PeopleBook } from './people-book';
import { staffPosition, type SeniorStaff, type StaffSlot } from './staff';
import type { Workforce, WorkforceUnit } from './types';
import * as W from './words';

export interface WorkforceOptions {
  units: readonly WorkforceUnit[];
  people: number;
  /** ISO date (CE) the workforce is as of: nobody is in service past the retirement rule on it */
  asOf: string;
  /** 0 the demo, the scale for the generator (in the national IDs) */
  dataset: number;
  prefix: string;
  /** a district office whose first assistant director has overseen exactly six sections */
  shortOfSevenIn?: string;
}

export interface BuiltWorkforce extends Workforce {
  /** the assistant director one section short of seven, when asked for */
  shortOfSeven: string | null;
}

/** How many staff a unit has, relative to a district office. */
const SIZE: Readonly<Record<string, number>> = {
  EDU: 3,
  MED: 2.5,
  HEALTH: 1.2,
  NMU: 1,
  BHRDI: 0.4,
  OCSC: 0.5,
  PERS: 0.4,
};
const sizeOf = (u: WorkforceUnit) =>
  SIZE[u.key] ?? (u.kind === 'district' ? 1 : u.kind === 'bureau' ? 0.6 : 0.35);

export function sectionsOf(unit: WorkforceUnit): readonly W.SectionWords[] {
  if (unit.kind === 'district') return W.DISTRICT_SECTIONS;
  return [W.OWN_SECTIONS[unit.key] ?? W.GENERIC_OWN_SECTION, ...W.SUPPORT_SECTIONS];
}

/** How many staff a section has, relative to the others of its unit. */
const sectionWeight = (unit: WorkforceUnit, index: number, name: string) =>
  unit.kind !== 'district'
    ? index === 0
      ? 5
      : 1
    : name === 'ฝ่ายรักษาความสะอาดและสวนสาธารณะ'
      ? 4
      : name === 'ฝ่ายเทศกิจ'
        ? 2
        : name === 'ฝ่ายโยธา'
          ? 1.5
          : 1;

export function buildWorkforce(options: WorkforceOptions, rng: Random): BuiltWorkforce {
  const book = new PeopleBook(dayOf(options.asOf), options.dataset, options.prefix, rng.fork('people'));
  const pools: Pools = {
    districts: options.units.filter((u) => u.kind === 'district'),
    agencies: options.units.filter((u) => u.kind !== 'district'),
  };
  const wanted: ActingWanted[] = [];
  let shortOfSeven: string | null = null;
  const keyRng = rng.fork('key-positions');
  for (const unit of options.units) {
    const marked = staffKeyPositions(
      book,
      unit,
      sectionsOf(unit),
      pools,
      wanted,
      keyRng,
      unit.code === options.shortOfSevenIn,
    );
    shortOfSeven ??= marked.shortOfSeven;
  }
  if (book.people.length > options.people)
    throw new RangeError(
      `${options.people} people are fewer than the key positions of ${options.units.length} units need`,
    );

  const slots: Array<readonly [StaffSlot, number]> = options.units.flatMap((unit) =>
    sectionsOf(unit).map(
      (section, i) =>
        [
          { unit, section, own: i === 0 && unit.kind !== 'district' },
          sizeOf(unit) * sectionWeight(unit, i, section.name),
        ] as const,
    ),
  );
  const senior = new Map<string, SeniorStaff[]>();
  const staffRng = rng.fork('staff');
  while (book.people.length < options.people)
    staffPosition(
      book,
      staffRng.weighted(slots),
      pools,
      options.people - book.people.length,
      senior,
      staffRng,
    );

  // the most senior civil servant of a section acts for its vacant head
  const actingRng = rng.fork('acting');
  for (const w of wanted) {
    const staff = senior.get(`${w.position.unitCode}\u0000${w.position.section ?? ''}`) ?? [];
    const best = staff.reduce<SeniorStaff | null>((a, b) => (a === null || b.rank > a.rank ? b : a), null);
    if (best) actingRow(book, best.personNo, w.position, w.since, actingRng);
  }
  return { positions: book.positions, people: book.people, history: book.history, shortOfSeven };
}
