/**
 * The staff of a section, one position at a time: its staff type (teachers in the education bureau's
 * schools, university staff at the university, permanent and temporary employees everywhere), a career up
 * its line of work with transfers between offices of the same kind, and the position it ends in; some
 * positions are vacant (their last holder left), some were held by someone who left before today's holder
 * came. Ages follow an ageing workforce, so some retire at the end of each coming fiscal year. Pure.
 */
import type { Random } from '../random';
import { ladder, type Step } from './careers';
import type { Pools } from './key-careers';
import type { PeopleBook } from './people-book';
import { placePerson } from './person-careers';
import type { PositionType, StaffType, WorkforceUnit } from './types';
import type { SectionWords } from './words';

/** Age bands (years) of people in service and their weights. */
const AGE_BANDS: ReadonlyArray<readonly [readonly [number, number], number]> = [
  [[20, 25], 3],
  [[25, 30], 9],
  [[30, 35], 12],
  [[35, 40], 13],
  [[40, 45], 13],
  [[45, 50], 13],
  [[50, 55], 14],
  [[55, 60.3], 13],
];

export interface StaffSlot {
  unit: WorkforceUnit;
  section: SectionWords;
  /** the unit's own line of work (teachers, nurses …), not a support section */
  own: boolean;
}

export interface SeniorStaff {
  personNo: string;
  rank: number;
}

function staffTypeOf(slot: StaffSlot, rng: Random): StaffType {
  if (slot.own && slot.unit.key === 'EDU' && rng.chance(0.9)) return 'teacher';
  if (slot.own && slot.unit.key === 'NMU' && rng.chance(0.8)) return 'university';
  return rng.weighted<StaffType>([
    ['civil_servant', 78],
    ['permanent_employee', 13],
    ['temporary_employee', 9],
  ]);
}

/** Staffs one position; `people` is how many may still be added (1 or more). Returns the people added. */
export function staffPosition(
  book: PeopleBook,
  slot: StaffSlot,
  pools: Pools,
  people: number,
  senior: Map<string, SeniorStaff[]>,
  rng: Random,
): number {
  const staffType = staffTypeOf(slot, rng);
  const employee = staffType === 'permanent_employee' || staffType === 'temporary_employee';
  const academic = !employee && (staffType !== 'civil_servant' || rng.chance(0.55));
  const type: PositionType = academic ? 'academic' : 'general';
  const line = employee
    ? rng.pick(slot.section.employees)
    : academic
      ? slot.section.academic
      : slot.section.general;
  const kind =
    staffType === 'permanent_employee'
      ? 'permanent'
      : staffType === 'temporary_employee'
        ? 'temporary'
        : type;
  const entryAge: readonly [number, number] = employee ? [20, 40] : [22, 32];
  const pool = slot.unit.kind === 'district' ? pools.districts : slot.own ? [] : pools.agencies;
  const stepsFor = (total: number): Step[] =>
    ladder(kind, total, rng).map((l, i, all) => ({
      years: l.years,
      title: line,
      positionType: type,
      level: l.level,
      line,
      unitCode:
        i < all.length - 1 && pool.length > 1 && rng.chance(0.25) ? rng.pick(pool).code : slot.unit.code,
      section: slot.section.name,
      sectionHead: false,
    }));
  const positionNo = book.newPositionNo(slot.unit.key);
  const position = (level: string) =>
    book.positions.push({
      positionNo,
      title: line,
      positionType: type,
      level,
      line,
      unitCode: slot.unit.code,
      section: slot.section.name,
      sectionHead: false,
    });
  const leaver = (day: number) => {
    const reason = book.exitReason();
    return placePerson(
      book,
      stepsFor(rng.float(3, 30)),
      { staffType, positionNo, exit: { day, reason }, entryAge },
      rng,
    );
  };

  if (rng.chance(0.05)) {
    // vacant: most since their last holder left (in the last three years), some never filled
    if (rng.chance(0.6)) {
      const gone = leaver(book.todayDay - rng.int(20, 1100));
      position(gone.dated[gone.dated.length - 1]!.level);
      return 1;
    }
    position(ladder(kind, 0, rng)[0]!.level);
    return 0;
  }
  const [lo, hi] = rng.weighted(AGE_BANDS);
  const age = rng.float(lo, hi);
  const service = staffType === 'temporary_employee' ? rng.float(0.3, 8) : age - rng.float(...entryAge);
  const work =
    !employee && rng.chance(0.03) && pools.agencies.length > 0 ? rng.pick(pools.agencies).code : null;
  const holder = placePerson(
    book,
    stepsFor(Math.max(0.3, service)),
    { staffType, positionNo, exit: null, age, entryAge, workUnitCode: work === slot.unit.code ? null : work },
    rng,
  );
  const level = holder.dated[holder.dated.length - 1]!.level;
  position(level);
  if (staffType === 'civil_servant') {
    const key = `${slot.unit.code}\u0000${slot.section.name}`;
    const list = senior.get(key) ?? [];
    list.push({
      personNo: holder.personNo,
      rank: ['professional', 'senior_professional', 'experienced', 'senior_general'].indexOf(level),
    });
    senior.set(key, list);
  }
  if (people > 1 && rng.chance(0.15)) {
    leaver(holder.tookUp - rng.int(15, 400));
    return 2;
  }
  return 1;
}
