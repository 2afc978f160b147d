/**
 * Where a generated workforce's people are written down: each gets the next personnel number, an invented
 * Thai name from the word lists, a valid national ID, and a birth date that fits their career — in service
 * only if the retirement rule (src/domain/workforce) has not yet retired them. Pure.
 */
import { retirementFiscalYear } from '../../../domain/workforce';
import type { Random } from '../random';
import { LAST_NAMES } from '../thai-words';
import { dayOf, fiscalYearEnd, fiscalYearOfDay, isoOf, years } from './days';
import { nationalIdFor } from './national-id';
import type { ExitReason, HistoryRow, PersonRow, PositionRow, StaffType } from './types';
import * as W from './words';

export interface NewPerson {
  staffType: StaffType;
  birthDay: number;
  entryDay: number;
  exitDay: number | null;
  exitReason: ExitReason | null;
  unitCode: string;
  position: string;
}

export class PeopleBook {
  readonly people: PersonRow[] = [];
  readonly history: HistoryRow[] = [];
  readonly positions: PositionRow[] = [];
  /** the earliest birth date of someone still in service today (the retirement rule) */
  readonly minBirthInService: number;
  readonly fiscalYear: number;
  private positionSeq = 0;

  constructor(
    readonly todayDay: number,
    private readonly dataset: number,
    private readonly personNoPrefix: string,
    private readonly rng: Random,
  ) {
    this.fiscalYear = fiscalYearOfDay(todayDay);
    // born on 2 October of CE year FY−604 or later: retires at the end of this fiscal year or later
    this.minBirthInService = dayOf(`${this.fiscalYear - 604}-10-02`);
  }

  /** The next personnel number, without adding anyone yet. */
  get nextPersonNo(): string {
    return `${this.personNoPrefix}${String(this.people.length + 1).padStart(6, '0')}`;
  }

  newPositionNo(unitKey: string): string {
    this.positionSeq += 1;
    return `${this.personNoPrefix}${unitKey}-${String(this.positionSeq).padStart(6, '0')}`;
  }

  /** A birth date `age` years before `day`, moved later if the person must still be in service today. */
  birthFor(day: number, age: number, inService: boolean): number {
    const birth = day - years(age) - this.rng.int(0, 200);
    return inService ? Math.max(birth, this.minBirthInService + this.rng.int(0, 120)) : birth;
  }

  /** A retiree's birth date and last day of service: the end of a fiscal year ended by `before`. */
  retiree(before: number): { birthDay: number; exitDay: number } {
    const fy = fiscalYearOfDay(before) - 1;
    const birthDay = dayOf(`${fy - 604}-10-02`) + this.rng.int(0, 364);
    const exitDay = fiscalYearEnd(retirementFiscalYear(isoOf(birthDay)));
    return { birthDay, exitDay };
  }

  add(p: NewPerson): string {
    const personNo = this.nextPersonNo;
    const female = this.rng.chance(0.56);
    const birthDate = isoOf(p.birthDay);
    const age = (this.todayDay - p.birthDay) / 365.25;
    const title = !female ? 'นาย' : age > 28 && this.rng.chance(0.6) ? 'นาง' : 'นางสาว';
    const family = this.rng.chance(0.2)
      ? this.rng.pick(LAST_NAMES)
      : this.rng.pick(W.FAMILY_HEADS) + this.rng.pick(W.FAMILY_TAILS);
    this.people.push({
      personNo,
      nationalId: nationalIdFor(this.dataset, this.people.length, Number(birthDate.slice(0, 4))),
      title,
      firstName: this.rng.pick(female ? W.FEMALE_NAMES : W.MALE_NAMES),
      lastName: family,
      birthDate,
      gender: female ? 'female' : 'male',
      staffType: p.staffType,
      entryDate: isoOf(p.entryDay),
      exitDate: p.exitDay === null ? null : isoOf(p.exitDay),
      exitReason: p.exitReason,
      unitCode: p.unitCode,
      position: p.position,
    });
    return personNo;
  }

  /** Why someone left before a successor came (retirements most often). */
  exitReason(): ExitReason {
    return this.rng.weighted<ExitReason>([
      ['retired', 50],
      ['resigned', 24],
      ['transferred', 15],
      ['died', 5],
      ['dismissed', 3],
      ['other', 3],
    ]);
  }
}
