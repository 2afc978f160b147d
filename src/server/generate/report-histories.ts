/**
 * Monthly report histories, built in memory: for every owned project, month by month from its start,
 * its progress (delayed, paced, sometimes cancelled, waiting for its predecessor), whether the unit
 * sent the report on time, late or never, how far review got, now and then a returned first version,
 * and the problems it raised. Pure: written by write-histories.ts.
 */
import { defaultDeadline } from '../../domain/monitoring/reporting-month';
import {
  bangkokMidnight,
  DAY,
  fyEndIdx,
  fyStartIdx,
  HOUR,
  idxOfIsoDate,
  keyOfIdx,
  money,
  periodOfIdx,
} from './calendar';
import type { UnitRow, UserRow } from './organisation';
import type { PlanTree } from './plan-tree';
import { classifyProblems, openedProblem, type ProblemRow } from './problems';
import type { Random } from './random';
import * as W from './thai-words';

export interface ReportRow {
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

export interface History {
  reports: ReportRow[];
  problems: ProblemRow[];
}

export function buildHistories(
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
        const earlier = Math.max(0, percent - r.int(0, 10));
        reports.push({
          ...base,
          ...empty,
          percent: String(earlier),
          // A completed project's earlier figure below 100 % was still in progress (decision 0009).
          status: status === 'completed' && earlier < 100 ? 'in_progress' : status,
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
        const report = { projectIndex: p.index, period, problems: row.problems };
        problems.push(openedProblem(report, problemCategory, unit, units[0]!, deadline, firstSent, r));
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
