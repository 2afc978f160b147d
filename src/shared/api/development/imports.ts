/**
 * Development imports (plan, records, digital skills): POST /api/development/imports/:kind answers what was (or, in a dry
 * run, would be) written, and every row error as `row N, column KEY` in Thai and English.
 */
import { z } from 'zod';

export const DevelopmentImportKind = z.enum(['plan', 'records', 'digital-skills']);
export type DevelopmentImportKind = z.infer<typeof DevelopmentImportKind>;

export const DevelopmentImportResult = z.object({
  kind: DevelopmentImportKind,
  dryRun: z.boolean(),
  /** Rows of data read (the header not counted). */
  rows: z.number(),
  /** Plan: projects new, changed and equal to the file. Records, digital skills: records (rows). */
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  issues: z.array(
    z.object({ row: z.number().optional(), column: z.string(), th: z.string(), en: z.string() }),
  ),
  moreIssues: z.number(),
});
export type DevelopmentImportResult = z.infer<typeof DevelopmentImportResult>;

export const DevelopmentImportQuery = z.object({ dryRun: z.enum(['true', 'false']).default('false') });
export const DevelopmentImportParams = z.object({ kind: DevelopmentImportKind });
