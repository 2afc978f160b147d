/** The HR Dashboard's API (workforce contract): every figure as of a chosen date, scoped to a unit. */
import { z } from 'zod';
import { bi, Code, FiscalYear, IsoDate } from '../common';

export const AsOfQuery = z.object({ asOf: IsoDate.optional(), unit: Code.optional() });
export type AsOfQuery = z.infer<typeof AsOfQuery>;

export const RetirementsQuery = z.object({
  fromFiscalYear: FiscalYear.optional(),
  years: z.coerce
    .number()
    .int()
    .min(1, bi('จำนวนปีต้องอยู่ระหว่าง 1–10', 'years must be 1–10'))
    .max(10, bi('จำนวนปีต้องอยู่ระหว่าง 1–10', 'years must be 1–10'))
    .default(5),
  unit: Code.optional(),
});
export type RetirementsQuery = z.infer<typeof RetirementsQuery>;

export const MovementsQuery = z.object({
  fromFiscalYear: FiscalYear.optional(),
  toFiscalYear: FiscalYear.optional(),
  unit: Code.optional(),
});
export type MovementsQuery = z.infer<typeof MovementsQuery>;

const Counts = z.record(z.string(), z.number());
const UnitCount = z.object({ unitId: z.number(), code: z.string(), name: z.string(), count: z.number() });
const Scope = { asOf: z.string(), unit: z.string().nullable() };

export const HeadcountResponse = z.object({
  ...Scope,
  total: z.number(),
  byUnit: z.array(UnitCount),
  byStaffType: Counts,
  byPositionType: Counts,
  byLevel: Counts,
  byLine: Counts,
});
export type HeadcountResponse = z.infer<typeof HeadcountResponse>;

export const VacancyRow = z.object({
  positionNo: z.string(),
  title: z.string(),
  positionType: z.string(),
  level: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  section: z.string().nullable(),
  /** The first vacant day; null when no one has ever held it. */
  vacantSince: z.string().nullable(),
  vacantDays: z.number().nullable(),
});
export const VacanciesResponse = z.object({
  ...Scope,
  total: z.number(),
  byUnit: z.array(UnitCount),
  /** The longest vacant first, at most 1,000 rows. */
  positions: z.array(VacancyRow),
});
export type VacanciesResponse = z.infer<typeof VacanciesResponse>;

export const KeyPositionRetiring = z.object({
  fiscalYear: z.number(),
  reason: z.enum(['district_director', 'assistant_district_director', 'section_head', 'marked']),
  positionNo: z.string().nullable(),
  title: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  section: z.string().nullable(),
  /** Null for the committee (figures only, no names). */
  personNo: z.string().nullable(),
  name: z.string().nullable(),
});
export const RetirementYear = z.object({
  fiscalYear: z.number(),
  total: z.number(),
  byStaffType: Counts,
  byPositionType: Counts,
  byLevel: Counts,
  byUnit: z.array(UnitCount),
});
export const RetirementsResponse = z.object({
  fromFiscalYear: z.number(),
  years: z.number(),
  unit: z.string().nullable(),
  fiscalYears: z.array(RetirementYear),
  keyPositions: z.array(KeyPositionRetiring),
});
export type RetirementsResponse = z.infer<typeof RetirementsResponse>;

export const AgeProfileResponse = z.object({
  ...Scope,
  total: z.number(),
  bands: z.array(z.object({ band: z.string(), total: z.number(), byStaffType: Counts })),
});
export type AgeProfileResponse = z.infer<typeof AgeProfileResponse>;

export const MovementYear = z.object({
  fiscalYear: z.number(),
  entries: z.number(),
  exits: z.number(),
  exitsByReason: Counts,
  promotions: z.number(),
  transfers: z.number(),
});
export const MovementsResponse = z.object({
  fromFiscalYear: z.number(),
  toFiscalYear: z.number(),
  unit: z.string().nullable(),
  fiscalYears: z.array(MovementYear),
});
export type MovementsResponse = z.infer<typeof MovementsResponse>;

export const ExportQuery = z.object({
  view: z.enum(['headcount', 'vacancies', 'retirements', 'age-profile', 'movements']),
  asOf: IsoDate.optional(),
  unit: Code.optional(),
  fromFiscalYear: FiscalYear.optional(),
  toFiscalYear: FiscalYear.optional(),
  years: z.coerce.number().int().min(1).max(10).default(5),
});
export type ExportQuery = z.infer<typeof ExportQuery>;
