/**
 * Key results (ผลลัพธ์ที่สำคัญ) and the target page: one schema per form and answer, shared by web and server.
 * Numbers travel as exact decimal strings; achievement is computed by src/domain/monitoring/key-results.ts.
 */
import { z } from 'zod';
import { StatusCounts, SummaryQuery } from './summary';
import { KR_DIRECTIONS, KR_GRANULARITIES } from '../../../domain/monitoring/key-results';
import { SUMMARY_BASES } from '../../../domain/monitoring/report-workflow';
import { LIMITS } from '../../limits';
import { bi, CodedRef, FiscalYear, Id, LongText, Name, PeriodString } from '../common';

/** A signed decimal with at most 14 digits before and 4 after the point. */
export const KrNumber = z
  .string()
  .trim()
  .regex(
    /^-?\d{1,14}(\.\d{1,4})?$/,
    bi('ต้องเป็นตัวเลข ทศนิยมไม่เกิน 4 ตำแหน่ง', 'must be a number with at most 4 decimals'),
  );

export const KrDirectionEnum = z.enum(KR_DIRECTIONS, bi('ทิศทางไม่ถูกต้อง', 'unknown direction'));
export const KrGranularityEnum = z.enum(KR_GRANULARITIES, bi('ช่วงเวลาไม่ถูกต้อง', 'unknown granularity'));

const ShortText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, bi(`ยาวเกิน ${max} ตัวอักษร`, `longer than ${max} characters`));

const KrNo = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z.-]{1,10}$/, bi('ลำดับต้องเป็นตัวเลข เช่น 1 หรือ 2', 'number like 1 or 2'));

/** A new key result of a plan's target (admin). Cross-field rules are the domain's keyResultSpecProblems. */
export const KeyResultCreate = z.object({
  targetNo: z.string().trim().min(1, bi('ต้องเลือกเป้าประสงค์', 'choose a target')).max(20),
  fiscalYear: FiscalYear,
  no: KrNo,
  indicator: Name,
  unit: ShortText(100).nullable().optional(),
  direction: KrDirectionEnum,
  baseline: KrNumber.nullable().optional(),
  target: KrNumber.nullable().optional(),
  rangeLow: KrNumber.nullable().optional(),
  rangeHigh: KrNumber.nullable().optional(),
  note: LongText.nullable().optional(),
});
export type KeyResultCreate = z.infer<typeof KeyResultCreate>;

/** An edit of a key result (admin); `version` guards against overwriting someone else's edit. */
export const KeyResultUpdate = z.object({
  version: z.number().int().positive(),
  no: KrNo.optional(),
  indicator: Name.optional(),
  unit: ShortText(100).nullable().optional(),
  direction: KrDirectionEnum.optional(),
  baseline: KrNumber.nullable().optional(),
  target: KrNumber.nullable().optional(),
  rangeLow: KrNumber.nullable().optional(),
  rangeHigh: KrNumber.nullable().optional(),
  note: LongText.nullable().optional(),
});
export type KeyResultUpdate = z.infer<typeof KeyResultUpdate>;

/** A measured value: period "2566-05" (month) or "2566-Q3" (third quarter of fiscal year 2566). */
export const KeyResultActualInput = z.object({
  granularity: KrGranularityEnum,
  period: z
    .string()
    .trim()
    .regex(
      /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/,
      bi(
        'ต้องเป็นเดือนแบบ 2566-05 หรือไตรมาสแบบ 2566-Q3',
        'must be a month like 2566-05 or a quarter like 2566-Q3',
      ),
    ),
  value: KrNumber,
  source: ShortText(LIMITS.nameLength).nullable().optional(),
  comment: LongText.nullable().optional(),
});
export type KeyResultActualInput = z.infer<typeof KeyResultActualInput>;

export const KeyResultActualUpdate = KeyResultActualInput.partial().extend({
  version: z.number().int().positive(),
});
export type KeyResultActualUpdate = z.infer<typeof KeyResultActualUpdate>;

/** The projects serving a key result, replaced as a whole. */
export const KeyResultLinks = z.object({
  projectIds: z.array(Id).max(1000, bi('เลือกโครงการได้ไม่เกิน 1000', 'at most 1000 projects')),
});
export type KeyResultLinks = z.infer<typeof KeyResultLinks>;

const AchievementShape = {
  /** Uncapped, exact to 2 decimals: "150", "-25", "66.67". */
  pct: z.string(),
  /** Capped to 0–100. */
  cappedPct: z.string(),
  met: z.boolean(),
};

export const KeyResultActualView = z.object({
  id: z.number(),
  granularity: KrGranularityEnum,
  period: z.string(),
  /** The period's last month ("2566-06" for 2566-Q3): where the point sits on a time axis. */
  periodEnd: z.string(),
  value: z.string(),
  source: z.string().nullable(),
  comment: z.string().nullable(),
  recordedBy: z.string(),
  updatedAt: z.string(),
  version: z.number(),
  ...AchievementShape,
});
export type KeyResultActualView = z.infer<typeof KeyResultActualView>;

export const KeyResultView = z.object({
  id: z.number(),
  planCode: z.string(),
  targetId: z.number(),
  targetNo: z.string(),
  fiscalYear: z.number(),
  no: z.string(),
  indicator: z.string(),
  unit: z.string().nullable(),
  direction: KrDirectionEnum,
  baseline: z.string().nullable(),
  target: z.string().nullable(),
  rangeLow: z.string().nullable(),
  rangeHigh: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number(),
  /** The trend: every actual in time order, each with its achievement. */
  actuals: z.array(KeyResultActualView),
  /** The latest actual up to the as-of month (every actual when none was asked). */
  latest: KeyResultActualView.nullable(),
  /** The last two actuals compared by achievement. */
  trend: z.enum(['improving', 'worsening', 'steady']).nullable(),
  /** The projects serving it that the reader may see. */
  projects: z.array(CodedRef),
  abilities: z.object({ update: z.boolean() }),
});
export type KeyResultView = z.infer<typeof KeyResultView>;

export const KeyResultsQuery = z.object({
  fiscalYear: FiscalYear,
  asOf: PeriodString.optional(),
});

/** The key results of a plan and fiscal year, target by target (every target, with or without). */
export const KeyResultsResponse = z.object({
  plan: z.string(),
  planName: z.string(),
  fiscalYear: z.number(),
  asOf: z.string().nullable(),
  abilities: z.object({ update: z.boolean() }),
  targets: z.array(
    z.object({ id: z.number(), no: z.string(), name: z.string(), keyResults: z.array(KeyResultView) }),
  ),
});
export type KeyResultsResponse = z.infer<typeof KeyResultsResponse>;

/** The same query as the summary's: a month, optionally a fiscal year, and the basis. */
export const TargetOutcomeQuery = SummaryQuery;

const Counts = StatusCounts;

/** One target's activity progress (the summary's column) beside the outcome of its key results. */
export const TargetOutcomeResponse = z.object({
  plan: z.string(),
  planName: z.string(),
  fiscalYear: z.number(),
  asOf: z.string(),
  basis: z.enum(SUMMARY_BASES),
  target: z.object({
    id: z.number(),
    no: z.string(),
    name: z.string(),
    valueDelivered: z.string().nullable(),
  }),
  /** The status summary of this target as of the month (getProgressSummary). */
  progress: Counts,
  keyResults: z.array(KeyResultView),
  /**
   * ดำเนินการครบแต่ผลลัพธ์ยังไม่ถึงเป้า: every counted project is completed while a key result's latest
   * achievement (as of the month) is below 100 %.
   */
  completedButBelowTarget: z.boolean(),
  /** The key results whose latest achievement is below 100 %. */
  belowTargetKeyResultIds: z.array(z.number()),
  /** The other targets of the plan, to move between target pages. */
  targets: z.array(z.object({ no: z.string(), name: z.string() })),
});
export type TargetOutcomeResponse = z.infer<typeof TargetOutcomeResponse>;
