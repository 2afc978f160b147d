/**
 * The key positions of a unit and who holds them: in a district office the director, three assistant
 * directors (each overseeing sections, today one each) and the heads of the ten sections; in a bureau,
 * office or institute the head, a deputy and the section heads. Some are vacant (their holder left), with
 * someone acting (รักษาราชการแทน): an assistant for the director, a section head for an assistant, the
 * section's most senior staff for its head (filled in by build-workforce.ts once the staff exist). Pure.
 */
import type { Random } from '../random';
import type { Step } from './careers';
import { isoOf } from './days';
import { agencyLeaderPath, assistantPath, directorPath, headPath, type Pools } from './key-careers';
import { overseesRows, SECTION_NAMES } from './oversees';
import type { PeopleBook } from './people-book';
import { placePerson, type Placed } from './person-careers';
import type { ExitReason, PositionRow, WorkforceUnit } from './types';
import * as W from './words';

/** A vacant head's position waiting for someone of its section to act in it. */
export interface ActingWanted {
  position: PositionRow;
  since: number;
}

const DISTINCT: ReadonlyArray<readonly [number, number]> = [
  [3, 1],
  [4, 2],
  [5, 2],
  [6, 3],
  [7, 3],
  [8, 2],
  [9, 1],
  [10, 1],
];

export function actingRow(book: PeopleBook, personNo: string, p: PositionRow, since: number, rng: Random) {
  const from = Math.min(book.todayDay, since + rng.int(1, 45));
  book.history.push({
    personNo,
    from: isoOf(from),
    to: null,
    role: 'acting',
    positionNo: p.positionNo,
    title: p.title,
    positionType: p.positionType,
    level: p.level,
    line: p.line,
    unitCode: p.unitCode,
    workUnitCode: null,
    section: p.section,
    sectionHead: p.sectionHead,
    orderRef: `คำสั่งสำนักงานเขต ที่ ${rng.int(10, 999)}/${Number(isoOf(from).slice(0, 4)) + 543}`,
  });
}

/**
 * Fills the unit's key positions. `shortOfSeven`: the unit's first assistant director is in post, has
 * been assistant for at least two years, and has overseen exactly six of the ten sections.
 */
export function staffKeyPositions(
  book: PeopleBook,
  unit: WorkforceUnit,
  sections: readonly W.SectionWords[],
  pools: Pools,
  wanted: ActingWanted[],
  rng: Random,
  shortOfSeven = false,
): { shortOfSeven: string | null } {
  const district = unit.kind === 'district';
  let marked: string | null = null;
  const slot = (
    title: string,
    type: PositionRow['positionType'],
    level: string,
    section: W.SectionWords | null,
    path: (lastYears: number) => Step[],
    vacantP: number,
  ): { position: PositionRow; holder: Placed | null; vacantSince: number | null; steps: Step[] | null } => {
    const head = section !== null;
    const line = head ? (type === 'general' ? section.general : section.academic) : null;
    const position: PositionRow = {
      positionNo: book.newPositionNo(unit.key),
      title,
      positionType: type,
      level,
      line,
      unitCode: unit.code,
      section: section?.name ?? null,
      sectionHead: head,
    };
    book.positions.push(position);
    const leave = (day: number): Placed =>
      placePerson(
        book,
        path(rng.float(1, 6)),
        {
          staffType: 'civil_servant',
          positionNo: position.positionNo,
          exit: {
            day,
            reason: rng.weighted<ExitReason>([
              ['retired', 70],
              ['transferred', 15],
              ['died', 5],
              ['other', 10],
            ]),
          },
          entryAge: [22, 30],
        },
        rng,
      );
    if (rng.chance(vacantP)) {
      const gone = rng.chance(0.8) ? leave(book.todayDay - rng.int(30, 900)) : null;
      return {
        position,
        holder: null,
        vacantSince: gone ? gone.exitDay! + 1 : book.todayDay - rng.int(30, 400),
        steps: null,
      };
    }
    const steps = path(rng.float(0.5, 5));
    const holder = placePerson(
      book,
      steps,
      { staffType: 'civil_servant', positionNo: position.positionNo, exit: null, entryAge: [22, 30] },
      rng,
    );
    if (rng.chance(0.3)) leave(holder.tookUp - rng.int(15, 200));
    return { position, holder, vacantSince: null, steps };
  };

  const heads = sections.map((s) => {
    const general = s.name === 'ฝ่ายทะเบียน' || s.name === 'ฝ่ายการคลัง';
    const type = district && general ? 'general' : 'academic';
    const top = W.LEVELS[type][2]!;
    return slot(W.headTitle(s.name), type, top, s, (y) => headPath(unit, s, pools, y, rng), 0.08);
  });
  heads.forEach((h) => {
    if (h.vacantSince !== null) wanted.push({ position: h.position, since: h.vacantSince });
  });
  if (district) {
    const today = rng.shuffle(SECTION_NAMES);
    const actingHeads = new Set<string>();
    const assistants = [0, 1, 2].map((i) => {
      const forced = shortOfSeven && i === 0;
      const a = slot(
        W.ASSISTANT_DISTRICT_DIRECTOR,
        'managerial',
        'junior',
        null,
        (y) => assistantPath(unit, pools, forced ? Math.max(y, 2.5) : y, rng),
        forced ? 0 : 0.12,
      );
      if (a.holder) {
        const distinct = forced ? 6 : rng.weighted(DISTINCT);
        overseesRows(
          book.history,
          a.holder.personNo,
          a.holder.dated,
          { open: true, current: today[i]!, distinct },
          rng,
        );
        if (forced) marked = a.holder.personNo;
      } else {
        // A head acts for one vacant assistant at most: acting periods of one person never overlap, and
        // the history file's import refuses them (src/domain/workforce/history-checks.ts).
        const actor = heads.find((h) => h.holder && !actingHeads.has(h.holder.personNo))?.holder;
        if (actor) {
          actingHeads.add(actor.personNo);
          actingRow(book, actor.personNo, a.position, a.vacantSince!, rng);
        }
      }
      return a;
    });
    const d = slot(
      W.DISTRICT_DIRECTOR,
      'managerial',
      'senior',
      null,
      (y) => directorPath(unit, pools, y, rng),
      0.08,
    );
    if (d.holder)
      overseesRows(
        book.history,
        d.holder.personNo,
        d.holder.dated,
        { open: false, current: null, distinct: rng.weighted(DISTINCT) },
        rng,
      );
    else {
      const actor = assistants.find((a) => a.holder)?.holder;
      if (actor) actingRow(book, actor.personNo, d.position, d.vacantSince!, rng);
    }
  } else {
    const own = sections[0]!;
    const deputy = slot(
      W.AGENCY_DEPUTY,
      'executive',
      'junior',
      null,
      (y) => agencyLeaderPath(unit, own, pools, false, y, rng),
      0.05,
    );
    const head = slot(
      W.AGENCY_HEAD[unit.kind] ?? 'ผู้อำนวยการ',
      'executive',
      'senior',
      null,
      (y) => agencyLeaderPath(unit, own, pools, true, y, rng),
      0.05,
    );
    if (!head.holder && deputy.holder)
      actingRow(book, deputy.holder.personNo, head.position, head.vacantSince!, rng);
  }
  return { shortOfSeven: marked };
}
