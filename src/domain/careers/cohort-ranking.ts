/**
 * The post-course ranking of a course cohort (seed 002, DD-C3 and ADD-C3: «๔.๓ เรียงลำดับคะแนน และจัดลำดับ
 * รายชื่อ ๕ คนแรกที่ได้รับคะแนนสูงสุด»). Pure: scores in, the ranked list out.
 *
 * - Weights are whole numbers (per cent) that sum to exactly 100; scores are 0–100 with at most 2 decimals.
 * - The total is computed EXACTLY, in integers: score in hundredths × weight gives ten-thousandths of a point.
 *   Ranking and the pass mark compare that exact value, so rounding can never create a tie, break one, or
 *   move someone across the pass mark. The total is SHOWN rounded to 2 decimals, half up (0.005 → 0.01), the
 *   way a score sheet is read; two people shown with the same rounded total may still differ in rank (the
 *   exact total travels beside it: `totalExact`).
 * - A member missing any score is `incomplete`, and one whose exact total is below the pass mark (when the
 *   office set one; meeting it exactly passes) is `below_pass_mark`: neither is ranked.
 * - Ties: ranked by the exact total, highest first; equal totals are separated by the components' scores in
 *   the order the office listed them (the exam first, as the seed lists «๔.๑ สอบวัดความรู้» before the
 *   proposal); members equal on the total and on every component share a rank (competition ranking: 1, 2, 2,
 *   4) and are listed by person number. Seniority is not used: the seed names none and the office can see
 *   every shared rank. The top five are the members ranked 1–5, so a tie at 5th place includes all tied.
 */

export interface CohortComponent {
  code: string;
  name: string;
  /** Whole per cent; the weights of a cohort sum to 100. */
  weight: number;
}

export interface MemberScores {
  personId: number;
  personNo: string;
  /** component code → 0–100 with at most 2 decimals; absent or null: not recorded yet. */
  scores: Record<string, number | null | undefined>;
}

export type MemberState = 'ranked' | 'below_pass_mark' | 'incomplete';

export interface RankedMember {
  personId: number;
  personNo: string;
  state: MemberState;
  /** The exact total in ten-thousandths of a point; null when incomplete. */
  totalExact: number | null;
  /** The total shown: 2 decimals, half up ("85.50"); null when incomplete. */
  total: string | null;
  rank: number | null;
  top: boolean;
  /**
   * Why this member is below the one listed before: null (a lower total, or first), a component code (equal
   * totals, that component's score decided), 'shared' (equal on everything: the same rank).
   */
  decidedBy: string | null;
}

export const TOP = 5;

export interface WeightIssue {
  field: string;
  th: string;
  en: string;
}

/** What is wrong with a cohort's components (empty: fine). */
export function componentIssues(components: readonly CohortComponent[]): WeightIssue[] {
  const issues: WeightIssue[] = [];
  if (components.length === 0)
    issues.push({
      field: 'components',
      th: 'ต้องมีองค์ประกอบคะแนนอย่างน้อย 1 รายการ',
      en: 'at least one score component is required',
    });
  const seen = new Set<string>();
  components.forEach((c, i) => {
    if (seen.has(c.code))
      issues.push({
        field: `components.${i}.code`,
        th: `รหัสองค์ประกอบ ${c.code} ซ้ำ`,
        en: `component code ${c.code} is repeated`,
      });
    seen.add(c.code);
    if (!Number.isInteger(c.weight) || c.weight < 1 || c.weight > 100)
      issues.push({
        field: `components.${i}.weight`,
        th: 'น้ำหนักต้องเป็นจำนวนเต็ม 1–100',
        en: 'a weight is a whole number from 1 to 100',
      });
  });
  const sum = components.reduce((s, c) => s + c.weight, 0);
  if (components.length > 0 && sum !== 100)
    issues.push({
      field: 'components',
      th: `น้ำหนักรวมต้องเท่ากับ 100 (ตอนนี้ ${sum})`,
      en: `the weights must sum to 100 (they sum to ${sum})`,
    });
  return issues;
}

/** A 0–100 score with at most 2 decimals → hundredths (exact for such numbers). */
export const hundredths = (score: number): number => Math.round(score * 100);

/** Ten-thousandths of a point → "85.50", half up. */
export function showTotal(exact: number): string {
  const h = Math.floor((exact + 50) / 100);
  return `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}`;
}

/** The exact weighted total (ten-thousandths of a point), or null when a score is missing. */
export function weightedTotal(
  components: readonly CohortComponent[],
  scores: MemberScores['scores'],
): number | null {
  let sum = 0;
  for (const c of components) {
    const s = scores[c.code];
    if (s === null || s === undefined) return null;
    sum += hundredths(s) * c.weight;
  }
  return sum;
}

/** Compares two ranked candidates: the total, then each component in order (higher first); 0 = equal. */
function compare(
  components: readonly CohortComponent[],
  a: MemberScores,
  ta: number,
  b: MemberScores,
  tb: number,
) {
  if (ta !== tb) return { order: tb - ta, by: null as string | null };
  for (const c of components) {
    const d = hundredths(b.scores[c.code]!) - hundredths(a.scores[c.code]!);
    if (d !== 0) return { order: d, by: c.code };
  }
  return { order: 0, by: 'shared' };
}

const byNo = (a: { personNo: string }, b: { personNo: string }) =>
  a.personNo < b.personNo ? -1 : a.personNo > b.personNo ? 1 : 0;

/** The ranked list: ranked members by rank, then those below the pass mark (by total), then incomplete. */
export function rankCohort(
  components: readonly CohortComponent[],
  passMark: number | null,
  members: readonly MemberScores[],
): RankedMember[] {
  const bar = passMark === null ? null : hundredths(passMark) * 100;
  const withTotal = members.map((m) => ({ m, t: weightedTotal(components, m.scores) }));
  const ranked = withTotal
    .filter((x): x is { m: MemberScores; t: number } => x.t !== null && (bar === null || x.t >= bar))
    .sort((x, y) => compare(components, x.m, x.t, y.m, y.t).order || byNo(x.m, y.m));
  const out: RankedMember[] = [];
  ranked.forEach((x, i) => {
    const prev = ranked[i - 1];
    const cmp = prev ? compare(components, prev.m, prev.t, x.m, x.t) : { order: 1, by: null };
    const rank = prev && cmp.order === 0 ? out[i - 1]!.rank! : i + 1;
    out.push({
      personId: x.m.personId,
      personNo: x.m.personNo,
      state: 'ranked',
      totalExact: x.t,
      total: showTotal(x.t),
      rank,
      top: rank <= TOP,
      decidedBy: i === 0 ? null : cmp.by,
    });
  });
  const below = withTotal
    .filter((x): x is { m: MemberScores; t: number } => x.t !== null && bar !== null && x.t < bar)
    .sort((x, y) => y.t - x.t || byNo(x.m, y.m));
  for (const x of below)
    out.push({
      personId: x.m.personId,
      personNo: x.m.personNo,
      state: 'below_pass_mark',
      totalExact: x.t,
      total: showTotal(x.t),
      rank: null,
      top: false,
      decidedBy: null,
    });
  for (const x of withTotal.filter((w) => w.t === null).sort((a, b) => byNo(a.m, b.m)))
    out.push({
      personId: x.m.personId,
      personNo: x.m.personNo,
      state: 'incomplete',
      totalExact: null,
      total: null,
      rank: null,
      top: false,
      decidedBy: null,
    });
  return out;
}
