/**
 * A generated dataset for benchmarks at Bangkok scale (`bin/tidtam generate --scale S [--seed N]`):
 * a plan with its targets, strategies and projects, the agencies (real BMA names), users of every
 * role, reporting months with deadlines, and monthly report histories with versions, review states,
 * on-time / late / missing submissions, problems, key results with actuals, and the annual action
 * plan (year plans with budgets, milestones). Deterministic: the same scale and seed give the same
 * rows (ids included, on a fresh database), whichever database; only timestamps the database fills
 * with now() (created_at, audit rows of created records …) and the open month's deadline (a month
 * from today, so it stays open for submissions) depend on the clock.
 *
 * Sizes (src/server/generate/sizes.ts):
 *   scale 1   ≈ the demo: 5 targets, 15 strategies, 56 projects, 8 units, 20 users, 8 months of
 *               fiscal year 2566 (2565-10 … 2566-05), ≈ 350 reports;
 *   scale 10  : 6 targets, 30 strategies, 150 projects, 25 units, 200 users, 24 months (2565-10 …
 *               2567-09), ≈ 2,000 reports;
 *   scale 100 : 8 targets, 60 strategies, 500 projects, 80 units, 2,000 users, 60 months
 *               (2564-10 … 2569-09, plan 2565–2570), ≈ 17,400 reports;
 *   other whole scales 1–100 are interpolated between these. Reports are fewer than projects × months:
 *   a project reports from its start date, stops once its completion (or cancellation) has been sent
 *   up, and one without an owner never reports; some are missing, about 5 % have a superseded version.
 *   The history ends by 2569-09 (not 2570-09 as a plan of 2566–2570 would): the app refuses reports
 *   for months still to come, so the open month must be one that can be reported today.
 *
 * Everything is built in memory with a seeded generator (random.ts) and written set-based
 * (INSERT … SELECT FROM unnest(…), one statement per table) in one transaction. Every table the demo
 * (load-demo.ts) fills is filled the same way, audit rows included: units with their names, users,
 * the plan tree, predecessor links and extra targets, reporting months (and a few exceptions),
 * monthly reports (every version, superseded ones linked to what replaced them), the problems
 * register, key results, their actuals and projects, year plans and milestones.
 *
 * Unit codes and usernames carry the scale (G100-D-BANGKHEN, g100.focal.d-bangkhen.1), so datasets of
 * different scales and the demo can share a database; reporting months are shared by all plans, so a
 * month opened already is left as it is.
 */
import { fiscalYearOfPeriod, formatPeriod, periodKey, type Period } from '../../domain/period';
import { addDays, bangkokDate, defaultDeadline } from '../../domain/reporting-month';
import type { Actor } from '../actor';
import type { Database, Queryable } from '../db/database';
import { conflict, invalidInput } from '../errors';
import { recordAuditMany, type AuditEntry } from '../repositories/audit';
import { hashPassword } from '../use-cases/passwords';
import { Random } from './random';
import { sizesForScale, isValidScale, timelineFor, type DatasetSizes } from './sizes';
import * as W from './thai-words';

export interface GenerateOptions {
  scale: number;
  /** default 1 */
  seed?: number;
  /** default true; false: everything but the monthly reports and what depends on them */
  withReports?: boolean;
}

export interface GeneratedDataset {
  scale: number;
  seed: number;
  /** e.g. 'GEN-S100' */
  planCode: string;
  /**
   * the fiscal years of the months up to asOf (with reports), BE: [2566] at scale 1, [2566, 2567] at 10,
   * [2565 … 2569] at 100; the plan itself runs one year further at least (to the open month's year)
   */
  fiscalYears: number[];
  /** the last month with reports, 'YYYY-MM' BE */
  asOf: string;
  /** opened for submissions (deadline in the future, never locks), no reports yet, right after asOf */
  openMonth: string;
  /** every generated user's password (GENERATED_PASSWORD) */
  password: string;
  /** username of a central-office admin */
  admin: string;
  /** at least one focal point per unit that owns projects */
  focalPoints: Array<{ username: string; unitCode: string }>;
  counts: {
    targets: number;
    strategies: number;
    projects: number;
    units: number;
    users: number;
    /** reporting months of the dataset, the open month included */
    months: number;
    /** monthly reports, one per project and month (current versions; superseded versions not counted) */
    reports: number;
    problems: number;
    keyResults: number;
  };
}

export const GENERATED_PASSWORD = 'tidtam-bench';

/** Who the generator's audit rows name. */
export const GENERATOR: Actor = { userId: null, label: 'generate', role: 'admin', unitId: null };

export const planCodeFor = (scale: number) => `GEN-S${scale}`;

// ---------------------------------------------------------------------------------------------------
// Months are handled as indexes (yearBE × 12 + month − 1) while building.

const idxOf = (p: Period) => p.yearBE * 12 + p.month - 1;
const periodOfIdx = (idx: number): Period => ({ yearBE: Math.floor(idx / 12), month: (idx % 12) + 1 });
const keyOfIdx = (idx: number) => periodKey(periodOfIdx(idx));
const fyOfIdx = (idx: number) => fiscalYearOfPeriod(periodOfIdx(idx));
/** The first month (October) of a fiscal year. */
const fyStartIdx = (fy: number) => (fy - 1) * 12 + 9;
const fyEndIdx = (fy: number) => fy * 12 + 8;
const pad2 = (n: number) => String(n).padStart(2, '0');
/** First and last day of a month, ISO CE. */
const firstDay = (idx: number) => `${Math.floor(idx / 12) - 543}-${pad2((idx % 12) + 1)}-01`;
const lastDay = (idx: number) =>
  new Date(Date.UTC(Math.floor(idx / 12) - 543, (idx % 12) + 1, 0)).toISOString().slice(0, 10);
const idxOfIsoDate = (iso: string) => {
  const [y, m] = iso.split('-').map(Number);
  return (y! + 543) * 12 + m! - 1;
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Midnight at the start of an ISO date in Bangkok (UTC+7), as epoch milliseconds. */
const bangkokMidnight = (iso: string) => Date.parse(`${iso}T00:00:00+07:00`);
const stamp = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const money = (baht: number) => (Math.round(baht / 1000) * 1000).toFixed(2);

// ---------------------------------------------------------------------------------------------------

interface UnitRow {
  code: string;
  key: string;
  name: string;
  kind: 'bureau' | 'district' | 'office' | 'institute';
  /** how much work lands here */
  weight: number;
  /** chance a report comes in after the deadline / never */
  lateP: number;
  missP: number;
}

interface UserRow {
  username: string;
  displayName: string;
  email: string;
  role: 'admin' | 'focal_point' | 'approver' | 'viewer';
  unitCode: string | null;
}

interface ProjectRow {
  index: number;
  code: string;
  targetNo: string;
  strategyNo: string;
  name: string;
  ownerCode: string | null;
  fyFrom: number;
  fyTo: number;
  startDate: string | null;
  endDate: string | null;
  budget: string | null;
  kpi: string | null;
  kpiUnit: string | null;
  kpiTarget: number | null;
  dependsOn: number | null;
  extraTarget: string | null;
}

interface ReportRow {
  projectIndex: number;
  period: number;
  status: 'not_started' | 'in_progress' | 'completed' | 'cancelled';
  percent: string;
  kpiActual: string | null;
  spent: string | null;
  problems: string | null;
  nextSteps: string | null;
  source: 'web' | 'import';
  reportedBy: string;
  reportedAt: number;
  supersededAt: number | null;
  state: 'draft' | 'submitted' | 'approved' | 'accepted' | 'returned';
  submittedAt: number | null;
  approvedAt: number | null;
  approvedBy: string | null;
  acceptedAt: number | null;
  acceptedBy: string | null;
  returnedAt: number | null;
  returnedBy: string | null;
  reviewComment: string | null;
}

interface ProblemRow {
  projectIndex: number;
  period: number;
  description: string;
  category: string | null;
  severity: 'low' | 'medium' | 'high' | null;
  actionUnitCode: string | null;
  actionBy: string | null;
  dueDate: string | null;
  status: 'open' | 'in_progress' | 'resolved' | 'closed';
  resolution: string | null;
  at: number;
}

/** The ordered agency list: the central HR units first, then districts and bureaus alternately. */
function unitList(scale: number, count: number, rng: Random): UnitRow[] {
  const order: Array<{ key: string; name: string; kind: UnitRow['kind'] }> = [];
  const agencies = W.AGENCIES.map(([key, name, kind]) => ({ key, name, kind }));
  const districts = W.DISTRICTS.map(([key, name]) => ({
    key: `D-${key}`,
    name: `สำนักงานเขต${name}`,
    kind: 'district' as const,
  }));
  order.push(...agencies.slice(0, 6));
  let a = 6;
  let d = 0;
  while (a < agencies.length || d < districts.length) {
    if (d < districts.length) order.push(districts[d++]!);
    if (a < agencies.length) order.push(agencies[a++]!);
  }
  const central: Record<string, number> = { OCSC: 6, BHRDI: 5, PERS: 3, SPE: 2 };
  return order.slice(0, count).map((u) => {
    const discipline = rng.weighted<readonly [number, number]>([
      [[0.05, 0.01], 5],
      [[0.12, 0.03], 3],
      [[0.25, 0.07], 1.5],
      [[0.4, 0.12], 0.5],
    ]);
    return {
      code: `G${scale}-${u.key}`,
      key: u.key,
      name: u.name,
      kind: u.kind,
      weight: central[u.key] ?? (u.kind === 'district' ? 0.6 : 1),
      lateP: discipline[0],
      missP: discipline[1],
    };
  });
}

/** Spreads `total` over `n` buckets: at least `min` each, the rest by the weights. */
function spread(total: number, weights: readonly number[], min: number, rng: Random): number[] {
  const out = weights.map(() => min);
  let left = total - min * weights.length;
  const choices = weights.map((w, i) => [i, w] as const);
  while (left > 0) {
    out[rng.weighted(choices)]! += 1;
    left -= 1;
  }
  return out;
}

const personName = (rng: Random) => `${rng.pick(W.FIRST_NAMES)} ${rng.pick(W.LAST_NAMES)}`;

function buildUsers(scale: number, sizes: DatasetSizes, units: UnitRow[], rng: Random): UserRow[] {
  const prefix = `g${scale}`;
  const admins = Math.max(1, Math.round(sizes.users / 100));
  const viewers = Math.max(1, Math.round(sizes.users / 40));
  const agencyUsers = Math.max(2 * units.length, sizes.users - admins - viewers);
  const approvers = Math.max(units.length, Math.round(agencyUsers * 0.25));
  const focals = agencyUsers - approvers;
  const weights = units.map((u) => u.weight);
  const focalPer = spread(focals, weights, 1, rng.fork('focal'));
  const approverPer = spread(approvers, weights, 1, rng.fork('approver'));
  const users: UserRow[] = [];
  const mail = (username: string) => `${username}@tidtam.example`;
  for (let i = 1; i <= admins; i++) {
    const username = i === 1 ? `${prefix}.admin` : `${prefix}.admin.${i}`;
    users.push({
      username,
      displayName: `${personName(rng)} (สำนักงาน ก.ก.)`,
      email: mail(username),
      role: 'admin',
      unitCode: units[0]!.code,
    });
  }
  units.forEach((u, k) => {
    const key = u.key.toLowerCase();
    for (let i = 1; i <= approverPer[k]!; i++) {
      const username = `${prefix}.approver.${key}.${i}`;
      users.push({
        username,
        displayName: `${personName(rng)} (${u.name})`,
        email: mail(username),
        role: 'approver',
        unitCode: u.code,
      });
    }
    for (let i = 1; i <= focalPer[k]!; i++) {
      const username = `${prefix}.focal.${key}.${i}`;
      users.push({
        username,
        displayName: `${personName(rng)} (${u.name})`,
        email: mail(username),
        role: 'focal_point',
        unitCode: u.code,
      });
    }
  });
  for (let i = 1; i <= viewers; i++) {
    const username = `${prefix}.viewer.${i}`;
    users.push({
      username,
      displayName: `${personName(rng)} (กรรมการ อ.ก.ก. วิสามัญ)`,
      email: mail(username),
      role: 'viewer',
      unitCode: null,
    });
  }
  return users;
}

interface PlanTree {
  targets: Array<{ no: string; name: string; value: string }>;
  strategies: Array<{ targetNo: string; no: string; name: string; kpi: string }>;
  projects: ProjectRow[];
}

function buildPlan(
  sizes: DatasetSizes,
  units: UnitRow[],
  planEnd: number,
  reportFys: number[],
  rng: Random,
): PlanTree {
  const targets = Array.from({ length: sizes.targets }, (_, i) => ({
    no: String(i + 1),
    name: W.TARGET_NAMES[i % W.TARGET_NAMES.length]!,
    value: W.TARGET_VALUES[i % W.TARGET_VALUES.length]!,
  }));
  const sRng = rng.fork('strategies');
  const perTarget = spread(
    sizes.strategies,
    targets.map(() => 1),
    1,
    sRng,
  );
  const strategies: PlanTree['strategies'] = [];
  targets.forEach((t, ti) => {
    for (let k = 1; k <= perTarget[ti]!; k++) {
      const object = sRng.pick(W.STRATEGY_OBJECTS);
      strategies.push({
        targetNo: t.no,
        no: `${t.no}.${k}`,
        name: `${sRng.pick(W.STRATEGY_VERBS)}${object}${sRng.pick(W.STRATEGY_ENDINGS)}`.trim(),
        kpi: `ร้อยละความสำเร็จของการ${sRng.pick(W.STRATEGY_VERBS)}${object}`,
      });
    }
  });
  const pRng = rng.fork('projects');
  const perStrategy = spread(
    sizes.projects,
    strategies.map(() => pRng.float(0.5, 2)),
    1,
    pRng,
  );
  const unitChoices = units.map((u) => [u.code, u.weight] as const);
  const projects: ProjectRow[] = [];
  const seqPerTarget = new Map<string, number>();
  const ownerless = new Set(
    pRng
      .shuffle(Array.from({ length: sizes.projects }, (_, i) => i))
      .slice(0, Math.max(1, Math.round(sizes.projects * 0.04))),
  );
  const lastFy = reportFys[reportFys.length - 1]!;
  strategies.forEach((s, si) => {
    for (let k = 0; k < perStrategy[si]!; k++) {
      const index = projects.length;
      const seq = (seqPerTarget.get(s.targetNo) ?? 0) + 1;
      seqPerTarget.set(s.targetNo, seq);
      // Fiscal years: most start with the plan's reporting years; a few begin in the open month's year.
      const fyFrom =
        reportFys.length === 1 || pRng.chance(0.7)
          ? reportFys[0]!
          : pRng.int(reportFys[0]!, Math.min(planEnd, lastFy + 1));
      // A long history (scale 100) is mostly continuing work that runs to the plan's end.
      const long = reportFys.length > 2;
      const span = pRng.weighted<number | 'all'>([
        [1, long ? 15 : 40],
        [2, 15],
        [3, 10],
        ['all', long ? 60 : 35],
      ]);
      const fyTo = span === 'all' ? planEnd : Math.min(planEnd, fyFrom + span - 1);
      let startDate: string | null = null;
      let endDate: string | null = null;
      if (!pRng.chance(0.05)) {
        const startIdx =
          fyStartIdx(fyFrom) +
          pRng.weighted([
            [0, 75],
            [1, 12],
            [2, 8],
            [3, 3],
            [6, 2],
          ] as const);
        // One-year projects often take only a few months; longer ones mostly run to a year's end.
        const months =
          fyFrom === fyTo
            ? pRng.weighted<number>([
                [2, 10],
                [3, 20],
                [4, 15],
                [6, 15],
                [9, 15],
                [12, 25],
              ])
            : fyEndIdx(fyTo) -
              startIdx +
              1 -
              pRng.weighted([
                [0, 60],
                [1, 10],
                [2, 10],
                [3, 10],
                [6, 10],
              ] as const);
        const endIdx = Math.min(fyEndIdx(fyTo), Math.max(startIdx + 2, startIdx + months - 1));
        startDate = firstDay(startIdx);
        endDate = lastDay(endIdx);
      }
      const years = fyTo - fyFrom + 1;
      const budget = pRng.chance(0.08)
        ? null
        : money(Math.exp(pRng.float(Math.log(50_000), Math.log(8_000_000))) * Math.sqrt(years));
      const hasKpi = !pRng.chance(0.03);
      const [kpi, kpiUnit, kmin, kmax] = pRng.pick(W.KPIS);
      const group = pRng.pick(W.PROJECT_GROUPS);
      const name = `${pRng.pick(W.PROJECT_KINDS)}${pRng.pick(W.PROJECT_ACTIONS)}${pRng.pick(W.PROJECT_SUBJECTS)}${group ? ` ${group}` : ''}`;
      // A few continue an earlier project of the same strategy and cannot start before it is done.
      const siblings = projects.filter((p) => p.strategyNo === s.no && p.fyFrom <= fyFrom);
      const dependsOn = siblings.length > 0 && pRng.chance(0.05) ? pRng.pick(siblings).index : null;
      const extraTarget =
        targets.length > 1 && pRng.chance(0.04)
          ? pRng.pick(targets.filter((t) => t.no !== s.targetNo)).no
          : null;
      projects.push({
        index,
        code: `P${s.targetNo}-${String(seq).padStart(3, '0')}`,
        targetNo: s.targetNo,
        strategyNo: s.no,
        name,
        ownerCode: ownerless.has(index) ? null : pRng.weighted(unitChoices),
        fyFrom,
        fyTo,
        startDate,
        endDate,
        budget,
        kpi: hasKpi ? kpi : null,
        kpiUnit: hasKpi ? kpiUnit : null,
        kpiTarget: hasKpi ? pRng.int(kmin, kmax) : null,
        dependsOn,
        extraTarget,
      });
    }
  });
  return { targets, strategies, projects };
}

// ---------------------------------------------------------------------------------------------------
// Report histories

type State = ReportRow['state'];

/** The final state of a month's report by how many months before the last one it is. */
function finalState(age: number, rng: Random): State {
  if (age === 0)
    return rng.weighted<State>([
      ['accepted', 45],
      ['approved', 20],
      ['submitted', 20],
      ['returned', 7],
      ['draft', 8],
    ]);
  if (age === 1)
    return rng.weighted<State>([
      ['accepted', 82],
      ['approved', 8],
      ['submitted', 4],
      ['returned', 3],
      ['draft', 3],
    ]);
  return rng.weighted<State>([
    ['accepted', 96],
    ['approved', 1.5],
    ['submitted', 0.5],
    ['returned', 1],
    ['draft', 1],
  ]);
}

interface History {
  reports: ReportRow[];
  problems: ProblemRow[];
}

function buildHistories(
  plan: PlanTree,
  units: UnitRow[],
  users: UserRow[],
  months: { first: number; last: number },
  rng: Random,
): History {
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const focalsOf = new Map<string, string[]>();
  const approversOf = new Map<string, string[]>();
  for (const u of users) {
    if (!u.unitCode) continue;
    const map = u.role === 'focal_point' ? focalsOf : u.role === 'approver' ? approversOf : null;
    if (map) map.set(u.unitCode, [...(map.get(u.unitCode) ?? []), u.username]);
  }
  const admins = users.filter((u) => u.role === 'admin').map((u) => u.username);
  const reports: ReportRow[] = [];
  const problems: ProblemRow[] = [];
  /** The month each project's completion was sent up: its successors may start after it. */
  const completedAt = new Map<number, number>();

  for (const p of plan.projects) {
    if (p.ownerCode === null) continue; // nobody to report it: it stalls, flagged "no owner"
    const r = rng.fork(`project/${p.code}`);
    const unit = unitByCode.get(p.ownerCode)!;
    const focals = focalsOf.get(unit.code)!;
    const focal = focals[p.index % focals.length]!;
    const approvers = approversOf.get(unit.code)!;
    const approver = approvers[p.index % approvers.length]!;
    const startIdx = p.startDate ? idxOfIsoDate(p.startDate) : fyStartIdx(p.fyFrom);
    const endIdx = p.endDate ? idxOfIsoDate(p.endDate) : fyEndIdx(p.fyTo);
    const duration = endIdx - startIdx + 1;
    const delay = r.weighted([
      [0, 60],
      [1, 20],
      [2, 12],
      [4, 8],
    ] as const);
    const pace = r.weighted([
      [1.2, 20],
      [1.0, 45],
      [0.8, 25],
      [0.45, 10],
    ] as const);
    const troubled = pace < 0.9 || r.chance(0.1);
    const problemText = r.pick(W.PROBLEMS);
    const problemCategory = W.PROBLEM_CATEGORIES[W.PROBLEMS.indexOf(problemText)] ?? 'other';
    const cancelAt = r.chance(0.02) ? startIdx + r.int(2, Math.max(2, duration)) : null;
    let blockedUntil = -Infinity;
    if (p.dependsOn !== null) blockedUntil = completedAt.get(p.dependsOn) ?? Infinity;
    const from = Math.max(startIdx, months.first);
    const to = Math.min(months.last, fyEndIdx(p.fyTo));
    let lastPercent = 0;
    let problemStreak = false;
    for (let t = from; t <= to; t++) {
      const effectiveStart = Math.max(startIdx + delay, blockedUntil + 1);
      let status: ReportRow['status'];
      let percent: number;
      if (cancelAt !== null && t >= cancelAt) {
        status = 'cancelled';
        percent = lastPercent;
      } else if (t < effectiveStart) {
        status = 'not_started';
        percent = 0;
      } else {
        const planned = ((t - effectiveStart + 1) / duration) * pace;
        percent = Math.round(100 * planned + r.normal(0, 3));
        percent = Math.min(100, Math.max(lastPercent, percent, 1));
        status = percent >= 100 ? 'completed' : 'in_progress';
      }
      lastPercent = percent;

      const age = months.last - t;
      const period = keyOfIdx(t);
      const deadline = defaultDeadline(periodOfIdx(t));
      const deadlineMs = bangkokMidnight(deadline);
      // Submission: missing, or first sent on time or late.
      if (r.chance(unit.missP)) {
        problemStreak = false;
        continue;
      }
      const late = r.chance(unit.lateP);
      const at = (days: number) => deadlineMs + days * DAY + r.int(8, 17) * HOUR + r.int(0, 59) * 60_000;
      const firstSent = late ? at(r.int(1, 25)) : at(-r.int(0, 12));
      const state = finalState(age, r);
      const hasProblem: boolean =
        status === 'in_progress' && (troubled ? r.chance(problemStreak ? 0.6 : 0.15) : r.chance(0.01));
      problemStreak = hasProblem;
      const showKpi = p.kpiTarget !== null && (status === 'completed' || (percent >= 30 && r.chance(0.6)));
      const base = {
        projectIndex: p.index,
        period,
        status,
        percent: String(percent),
        kpiActual: showKpi
          ? String(
              Math.round(
                status === 'completed'
                  ? p.kpiTarget! * r.float(0.9, 1.1)
                  : (p.kpiTarget! * percent * r.float(0.8, 1)) / 100,
              ),
            )
          : null,
        spent:
          p.budget && percent > 0
            ? money(Number(p.budget) * (status === 'completed' ? 0.97 : (0.85 * percent) / 100))
            : null,
        problems: hasProblem ? problemText : null,
        nextSteps: status === 'in_progress' && r.chance(0.5) ? r.pick(W.NEXT_STEPS) : null,
        source: r.chance(0.1) ? ('import' as const) : ('web' as const),
        reportedBy: focal,
      };
      const empty = {
        supersededAt: null,
        approvedAt: null,
        approvedBy: null,
        acceptedAt: null,
        acceptedBy: null,
        returnedAt: null,
        returnedBy: null,
        reviewComment: null,
      };
      if (state === 'draft') {
        reports.push({ ...base, ...empty, reportedAt: firstSent, state, submittedAt: null });
        problemStreak = false;
        continue;
      }
      // Some reports were returned once and sent again: two versions, the first superseded.
      let sent = firstSent;
      if (state !== 'returned' && r.chance(age === 0 ? 0.03 : 0.06)) {
        const byCentre = r.chance(0.3);
        const approvedAt = byCentre ? sent + r.int(1, 3) * DAY : null;
        const returnedAt = (approvedAt ?? sent) + r.int(1, 3) * DAY;
        const resent = returnedAt + r.int(1, 3) * DAY + r.int(0, 5) * HOUR;
        reports.push({
          ...base,
          ...empty,
          percent: String(Math.max(0, percent - r.int(0, 10))),
          spent: null,
          reportedAt: sent,
          supersededAt: resent,
          state: 'returned',
          submittedAt: sent,
          approvedAt,
          approvedBy: approvedAt === null ? null : approver,
          returnedAt,
          returnedBy: byCentre ? r.pick(admins) : approver,
          reviewComment: r.pick(W.RETURN_COMMENTS),
        });
        sent = resent;
      }
      const row: ReportRow = { ...base, ...empty, reportedAt: sent, state, submittedAt: sent };
      if (state === 'approved' || state === 'accepted') {
        row.approvedAt = sent + r.int(1, 4) * DAY;
        row.approvedBy = approver;
      }
      if (state === 'accepted') {
        row.acceptedAt = row.approvedAt! + r.int(1, 7) * DAY;
        row.acceptedBy = r.pick(admins);
      }
      if (state === 'returned') {
        row.returnedAt = sent + r.int(1, 3) * DAY;
        row.returnedBy = approver;
        row.reviewComment = r.pick(W.RETURN_COMMENTS);
      }
      reports.push(row);
      if (row.problems) {
        problems.push({
          projectIndex: p.index,
          period,
          description: row.problems,
          category: problemCategory,
          severity: r.weighted([
            ['low', 3],
            ['medium', 5],
            ['high', 2],
          ] as const),
          actionUnitCode: r.chance(0.7) ? unit.code : units[0]!.code,
          actionBy: null,
          dueDate: addDays(deadline, r.int(30, 90)),
          status: 'open',
          resolution: null,
          at: firstSent,
        });
      }
      const sentUp = state !== 'returned';
      if (sentUp && (status === 'completed' || status === 'cancelled')) {
        if (status === 'completed') completedAt.set(p.index, t);
        break; // nothing more is expected of a finished project
      }
    }
  }
  classifyProblems(problems, reports, months.last, rng.fork('problems'));
  return { reports, problems };
}

/**
 * The register as the centre keeps it: an entry reported again the next month is closed as carried
 * forward; one that went away is resolved; the latest are open or being dealt with, the newest month
 * partly not yet classified.
 */
function classifyProblems(problems: ProblemRow[], reports: ReportRow[], lastPeriodIdx: number, rng: Random) {
  const key = (projectIndex: number, period: number) => `${projectIndex}|${period}`;
  const reported = new Map<string, ReportRow>();
  for (const r of reports) if (r.supersededAt === null) reported.set(key(r.projectIndex, r.period), r);
  const lastKey = keyOfIdx(lastPeriodIdx);
  for (const pr of problems) {
    const idx = idxOfIsoDate(`${Math.floor(pr.period / 100) - 543}-${pad2(pr.period % 100)}-01`);
    const next = reported.get(key(pr.projectIndex, keyOfIdx(idx + 1)));
    if (next?.problems) {
      pr.status = 'closed';
      pr.resolution = 'รายงานปัญหาเดิมอีกครั้งในเดือนถัดไป ติดตามต่อในรายการเดือนล่าสุด';
    } else if (next || pr.period < lastKey - 100) {
      pr.status = 'resolved';
      pr.resolution = 'แก้ไขปัญหาแล้ว ดำเนินการต่อตามแผน';
    } else if (pr.period === lastKey && rng.chance(0.5)) {
      Object.assign(pr, { category: null, severity: null, actionUnitCode: null, dueDate: null });
    } else {
      pr.status = rng.chance(0.5) ? 'in_progress' : 'open';
      if (pr.category === 'budget') pr.actionBy = 'สำนักงบประมาณกรุงเทพมหานคร';
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Writing

type Column = readonly [name: string, type: string, values: readonly unknown[]];

/** INSERT … SELECT FROM unnest(one array per column): one statement, one parameter per column. */
async function insertRows<T = Record<string, unknown>>(
  tx: Queryable,
  table: string,
  columns: readonly Column[],
  returning?: string,
): Promise<T[]> {
  if ((columns[0]?.[2].length ?? 0) === 0) return [];
  const { rows } = await tx.query<T>(
    `insert into ${table} (${columns.map((c) => c[0]).join(', ')})
     select * from unnest(${columns.map((c, i) => `$${i + 1}::${c[1]}[]`).join(', ')})
     ${returning ? `returning ${returning}` : ''}`,
    columns.map((c) => c[2]),
  );
  return rows;
}

const bad = (en: string, th: string) => invalidInput([{ field: 'scale', en, th }], { en, th });

export async function generateDataset(db: Database, options: GenerateOptions): Promise<GeneratedDataset> {
  const { scale } = options;
  const seed = options.seed ?? 1;
  const withReports = options.withReports ?? true;
  if (!isValidScale(scale))
    throw bad(
      `--scale must be a whole number from 1 to 100 (1 ≈ the demo, 10, 100 = Bangkok), not ${String(scale)}`,
      `--scale ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 100 (1 ≈ ข้อมูลตัวอย่าง, 10, 100 = ขนาดกรุงเทพมหานคร) ไม่ใช่ ${String(scale)}`,
    );
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw invalidInput(
      [
        {
          field: 'seed',
          en: `--seed must be a whole number 0 or more, not ${String(seed)}`,
          th: `--seed ต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป ไม่ใช่ ${String(seed)}`,
        },
      ],
      {
        en: `--seed must be a whole number 0 or more, not ${String(seed)}`,
        th: `--seed ต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป ไม่ใช่ ${String(seed)}`,
      },
    );

  const sizes = sizesForScale(scale);
  const timeline = timelineFor(sizes.months);
  const planCode = planCodeFor(scale);
  const rng = new Random(`tidtam-generate/${scale}/${seed}`);
  const first = idxOf(timeline.first);
  const last = idxOf(timeline.last);
  const openIdx = idxOf(timeline.open);
  const reportFys = [...new Set(Array.from({ length: last - first + 1 }, (_, i) => fyOfIdx(first + i)))];

  const units = unitList(scale, sizes.units, rng.fork('units'));
  const users = buildUsers(scale, sizes, units, rng.fork('users'));
  const plan = buildPlan(sizes, units, timeline.planEndYear, reportFys, rng.fork('plan'));
  const history = withReports
    ? buildHistories(plan, units, users, { first, last }, rng.fork('reports'))
    : { reports: [], problems: [] };
  const passwordHash = await hashPassword(GENERATED_PASSWORD); // once: argon2 takes ~0.1 s
  const admin = users.find((u) => u.role === 'admin')!.username;
  const today = bangkokDate(new Date());

  const counts = await db.transaction(async (tx) => {
    const { rows: clash } = await tx.query<{ what: string }>(
      `select 'plan' as what from plan where code = $1
       union all select 'unit' from org_unit where code = any($2::text[])
       union all select 'user' from app_user where username = any($3::text[])
       limit 1`,
      [planCode, units.map((u) => u.code), users.map((u) => u.username)],
    );
    if (clash.length > 0)
      throw conflict({
        en: `plan ${planCode} (or its units and users) exists already: generate into a database without it`,
        th: `มีแผน ${planCode} (หรือหน่วยงานและผู้ใช้ของแผนนี้) อยู่แล้ว: สร้างข้อมูลในฐานข้อมูลที่ยังไม่มีแผนนี้`,
      });

    // Units and their names
    const unitRows = await insertRows<{ id: number; code: string }>(
      tx,
      'org_unit',
      [
        ['code', 'text', units.map((u) => u.code)],
        ['name', 'text', units.map((u) => u.name)],
        ['kind', 'text', units.map((u) => u.kind)],
      ],
      'id, code',
    );
    const unitId = new Map(unitRows.map((u) => [u.code, u.id]));
    await insertRows(tx, 'org_unit_name', [
      ['unit_id', 'int', units.map((u) => unitId.get(u.code))],
      ['name', 'text', units.map((u) => u.name)],
    ]);
    const audits: AuditEntry[] = units.map((u) => ({
      action: 'create',
      entity: 'org_unit',
      entityId: unitId.get(u.code)!,
      after: { code: u.code, name: u.name, kind: u.kind },
    }));

    // Users: one password hash for all
    const userRows = await insertRows<{ id: number; username: string }>(
      tx,
      'app_user',
      [
        ['username', 'text', users.map((u) => u.username)],
        ['display_name', 'text', users.map((u) => u.displayName)],
        ['email', 'text', users.map((u) => u.email)],
        ['password_hash', 'text', users.map(() => passwordHash)],
        ['role', 'text', users.map((u) => u.role)],
        ['unit_id', 'int', users.map((u) => (u.unitCode ? unitId.get(u.unitCode) : null))],
      ],
      'id, username',
    );
    const userId = new Map(userRows.map((u) => [u.username, u.id]));
    for (const u of users)
      audits.push({
        action: 'create',
        entity: 'app_user',
        entityId: userId.get(u.username)!,
        after: {
          username: u.username,
          displayName: u.displayName,
          email: u.email,
          role: u.role,
          unitId: u.unitCode ? unitId.get(u.unitCode) : null,
        },
      });

    // The plan tree
    const planName = `แผนยุทธศาสตร์การบริหารทรัพยากรบุคคลของกรุงเทพมหานคร (ข้อมูลจำลองขนาด ${scale}, พ.ศ. ${timeline.planStartYear}–${timeline.planEndYear})`;
    const { rows: planRows } = await tx.query<{ id: number }>(
      'insert into plan (code, name, start_year, end_year) values ($1, $2, $3, $4) returning id',
      [planCode, planName, timeline.planStartYear, timeline.planEndYear],
    );
    const planId = planRows[0]!.id;
    audits.push({
      action: 'create',
      entity: 'plan',
      entityId: planId,
      after: {
        code: planCode,
        name: planName,
        start_year: timeline.planStartYear,
        end_year: timeline.planEndYear,
      },
    });
    const targetRows = await insertRows<{ id: number; no: string }>(
      tx,
      'strategic_target',
      [
        ['plan_id', 'int', plan.targets.map(() => planId)],
        ['no', 'text', plan.targets.map((t) => t.no)],
        ['name', 'text', plan.targets.map((t) => t.name)],
        ['value_delivered', 'text', plan.targets.map((t) => t.value)],
      ],
      'id, no',
    );
    const targetId = new Map(targetRows.map((t) => [t.no, t.id]));
    const strategyRows = await insertRows<{ id: number; target_id: number; no: string }>(
      tx,
      'strategy',
      [
        ['target_id', 'int', plan.strategies.map((s) => targetId.get(s.targetNo))],
        ['no', 'text', plan.strategies.map((s) => s.no)],
        ['name', 'text', plan.strategies.map((s) => s.name)],
        ['kpi', 'text', plan.strategies.map((s) => s.kpi)],
      ],
      'id, target_id, no',
    );
    const strategyId = new Map(strategyRows.map((s) => [s.no, s.id]));
    const ps = plan.projects;
    const projectRows = await insertRows<{ id: number; code: string }>(
      tx,
      'project',
      [
        ['plan_id', 'int', ps.map(() => planId)],
        ['strategy_id', 'int', ps.map((p) => strategyId.get(p.strategyNo))],
        ['code', 'text', ps.map((p) => p.code)],
        ['name', 'text', ps.map((p) => p.name)],
        ['owner_unit_id', 'int', ps.map((p) => (p.ownerCode ? unitId.get(p.ownerCode) : null))],
        ['fiscal_year_from', 'int', ps.map((p) => p.fyFrom)],
        ['fiscal_year_to', 'int', ps.map((p) => p.fyTo)],
        ['start_date', 'date', ps.map((p) => p.startDate)],
        ['end_date', 'date', ps.map((p) => p.endDate)],
        ['budget', 'numeric', ps.map((p) => p.budget)],
        ['kpi', 'text', ps.map((p) => p.kpi)],
        ['kpi_unit', 'text', ps.map((p) => p.kpiUnit)],
        ['kpi_target', 'numeric', ps.map((p) => (p.kpiTarget === null ? null : String(p.kpiTarget)))],
      ],
      'id, code',
    );
    const idByCode = new Map(projectRows.map((p) => [p.code, p.id]));
    const projectId = ps.map((p) => idByCode.get(p.code)!);
    for (const t of plan.targets)
      audits.push({
        action: 'create',
        entity: 'strategic_target',
        entityId: targetId.get(t.no)!,
        after: { plan_id: planId, no: t.no, name: t.name, value_delivered: t.value },
      });
    for (const s of plan.strategies)
      audits.push({
        action: 'create',
        entity: 'strategy',
        entityId: strategyId.get(s.no)!,
        after: { target_id: targetId.get(s.targetNo), no: s.no, name: s.name },
      });
    for (const p of ps)
      audits.push({
        action: 'create',
        entity: 'project',
        entityId: projectId[p.index]!,
        after: {
          plan_id: planId,
          code: p.code,
          strategy_id: strategyId.get(p.strategyNo),
          name: p.name,
          owner_unit_id: p.ownerCode ? unitId.get(p.ownerCode) : null,
          fiscal_year_from: p.fyFrom,
          fiscal_year_to: p.fyTo,
          start_date: p.startDate,
          end_date: p.endDate,
          budget: p.budget,
          kpi: p.kpi,
          kpi_unit: p.kpiUnit,
          kpi_target: p.kpiTarget === null ? null : String(p.kpiTarget),
        },
      });
    const deps = ps.filter((p) => p.dependsOn !== null);
    await insertRows(tx, 'project_dependency', [
      ['project_id', 'int', deps.map((p) => projectId[p.index])],
      ['depends_on_id', 'int', deps.map((p) => projectId[p.dependsOn!])],
    ]);
    const extras = ps.filter((p) => p.extraTarget !== null);
    await insertRows(tx, 'project_extra_target', [
      ['project_id', 'int', extras.map((p) => projectId[p.index])],
      ['target_id', 'int', extras.map((p) => targetId.get(p.extraTarget!))],
    ]);

    // Reporting months: long locked, then the open month (deadline a month from today, never locks)
    const monthIdxs = Array.from({ length: openIdx - first + 1 }, (_, i) => first + i);
    const openDeadline = [defaultDeadline(timeline.open), addDays(today, 30)].sort().at(-1)!;
    const monthRows = await tx.query<{ period: number }>(
      `insert into reporting_month (period, deadline, lock_after_days, opened_at, opened_by, opened_by_label)
       select * from unnest($1::int[], $2::date[], $3::int[], $4::timestamptz[], $5::int[], $6::text[])
       on conflict (period) do nothing returning period`,
      [
        monthIdxs.map(keyOfIdx),
        monthIdxs.map((i) => (i === openIdx ? openDeadline : defaultDeadline(periodOfIdx(i)))),
        monthIdxs.map((i) => (i === openIdx ? null : 10)),
        monthIdxs.map((i) => stamp(bangkokMidnight(firstDay(i)) + 24 * DAY + 9 * HOUR)),
        monthIdxs.map(() => userId.get(admin)),
        monthIdxs.map(() => admin),
      ],
    );
    for (const m of monthRows.rows)
      audits.push({
        action: 'create',
        entity: 'reporting_month',
        entityId: m.period,
        after: { period: m.period },
      });
    // A few late units were given more time on a locked month.
    const eRng = rng.fork('exceptions');
    const exceptions = units
      .filter((u) => u.lateP >= 0.25 && last - first >= 3)
      .map((u) => ({ unit: u.code, idx: eRng.int(first, last - 2) }));
    await insertRows(tx, 'reporting_exception', [
      ['unit_id', 'int', exceptions.map((e) => unitId.get(e.unit))],
      ['period', 'int', exceptions.map((e) => keyOfIdx(e.idx))],
      ['until', 'date', exceptions.map((e) => addDays(defaultDeadline(periodOfIdx(e.idx)), 20))],
      ['reason', 'text', exceptions.map(() => 'หน่วยงานขอขยายเวลาเนื่องจากเปลี่ยนผู้รับผิดชอบโครงการ')],
      ['granted_by_label', 'text', exceptions.map(() => admin)],
      [
        'granted_at',
        'timestamptz',
        exceptions.map((e) => stamp(bangkokMidnight(defaultDeadline(periodOfIdx(e.idx))) + 12 * DAY)),
      ],
    ]);

    // The annual action plan: year plans for every project year, milestones for most projects
    const yRng = rng.fork('year-plans');
    const yp: Array<{
      project: number;
      fy: number;
      priority: number;
      requested: string | null;
      allocated: string | null;
    }> = [];
    const ms: Array<{ project: number; period: number; percent: string }> = [];
    const openFy = fyOfIdx(openIdx);
    for (const p of ps) {
      const years = p.fyTo - p.fyFrom + 1;
      const priority = yRng.weighted([
        [1, 25],
        [2, 55],
        [3, 20],
      ] as const);
      for (let fy = p.fyFrom; fy <= p.fyTo; fy++) {
        const requested = p.budget === null ? null : money(Number(p.budget) / years);
        const share = yRng.weighted([
          [1, 75],
          [0.8, 12],
          [0.5, 8],
          [0, 5],
        ] as const);
        yp.push({
          project: projectId[p.index]!,
          fy,
          priority,
          requested,
          allocated: requested === null || fy > openFy ? null : money(Number(requested) * share),
        });
      }
      if (p.startDate && p.endDate && yRng.chance(0.75)) {
        const s = idxOfIsoDate(p.startDate);
        const e = idxOfIsoDate(p.endDate);
        for (let t = s; t <= e; t++)
          ms.push({
            project: projectId[p.index]!,
            period: keyOfIdx(t),
            percent: String(Math.round((100 * (t - s + 1)) / (e - s + 1))),
          });
      }
    }
    await insertRows(tx, 'project_year_plan', [
      ['project_id', 'int', yp.map((y) => y.project)],
      ['fiscal_year', 'int', yp.map((y) => y.fy)],
      ['priority', 'int', yp.map((y) => y.priority)],
      ['budget_requested', 'numeric', yp.map((y) => y.requested)],
      ['budget_allocated', 'numeric', yp.map((y) => y.allocated)],
    ]);
    await insertRows(tx, 'project_milestone', [
      ['project_id', 'int', ms.map((m) => m.project)],
      ['period', 'int', ms.map((m) => m.period)],
      ['planned_percent', 'numeric', ms.map((m) => m.percent)],
    ]);

    // Key results: two per target and reporting year, with actuals up to the last month
    const kRng = rng.fork('key-results');
    const krs: Array<{
      target: string;
      fy: number;
      no: string;
      indicator: string;
      unit: string;
      direction: 'higher_is_better' | 'lower_is_better' | 'range';
      baseline: number;
      goal: number | null;
      low: number | null;
      high: number | null;
      projects: number[];
    }> = [];
    for (const t of plan.targets) {
      const serving = ps.filter((p) => p.targetNo === t.no);
      for (const fy of reportFys) {
        for (let k = 1; k <= 2; k++) {
          const [indicator, unit, direction] = kRng.pick(W.KEY_RESULT_INDICATORS);
          const baseline = kRng.int(10, 80);
          const candidates = serving.filter((p) => p.fyFrom <= fy && p.fyTo >= fy);
          krs.push({
            target: t.no,
            fy,
            no: String(k),
            indicator,
            unit,
            direction,
            baseline,
            goal:
              direction === 'range'
                ? null
                : direction === 'higher_is_better'
                  ? baseline + kRng.int(5, 20)
                  : Math.max(0, baseline - kRng.int(5, 20)),
            low: direction === 'range' ? Math.max(0, baseline - 20) : null,
            high: direction === 'range' ? Math.max(0, baseline - 10) : null,
            projects: kRng
              .shuffle(candidates)
              .slice(0, kRng.int(2, 5))
              .map((p) => projectId[p.index]!),
          });
        }
      }
    }
    const krRows = await insertRows<{ id: number; target_id: number; fiscal_year: number; no: string }>(
      tx,
      'key_result',
      [
        ['target_id', 'int', krs.map((k) => targetId.get(k.target))],
        ['fiscal_year', 'int', krs.map((k) => k.fy)],
        ['no', 'text', krs.map((k) => k.no)],
        ['indicator', 'text', krs.map((k) => k.indicator)],
        ['unit', 'text', krs.map((k) => k.unit)],
        ['direction', 'text', krs.map((k) => k.direction)],
        ['baseline', 'numeric', krs.map((k) => String(k.baseline))],
        ['target_value', 'numeric', krs.map((k) => (k.goal === null ? null : String(k.goal)))],
        ['range_low', 'numeric', krs.map((k) => (k.low === null ? null : String(k.low)))],
        ['range_high', 'numeric', krs.map((k) => (k.high === null ? null : String(k.high)))],
        ['note', 'text', krs.map(() => 'ข้อมูลจำลองสำหรับทดสอบประสิทธิภาพระบบ')],
      ],
      'id, target_id, fiscal_year, no',
    );
    const krId = new Map(krRows.map((k) => [`${k.target_id}|${k.fiscal_year}|${k.no}`, k.id]));
    const krIdOf = (k: (typeof krs)[number]) => krId.get(`${targetId.get(k.target)}|${k.fy}|${k.no}`)!;
    const actuals: Array<{
      kr: number;
      granularity: string;
      period: string;
      end: number;
      value: string;
      at: number;
    }> = [];
    krs.forEach((k, i) => {
      const quarterly = i % 2 === 1;
      const aim = k.goal ?? ((k.low ?? 0) + (k.high ?? 0)) / 2;
      for (let t = fyStartIdx(k.fy); t <= Math.min(last, fyEndIdx(k.fy)); t++) {
        const monthInFy = t - fyStartIdx(k.fy) + 1;
        if (quarterly ? monthInFy % 3 !== 0 : monthInFy % 2 !== 0) continue;
        const progress = (monthInFy / 12) * kRng.float(0.5, 1.1);
        const value = Math.round((k.baseline + (aim - k.baseline) * progress) * 10) / 10;
        actuals.push({
          kr: krIdOf(k),
          granularity: quarterly ? 'quarter' : 'month',
          period: quarterly ? `${k.fy}-Q${monthInFy / 3}` : formatPeriod(periodOfIdx(t)),
          end: keyOfIdx(t),
          value: String(value),
          at: bangkokMidnight(firstDay(t + 1)) + 7 * DAY + 10 * HOUR,
        });
      }
    });
    await insertRows(tx, 'key_result_actual', [
      ['key_result_id', 'int', actuals.map((a) => a.kr)],
      ['granularity', 'text', actuals.map((a) => a.granularity)],
      ['period', 'text', actuals.map((a) => a.period)],
      ['period_end', 'int', actuals.map((a) => a.end)],
      ['value', 'numeric', actuals.map((a) => a.value)],
      ['source', 'text', actuals.map(() => 'ข้อมูลจำลอง')],
      ['recorded_by_label', 'text', actuals.map(() => admin)],
      ['created_at', 'timestamptz', actuals.map((a) => stamp(a.at))],
      ['updated_at', 'timestamptz', actuals.map((a) => stamp(a.at))],
    ]);
    const links = krs.flatMap((k) => k.projects.map((p) => [p, krIdOf(k)] as const));
    await insertRows(tx, 'project_key_result', [
      ['project_id', 'int', links.map((l) => l[0])],
      ['key_result_id', 'int', links.map((l) => l[1])],
    ]);

    // Monthly reports: superseded versions first (older ids), then the current ones, then the links
    const rs = history.reports;
    const reportColumns = (rows: ReportRow[]): Column[] => [
      ['project_id', 'int', rows.map((r) => projectId[r.projectIndex])],
      ['period', 'int', rows.map((r) => r.period)],
      ['status', 'text', rows.map((r) => r.status)],
      ['percent', 'numeric', rows.map((r) => r.percent)],
      ['kpi_actual', 'numeric', rows.map((r) => r.kpiActual)],
      ['spent', 'numeric', rows.map((r) => r.spent)],
      ['problems', 'text', rows.map((r) => r.problems)],
      ['next_steps', 'text', rows.map((r) => r.nextSteps)],
      ['source', 'text', rows.map((r) => r.source)],
      ['reported_by', 'int', rows.map((r) => userId.get(r.reportedBy))],
      ['reported_by_label', 'text', rows.map((r) => r.reportedBy)],
      ['reported_at', 'timestamptz', rows.map((r) => stamp(r.reportedAt))],
      ['superseded_at', 'timestamptz', rows.map((r) => stamp(r.supersededAt))],
      ['state', 'text', rows.map((r) => r.state)],
      ['submitted_at', 'timestamptz', rows.map((r) => stamp(r.submittedAt))],
      ['approved_at', 'timestamptz', rows.map((r) => stamp(r.approvedAt))],
      ['approved_by_label', 'text', rows.map((r) => r.approvedBy)],
      ['accepted_at', 'timestamptz', rows.map((r) => stamp(r.acceptedAt))],
      ['accepted_by_label', 'text', rows.map((r) => r.acceptedBy)],
      ['returned_at', 'timestamptz', rows.map((r) => stamp(r.returnedAt))],
      ['returned_by_label', 'text', rows.map((r) => r.returnedBy)],
      ['review_comment', 'text', rows.map((r) => r.reviewComment)],
    ];
    await insertRows(tx, 'monthly_report', reportColumns(rs.filter((r) => r.supersededAt !== null)));
    await insertRows(tx, 'monthly_report', reportColumns(rs.filter((r) => r.supersededAt === null)));
    const ids = [...projectId];
    if (rs.length > 0) {
      await tx.query(
        `update monthly_report old set superseded_by = cur.id
           from monthly_report cur
          where old.project_id = any($1::int[]) and old.superseded_at is not null
            and cur.project_id = old.project_id and cur.period = old.period and cur.superseded_at is null`,
        [ids],
      );
      // Audit: every version's saving (before: the version it replaced), then every review step.
      await tx.query(
        `insert into audit_event (at, actor_user_id, actor_label, action, entity, entity_id, before, after)
         select m.reported_at, m.reported_by, m.reported_by_label, 'submit', 'monthly_report', m.id::text,
                case when old.id is null then null else to_jsonb(old) - 'superseded_at' - 'superseded_by' end,
                to_jsonb(m) - 'superseded_at' - 'superseded_by'
           from monthly_report m left join monthly_report old on old.superseded_by = m.id
          where m.project_id = any($1::int[])
          order by m.id`,
        [ids],
      );
      await tx.query(
        `insert into audit_event (at, actor_user_id, actor_label, action, entity, entity_id, before, after)
         select s.at, u.id, s.label, 'update', 'monthly_report', s.id::text,
                jsonb_build_object('state', s.before_state, 'review_comment', s.before_comment),
                jsonb_build_object('state', s.after_state, 'review_comment', s.after_comment, 'review_action', s.action)
           from (select m.id, m.approved_at as at, m.approved_by_label as label, 'approve' as action,
                        'submitted' as before_state, 'approved' as after_state,
                        null::text as before_comment, null::text as after_comment
                   from monthly_report m where m.project_id = any($1::int[]) and m.approved_at is not null
                 union all
                 select m.id, m.accepted_at, m.accepted_by_label, 'accept', 'approved', 'accepted', null, null
                   from monthly_report m where m.project_id = any($1::int[]) and m.accepted_at is not null
                 union all
                 select m.id, m.returned_at, m.returned_by_label, 'return',
                        case when m.approved_at is null then 'submitted' else 'approved' end, 'returned',
                        null, m.review_comment
                   from monthly_report m where m.project_id = any($1::int[]) and m.returned_at is not null) s
           left join app_user u on u.username = s.label
          order by s.at, s.id`,
        [ids],
      );
    }
    // The problems register, as the reports opened it and the centre classified it
    const pr = history.problems;
    const problemRows = await insertRows<{ id: number }>(
      tx,
      'problem',
      [
        ['project_id', 'int', pr.map((p) => projectId[p.projectIndex])],
        ['period', 'int', pr.map((p) => p.period)],
        ['description', 'text', pr.map((p) => p.description)],
        ['category', 'text', pr.map((p) => p.category)],
        ['severity', 'text', pr.map((p) => p.severity)],
        ['action_unit_id', 'int', pr.map((p) => (p.actionUnitCode ? unitId.get(p.actionUnitCode) : null))],
        ['action_by', 'text', pr.map((p) => p.actionBy)],
        ['due_date', 'date', pr.map((p) => p.dueDate)],
        ['status', 'text', pr.map((p) => p.status)],
        ['resolution', 'text', pr.map((p) => p.resolution)],
        ['created_at', 'timestamptz', pr.map((p) => stamp(p.at))],
        ['updated_at', 'timestamptz', pr.map((p) => stamp(p.at))],
      ],
      'id',
    );
    if (problemRows.length > 0)
      await tx.query(
        `insert into audit_event (at, actor_user_id, actor_label, action, entity, entity_id, before, after)
         select p.created_at, null, $2::text, 'create', 'problem', p.id::text, null, to_jsonb(p)
           from problem p where p.project_id = any($1::int[]) order by p.id`,
        [ids, GENERATOR.label],
      );

    audits.push({
      action: 'import',
      entity: 'generated_dataset',
      entityId: planCode,
      after: { scale, seed, withReports, reports: rs.length, problems: pr.length },
    });
    await recordAuditMany(tx, GENERATOR, audits);
    return {
      targets: plan.targets.length,
      strategies: plan.strategies.length,
      projects: ps.length,
      units: units.length,
      users: users.length,
      months: monthIdxs.length,
      reports: rs.filter((r) => r.supersededAt === null).length,
      problems: pr.length,
      keyResults: krs.length,
    };
  });

  const owning = new Set(plan.projects.map((p) => p.ownerCode).filter((c): c is string => c !== null));
  return {
    scale,
    seed,
    planCode,
    fiscalYears: reportFys,
    asOf: formatPeriod(timeline.last),
    openMonth: formatPeriod(timeline.open),
    password: GENERATED_PASSWORD,
    admin,
    focalPoints: users
      .filter((u) => u.role === 'focal_point' && u.unitCode !== null && owning.has(u.unitCode))
      .map((u) => ({ username: u.username, unitCode: u.unitCode! })),
    counts,
  };
}
