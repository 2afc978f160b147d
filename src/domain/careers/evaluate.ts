/**
 * Evaluates a criterion tree against one person's dated history and records as of a date. Every result
 * explains itself: met or not, the value found, the requirement, the rows it used, and what would close
 * the gap — for a time criterion the earliest date it is met if the person stays where they are.
 */
import {
  addDays,
  earliestDateMet,
  reaches,
  sectionsOverseen,
  serviceTime,
  unitsServed,
  type HistoryRow,
  type ServiceTime,
} from '../workforce/index';
import { isGroup, type Criterion, type EvidenceRecord, type LeafCriterion, type RowMatch } from './criteria';

/** A position_history row with its id, so that a result can name the rows it used. */
export interface CareerRow extends HistoryRow {
  id: number;
}

export interface PersonFacts {
  rows: readonly CareerRow[];
  evidence: readonly EvidenceRecord[];
}

/** What would close the gap of an unmet criterion. */
export type Gap =
  | { kind: 'wait'; until: string }
  /** More time in such a position is needed, and the person holds none now. */
  | { kind: 'time' }
  | { kind: 'units'; missing: number }
  | { kind: 'sections'; missing: number }
  | { kind: 'course'; courses: string[] }
  | { kind: 'works'; missing: number }
  | { kind: 'competency' };

export interface CriterionResult {
  kind: Criterion['kind'];
  ref: string | null;
  text: string | null;
  met: boolean;
  /** The count found (units, sections, works, courses passed, assessments passed) or null for time/groups. */
  value: number | null;
  /** For a time criterion: the time counted. */
  time: ServiceTime | null;
  /** The minimum asked (a count), null for time and groups. */
  required: number | null;
  /** history row ids (time, units, sections) or evidence record ids (course, works, competency) used. */
  used: number[];
  /**
   * Not met: the first day at whose end it is met if the person stays as they are (time alone closes
   * the gap), or null when time alone will not. Met: null.
   */
  metOn: string | null;
  gap: Gap | null;
  children: CriterionResult[] | null;
  /** Counted as met by an exception the office granted (the value and rows still say what was found). */
  byException?: boolean;
}

const roleCounts = (r: HistoryRow, countActing: boolean) =>
  r.role === 'holds' || (countActing && r.role === 'acting');

export function matches(r: HistoryRow, m: RowMatch): boolean {
  return (
    (m.title === undefined || r.title === m.title) &&
    (m.positionType === undefined || r.positionType === m.positionType) &&
    (m.level === undefined || r.level === m.level) &&
    (m.unitKind === undefined || r.unitKind === m.unitKind) &&
    (m.sectionHead === undefined || r.sectionHead === m.sectionHead)
  );
}

const base = (c: Criterion) => ({ kind: c.kind, ref: c.ref ?? null, text: c.text ?? null });
const noTime = { time: null, children: null };

function evaluateLeaf(c: LeafCriterion, facts: PersonFacts, asOf: string): CriterionResult {
  const upTo = (date: string) => date <= asOf;
  switch (c.kind) {
    case 'time': {
      const rows = facts.rows.filter(
        (r) => roleCounts(r, c.countActing) && matches(r, c.match) && upTo(r.fromDate),
      );
      const time = serviceTime(rows, asOf);
      const met = reaches(time, c.min);
      const metOn = met ? null : earliestDateMet(rows, asOf, c.min);
      return {
        ...base(c),
        met,
        value: null,
        time,
        required: null,
        used: rows.map((r) => r.id),
        metOn,
        gap: met ? null : metOn ? { kind: 'wait', until: metOn } : { kind: 'time' },
        children: null,
      };
    }
    case 'units_served': {
      const rows = facts.rows.filter((r) => matches(r, c.match) && upTo(r.fromDate));
      const units = unitsServed(rows, c.unitKind, asOf, { countActing: c.countActing });
      const used = rows.filter((r) => roleCounts(r, c.countActing) && r.unitKind === c.unitKind);
      return count(c, units.length, c.min, used, { kind: 'units', missing: c.min - units.length });
    }
    case 'sections_overseen': {
      const found = sectionsOverseen(facts.rows, asOf, {
        countActing: c.countActing,
        ...(c.whileTitle === undefined ? {} : { whileTitle: c.whileTitle }),
      });
      const n = c.countBy === 'kind' ? found.kinds.length : found.sections.length;
      const pairs = new Set(found.sections.map((s) => `${s.unitId}\u0000${s.section}`));
      const used = facts.rows.filter(
        (r) =>
          upTo(r.fromDate) &&
          r.section !== null &&
          (r.role === 'oversees' || r.sectionHead) &&
          pairs.has(`${r.unitId}\u0000${r.section}`),
      );
      return count(c, n, c.min, used, { kind: 'sections', missing: c.min - n });
    }
    case 'course': {
      const passed = facts.evidence.filter(
        (e) => e.kind === 'course' && e.passed && upTo(e.date) && c.courses.includes(e.name),
      );
      return count(c, passed.length, 1, passed, { kind: 'course', courses: c.courses });
    }
    case 'evidenced_work': {
      const works = facts.evidence.filter((e) => e.kind === 'work' && e.approved && upTo(e.date));
      return count(c, works.length, c.min, works, { kind: 'works', missing: c.min - works.length });
    }
    case 'competency': {
      const passed = facts.evidence.filter(
        (e) =>
          e.kind === 'competency' &&
          e.passed &&
          upTo(e.date) &&
          (c.competency === undefined || e.name === c.competency) &&
          (c.minScore === undefined || (e.score !== null && e.score >= c.minScore)),
      );
      return count(c, passed.length, 1, passed, { kind: 'competency' });
    }
  }
}

function count(
  c: LeafCriterion,
  value: number,
  required: number,
  used: readonly { id: number }[],
  gap: Gap,
): CriterionResult {
  const met = value >= required;
  return {
    ...base(c),
    ...noTime,
    met,
    value,
    required,
    used: used.map((u) => u.id),
    metOn: null,
    gap: met ? null : gap,
  };
}

/**
 * all: met when every child is; otherwise met on the latest date of its unmet children when each of them
 * has one. any: met when one child is; otherwise on the earliest date any child will be met.
 */
export function evaluate(
  c: Criterion,
  facts: PersonFacts,
  asOf: string,
  waived: ReadonlySet<string> = NONE,
): CriterionResult {
  const found = evaluateNode(c, facts, asOf, waived);
  if (found.met || c.ref === undefined || !waived.has(c.ref)) return found;
  return { ...found, met: true, metOn: null, gap: null, byException: true };
}

const NONE: ReadonlySet<string> = new Set();

/** `waived`: refs of criteria met by an exception (counted as met, still evaluated to show the facts). */
function evaluateNode(
  c: Criterion,
  facts: PersonFacts,
  asOf: string,
  waived: ReadonlySet<string>,
): CriterionResult {
  if (!isGroup(c)) return evaluateLeaf(c, facts, asOf);
  const children = c.of.map((x) => evaluate(x, facts, asOf, waived));
  const unmet = children.filter((x) => !x.met);
  const dates = unmet.map((x) => x.metOn);
  let met: boolean;
  let metOn: string | null = null;
  if (c.kind === 'all') {
    met = unmet.length === 0;
    if (!met && dates.every((d) => d !== null)) metOn = (dates as string[]).sort().at(-1)!;
  } else {
    met = unmet.length < children.length || children.length === 0;
    const some = dates.filter((d): d is string => d !== null).sort();
    if (!met && some.length > 0) metOn = some[0]!;
  }
  return {
    ...base(c),
    met,
    value: null,
    time: null,
    required: null,
    used: [],
    metOn,
    gap: null,
    children,
  };
}

/** Met now, or will be by staying, on or before `asOf` plus `years` (the succession view's "within N years"). */
export function metWithin(result: CriterionResult, asOf: string, years: number): boolean {
  if (result.met) return true;
  if (result.metOn === null) return false;
  return result.metOn <= addYears(asOf, years);
}

/** The same calendar day `years` later (29 February → 1 March, as the workforce calendar reads it). */
export function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const candidate = `${String(y).padStart(4, '0')}${iso.slice(4)}`;
  return iso.slice(5) === '02-29' && !isLeap(y) ? addDays(`${y}-02-28`, 1) : candidate;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
