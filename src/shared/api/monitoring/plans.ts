import { z } from 'zod';
import {
  checkStatusPercent,
  PERCENT_DECIMALS,
  percentHasValidDecimals,
} from '../../../domain/monitoring/status-percent';
import { PROJECT_STATUSES } from '../../../domain/monitoring/project-status';
import { REPORT_STATES } from '../../../domain/monitoring/report-workflow';
import {
  bi,
  Code,
  CodedRef,
  DecimalString,
  FiscalYear,
  Id,
  IsoDate,
  LongText,
  Name,
  PeriodString,
} from '../common';

export const ProjectStatusEnum = z.enum(PROJECT_STATUSES, bi('สถานะไม่ถูกต้อง', 'unknown status'));

export const PlanListItem = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  startYear: z.number(),
  endYear: z.number(),
  projectCount: z.number(),
  /** Send back with an edit: a stale version is refused (409). */
  version: z.number(),
  /** The latest month any project of the plan reported: the month picker's default. */
  latestPeriod: z.string().nullable(),
  /** Set by the admin; exactly one plan is current: everyone's default. */
  state: z.enum(['current', 'draft', 'archived']),
  /** The plan this user chose last (remembered on the server): their default before the current one. */
  lastChosen: z.boolean(),
  /** The month agencies have finished reporting (docs/decisions/0012): the month picker's default. */
  defaultAsOf: z.string().nullable(),
});
export type PlanListItem = z.infer<typeof PlanListItem>;

const UnitRef = CodedRef.nullable();

/** A project as lists and the plan tree show it, with what the current user may do. */
export const ProjectListItem = z.object({
  id: z.number(),
  planCode: z.string(),
  code: z.string(),
  name: z.string(),
  targetNo: z.string(),
  strategyNo: z.string(),
  ownerUnit: UnitRef,
  fiscalYearFrom: z.number(),
  fiscalYearTo: z.number(),
  budget: z.string().nullable(),
  /** Latest report with period ≤ as-of (or the latest at all). */
  latestReport: z
    .object({ period: z.string(), status: ProjectStatusEnum, percent: z.string().nullable() })
    .nullable(),
  abilities: z.object({ read: z.boolean(), update: z.boolean(), report: z.boolean() }),
});
export type ProjectListItem = z.infer<typeof ProjectListItem>;

export const PlanTree = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  startYear: z.number(),
  endYear: z.number(),
  abilities: z.object({ update: z.boolean() }),
  targets: z.array(
    z.object({
      id: z.number(),
      no: z.string(),
      name: z.string(),
      valueDelivered: z.string().nullable(),
      strategies: z.array(
        z.object({
          id: z.number(),
          no: z.string(),
          name: z.string(),
          kpi: z.string().nullable(),
          projects: z.array(ProjectListItem),
        }),
      ),
    }),
  ),
});
export type PlanTree = z.infer<typeof PlanTree>;

export const ProjectListQuery = z.object({
  plan: z.string().optional(),
  target: z.string().optional(),
  owner: Id.optional(),
  status: z.enum([...PROJECT_STATUSES, 'unreported']).optional(),
  fiscalYear: FiscalYear.optional(),
  asOf: PeriodString.optional(),
  q: z.string().trim().max(200).optional(),
});
export type ProjectListQuery = z.infer<typeof ProjectListQuery>;

export const MonthlyReportView = z.object({
  id: z.number(),
  period: z.string(),
  status: ProjectStatusEnum,
  percent: z.string().nullable(),
  kpiActual: z.string().nullable(),
  spent: z.string().nullable(),
  problems: z.string().nullable(),
  nextSteps: z.string().nullable(),
  source: z.string(),
  state: z.enum(REPORT_STATES),
  submittedAt: z.string().nullable(),
  /** Who reviewed it and when, step by step (null until that step happens). */
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  acceptedBy: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnedBy: z.string().nullable(),
  reviewComment: z.string().nullable(),
  reportedBy: z.string(),
  reportedAt: z.string(),
  supersededAt: z.string().nullable(),
  /** Spent (cumulative) above the project's budget: a warning, never a refusal (docs/decisions/0020). */
  overBudget: z.boolean(),
});
export type MonthlyReportView = z.infer<typeof MonthlyReportView>;

export const ProjectDetail = ProjectListItem.extend({
  targetName: z.string(),
  strategyName: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  kpi: z.string().nullable(),
  kpiUnit: z.string().nullable(),
  kpiTarget: z.string().nullable(),
  dependsOn: z.array(CodedRef),
  extraTargets: z.array(z.object({ no: z.string(), name: z.string() })),
  version: z.number(),
  /** Every report, newest period first; replaced ones carry supersededAt. */
  reports: z.array(MonthlyReportView),
  /**
   * Each month's last accepted values (the version accepted last), newest month first: the form shows the
   * month before the one being reported beside each field (issue 14, item 7).
   */
  acceptedValues: z.array(
    z.object({
      period: z.string(),
      reportId: z.number(),
      acceptedAt: z.string(),
      status: ProjectStatusEnum,
      percent: z.string().nullable(),
      kpiActual: z.string().nullable(),
      spent: z.string().nullable(),
    }),
  ),
});
export type ProjectDetail = z.infer<typeof ProjectDetail>;

/**
 * A percent: a JSON number 0–100 with at most the decimals the report file takes (PERCENT_DECIMALS), or
 * null; nothing is coerced ("", true, "0x32", [50] are refused) and 99.999 is refused, not rounded.
 */
export const PercentNumber = z
  .number(bi('ร้อยละต้องเป็นตัวเลข', 'percent must be a number'))
  .min(0, bi('ร้อยละต้องอยู่ระหว่าง 0–100', 'percent must be between 0 and 100'))
  .max(100, bi('ร้อยละต้องอยู่ระหว่าง 0–100', 'percent must be between 0 and 100'))
  .refine(
    percentHasValidDecimals,
    bi(`ร้อยละมีทศนิยมได้ไม่เกิน ${PERCENT_DECIMALS} ตำแหน่ง`, `percent: at most ${PERCENT_DECIMALS} decimals`),
  );

/** One schema for the report form and the server; status and percent must agree (decision 0009). */
export const MonthlyReportInput = z
  .object({
    /** save: keep as a draft; submit: send to the agency approver (the default). */
    action: z.enum(['save', 'submit']).default('submit'),
    period: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, bi('ต้องเป็นเดือนแบบ 2566-05', 'must be a month like 2566-05')),
    status: ProjectStatusEnum,
    percent: PercentNumber.nullable().optional(),
    kpiActual: z
      .string()
      .regex(/^-?\d{1,14}(\.\d{1,4})?$/, bi('ผลตามตัวชี้วัดต้องเป็นตัวเลข', 'KPI actual must be a number'))
      .nullable()
      .optional(),
    spent: DecimalString.nullable().optional(),
    problems: LongText.nullable().optional(),
    nextSteps: LongText.nullable().optional(),
  })
  .superRefine((input, ctx) => {
    const note = checkStatusPercent(input.status, input.percent ?? null);
    if (note?.level === 'refused')
      ctx.addIssue({ code: 'custom', path: ['percent'], message: bi(note.th, note.en) });
  });
export type MonthlyReportInput = z.infer<typeof MonthlyReportInput>;

/** Editable fields of a project (admin). `version` guards against overwriting someone else's edit. */
export const ProjectUpdate = z.object({
  version: z.number().int().positive(),
  name: Name.optional(),
  ownerUnitId: Id.nullable().optional(),
  fiscalYearFrom: FiscalYear.optional(),
  fiscalYearTo: FiscalYear.optional(),
  startDate: IsoDate.nullable().optional(),
  endDate: IsoDate.nullable().optional(),
  budget: DecimalString.nullable().optional(),
  kpi: LongText.nullable().optional(),
  kpiUnit: z.string().trim().max(100).nullable().optional(),
  kpiTarget: z
    .string()
    .regex(/^-?\d{1,14}(\.\d{1,4})?$/, bi('ค่าเป้าหมายต้องเป็นตัวเลข', 'KPI target must be a number'))
    .nullable()
    .optional(),
});
export type ProjectUpdate = z.infer<typeof ProjectUpdate>;

export const TargetUpdate = z.object({
  name: Name.optional(),
  valueDelivered: LongText.nullable().optional(),
});
export const StrategyUpdate = z.object({ name: Name.optional(), kpi: LongText.nullable().optional() });
export const PlanUpdate = z.object({ name: Name.optional(), version: z.number().int().positive() });

/** How many codes of each kind an import's result names (the rest are counted): shared by every import. */
export { IMPORT_NAMED } from '../common';

export const ImportResult = z.object({
  dryRun: z.boolean(),
  ok: z.boolean(),
  rows: z.number(),
  issues: z.array(
    z.object({ row: z.number().optional(), field: z.string(), th: z.string(), en: z.string() }),
  ),
  /** What was (or, in a dry run, would be) written. */
  created: z.record(z.string(), z.number()),
  updated: z.record(z.string(), z.number()),
  /**
   * The codes of what was (would be) created and updated, per kind: the first IMPORT_NAMED of each, in file
   * order ("P1-01", "P1-01 2566-05" for a report); the counts above say how many more.
   */
  named: z
    .object({
      created: z.record(z.string(), z.array(z.string())),
      updated: z.record(z.string(), z.array(z.string())),
    })
    .optional(),
  /** Owner units the file named that did not exist and were created: a typo shows here. */
  newUnits: z.array(z.string()),
  planCode: z.string().optional(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export { Code };

/** PUT /api/plans/:code/state (admin). */
export const PlanStateInput = z.object({ state: z.enum(['current', 'draft', 'archived']) });
export type PlanStateInput = z.infer<typeof PlanStateInput>;

/** PUT /api/plans/choice: the plan the user picked, remembered as their default. */
export const PlanChoiceInput = z.object({ code: z.string().min(1).max(50) });
