/**
 * The follow-up lists as downloads (GET /api/exports/NAME.xlsx|csv): the review queue, the timeliness grid,
 * the needs-attention list and the action plan. Each is read through the same use case as its page, with the
 * page's filters and the reader's scope, so the file holds exactly the rows the screen shows.
 */
import { PRIORITY_LABEL_TH } from '../../../domain/monitoring/action-plan';
import { ATTENTION_KIND_LABEL } from '../../../domain/monitoring/attention-flags';
import { STATUS_LABEL_TH, type ProjectStatus } from '../../../domain/monitoring';
import type { ReportState } from '../../../domain/monitoring/report-workflow';
import type {
  ActionPlanExportQuery,
  AttentionExportQuery,
  ReviewExportQuery,
  TimelinessExportQuery,
} from '../../../shared/api/monitoring/papers';
import type { ActionPlanProject } from '../../../shared/api/monitoring/action-plan';
import type { AttentionProject } from '../../../shared/api/monitoring/follow-up';
import type { ReviewQueueItem } from '../../../shared/api/monitoring/review';
import { REVIEW_PAGE_SIZE } from '../../../shared/api/monitoring/review';
import type { TimelinessAgency } from '../../../shared/api/monitoring/timeliness';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { getActionPlan } from '../../use-cases/monitoring/action-plan';
import { listReviewQueue } from '../../use-cases/monitoring/list-review-queue';
import { getNeedsAttention } from '../../use-cases/monitoring/needs-attention';
import { getTimeliness } from '../../use-cases/monitoring/timeliness';
import type { ExportValue } from '../neutralise';
import type { ExportColumn } from '../xlsx-list';
import type { z } from 'zod';

const col = <T>(
  header: string,
  value: (row: T) => ExportValue,
  kind: ExportColumn<T>['kind'] = 'text',
  width?: number,
): ExportColumn<T> => ({ header, value, kind, width });

const status = (s: string | null | undefined) => (s ? (STATUS_LABEL_TH[s as ProjectStatus] ?? s) : null);
const STATE_TH: Record<ReportState, string> = {
  draft: 'ร่าง',
  submitted: 'รออนุมัติ',
  approved: 'อนุมัติแล้ว รอ สำนักงาน ก.ก. รับรอง',
  accepted: 'รับรองแล้ว',
  returned: 'ส่งกลับแก้ไข',
};
const bangkok = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Bangkok',
  dateStyle: 'short',
  timeStyle: 'short',
});
const stamp = (at: string | null) => (at === null ? null : bangkok.format(new Date(at)));

/** Every page of the review queue for the filters (the screen pages through the same list). */
export async function reviewQueueRows(db: Database, actor: Actor, query: z.infer<typeof ReviewExportQuery>) {
  const rows: ReviewQueueItem[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await listReviewQueue(db, actor, { ...query, limit: REVIEW_PAGE_SIZE.max, cursor });
    rows.push(...page.items);
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  const columns: ExportColumn<ReviewQueueItem>[] = [
    col('เดือน', (r) => r.period),
    col('รหัสโครงการ', (r) => r.projectCode, 'text', 12),
    col('ชื่อโครงการ', (r) => r.projectName, 'text', 50),
    col('หน่วยงาน', (r) => r.unit?.name ?? null, 'text', 30),
    col('สถานะโครงการ', (r) => status(r.status), 'text', 20),
    col('ร้อยละความคืบหน้า', (r) => r.percent, 'pct'),
    col('สถานะรายงาน', (r) => STATE_TH[r.state], 'text', 24),
    col('ส่งเมื่อ', (r) => stamp(r.submittedAt), 'text', 18),
    col('ผู้รายงาน', (r) => r.reportedBy, 'text', 24),
    col('ความเห็นผู้ตรวจ', (r) => r.reviewComment, 'text', 40),
  ];
  return { sheet: 'รายงานรอตรวจ', columns, rows };
}

/** One row per agency in league order; per month on time, late and missing, then the totals. */
export async function timelinessRows(
  db: Database,
  _actor: Actor,
  query: z.infer<typeof TimelinessExportQuery>,
) {
  const grid = await getTimeliness(db, query);
  const monthColumns = grid.months.flatMap((month, i) => [
    col<TimelinessAgency>(`${month.period} ตรงเวลา`, (r) => r.months[i]?.onTime ?? null, 'int'),
    col<TimelinessAgency>(`${month.period} ล่าช้า`, (r) => r.months[i]?.late ?? null, 'int'),
    col<TimelinessAgency>(`${month.period} ไม่ส่ง`, (r) => r.months[i]?.missing ?? null, 'int'),
  ]);
  const columns: ExportColumn<TimelinessAgency>[] = [
    col('อันดับ', (r) => r.rank, 'int'),
    col('รหัสหน่วยงาน', (r) => r.unit.code, 'text', 12),
    col('หน่วยงาน', (r) => r.unit.name, 'text', 36),
    ...monthColumns,
    col('ต้องส่ง', (r) => r.totals.expected, 'int'),
    col('ตรงเวลา', (r) => r.totals.onTime, 'int'),
    col('ล่าช้า', (r) => r.totals.late, 'int'),
    col('ไม่ส่ง', (r) => r.totals.missing, 'int'),
    col('ร้อยละที่ส่ง', (r) => r.totals.reportingRate, 'pct'),
    col('ร้อยละที่ส่งตรงเวลา', (r) => r.totals.onTimeRate, 'pct'),
  ];
  return { sheet: 'ความตรงเวลา', columns, rows: grid.agencies };
}

type AttentionRow = AttentionProject & { targetNo: string };

/** The flagged projects target by target (and of one kind when the page filters by it). */
export async function attentionRows(db: Database, actor: Actor, query: AttentionExportQuery) {
  const answer = await getNeedsAttention(db, actor, { planCode: query.plan, asOf: query.asOf });
  const rows: AttentionRow[] = answer.targets.flatMap((target) =>
    target.projects
      .filter((p) => query.kind === undefined || p.flags.some((f) => f.kind === query.kind))
      .map((p) => ({ ...p, targetNo: target.no })),
  );
  const columns: ExportColumn<AttentionRow>[] = [
    col('เป้าประสงค์', (r) => r.targetNo, 'text', 10),
    col('รหัสโครงการ', (r) => r.code, 'text', 12),
    col('ชื่อโครงการ', (r) => r.name, 'text', 50),
    col('หน่วยงาน', (r) => r.ownerUnit?.name ?? null, 'text', 30),
    col('เดือนที่รายงานล่าสุด', (r) => r.latestReport?.period ?? null),
    col('สถานะ', (r) => status(r.latestReport?.status), 'text', 20),
    col('ร้อยละความคืบหน้า', (r) => r.latestReport?.percent ?? null, 'pct'),
    col('ประเด็น', (r) => r.flags.map((f) => ATTENTION_KIND_LABEL[f.kind].th).join('; '), 'text', 30),
    col('เหตุที่ต้องติดตาม', (r) => r.flags.map((f) => f.reason.th).join('; '), 'text', 60),
  ];
  return { sheet: 'โครงการที่ต้องติดตาม', columns, rows };
}

/** The action plan's projects of the fiscal year: dates, priority, budget, planned against reported. */
export async function actionPlanRows(db: Database, actor: Actor, query: ActionPlanExportQuery) {
  const plan = await getActionPlan(db, actor, {
    planCode: query.plan,
    fiscalYear: query.fiscalYear,
    asOf: query.asOf,
  });
  const columns: ExportColumn<ActionPlanProject>[] = [
    col('เป้าประสงค์', (r) => r.targetNo, 'text', 10),
    col('กลยุทธ์', (r) => r.strategyNo, 'text', 10),
    col('รหัสโครงการ', (r) => r.code, 'text', 12),
    col('ชื่อโครงการ', (r) => r.name, 'text', 50),
    col('หน่วยงาน', (r) => r.ownerUnit?.name ?? null, 'text', 30),
    col('เริ่ม', (r) => r.startDate),
    col('สิ้นสุด', (r) => r.endDate),
    col('ลำดับความสำคัญ', (r) => (r.yearPlan?.priority ? PRIORITY_LABEL_TH[r.yearPlan.priority] : null)),
    col('งบประมาณที่ขอ (บาท)', (r) => r.yearPlan?.budgetRequested ?? null, 'decimal', 16),
    col('งบประมาณที่ได้รับ (บาท)', (r) => r.yearPlan?.budgetAllocated ?? null, 'decimal', 16),
    col('ใช้จ่ายแล้ว (บาท)', (r) => r.spent, 'decimal', 16),
    col(`ร้อยละตามแผน ณ ${plan.asOf}`, (r) => r.progress.planned, 'pct'),
    col('ร้อยละที่รายงาน', (r) => r.progress.reported, 'pct'),
    col('เดือนที่รายงาน', (r) => r.progress.reportedPeriod),
    col('ช้ากว่าแผน', (r) => (r.progress.behind ? 'ใช่' : '')),
  ];
  return { sheet: `แผนปฏิบัติการ ${plan.fiscalYear}`, columns, rows: plan.projects };
}
