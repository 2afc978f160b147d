/** Eligibility, the self-check and succession: requests and answers (issue 12, items 2–5). */
import { z } from 'zod';
import type { CriterionResult } from '../../../domain/careers/evaluate';
import { Code, IsoDate } from '../common';
import { Years } from './paths';

const ServiceTimeView = z.object({
  years: z.number(),
  months: z.number(),
  days: z.number(),
  totalDays: z.number(),
});

const GapView = z.union([
  z.object({ kind: z.literal('wait'), until: z.string() }),
  z.object({ kind: z.literal('time') }),
  z.object({ kind: z.enum(['units', 'sections', 'works']), missing: z.number() }),
  z.object({ kind: z.literal('course'), courses: z.array(z.string()) }),
  z.object({ kind: z.literal('competency') }),
]);

export const CriterionResultView: z.ZodType<CriterionResult> = z
  .lazy(
    () =>
      z.object({
        kind: z.enum([
          'time',
          'units_served',
          'sections_overseen',
          'course',
          'evidenced_work',
          'competency',
          'all',
          'any',
        ]),
        ref: z.string().nullable(),
        text: z.string().nullable(),
        met: z.boolean(),
        value: z.number().nullable(),
        time: ServiceTimeView.nullable(),
        required: z.number().nullable(),
        used: z.array(z.number()),
        metOn: z.string().nullable(),
        gap: GapView.nullable(),
        children: z.array(CriterionResultView).nullable(),
        byException: z.boolean().optional(),
      }),
    // Named, so the OpenAPI document can refer to the recursive tree as one component (CriterionResult).
  )
  .meta({ id: 'CriterionResult' }) as z.ZodType<CriterionResult>;

export const STANDINGS = ['eligible', 'within', 'not'] as const;

export const EligibilityQuery = z.object({
  asOf: IsoDate.optional(),
  /** An org_unit code: the candidates whose current unit it is (focal points: always their own). */
  unit: Code.optional(),
  withinYears: Years.default(1),
  /** The what-if: evaluate the path's draft instead of the version in force (admin). */
  draft: z.enum(['true', 'false']).optional(),
});

const UnitRef = z.object({ code: z.string(), name: z.string() });

export const Counts = z.object({
  candidates: z.number(),
  eligible: z.number(),
  /** Not yet eligible, but will be within `withinYears` by staying where they are. */
  within: z.number(),
  /** Counted as eligible by an exception the office granted (included in eligible). */
  exceptions: z.number(),
});

export const EligibilityView = z.object({
  path: z.object({ id: z.number(), code: z.string(), name: z.string(), targetTitle: z.string() }),
  versionNo: z.number(),
  status: z.enum(['draft', 'approved']),
  asOf: z.string(),
  withinYears: z.number(),
  counts: Counts,
  byUnit: z.array(UnitRef.extend({ eligible: z.number(), within: z.number() })),
  /** The people eligible or within reach; null for the viewer role (figures only, no names). */
  people: z
    .array(
      z.object({
        personNo: z.string(),
        name: z.string(),
        unit: UnitRef.nullable(),
        standing: z.enum(STANDINGS),
        metOn: z.string().nullable(),
        /** Eligible only thanks to an exception (the whole path, or the criteria in `waived`). */
        exception: z.boolean(),
        /** Refs of criteria met by exception (empty when the exception is for the whole path). */
        waived: z.array(z.string()),
        /** Refs (or kinds) of the top-level criteria not met. */
        missing: z.array(z.string()),
      }),
    )
    .nullable(),
});
export type EligibilityView = z.infer<typeof EligibilityView>;

export const ExceptionInForceView = z.object({
  id: z.number(),
  criterionRef: z.string().nullable(),
  reason: z.string(),
  orderRef: z.string().nullable(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
});

export const SelfCheckView = z.object({
  person: z.object({ personNo: z.string(), name: z.string() }),
  asOf: z.string(),
  paths: z.array(
    z.object({
      path: z.object({ id: z.number(), code: z.string(), name: z.string(), targetTitle: z.string() }),
      versionNo: z.number(),
      effectiveFrom: z.string().nullable(),
      standing: z.enum(STANDINGS),
      /** Eligible only thanks to an exception ("met by exception"). */
      byException: z.boolean(),
      /** The exceptions in force for this path (criterionRef null: the whole path). */
      exceptions: z.array(ExceptionInForceView),
      result: CriterionResultView,
    }),
  ),
});
export type SelfCheckView = z.infer<typeof SelfCheckView>;

export const SuccessionQuery = z.object({
  asOf: IsoDate.optional(),
  withinYears: Years.default(2),
  years: z.coerce.number().int().min(1).max(10).default(5),
});

export const SuccessionView = z.object({
  asOf: z.string(),
  fromFiscalYear: z.number(),
  withinYears: z.number(),
  titles: z.array(
    z.object({
      targetTitle: z.string(),
      paths: z.array(z.string()),
      seats: z.number(),
      vacant: z.number(),
      eligibleNow: z.number(),
      eligibleWithin: z.number(),
      coveragePct: z.number().nullable(),
      years: z.array(
        z.object({
          fiscalYear: z.number(),
          emptied: z.number(),
          openByYearEnd: z.number(),
          successors: z.number(),
          shortfall: z.number(),
        }),
      ),
      /** Each seat and its holder; null for the viewer role. */
      holders: z
        .array(
          z.object({
            positionNo: z.string(),
            unit: UnitRef,
            holder: z.string().nullable(),
            retirementFiscalYear: z.number().nullable(),
          }),
        )
        .nullable(),
    }),
  ),
});
export type SuccessionView = z.infer<typeof SuccessionView>;
