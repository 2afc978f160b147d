/**
 * Career-path requirements as data (issue 12, seed 002): typed criteria the office edits and versions,
 * combined with all-of and any-of groups (Totara's achievement paths: AND inside a group, OR across).
 * Everything time-based is counted by the workforce primitives (decision 0011); this file only says what
 * a requirement is.
 */
import type { Duration, UnitKind } from '../workforce/index';

/** Which history rows a criterion looks at; every key given must match (title, type, level, …). */
export interface RowMatch {
  title?: string;
  positionType?: string;
  level?: string;
  /** The kind of the unit actually worked in (district = สำนักงานเขต, bureau = สำนัก). */
  unitKind?: UnitKind;
  /** Only positions that head their section (หัวหน้าฝ่าย). */
  sectionHead?: boolean;
}

interface Labelled {
  /** The office's own reference, e.g. "DD-2" (seed 002's numbering). */
  ref?: string;
  /** What the committee wrote, shown beside the computed result. */
  text?: string;
}

/** Years (months, days) holding matching positions; acting counted only when the criterion says so. */
export interface TimeCriterion extends Labelled {
  kind: 'time';
  match: RowMatch;
  min: Duration;
  countActing: boolean;
}

/** Distinct units of a kind (district offices) served in matching positions. */
export interface UnitsServedCriterion extends Labelled {
  kind: 'units_served';
  match: RowMatch;
  unitKind: UnitKind;
  min: number;
  countActing: boolean;
}

/**
 * Distinct sections overseen (an `oversees` row, or heading the section), while holding `whileTitle`
 * when given. countBy 'kind': ฝ่ายโยธา of two district offices is one (seed 002's "7 of the 10 sections",
 * inferred); 'pair': it is two.
 */
export interface SectionsCriterion extends Labelled {
  kind: 'sections_overseen';
  whileTitle?: string;
  countBy: 'kind' | 'pair';
  min: number;
  countActing: boolean;
}

/** Passed one of these courses (by name or code as recorded). */
export interface CourseCriterion extends Labelled {
  kind: 'course';
  courses: string[];
}

/** At least `min` evidenced works (ผลงานเชิงประจักษ์) with an approval. */
export interface WorkCriterion extends Labelled {
  kind: 'evidenced_work';
  min: number;
}

/** A competency assessment passed (of this competency set when named; at least minScore when given). */
export interface CompetencyCriterion extends Labelled {
  kind: 'competency';
  competency?: string;
  minScore?: number;
}

export interface GroupCriterion extends Labelled {
  kind: 'all' | 'any';
  of: Criterion[];
}

export type LeafCriterion =
  | TimeCriterion
  | UnitsServedCriterion
  | SectionsCriterion
  | CourseCriterion
  | WorkCriterion
  | CompetencyCriterion;
export type Criterion = LeafCriterion | GroupCriterion;

export const CRITERION_KINDS = [
  'time',
  'units_served',
  'sections_overseen',
  'course',
  'evidenced_work',
  'competency',
  'all',
  'any',
] as const;

/** A record beside the position history: a course passed, an evidenced work, a competency assessment. */
export interface EvidenceRecord {
  id: number;
  kind: 'course' | 'work' | 'competency';
  /** Course name or code; the work's title; the competency set assessed. */
  name: string;
  date: string;
  passed: boolean;
  score: number | null;
  /** Works count only once approved; courses and assessments are approved when recorded. */
  approved: boolean;
}

export const isGroup = (c: Criterion): c is GroupCriterion => c.kind === 'all' || c.kind === 'any';

/** Every leaf of a criterion tree, depth first. */
export function leaves(c: Criterion): LeafCriterion[] {
  return isGroup(c) ? c.of.flatMap(leaves) : [c];
}

/** Replaces the leaf with this ref (the what-if: one threshold changed in a copy). */
export function withLeaf(
  c: Criterion,
  ref: string,
  change: (leaf: LeafCriterion) => LeafCriterion,
): Criterion {
  if (isGroup(c)) return { ...c, of: c.of.map((x) => withLeaf(x, ref, change)) };
  return c.ref === ref ? change(c) : c;
}

/** Every ref in a tree (groups and leaves), in order: the criteria an exception may name. */
export function refsOf(c: Criterion): string[] {
  const own = c.ref === undefined ? [] : [c.ref];
  return isGroup(c) ? [...own, ...c.of.flatMap(refsOf)] : own;
}
