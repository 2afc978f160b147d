/**
 * Development imports (plan, records, digital skills): POST /api/development/imports/:kind answers what was (or, in a dry
 * run, would be) written, and every row error as `row N, column KEY` in Thai and English.
 */
import { z } from 'zod';
import { ImportNamed } from '../common';

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
  /**
   * The records counted above by their codes, the first 10 of each (plan: "fiscal_year project_code"; records:
   * "person_no start-date activity"; digital skills: "person_no date skill_area", dates as 31/05/2566): plan
   * projects and updated records in the file's order, created records by person and date. So a dry run says
   * what it would write (issue 14 item 17).
   */
  named: ImportNamed,
  issues: z.array(
    z.object({ row: z.number().optional(), column: z.string(), th: z.string(), en: z.string() }),
  ),
  moreIssues: z.number(),
});
export type DevelopmentImportResult = z.infer<typeof DevelopmentImportResult>;

export const DevelopmentImportQuery = z.object({ dryRun: z.enum(['true', 'false']).default('false') });
export const DevelopmentImportParams = z.object({ kind: DevelopmentImportKind });
