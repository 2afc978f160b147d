/**
 * Workforce imports (people, positions, history): POST /api/workforce/imports/:kind answers what was (or, in
 * a dry run, would be) written, and every row error as `row N, column KEY` in Thai and English.
 */
import { z } from 'zod';
import { ImportNamed } from '../common';

export const WorkforceImportKind = z.enum(['people', 'positions', 'history']);
export type WorkforceImportKind = z.infer<typeof WorkforceImportKind>;

export const WorkforceImportIssue = z.object({
  /** The row as Excel shows it (1 = the header); absent for the file as a whole. */
  row: z.number().optional(),
  column: z.string(),
  th: z.string(),
  en: z.string(),
});
export type WorkforceImportIssue = z.infer<typeof WorkforceImportIssue>;

export const WorkforceImportResult = z.object({
  kind: WorkforceImportKind,
  dryRun: z.boolean(),
  /** Rows of data read (the header not counted). */
  rows: z.number(),
  /** People or positions: records new, changed, and equal to the file. History: periods (rows). */
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  /** History only: periods of the persons named that the file no longer has (0 for the other kinds). */
  removed: z.number(),
  /**
   * The records counted above by their codes, the first 10 of each (people: person_no, positions: position_no,
   * in the order of the file; history: "person_no from-date" with the role when not `holds`, updated ones in
   * the file's order, created and removed ones by person and date). A dry run thus says what it would write
   * (issue 14 item 17).
   */
  named: ImportNamed.extend({ removed: z.array(z.string()) }),
  /** Every row error, the first 1,000 of them; nothing is written when there is one. */
  issues: z.array(WorkforceImportIssue),
  /** Errors beyond those listed. */
  moreIssues: z.number(),
});
export type WorkforceImportResult = z.infer<typeof WorkforceImportResult>;

export const WorkforceImportQuery = z.object({ dryRun: z.enum(['true', 'false']).default('false') });
export const WorkforceImportParams = z.object({ kind: WorkforceImportKind });

/** `workforce retirements --json` (formats.md): every key present, zeros included. */
export interface RetirementYear {
  fiscalYear: number;
  total: number;
  byStaffType: Record<string, number>;
  byPositionType: Record<string, number>;
}
export interface RetirementsReport {
  fromFiscalYear: number;
  years: number;
  fiscalYears: RetirementYear[];
}
