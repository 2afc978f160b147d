/**
 * The year's cycle (issue 11): the institute opens a fiscal year, agencies prepare and submit their projects
 * on form HRD of the year, the institute returns (with a comment) or accepts each submission, records the
 * plan's approval and publishes it. Every change carries the version it read (409 when stale).
 */
import { z } from 'zod';
import { bi, Code, DecimalString, FiscalYear, Id, IsoDate, LongText, Name } from '../common';

const Version = z.coerce.number().int().min(0).max(2_147_483_647);
export const VersionBody = z.object({ version: Version });
export const VersionQuery = z.object({ version: Version });

export const FiscalYearParam = z.object({ fiscalYear: FiscalYear });
export const SubmissionParams = z.object({ fiscalYear: FiscalYear, unitCode: Code });
export const ProjectParams = z.object({ fiscalYear: FiscalYear, id: Id });

export const YearOpen = z.object({
  fiscalYear: FiscalYear,
  formName: Name,
  submissionDeadline: IsoDate,
  hrdPlan: Code,
  salaryBudget: DecimalString.optional(),
});
export type YearOpen = z.infer<typeof YearOpen>;

export const YearApproval = z.object({
  version: Version,
  approvedBy: Name,
  approvedOn: IsoDate,
  approvalRef: Name,
});
export type YearApproval = z.infer<typeof YearApproval>;

export const SubmissionReturn = z.object({
  version: Version,
  comment: LongText.min(1, bi('ต้องระบุเหตุผลที่ส่งคืน', 'a comment is required to return a submission')),
});
export const SubmissionAccept = z.object({ version: Version, comment: LongText.optional() });
export type SubmissionDecide = { version: number; comment?: string };

export const ACTIVITY_TYPES = ['training', 'meeting', 'seminar', 'study_visit'] as const;
export const BUDGET_SOURCES = ['ordinance', 'other', 'none'] as const;

export const ProjectInput = z.object({
  projectCode: Code,
  projectName: Name,
  strategyNo: z.string().trim().min(1).max(10),
  activityType: z.enum(ACTIVITY_TYPES),
  participants: z.number().int().min(0).max(1_000_000),
  budget: DecimalString,
  budgetSource: z.enum(BUDGET_SOURCES),
  targetGroup: LongText.nullish(),
  startDate: IsoDate.nullish(),
  endDate: IsoDate.nullish(),
  days: z.number().min(0).max(366).multipleOf(0.1).nullish(),
  digital: z.boolean().default(false),
});
export type ProjectInput = z.infer<typeof ProjectInput>;
export const ProjectUpdate = ProjectInput.extend({ version: Version });
export type ProjectUpdate = z.infer<typeof ProjectUpdate>;

export const SubmissionState = z.enum(['draft', 'submitted', 'returned', 'accepted']);
/** 'not_started': the agency has neither a submission nor a project for the year yet. */
export const AgencyState = z.enum(['not_started', 'draft', 'submitted', 'returned', 'accepted']);

export const YearView = z.object({
  fiscalYear: z.number(),
  formName: z.string(),
  submissionDeadline: z.string().nullable(),
  hrdPlan: z.string(),
  hrdPlanName: z.string(),
  salaryBudget: z.number().nullable(),
  approvedBy: z.string().nullable(),
  approvedOn: z.string().nullable(),
  approvalRef: z.string().nullable(),
  publishedAt: z.string().nullable(),
  version: z.number(),
});
export type YearView = z.infer<typeof YearView>;

export const YearsView = z.object({
  years: z.array(YearView),
  hrdPlans: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      strategies: z.array(z.object({ no: z.string(), name: z.string() })),
    }),
  ),
  /** Whether the signed-in user acts as the institute (opens years, decides submissions). */
  institute: z.boolean(),
  /** The signed-in user's own unit, when an agency's focal point or approver. */
  ownUnitCode: z.string().nullable(),
});
export type YearsView = z.infer<typeof YearsView>;

export const ProjectView = z.object({
  id: z.number(),
  projectCode: z.string(),
  projectName: z.string(),
  strategyNo: z.string(),
  activityType: z.enum(ACTIVITY_TYPES),
  participants: z.number(),
  budget: z.number(),
  budgetSource: z.enum(BUDGET_SOURCES),
  targetGroup: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  days: z.number().nullable(),
  digital: z.boolean(),
  version: z.number(),
});
export type ProjectView = z.infer<typeof ProjectView>;

const Dates = {
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  late: z.boolean(),
};

export const SubmissionView = z.object({
  fiscalYear: z.number(),
  unit: z.object({ id: z.number(), code: z.string(), name: z.string() }),
  state: AgencyState,
  comment: z.string().nullable(),
  ...Dates,
  submissionDeadline: z.string().nullable(),
  /** 0 while the agency has no submission row yet (submitting creates it). */
  version: z.number(),
  editable: z.boolean(),
  projects: z.array(ProjectView),
  totals: z.object({ projects: z.number(), participants: z.number(), budget: z.number() }),
});
export type SubmissionView = z.infer<typeof SubmissionView>;

export const YearStatusView = z.object({
  year: YearView,
  agencies: z.array(
    z.object({
      unitId: z.number(),
      unitCode: z.string(),
      unitName: z.string(),
      unitKind: z.string(),
      state: AgencyState,
      projects: z.number(),
      participants: z.number(),
      budget: z.number(),
      ...Dates,
      version: z.number(),
    }),
  ),
  /** Agencies per state, over every agency listed. */
  counts: z.record(AgencyState, z.number()),
});
export type YearStatusView = z.infer<typeof YearStatusView>;
