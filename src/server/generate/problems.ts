/**
 * The problems register as the generated reports open it and the centre classifies it. Pure: built
 * while the report histories are (report-histories.ts), written by write-histories.ts.
 */
import { addDays } from '../../domain/monitoring/reporting-month';
import { idxOfIsoDate, keyOfIdx, pad2 } from './calendar';
import type { UnitRow } from './organisation';
import type { Random } from './random';
import type { ReportRow } from './report-histories';

export interface ProblemRow {
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

/**
 * The entry a report with problems text opens, as the centre first files it: action by the owning
 * unit or the central office, due one to three months after the month's deadline.
 */
export function openedProblem(
  report: { projectIndex: number; period: number; problems: string },
  category: string,
  unit: UnitRow,
  centralUnit: UnitRow,
  deadline: string,
  firstSent: number,
  r: Random,
): ProblemRow {
  return {
    projectIndex: report.projectIndex,
    period: report.period,
    description: report.problems,
    category,
    severity: r.weighted([
      ['low', 3],
      ['medium', 5],
      ['high', 2],
    ] as const),
    actionUnitCode: r.chance(0.7) ? unit.code : centralUnit.code,
    actionBy: null,
    dueDate: addDays(deadline, r.int(30, 90)),
    status: 'open',
    resolution: null,
    at: firstSent,
  };
}

/**
 * The register as the centre keeps it: an entry reported again the next month is closed as carried
 * forward; one that went away is resolved; the latest are open or being dealt with, the newest month
 * partly not yet classified.
 */
export function classifyProblems(
  problems: ProblemRow[],
  reports: readonly ReportRow[],
  lastPeriodIdx: number,
  rng: Random,
) {
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
