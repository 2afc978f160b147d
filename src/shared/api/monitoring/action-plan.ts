/**
 * The annual action plan (แผนปฏิบัติการประจำปี): GET /api/plans/:code/action-plan?fiscalYear= and the edit of
 * one project's plan for a year, PATCH /api/projects/:id/action-plan/:fiscalYear. Money and percents travel
 * as exact decimal strings; totals are summed exactly by src/domain/monitoring/action-plan.ts.
 */
import { z } from 'zod';
import { PRIORITIES } from '../../../domain/monitoring/action-plan';
import { PROJECT_STATUSES } from '../../../domain/monitoring/project-status';
import { bi, CodedRef, DecimalString, FiscalYear, Id, PeriodString } from '../common';

export const ActionPlanQuery = z.object({
  fiscalYear: FiscalYear,
  /** The month planned and reported percents are compared at; default: the latest month reported in the year. */
  asOf: PeriodString.optional(),
});

export const PriorityValue = z.union(
  [z.literal(PRIORITIES[0]), z.literal(PRIORITIES[1]), z.literal(PRIORITIES[2])],
  bi('ลำดับความสำคัญต้องเป็น 1 (สูง) 2 (กลาง) หรือ 3 (ต่ำ)', 'priority must be 1 (high), 2 (medium) or 3 (low)'),
);

export const PlannedPercent = z
  .string()
  .trim()
  .regex(
    /^\d{1,3}(\.\d{1,2})?$/,
    bi(
      'ร้อยละตามแผนต้องเป็นตัวเลข 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง',
      'planned percent must be 0–100, 2 decimals at most',
    ),
  );

/**
 * A project's plan for one fiscal year (admin). `version` is the version of the plan row the form was
 * loaded with, null when the project had none for the year yet: either way a stale form is refused (409).
 * `milestones`, when given, replace the year's milestones (cumulative percent planned by each month's end).
 */
export const YearPlanUpdate = z.object({
  version: z.number().int().positive().nullable(),
  priority: PriorityValue.nullable().optional(),
  budgetRequested: DecimalString.nullable().optional(),
  budgetAllocated: DecimalString.nullable().optional(),
  milestones: z
    .array(z.object({ period: PeriodString, plannedPercent: PlannedPercent }))
    .max(12, bi('ไม่เกิน 12 เดือน', 'at most 12 months'))
    .optional(),
});
export type YearPlanUpdate = z.infer<typeof YearPlanUpdate>;

export const YearPlanParams = z.object({ id: Id, fiscalYear: FiscalYear });

export const YearPlanView = z.object({
  projectId: z.number(),
  fiscalYear: z.number(),
  priority: PriorityValue.nullable(),
  budgetRequested: z.string().nullable(),
  budgetAllocated: z.string().nullable(),
  version: z.number(),
  milestones: z.array(z.object({ period: z.string(), plannedPercent: z.string() })),
});
export type YearPlanView = z.infer<typeof YearPlanView>;

export const ActionPlanMonth = z.object({
  period: z.string(),
  /** The milestone set for this very month, or null. */
  milestone: z.string().nullable(),
  /** Planned cumulative percent by the month's end (the latest milestone up to it), or null. */
  planned: z.string().nullable(),
  /** The month's current report sent up (drafts do not count): its percent and status. */
  reportedPercent: z.string().nullable(),
  status: z.enum(PROJECT_STATUSES).nullable(),
  /** Cumulative spent as of the month's end (latest report up to it), and spent during the month. */
  spent: z.string().nullable(),
  spentInMonth: z.string().nullable(),
});

export const ActionPlanProject = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  /** The target of the project's strategy: where it counts. */
  targetNo: z.string(),
  strategyId: z.number(),
  strategyNo: z.string(),
  /** Other targets it serves: shown there too, marked (เป้าประสงค์ร่วม), not counted twice. */
  extraTargetNos: z.array(z.string()),
  ownerUnit: CodedRef.nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  fiscalYearFrom: z.number(),
  fiscalYearTo: z.number(),
  /** The budget of the whole project, from the plan. */
  projectBudget: z.string().nullable(),
  yearPlan: z
    .object({
      priority: PriorityValue.nullable(),
      budgetRequested: z.string().nullable(),
      budgetAllocated: z.string().nullable(),
      version: z.number(),
    })
    .nullable(),
  /** Months of the fiscal year (index 0 = October) the start and end dates cover; null without dates. */
  bar: z
    .object({ from: z.number(), to: z.number(), startsBefore: z.boolean(), endsAfter: z.boolean() })
    .nullable(),
  months: z.array(ActionPlanMonth),
  /** At the as-of month: planned vs the latest reported percent up to it. */
  progress: z.object({
    planned: z.string().nullable(),
    reported: z.string().nullable(),
    reportedPeriod: z.string().nullable(),
    gap: z.string().nullable(),
    behind: z.boolean(),
  }),
  /** Spent in the fiscal year up to the as-of month. */
  spent: z.string().nullable(),
  keyResultIds: z.array(z.number()),
  abilities: z.object({ update: z.boolean() }),
});
export type ActionPlanProject = z.infer<typeof ActionPlanProject>;

const Totals = z.object({
  budgetRequested: z.string(),
  budgetAllocated: z.string(),
  spent: z.string(),
  /** Spent during each month of the year, October first. */
  spentInMonth: z.array(z.string()),
});

export const ActionPlanResponse = z.object({
  plan: z.string(),
  planName: z.string(),
  fiscalYear: z.number(),
  asOf: z.string(),
  /** The twelve months of the fiscal year, October first. */
  months: z.array(z.string()),
  /** all: every project of the year; own_unit: a focal point or approver sees their unit's projects. */
  scope: z.enum(['all', 'own_unit']),
  abilities: z.object({ update: z.boolean() }),
  targets: z.array(
    z.object({
      id: z.number(),
      no: z.string(),
      name: z.string(),
      strategies: z.array(z.object({ id: z.number(), no: z.string(), name: z.string() })),
    }),
  ),
  projects: z.array(ActionPlanProject),
  keyResults: z.array(
    z.object({
      id: z.number(),
      targetNo: z.string(),
      no: z.string(),
      indicator: z.string(),
      unit: z.string().nullable(),
      latestCappedPct: z.string().nullable(),
      met: z.boolean().nullable(),
    }),
  ),
  /** Exact sums: each project once, under its own target. */
  totals: z.object({ overall: Totals, byTarget: z.record(z.string(), Totals) }),
});
export type ActionPlanResponse = z.infer<typeof ActionPlanResponse>;
