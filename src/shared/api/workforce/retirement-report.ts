/**
 * `tidtam workforce retirements --json` (formats.md, "Workforce and development on the command line") and
 * GET /api/workforce/retirements/report that serves it while the server holds the data directory: people
 * in service (no exit date) retiring at the end of each fiscal year, every key present, zeros included.
 */
import { z } from 'zod';
import { bi, FiscalYear } from '../common';

export const RETIREMENT_REPORT_MAX_YEARS = 40;

export const RetirementReportQuery = z.object({
  fromFiscalYear: FiscalYear,
  years: z.coerce
    .number()
    .int()
    .min(1, bi('จำนวนปีต้องอยู่ระหว่าง 1–40', 'years must be 1–40'))
    .max(RETIREMENT_REPORT_MAX_YEARS, bi('จำนวนปีต้องอยู่ระหว่าง 1–40', 'years must be 1–40')),
});
export type RetirementReportQuery = z.infer<typeof RetirementReportQuery>;

const n = z.number().int();
export const RetirementReportYear = z.object({
  fiscalYear: n,
  total: n,
  byStaffType: z.object({
    civil_servant: n,
    teacher: n,
    university: n,
    permanent_employee: n,
    temporary_employee: n,
  }),
  /** By the type of the position held today; `none` for those who hold none. */
  byPositionType: z.object({ executive: n, managerial: n, academic: n, general: n, none: n }),
});
export type RetirementReportYear = z.infer<typeof RetirementReportYear>;

export const RetirementReport = z.object({
  fromFiscalYear: n,
  years: n,
  fiscalYears: z.array(RetirementReportYear),
});
export type RetirementReport = z.infer<typeof RetirementReport>;
