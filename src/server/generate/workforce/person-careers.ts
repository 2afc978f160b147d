/**
 * One person from their steps: dated backwards from the day their career ends (today for people in
 * service, the day after they left otherwise), with a birth date that fits (a retiree's from the retirement
 * rule; entry into service between 20 and 40), the holds rows (careers.ts), and the person written into the
 * book. Pure.
 */
import type { Random } from '../random';
import { dateSteps, holdsRows, type DatedStep, type Step } from './careers';
import { YEAR_DAYS, years } from './days';
import type { PeopleBook } from './people-book';
import type { ExitReason, StaffType } from './types';

export interface Placed {
  personNo: string;
  dated: DatedStep[];
  /** first day of the last row: when the position was taken up */
  tookUp: number;
  exitDay: number | null;
}

/** Age at leaving, for reasons other than retirement. */
const EXIT_AGE: Record<Exclude<ExitReason, 'retired'>, readonly [number, number]> = {
  resigned: [24, 45],
  transferred: [28, 50],
  died: [35, 59],
  dismissed: [28, 55],
  other: [25, 55],
};

/**
 * Places a person whose career is `steps`: in service (`exit` null) or gone on `exit.day` (for a
 * retirement, the end of the fiscal year before it: they retired before their successor came).
 */
export function placePerson(
  book: PeopleBook,
  steps: Step[],
  options: {
    staffType: StaffType;
    positionNo: string;
    exit: { day: number; reason: ExitReason } | null;
    /** in service: how old they are today (else from their steps and an entry age) */
    age?: number;
    entryAge: readonly [number, number];
    workUnitCode?: string | null;
  },
  rng: Random,
): Placed {
  const { exit } = options;
  let exitDay: number | null = exit?.day ?? null;
  let birthDay: number | null = null;
  if (exit?.reason === 'retired') {
    const r = book.retiree(exit.day);
    exitDay = r.exitDay;
    birthDay = r.birthDay;
  } else if (exit) {
    const [lo, hi] = EXIT_AGE[exit.reason];
    birthDay = exit.day - years(rng.float(lo, hi));
  } else if (options.age !== undefined) {
    birthDay = book.birthFor(book.todayDay, options.age, true);
  }
  const endDay = exitDay === null ? book.todayDay + 1 : exitDay + 1;
  let { dated, entryDay } = dateSteps(steps, endDay);
  if (birthDay === null) birthDay = book.birthFor(entryDay, rng.float(...options.entryAge), true);
  // entry at 20–40: stretch or shorten the first step (never below four months)
  const entryAge = (entryDay - birthDay) / YEAR_DAYS;
  const wanted =
    entryAge < 20 ? 20 + rng.float(0, 2) : entryAge > 40 ? rng.float(...options.entryAge) : entryAge;
  if (wanted !== entryAge) {
    const first = steps[0]!;
    steps[0] = { ...first, years: Math.max(0.34, first.years + entryAge - wanted) };
    ({ dated, entryDay } = dateSteps(steps, endDay));
  }
  // a career too long for the age drawn: people who left were older; people in service, who must be
  // younger than the retirement rule allows, started later (the earliest steps shorten or go)
  if (entryDay - birthDay < years(18) && exitDay !== null) birthDay = entryDay - years(rng.float(20, 23));
  while (entryDay - birthDay < years(20) && steps.length > 1) {
    const short = 20 - (entryDay - birthDay) / YEAR_DAYS;
    if (steps[0]!.years - short >= 0.34) steps[0] = { ...steps[0]!, years: steps[0]!.years - short };
    else steps.shift();
    ({ dated, entryDay } = dateSteps(steps, endDay));
  }
  const personNo = book.nextPersonNo;
  const tookUp = holdsRows(
    book.history,
    personNo,
    dated,
    { open: exitDay === null, positionNo: options.positionNo, workUnitCode: options.workUnitCode ?? null },
    rng,
  );
  const last = dated[dated.length - 1]!;
  book.add({
    staffType: options.staffType,
    birthDay,
    entryDay,
    exitDay,
    exitReason: exit?.reason ?? null,
    unitCode: last.unitCode,
    position: last.title,
  });
  return { personNo, dated, tookUp, exitDay };
}
