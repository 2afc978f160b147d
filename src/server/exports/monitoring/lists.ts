/**
 * The lists that can be downloaded (GET /api/exports/NAME.xlsx|csv): their columns and rows. Each list is
 * read with the reader's scope, through the same code as its page (projects, problems register, key
 * results); reports are the current version of each project-month report.
 */
import { formatPeriod, parsePeriod, periodFromKey, periodKey } from '../../../domain';
import { STATUS_LABEL_TH, type ProjectStatus } from '../../../domain/monitoring';
import { PROBLEM_STATUS_LABEL, type ProblemStatus } from '../../../domain/monitoring/attention-flags';
import type { ProblemListQuery } from '../../../shared/api/monitoring/follow-up';
import type { ProjectListQuery } from '../../../shared/api/monitoring/plans';
import type { ReportExportQuery } from '../../../shared/api/monitoring/papers';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { readableProjectsSql } from '../../policies/monitoring/project-policy';
import { listProjects } from '../../repositories/monitoring/projects';
import { listKeyResults } from '../../use-cases/monitoring/key-results';
import { listProblemRegister } from '../../use-cases/monitoring/problems';
import type { ExportValue } from '../neutralise';
import type { ExportColumn } from '../xlsx-list';

export type { ExportColumn };

const col = <T>(
  header: string,
  value: (row: T) => ExportValue,
  kind: ExportColumn<T>['kind'] = 'text',
  width?: number,
): ExportColumn<T> => ({ header, value, kind, width });

const status = (s: string | null | undefined) => (s ? (STATUS_LABEL_TH[s as ProjectStatus] ?? s) : null);
const bangkok = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Bangkok',
  dateStyle: 'short',
  timeStyle: 'short',
});
const stamp = (at: Date | string | null) => (at === null ? null : bangkok.format(new Date(at)));

export async function projectRows(db: Queryable, actor: Actor, query: ProjectListQuery) {
  type Row = Awaited<ReturnType<typeof listProjects>>[number];
  const rows = await listProjects(db, actor, query);
  const columns: ExportColumn<Row>[] = [
    col('แผน', (r) => r.planCode, 'text', 14),
    col('รหัสโครงการ', (r) => r.code, 'text', 12),
    col('ชื่อโครงการ', (r) => r.name, 'text', 50),
    col('เป้าประสงค์', (r) => r.targetNo, 'text', 10),
    col('กลยุทธ์', (r) => r.strategyNo, 'text', 10),
    col('หน่วยงานรับผิดชอบ', (r) => r.ownerUnit?.name ?? null, 'text', 30),
    col('ปีงบประมาณ', (r) =>
      r.fiscalYearFrom === r.fiscalYearTo ? `${r.fiscalYearFrom}` : `${r.fiscalYearFrom}-${r.fiscalYearTo}`,
    ),
    col('งบประมาณ (บาท)', (r) => r.budget, 'decimal', 16),
    col('เดือนที่รายงานล่าสุด', (r) => r.latestReport?.period ?? null),
    col('สถานะ', (r) => status(r.latestReport?.status), 'text', 20),
    col('ร้อยละความคืบหน้า', (r) => r.latestReport?.percent ?? null, 'pct'),
  ];
  return { sheet: 'โครงการ', columns, rows };
}

interface ReportRow {
  plan_code: string;
  project_code: string;
  project_name: string;
  unit_name: string | null;
  period: number;
  status: string;
  percent: string | null;
  kpi_actual: string | null;
  spent: string | null;
  problems: string | null;
  state: string;
  reported_by_label: string;
  submitted_at: Date | null;
  accepted_at: Date | null;
}

export async function reportRows(db: Queryable, actor: Actor, query: ReportExportQuery) {
  const params: unknown[] = [];
  const where = ['m.superseded_at is null'];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(sql(params.length));
  };
  const scope = readableProjectsSql(actor, params.length + 1);
  where.push(scope.sql);
  params.push(...scope.params);
  if (query.plan) add((n) => `plan.code = $${n}`, query.plan);
  if (query.from) add((n) => `m.period >= $${n}`, periodKey(parsePeriod(query.from)!));
  if (query.to) add((n) => `m.period <= $${n}`, periodKey(parsePeriod(query.to)!));
  if (query.unit) add((n) => `p.owner_unit_id = $${n}`, query.unit);
  if (query.status) add((n) => `m.status = $${n}`, query.status);
  if (query.state) add((n) => `m.state = $${n}`, query.state);
  const { rows } = await db.query<ReportRow>(
    `select plan.code as plan_code, p.code as project_code, p.name as project_name, u.name as unit_name,
            m.period, m.status, m.percent, m.kpi_actual, m.spent, m.problems, m.state, m.reported_by_label,
            m.submitted_at, m.accepted_at
       from monthly_report m
       join project p on p.id = m.project_id
       join plan on plan.id = p.plan_id
       left join org_unit u on u.id = p.owner_unit_id
      where ${where.join(' and ')}
      order by plan.code, m.period, p.code
      limit 100000`,
    params,
  );
  const columns: ExportColumn<ReportRow>[] = [
    col('แผน', (r) => r.plan_code, 'text', 14),
    col('รหัสโครงการ', (r) => r.project_code, 'text', 12),
    col('ชื่อโครงการ', (r) => r.project_name, 'text', 50),
    col('หน่วยงาน', (r) => r.unit_name, 'text', 30),
    col('เดือน', (r) => formatPeriod(periodFromKey(r.period))),
    col('สถานะโครงการ', (r) => status(r.status), 'text', 20),
    col('ร้อยละความคืบหน้า', (r) => r.percent, 'pct'),
    col('ผลตามตัวชี้วัด', (r) => r.kpi_actual, 'decimal'),
    col('เบิกจ่ายแล้ว (บาท)', (r) => r.spent, 'decimal', 16),
    col('ปัญหาอุปสรรค', (r) => r.problems, 'text', 50),
    col('สถานะรายงาน', (r) => r.state),
    col('ผู้รายงาน', (r) => r.reported_by_label),
    col('ส่งเมื่อ', (r) => stamp(r.submitted_at), 'text', 18),
    col('รับรองเมื่อ', (r) => stamp(r.accepted_at), 'text', 18),
  ];
  return { sheet: 'รายงานประจำเดือน', columns, rows };
}

export async function problemRows(db: Queryable, actor: Actor, query: ProblemListQuery) {
  type Row = Awaited<ReturnType<typeof listProblemRegister>>[number];
  const rows = await listProblemRegister(db, actor, query);
  const columns: ExportColumn<Row>[] = [
    col('เดือน', (r) => r.period),
    col('รหัสโครงการ', (r) => r.project.code, 'text', 12),
    col('ชื่อโครงการ', (r) => r.project.name, 'text', 40),
    col('หน่วยงาน', (r) => r.project.ownerUnit?.name ?? null, 'text', 30),
    col('ปัญหาอุปสรรค', (r) => r.description, 'text', 60),
    col('ประเภท', (r) => r.category),
    col('ความรุนแรง', (r) => r.severity),
    col('ผู้ดำเนินการ', (r) => r.actionBy ?? r.actionUnit?.name ?? null, 'text', 24),
    col('กำหนดเสร็จ', (r) => r.dueDate),
    col('สถานะ', (r) => PROBLEM_STATUS_LABEL[r.status as ProblemStatus]?.th ?? r.status),
    col('การแก้ไข', (r) => r.resolution, 'text', 40),
    col('เลยกำหนด', (r) => (r.overdue ? 'ใช่' : '')),
  ];
  return { sheet: 'ปัญหาอุปสรรค', columns, rows };
}

export async function keyResultRows(
  db: Queryable,
  actor: Actor,
  query: { plan: string; fiscalYear: number; asOf?: string | undefined },
) {
  const answer = await listKeyResults(db, actor, {
    planCode: query.plan,
    fiscalYear: query.fiscalYear,
    asOf: query.asOf,
  });
  const rows = answer.targets.flatMap((t) => t.keyResults.map((kr) => ({ target: t, kr })));
  type Row = (typeof rows)[number];
  const columns: ExportColumn<Row>[] = [
    col('เป้าประสงค์', (r) => r.target.no),
    col('ลำดับ', (r) => r.kr.no),
    col('ตัวชี้วัด', (r) => r.kr.indicator, 'text', 50),
    col('หน่วยนับ', (r) => r.kr.unit),
    col('ค่าฐาน', (r) => r.kr.baseline, 'decimal'),
    col('ค่าเป้าหมาย', (r) => r.kr.target, 'decimal'),
    col('ผลล่าสุด', (r) => r.kr.latest?.value ?? null, 'decimal'),
    col('ช่วงเวลาของผล', (r) => r.kr.latest?.period ?? null),
    col('ร้อยละของเป้าหมาย', (r) => r.kr.latest?.pct ?? null, 'pct'),
    col('บรรลุ', (r) => (r.kr.latest ? (r.kr.latest.met ? 'บรรลุ' : 'ยังไม่บรรลุ') : null)),
  ];
  return { sheet: 'ผลลัพธ์ที่สำคัญ', columns, rows };
}
