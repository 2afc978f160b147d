/**
 * Sections an assistant district director is assigned to oversee (role `oversees`, beside the holds row).
 * formats.md lets periods of the same person and role never overlap, so the assignments follow one another:
 * each term as assistant is cut into assignments of a few months to a year, each over one of the district's
 * ten sections; over all terms, in every office, they oversee `distinct` different sections (the career
 * rule asks for 7 of the 10). A current assistant's last assignment lasts, over the section given. Pure.
 */
import type { Random } from '../random';
import type { DatedStep } from './careers';
import { orderRef } from './careers';
import { isoOf } from './days';
import type { HistoryRow } from './types';
import * as W from './words';

export const SECTION_NAMES = W.DISTRICT_SECTIONS.map((s) => s.name);

export function overseesRows(
  out: HistoryRow[],
  personNo: string,
  dated: readonly DatedStep[],
  options: { open: boolean; current: string | null; distinct: number },
  rng: Random,
): void {
  const terms = dated.filter((s) => s.title === W.ASSISTANT_DISTRICT_DIRECTOR);
  const total = terms.reduce((n, s) => n + s.untilDay - s.fromDay, 0);
  if (total === 0) return;
  const current = options.open ? options.current : null;
  const wanted = Math.max(1, Math.min(10, options.distinct));
  const count = Math.max(wanted, terms.length, Math.round(total / 300));
  // one section per assignment: every chosen section once (the current one last), then repeats
  const others = rng.shuffle(SECTION_NAMES.filter((n) => n !== current));
  const chosen = current ? [...others.slice(0, wanted - 1), current] : others.slice(0, wanted);
  const sequence = chosen.slice(0, -1);
  const repeats = chosen.length > 1 ? chosen.slice(0, -1) : chosen;
  while (sequence.length < count - 1) sequence.push(rng.pick(repeats));
  sequence.push(chosen[chosen.length - 1]!);
  let next = 0;
  terms.forEach((term, t) => {
    const days = term.untilDay - term.fromDay;
    const later = terms.length - 1 - t; // each later term keeps at least one assignment
    const share =
      later === 0
        ? count - next
        : Math.min(count - next - later, Math.max(1, Math.round((count * days) / total)));
    for (let k = 0; k < share && next < count; k++, next++) {
      const from = term.fromDay + Math.floor((days * k) / share);
      const until = term.fromDay + Math.floor((days * (k + 1)) / share);
      const last = next === count - 1;
      out.push({
        personNo,
        from: isoOf(from),
        to: last && options.open ? null : isoOf(until - 1),
        role: 'oversees',
        positionNo: null,
        title: W.ASSISTANT_DISTRICT_DIRECTOR,
        positionType: 'managerial',
        level: 'junior',
        line: null,
        unitCode: term.unitCode,
        workUnitCode: null,
        section: sequence[next]!,
        sectionHead: false,
        orderRef: orderRef(rng, from),
      });
    }
  });
}
