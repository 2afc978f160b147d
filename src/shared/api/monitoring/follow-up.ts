/**
 * Follow-up: the problems-and-obstacles register (GET/PATCH /api/problems) and the projects that need
 * attention (GET /api/plans/:code/attention). One schema per form and answer, shared by web and server.
 */
import { z } from 'zod';
import {
  ATTENTION_KINDS,
  PROBLEM_CATEGORIES,
  PROBLEM_SEVERITIES,
  PROBLEM_STATUSES,
} from '../../../domain/monitoring/attention-flags';
import { PROJECT_STATUSES } from '../../../domain/monitoring/project-status';
import { LIMITS } from '../../limits';
import { bi, CodedRef, Id, IsoDate, LongText, PeriodString } from '../common';

export const ProblemCategoryEnum = z.enum(PROBLEM_CATEGORIES, bi('ประเภทไม่ถูกต้อง', 'unknown category'));
export const ProblemSeverityEnum = z.enum(PROBLEM_SEVERITIES, bi('ความรุนแรงไม่ถูกต้อง', 'unknown severity'));
export const ProblemStatusEnum = z.enum(PROBLEM_STATUSES, bi('สถานะไม่ถูกต้อง', 'unknown status'));

/** `unresolved`: open or being resolved (เปิด, กำลังแก้ไข). */
export const PROBLEM_STATUS_FILTERS = [...PROBLEM_STATUSES, 'unresolved'] as const;

export const ProblemListQuery = z.object({
  plan: z.string().trim().max(40).optional(),
  /** Strategic target number of the project's strategy. */
  target: z.string().trim().max(20).optional(),
  /** The project's owner unit or the unit that must act. */
  unit: Id.optional(),
  project: Id.optional(),
  category: ProblemCategoryEnum.optional(),
  severity: ProblemSeverityEnum.optional(),
  status: z.enum(PROBLEM_STATUS_FILTERS, bi('สถานะไม่ถูกต้อง', 'unknown status')).optional(),
  /** true: still open and past its due date (today in Bangkok); false: not overdue. */
  overdue: z.enum(['true', 'false'], bi('ต้องเป็น true หรือ false', 'must be true or false')).optional(),
  q: z.string().trim().max(200).optional(),
  /**
   * problems: one row per problem (a project's register entry of its latest month, filters judged on it),
   * with the earlier months inside `history`; months: every month's entry (the default, as before).
   */
  view: z
    .enum(['problems', 'months'], bi('ต้องเป็น problems หรือ months', 'must be problems or months'))
    .optional(),
});
export type ProblemListQuery = z.infer<typeof ProblemListQuery>;

/** One earlier month of a problem (view=problems). */
export const ProblemHistoryEntry = z.object({
  id: z.number(),
  period: z.string(),
  description: z.string(),
  status: ProblemStatusEnum,
  severity: ProblemSeverityEnum.nullable(),
  resolution: z.string().nullable(),
});
export type ProblemHistoryEntry = z.infer<typeof ProblemHistoryEntry>;

export const ProblemView = z.object({
  id: z.number(),
  /** The month of the report the problem came from, "2566-05". */
  period: z.string(),
  /** The problems text of that month's current report. */
  description: z.string(),
  project: z.object({
    id: z.number(),
    code: z.string(),
    name: z.string(),
    planCode: z.string(),
    targetNo: z.string(),
    ownerUnit: CodedRef.nullable(),
  }),
  category: ProblemCategoryEnum.nullable(),
  severity: ProblemSeverityEnum.nullable(),
  actionUnit: CodedRef.nullable(),
  actionBy: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: ProblemStatusEnum,
  resolution: z.string().nullable(),
  /** Open and past its due date, today in Bangkok. */
  overdue: z.boolean(),
  /** Send back with an edit: a stale version is refused (409). */
  version: z.number(),
  updatedAt: z.string(),
  /** update: every field (central office); updateStatus: status and resolution (the owning unit too). */
  abilities: z.object({ update: z.boolean(), updateStatus: z.boolean() }),
  /** With view=problems: the problem's earlier months, newest first (their entries as they stand). */
  history: z.array(ProblemHistoryEntry).optional(),
});
export type ProblemView = z.infer<typeof ProblemView>;

/**
 * An edit of a register entry. The central office may change every field; the owning unit's focal point
 * or approver only status and resolution. A resolved (แก้ไขแล้ว) entry must say how.
 */
export const ProblemUpdate = z.object({
  version: z.number().int().positive(),
  category: ProblemCategoryEnum.nullable().optional(),
  severity: ProblemSeverityEnum.nullable().optional(),
  actionUnitId: Id.nullable().optional(),
  actionBy: z
    .string()
    .trim()
    .max(
      LIMITS.nameLength,
      bi(`ยาวเกิน ${LIMITS.nameLength} ตัวอักษร`, `longer than ${LIMITS.nameLength} characters`),
    )
    .nullable()
    .optional(),
  dueDate: IsoDate.nullable().optional(),
  status: ProblemStatusEnum.optional(),
  resolution: LongText.nullable().optional(),
});
export type ProblemUpdate = z.infer<typeof ProblemUpdate>;

// ---- attention ----

export const AttentionKindEnum = z.enum(ATTENTION_KINDS);

export const AttentionQuery = z.object({
  /** The month to judge at (its last day, or today while it runs); default this month. */
  asOf: PeriodString.optional(),
});

export const AttentionFlagView = z.object({
  kind: AttentionKindEnum,
  reason: z.object({ th: z.string(), en: z.string() }),
});
export type AttentionFlagView = z.infer<typeof AttentionFlagView>;

export const AttentionProject = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  strategyNo: z.string(),
  ownerUnit: CodedRef.nullable(),
  /** The latest report sent up by the as-of month (the summary's basis); null: none. */
  latestReport: z
    .object({ period: z.string(), status: z.enum(PROJECT_STATUSES), percent: z.string().nullable() })
    .nullable(),
  flags: z.array(AttentionFlagView),
});
export type AttentionProject = z.infer<typeof AttentionProject>;

const KindCounts = z.object(
  Object.fromEntries(ATTENTION_KINDS.map((k) => [k, z.number()])) as Record<
    (typeof ATTENTION_KINDS)[number],
    z.ZodNumber
  >,
);

export const AttentionResponse = z.object({
  plan: z.string(),
  planName: z.string(),
  asOf: z.string(),
  /** The ISO date the flags were judged at. */
  date: z.string(),
  fiscalYear: z.number(),
  /** The setting no_progress_months in force. */
  noProgressMonths: z.number(),
  /** Projects the user may see, and how many of them carry a flag. */
  projectCount: z.number(),
  flaggedCount: z.number(),
  /** Projects carrying each kind of flag. */
  counts: KindCounts,
  /** Every target of the plan, in order, with its flagged projects (by code). */
  targets: z.array(
    z.object({
      no: z.string(),
      name: z.string(),
      projectCount: z.number(),
      projects: z.array(AttentionProject),
    }),
  ),
});
export type AttentionResponse = z.infer<typeof AttentionResponse>;
