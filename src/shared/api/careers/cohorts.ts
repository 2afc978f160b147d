/** Course cohorts and the post-course ranking (issue 12, item 6): requests and answers. */
import { z } from 'zod';
import { bi, Code, FiscalYear, Id, IsoDate, Name } from '../common';

const Version = z.coerce.number().int().min(1).max(2_000_000_000);
export const COHORT_STATUSES = ['open', 'scored', 'published'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];
export const MEMBER_STATES = ['ranked', 'below_pass_mark', 'incomplete'] as const;

/** A score 0–100 with at most 2 decimals. */
export const Score = z
  .number()
  .min(0, bi('คะแนนต้องไม่น้อยกว่า 0', 'a score is at least 0'))
  .max(100, bi('คะแนนต้องไม่เกิน 100', 'a score is at most 100'))
  .refine(
    (n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6,
    bi('คะแนนมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง', 'a score has at most 2 decimals'),
  );

export const ComponentCode = z
  .string()
  .trim()
  .regex(
    /^[a-z][a-z0-9_]{0,19}$/,
    bi('รหัสองค์ประกอบใช้ a-z 0-9 _ ไม่เกิน 20 ตัว', 'a component code is a-z, 0-9, _ (at most 20)'),
  );

export const CohortComponent = z.object({
  code: ComponentCode,
  name: Name,
  weight: z.number().int(bi('น้ำหนักต้องเป็นจำนวนเต็ม', 'a weight is a whole number')).min(1).max(100),
});
export type CohortComponent = z.infer<typeof CohortComponent>;

export const CohortCreate = z
  .object({
    code: Code,
    name: Name,
    course: Name,
    pathId: Id.nullable().optional(),
    fiscalYear: FiscalYear,
    startsOn: IsoDate,
    endsOn: IsoDate,
    components: z.array(CohortComponent).min(1).max(6),
    passMark: Score.nullable().optional(),
  })
  .refine((c) => c.endsOn >= c.startsOn, {
    path: ['endsOn'],
    message: bi('วันสิ้นสุดต้องไม่ก่อนวันเริ่ม', 'the end date must not be before the start'),
  });
export type CohortCreate = z.infer<typeof CohortCreate>;

/** Scores typed on the form: a person not yet a member is added; null clears a score. */
export const ScoreRow = z.object({
  personNo: Code,
  scores: z.record(ComponentCode, Score.nullable()),
});
export const CohortScores = z.object({ rows: z.array(ScoreRow).min(1).max(2_000), version: Version });
export type CohortScores = z.infer<typeof CohortScores>;

export const CohortStatusChange = z.object({ status: z.enum(COHORT_STATUSES), version: Version });
export type CohortStatusChange = z.infer<typeof CohortStatusChange>;

export const CohortImportQuery = z.object({ dryRun: z.enum(['true', 'false']).optional() });

export const CohortSummary = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  course: z.string(),
  path: z.object({ id: z.number(), code: z.string(), targetTitle: z.string() }).nullable(),
  fiscalYear: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
  status: z.enum(COHORT_STATUSES),
  members: z.number(),
  isExample: z.boolean(),
});
export type CohortSummary = z.infer<typeof CohortSummary>;

export const CohortMemberView = z.object({
  /** null for the committee (figures only) and for a staff user's fellow members (never listed). */
  personNo: z.string().nullable(),
  name: z.string().nullable(),
  unit: z.string().nullable(),
  scores: z.record(z.string(), z.number().nullable()),
  state: z.enum(MEMBER_STATES),
  total: z.string().nullable(),
  rank: z.number().nullable(),
  top: z.boolean(),
  /** Below the member before: null (lower total), a component code (it decided an equal total), 'shared'. */
  decidedBy: z.string().nullable(),
  /** Published and passed: the course passed the criteria count (career_record). */
  coursePassed: z.boolean(),
});
export type CohortMemberView = z.infer<typeof CohortMemberView>;

export const CohortView = CohortSummary.extend({
  components: z.array(CohortComponent),
  passMark: z.number().nullable(),
  publishedAt: z.string().nullable(),
  version: z.number(),
  /** Whether the actor may edit (the office: admin and the institute's focal points and approvers). */
  canEdit: z.boolean(),
  /** Names shown (the office, focal points): false for the committee and for staff. */
  names: z.boolean(),
  ranked: z.number(),
  /** The list in ranked order (staff: their own row only). */
  list: z.array(CohortMemberView),
});
export type CohortView = z.infer<typeof CohortView>;

export const CohortImportResult = z.object({
  dryRun: z.boolean(),
  rows: z.number(),
  added: z.number(),
  updated: z.number(),
  /** The members added and updated by person number, the first 10 of each in the file's order (issue 14.17). */
  named: z.object({ added: z.array(z.string()), updated: z.array(z.string()) }),
});
export type CohortImportResult = z.infer<typeof CohortImportResult>;
