/**
 * The career-path file (docs/career-path-file.md, decision 0015): one or all paths with their versions,
 * stages, job profiles and criteria, as JSON. Checked by the same schemas as the API (CriteriaTree,
 * StageSchema, JobProfileSchema), bounded in size and count.
 */
import { z } from 'zod';
import { bi, Code, IsoDate, LongText, Name } from '../common';
import { CriteriaTree, StageSchema } from './criteria';
import { JobProfileSchema, PATH_ORIGINS } from './paths';

export const PATH_FILE_FORMAT = 'tidtam-career-paths';
/** At most this many bytes, paths and versions per path in one file. */
export const PATH_FILE_LIMITS = { bytes: 5 * 1024 * 1024, paths: 200, versions: 50 } as const;

export const PathFileVersion = z
  .object({
    versionNo: z.number().int().min(1).max(10_000),
    status: z.enum(['draft', 'approved']),
    effectiveFrom: IsoDate.nullable(),
    approvedBy: z.string().max(200).nullable().optional(),
    /** ISO 8601 with its offset, e.g. 2024-01-02T03:04:05.123456+00:00. */
    approvedAt: z
      .string()
      .regex(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/,
        bi('ต้องเป็นเวลาแบบ ISO 8601', 'must be an ISO 8601 time'),
      )
      .refine((s) => !Number.isNaN(Date.parse(s)), bi('ไม่ใช่เวลาจริง', 'not a real time'))
      .nullable()
      .optional(),
    note: LongText.nullable().optional(),
    stages: z.array(StageSchema).max(20),
    profile: JobProfileSchema.nullable().optional(),
    criteria: CriteriaTree,
  })
  .strict()
  .refine((v) => v.status === 'draft' || v.effectiveFrom !== null, {
    path: ['effectiveFrom'],
    message: bi('ฉบับที่อนุมัติต้องมีวันที่มีผล', 'an approved version needs its effective date'),
  });
export type PathFileVersion = z.infer<typeof PathFileVersion>;

export const PathFileEntry = z
  .object({
    code: Code,
    name: Name,
    targetTitle: Name,
    origin: z.enum(PATH_ORIGINS).nullable().optional(),
    description: LongText.nullable().optional(),
    isExample: z.boolean().optional(),
    versions: z
      .array(PathFileVersion)
      .min(1, bi('ต้องมีอย่างน้อย 1 ฉบับ', 'needs at least one version'))
      .max(PATH_FILE_LIMITS.versions, bi('มีฉบับมากเกินไป', 'too many versions')),
  })
  .strict()
  .superRefine((p, ctx) => {
    const twice = <T>(xs: T[]) => xs.find((x, i) => xs.indexOf(x) !== i);
    const no = twice(p.versions.map((v) => v.versionNo));
    if (no !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['versions'],
        message: bi(`ฉบับที่ ${no} ซ้ำ`, `version ${no} appears twice`),
      });
    const from = twice(p.versions.filter((v) => v.status === 'approved').map((v) => v.effectiveFrom));
    if (from)
      ctx.addIssue({
        code: 'custom',
        path: ['versions'],
        message: bi(`มีสองฉบับที่มีผลวันที่ ${from}`, `two versions take effect on ${from}`),
      });
    if (p.versions.filter((v) => v.status === 'draft').length > 1)
      ctx.addIssue({
        code: 'custom',
        path: ['versions'],
        message: bi('มีร่างได้เพียงฉบับเดียว', 'at most one draft'),
      });
  });
export type PathFileEntry = z.infer<typeof PathFileEntry>;

export const PathFile = z
  .object({
    format: z.literal(PATH_FILE_FORMAT),
    formatVersion: z.literal(1),
    exportedAt: z.string().max(40).optional(),
    paths: z
      .array(PathFileEntry)
      .min(1, bi('ไฟล์ไม่มีเส้นทาง', 'the file has no path'))
      .max(PATH_FILE_LIMITS.paths, bi('มีเส้นทางมากเกินไป', 'too many paths')),
  })
  .strict()
  .superRefine((f, ctx) => {
    const codes = f.paths.map((p) => p.code);
    codes.forEach((code, i) => {
      if (codes.indexOf(code) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['paths', i, 'code'],
          message: bi(`รหัสเส้นทาง ${code} ซ้ำในไฟล์`, `path code ${code} appears twice in the file`),
        });
    });
  });
export type PathFile = z.infer<typeof PathFile>;

export const PathFileQuery = z.object({
  /** One path's code; all paths when absent. */
  code: Code.optional(),
});

export const PathFileImportResult = z.object({
  paths: z.number(),
  /** Paths the file brought that did not exist: created with every version of the file. */
  created: z.array(z.string()),
  /** Existing paths: the file's newest version became their draft (a new one, or the draft replaced). */
  drafted: z.array(z.object({ code: z.string(), versionNo: z.number() })),
});
export type PathFileImportResult = z.infer<typeof PathFileImportResult>;
