import { z } from 'zod';
import { bi, IsoDate } from './common';

/** The entities whose changes are audited (the table names), as the audit search offers them. */
export const AUDIT_ENTITIES = [
  'plan',
  'strategic_target',
  'strategy',
  'project',
  'monthly_report',
  'org_unit',
  'app_user',
  'reporting_month',
  'reporting_exception',
  'app_setting',
  'sign_in',
  'problem',
  'plan_file',
  'report_file',
  'reminder',
  'summary_snapshot',
  'key_result',
  'key_result_actual',
  'project_key_result',
  'project_year_plan',
  'project_milestone',
  'generated_dataset',
  'person',
  'workforce',
  'workforce_file',
  'committee_meeting',
  'committee_agenda_item',
  'committee_resolution',
  'committee_assignment',
  'committee_attachment',
  'monitoring_attachment',
  'career_path',
  'career_path_version',
  'career_exception',
  'career_nomination',
  'career_cohort',
  'development_file',
  'development_year',
  'development_submission',
  'development_project',
  'development_result',
  'development_record',
] as const;

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'import',
  'submit',
  'close',
  'merge',
  'sign_in',
  'sign_in_failed',
  'sign_in_locked',
  'sign_in_refused',
  'sign_out',
  'sign_out_all',
  'link_sso',
  'unlink_sso',
  'password_change',
  'password_change_failed',
  'password_reset_requested',
  'password_reset',
] as const;

const EntityName = z
  .string()
  .regex(/^[a-z_]{1,40}$/, bi('ชื่อประเภทข้อมูลไม่ถูกต้อง', 'not an entity name (a-z and _)'));
const Text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, bi(`ยาวเกิน ${max} ตัวอักษร`, `longer than ${max} characters`));

export const AuditPaging = z.object({
  page: z.coerce
    .number()
    .int()
    .min(1, bi('หน้าต้องเป็น 1 ขึ้นไป', 'page must be 1 or more'))
    .max(100_000)
    .default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1, bi('จำนวนต่อหน้าต้องเป็น 1–200', 'page size must be 1–200'))
    .max(200, bi('จำนวนต่อหน้าต้องเป็น 1–200', 'page size must be 1–200'))
    .default(50),
});

/** GET /api/audit: every filter optional; dates are Bangkok calendar days, both ends included. */
export const AuditQuery = AuditPaging.extend({
  entity: EntityName.optional(),
  entityId: Text(40).optional(),
  actor: Text(100).optional(),
  action: Text(40).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  q: Text(200).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditTrailParams = z.object({ entity: EntityName, entityId: Text(40).min(1) });

export const AuditEventView = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  actorUserId: z.number().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEventView = z.infer<typeof AuditEventView>;

export const AuditPage = z.object({
  items: z.array(AuditEventView),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type AuditPage = z.infer<typeof AuditPage>;
