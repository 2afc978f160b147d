/**
 * Projects that need attention, and the problems-and-obstacles register (ปัญหาอุปสรรค) they draw on.
 *
 * The committee's complaints (seed 000, "ประเด็นสำคัญ"): problems are found too late, projects without a
 * clear owner stall, continuing projects wait on predecessors, some projects have no budget and no plan
 * for the next year. `attentionFlags` turns one project's facts into flags, each with a reason in Thai and
 * English that names the facts. Pure: the server gathers the facts for all projects of a plan at once.
 *
 * Dates are ISO CE strings ('2023-05-31'); months are period strings of the Buddhist Era ('2566-05').
 */
import {
  addMonths,
  BE_OFFSET,
  fiscalYearOfPeriod,
  parsePeriod,
  periodKey,
  periodOfIsoDate,
  type Period,
} from '../period';
import type { ProjectStatus } from './project-status';
import type { Bilingual } from './report-workflow';
import { formatThaiDate, THAI_MONTHS } from '../thai-date';

// ---- the problems register -------------------------------------------------------------------------

export const PROBLEM_CATEGORIES = [
  'budget',
  'staff',
  'procurement',
  'restructuring',
  'data_system',
  'coordination',
  'other',
] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

export const PROBLEM_SEVERITIES = ['low', 'medium', 'high'] as const;
export type ProblemSeverity = (typeof PROBLEM_SEVERITIES)[number];

export const PROBLEM_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

/** A problem still being worked on: เปิด or กำลังแก้ไข. */
export const OPEN_PROBLEM_STATUSES: readonly ProblemStatus[] = ['open', 'in_progress'];

export const PROBLEM_CATEGORY_LABEL: Record<ProblemCategory, Bilingual> = {
  budget: { th: 'งบประมาณ', en: 'Budget' },
  staff: { th: 'บุคลากร', en: 'Staff' },
  procurement: { th: 'การจัดซื้อจัดจ้าง', en: 'Procurement' },
  restructuring: { th: 'โครงสร้าง/การปรับปรุงหน่วยงาน', en: 'Structure / reorganisation' },
  data_system: { th: 'ระบบข้อมูล', en: 'Information systems' },
  coordination: { th: 'การประสานงาน', en: 'Coordination' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

export const PROBLEM_SEVERITY_LABEL: Record<ProblemSeverity, Bilingual> = {
  low: { th: 'ต่ำ', en: 'Low' },
  medium: { th: 'กลาง', en: 'Medium' },
  high: { th: 'สูง', en: 'High' },
};

export const PROBLEM_STATUS_LABEL: Record<ProblemStatus, Bilingual> = {
  open: { th: 'เปิด', en: 'Open' },
  in_progress: { th: 'กำลังแก้ไข', en: 'Being resolved' },
  resolved: { th: 'แก้ไขแล้ว', en: 'Resolved' },
  closed: { th: 'ยุติ', en: 'Closed' },
};

export function isOpenProblem(status: ProblemStatus): boolean {
  return OPEN_PROBLEM_STATUSES.includes(status);
}

/** Overdue: still open (เปิด, กำลังแก้ไข) and its due date is before today (due today is not overdue yet). */
export function isProblemOverdue(problem: { status: ProblemStatus; dueDate: string | null }, today: string) {
  return isOpenProblem(problem.status) && problem.dueDate !== null && problem.dueDate < today;
}

// ---- flags ------------------------------------------------------------------------------------------

export const ATTENTION_KINDS = [
  'no_owner',
  'overdue',
  'no_progress',
  'blocked',
  'no_budget_next_year',
  'problem',
] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** Short names of the kinds, for chips and filters. */
export const ATTENTION_KIND_LABEL: Record<AttentionKind, Bilingual> = {
  no_owner: { th: 'ไม่มีหน่วยงานรับผิดชอบ', en: 'No owner' },
  overdue: { th: 'เลยวันสิ้นสุด', en: 'Past end date' },
  no_progress: { th: 'ไม่มีความก้าวหน้า', en: 'No progress' },
  blocked: { th: 'รอโครงการก่อนหน้า', en: 'Blocked' },
  no_budget_next_year: { th: 'ไม่มีงบประมาณปีถัดไป', en: 'No budget next year' },
  problem: { th: 'ปัญหาอุปสรรคค้าง', en: 'Open problem' },
};

export interface AttentionFlag {
  kind: AttentionKind;
  reason: Bilingual;
}

/** A monthly report sent up (submitted, approved or accepted): the summary's notion of what counts. */
export interface AttentionReport {
  period: string;
  status: ProjectStatus;
  percent: string | null;
}

export interface AttentionProblem {
  /** The month of the report the problem came from. */
  period: string;
  severity: ProblemSeverity | null;
  status: ProblemStatus;
  dueDate: string | null;
}

export interface AttentionProjectFacts {
  ownerUnitId: number | null;
  fiscalYearFrom: number;
  fiscalYearTo: number;
  startDate: string | null;
  endDate: string | null;
  /** Exact decimal string; null when none was given. */
  budget: string | null;
  /** Reports sent up, at most one per month, any order. Months after today's are ignored. */
  reports: readonly AttentionReport[];
  /** Projects this one continues, with their status (latest report sent up by today; null: none). */
  predecessors: readonly { code: string; status: ProjectStatus | null }[];
  /** Its register entries; entries of months after today's are ignored. */
  problems: readonly AttentionProblem[];
}

export interface AttentionSettings {
  /** Setting no_progress_months: how many months without movement raise the no-progress flag. */
  noProgressMonths: number;
}

export const DEFAULT_ATTENTION_SETTINGS: AttentionSettings = { noProgressMonths: 3 };

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function englishDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${ENGLISH_MONTHS[(month ?? 1) - 1]} ${year}`;
}
const thaiPeriod = (p: Period) => `${THAI_MONTHS[p.month - 1]} ${p.yearBE}`;
const englishPeriod = (p: Period) => `${ENGLISH_MONTHS[p.month - 1]} ${p.yearBE - BE_OFFSET}`;
const percentText = (value: number) => String(Number(value.toFixed(2)));

/**
 * The date flags of an as-of month are judged at: the month's last day, or today while the month is
 * still running. ('2566-05', '2026-11-21') → '2023-05-31'; ('2569-11', '2026-11-21') → '2026-11-21'.
 */
export function attentionDate(asOf: Period, today: string): string {
  const ceYear = asOf.yearBE - BE_OFFSET;
  const lastDay = new Date(Date.UTC(ceYear, asOf.month, 0)).getUTCDate();
  const end = `${String(ceYear).padStart(4, '0')}-${String(asOf.month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
  return end < today ? end : today;
}

/** First day of a month, ISO CE. */
function firstDay(p: Period): string {
  return `${String(p.yearBE - BE_OFFSET).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-01`;
}

/** A project without a start date is expected to run from the first day of its first fiscal year. */
export function expectedStart(facts: Pick<AttentionProjectFacts, 'startDate' | 'fiscalYearFrom'>): string {
  return facts.startDate ?? `${facts.fiscalYearFrom - 1 - BE_OFFSET}-10-01`;
}

/** The percent a report shows; a not-started report without one is at 0; otherwise unknown (null). */
function effectivePercent(r: AttentionReport): number | null {
  if (r.percent !== null && r.percent !== '') return Number(r.percent);
  return r.status === 'not_started' ? 0 : null;
}

const keyOf = (period: string) => {
  const p = parsePeriod(period);
  return p ? periodKey(p) : Number.NaN;
};

/**
 * The flags of one project as of `today` (an ISO CE date; its month is the as-of month, its fiscal year
 * the current one). The project's status is its latest report sent up; none means not started.
 *
 * A completed or cancelled project needs no follow-up: it gets no flag. Otherwise, in this order:
 *
 * - no_owner: no owner unit (ไม่มีหน่วยงานรับผิดชอบ).
 * - overdue: its end date is before today (ending today is not late yet).
 * - no_progress, with N = settings.noProgressMonths, only for a project that was expected to be under way
 *   for all of the last N months (its start date, or 1 October of its first fiscal year, is on or before
 *   the first day of the month N−1 months before the as-of month):
 *   a) no report in those N months (as-of month included), or
 *   b) its last N reports all show the same percent (a not-started report without a percent counts as 0;
 *      a report without a percent otherwise cannot be compared and stops the flag).
 * - blocked: a project it continues (project_dependency) is not completed (no report, not started,
 *   in progress or cancelled all block).
 * - no_budget_next_year: the project is planned to run in the next fiscal year (fiscal year of today + 1
 *   lies within its fiscal years) but has no budget (empty or 0). The plan gives no money for a year the
 *   project still has to run: the minutes' "ไม่ได้รับงบประมาณ … แต่ไม่ได้มีการระบุว่าจะดำเนินการอย่างไรในปีต่อไป".
 * - problem: a register entry of a month up to the as-of month that is still open (เปิด, กำลังแก้ไข) and
 *   is of high severity or past its due date. (Entries carry their current status: the register keeps no
 *   history of status by month.)
 */
export function attentionFlags(
  facts: AttentionProjectFacts,
  today: string,
  settings: AttentionSettings = DEFAULT_ATTENTION_SETTINGS,
): AttentionFlag[] {
  const asOf = periodOfIsoDate(today);
  const asOfKey = periodKey(asOf);
  const reports = facts.reports
    .filter((r) => keyOf(r.period) <= asOfKey)
    .sort((a, b) => keyOf(b.period) - keyOf(a.period));
  const status = reports[0]?.status ?? null;
  if (status === 'completed' || status === 'cancelled') return [];

  const flags: AttentionFlag[] = [];
  const flag = (kind: AttentionKind, th: string, en: string) => flags.push({ kind, reason: { th, en } });

  if (facts.ownerUnitId === null) flag('no_owner', 'ไม่มีหน่วยงานรับผิดชอบ', 'No unit is responsible for it');

  if (facts.endDate !== null && facts.endDate < today) {
    flag(
      'overdue',
      `เลยวันสิ้นสุด ${formatThaiDate(facts.endDate)} แต่ยังไม่แล้วเสร็จ`,
      `Past its end date ${englishDate(facts.endDate)} but not completed`,
    );
  }

  const n = Math.max(1, Math.floor(settings.noProgressMonths));
  const windowStart = addMonths(asOf, -(n - 1));
  if (expectedStart(facts) <= firstDay(windowStart)) {
    const span = `${thaiPeriod(windowStart)} – ${thaiPeriod(asOf)}`;
    const spanEn = `${englishPeriod(windowStart)} – ${englishPeriod(asOf)}`;
    const latest = reports[0];
    if (!latest || keyOf(latest.period) < periodKey(windowStart)) {
      const last = latest ? parsePeriod(latest.period) : null;
      flag(
        'no_progress',
        `ไม่มีรายงานความก้าวหน้า ${n} เดือน (${span}) ${last ? `รายงานล่าสุด ${thaiPeriod(last)}` : 'ยังไม่เคยรายงาน'}`,
        `No progress report for ${n} months (${spanEn}); ${last ? `last report ${englishPeriod(last)}` : 'never reported'}`,
      );
    } else if (reports.length >= n) {
      const lastN = reports.slice(0, n);
      const values = lastN.map(effectivePercent);
      const first = values[0];
      if (first !== null && first !== undefined && values.every((v) => v === first)) {
        const from = parsePeriod(lastN[n - 1]!.period)!;
        const to = parsePeriod(lastN[0]!.period)!;
        flag(
          'no_progress',
          `ความก้าวหน้าคงที่ร้อยละ ${percentText(first)} ใน ${n} เดือนที่รายงานล่าสุด (${thaiPeriod(from)} – ${thaiPeriod(to)})`,
          `Progress unchanged at ${percentText(first)} % in the last ${n} reported months (${englishPeriod(from)} – ${englishPeriod(to)})`,
        );
      }
    }
  }

  const waiting = facts.predecessors.filter((p) => p.status !== 'completed').map((p) => p.code);
  if (waiting.length > 0) {
    const codes = waiting.join(', ');
    flag(
      'blocked',
      `รอโครงการ ${codes} ซึ่งยังไม่แล้วเสร็จ`,
      `Waiting for project${waiting.length > 1 ? 's' : ''} ${codes}, not completed yet`,
    );
  }

  const nextYear = fiscalYearOfPeriod(asOf) + 1;
  const noBudget = facts.budget === null || facts.budget === '' || Number(facts.budget) === 0;
  if (noBudget && facts.fiscalYearFrom <= nextYear && nextYear <= facts.fiscalYearTo) {
    flag(
      'no_budget_next_year',
      `มีแผนดำเนินการในปีงบประมาณ พ.ศ. ${nextYear} แต่ไม่มีงบประมาณ`,
      `Planned to run in fiscal year ${nextYear} (BE) but has no budget`,
    );
  }

  const problems = facts.problems
    .filter((p) => keyOf(p.period) <= asOfKey && isOpenProblem(p.status))
    .filter((p) => p.severity === 'high' || isProblemOverdue(p, today))
    .sort((a, b) => keyOf(a.period) - keyOf(b.period));
  if (problems.length > 0) {
    const th = problems.map((p) => {
      const parts = [`ปัญหาอุปสรรคเดือน${thaiPeriod(parsePeriod(p.period)!)}`];
      if (p.severity === 'high') parts.push('ความรุนแรงสูง');
      parts.push(isProblemOverdue(p, today) ? `เลยกำหนดแก้ไข ${formatThaiDate(p.dueDate!)}` : 'ยังไม่ได้แก้ไข');
      return parts.join(' ');
    });
    const en = problems.map((p) => {
      const parts = [`Problem of ${englishPeriod(parsePeriod(p.period)!)}`];
      if (p.severity === 'high') parts.push('high severity');
      parts.push(
        isProblemOverdue(p, today) ? `past its due date ${englishDate(p.dueDate!)}` : 'not resolved',
      );
      return parts.join(', ');
    });
    flag('problem', th.join('; '), en.join('; '));
  }
  return flags;
}
