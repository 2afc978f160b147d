/** The development module's read API (issue 11): the consolidated plan, a person's days, agencies' days. */
import { z } from 'zod';
import { FiscalYear } from '../common';

export const FiscalYearQuery = z.object({ fiscalYear: FiscalYear });
/** A fiscal year, or none: the latest year with data. */
export const LatestFiscalYearQuery = z.object({ fiscalYear: FiscalYear.optional() });
export const PersonNoParam = z.object({ personNo: z.string().trim().min(1).max(40) });

const Totals = { projects: z.number(), participants: z.number(), budget: z.number() };

export const DevelopmentSummaryView = z.object({
  fiscalYear: z.number(),
  hrdPlan: z.string(),
  ...Totals,
  budgetText: z.string(),
  salaryBudget: z.number().nullable(),
  budgetPctOfSalary: z.number().nullable(),
  strategies: z.array(z.object({ no: z.string(), name: z.string(), ...Totals })),
  budgetSources: z.array(z.object({ source: z.enum(['ordinance', 'other', 'none']), ...Totals })),
  agencyGroups: z.array(z.object({ group: z.enum(['district', 'bureau', 'other']), ...Totals })),
  coverage: z.object({
    /** Per agency with projects: projects per strategy, in the order of `strategies`. */
    agencies: z.array(
      z.object({
        unitId: z.number(),
        unitName: z.string(),
        unitKind: z.string(),
        projects: z.array(z.number()),
      }),
    ),
    /** Per strategy: how many agencies have at least one project; weak = fewer than half of the agencies. */
    strategies: z.array(z.object({ no: z.string(), agencies: z.number(), weak: z.boolean() })),
  }),
});
export type DevelopmentSummaryView = z.infer<typeof DevelopmentSummaryView>;

const Mix = z.object({ experiential: z.number(), social: z.number(), formal: z.number() });

export const PersonDaysView = z.object({
  fiscalYear: z.number(),
  person: z.object({
    personNo: z.string(),
    title: z.string().nullable(),
    firstName: z.string(),
    lastName: z.string(),
    unitName: z.string().nullable(),
  }),
  targetDays: z.number(),
  totalDays: z.number(),
  meetsTarget: z.boolean(),
  shortfallDays: z.number(),
  days: Mix,
  mixPercent: Mix,
  records: z.array(
    z.object({
      activity: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      days: z.number(),
      mode: z.enum(['experiential', 'social', 'formal']),
      digital: z.boolean(),
      provider: z.string().nullable(),
    }),
  ),
});
export type PersonDaysView = z.infer<typeof PersonDaysView>;

export const UnitsDaysView = z.object({
  fiscalYear: z.number(),
  units: z.array(
    z.object({
      unitId: z.number(),
      unitName: z.string(),
      unitKind: z.string(),
      staff: z.number(),
      reached: z.number(),
      /** Percent with two decimals, rounded half up. */
      sharePct: z.number(),
    }),
  ),
  total: z.object({ staff: z.number(), reached: z.number(), sharePct: z.number() }),
});
export type UnitsDaysView = z.infer<typeof UnitsDaysView>;

export const DigitalSkillsView = z.object({
  fiscalYear: z.number(),
  /** Per agency: staff in service at the year end, how many were assessed in the year (any area). */
  units: z.array(
    z.object({
      unitId: z.number(),
      unitName: z.string(),
      staff: z.number(),
      assessed: z.number(),
      /** Percent with two decimals, rounded half up. */
      assessedPct: z.number(),
      /** People with approved development records flagged digital, and their days. */
      digitalPeople: z.number(),
      digitalDays: z.number(),
    }),
  ),
  total: z.object({ staff: z.number(), assessed: z.number(), assessedPct: z.number() }),
  /** Per skill area: people assessed in it (latest level of the year) and how many are below the expected level. */
  areas: z.array(
    z.object({
      code: z.string(),
      nameTh: z.string(),
      nameEn: z.string(),
      expectedLevel: z.number(),
      assessed: z.number(),
      below: z.number(),
      belowPct: z.number(),
    }),
  ),
});
export type DigitalSkillsView = z.infer<typeof DigitalSkillsView>;
