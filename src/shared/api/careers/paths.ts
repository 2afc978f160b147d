/** Career paths and their versions: requests and answers (issue 12, item 1). */
import { z } from 'zod';
import { bi, Code, IsoDate, LongText, Name } from '../common';
import { CriteriaTree, CriterionSchema, StageSchema } from './criteria';

export const PATH_ORIGINS = ['district', 'bureau', 'mixed'] as const;
const Version = z.coerce.number().int().min(1).max(2_000_000_000);

const Line = z.string().trim().min(1).max(1000);
const Lines = z.array(Line).max(40);

/**
 * A job profile (แบบสังเขปประสบการณ์และผลงาน, seed 002 §2.1): duties, nature of work, the competencies
 * expected in three tiers (core; BMA executive; position-specific), selection criteria, the development
 * route into the position, and the post-course ranking rule.
 */
export const JobProfileSchema = z
  .object({
    duties: Lines.default([]),
    natureOfWork: Lines.default([]),
    competencies: z
      .object({ core: Lines.default([]), executive: Lines.default([]), specific: Lines.default([]) })
      .strict(),
    selectionCriteria: Lines.default([]),
    developmentRoute: Lines.default([]),
    rankingRule: z.string().trim().max(1000).nullable().optional(),
  })
  .strict();
export type JobProfile = z.infer<typeof JobProfileSchema>;

export const PathVersionView = z.object({
  id: z.number(),
  versionNo: z.number(),
  status: z.enum(['draft', 'approved']),
  effectiveFrom: z.string().nullable(),
  criteria: CriterionSchema,
  stages: z.array(StageSchema),
  profile: JobProfileSchema.nullable(),
  note: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  /** The row's version, sent back with an edit (a stale one is refused with 409). */
  version: z.number(),
});
export type PathVersionView = z.infer<typeof PathVersionView>;

export const PathSummary = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  targetTitle: z.string(),
  origin: z.enum(PATH_ORIGINS).nullable(),
  isExample: z.boolean(),
  /** The approved version in force today, if any. */
  inForce: z.object({ versionNo: z.number(), effectiveFrom: z.string() }).nullable(),
  draftVersionNo: z.number().nullable(),
});
export type PathSummary = z.infer<typeof PathSummary>;

export const PathView = PathSummary.extend({
  description: z.string().nullable(),
  versions: z.array(PathVersionView),
});
export type PathView = z.infer<typeof PathView>;

export const PathCreate = z.object({
  code: Code,
  name: Name,
  targetTitle: Name,
  origin: z.enum(PATH_ORIGINS).nullable().optional(),
  description: LongText.nullable().optional(),
  criteria: CriteriaTree,
  stages: z.array(StageSchema).max(20).default([]),
  profile: JobProfileSchema.nullable().optional(),
  note: LongText.nullable().optional(),
});
export type PathCreate = z.infer<typeof PathCreate>;

/** The draft's new rules; `version` is the draft's (null when starting a draft from the version in force). */
export const DraftSave = z.object({
  criteria: CriteriaTree,
  stages: z.array(StageSchema).max(20).default([]),
  profile: JobProfileSchema.nullable().optional(),
  note: LongText.nullable().optional(),
  version: Version.nullable(),
});
export type DraftSave = z.infer<typeof DraftSave>;

export const DraftApprove = z.object({
  effectiveFrom: IsoDate,
  version: Version,
});
export type DraftApprove = z.infer<typeof DraftApprove>;

export const AsOfQuery = z.object({
  asOf: IsoDate.optional(),
});

export const Years = z.coerce
  .number()
  .int()
  .min(0, bi('ต้องไม่ติดลบ', 'must not be negative'))
  .max(10, bi('ไม่เกิน 10 ปี', 'at most 10 years'));
