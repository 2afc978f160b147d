/** The talent pool per key position (issue 12, item 5): requests and answers. */
import { z } from 'zod';
import { CONSENT, READINESS } from '../../../domain/careers/talent';
import { Code, Id, IsoDate, LongText } from '../common';

const Version = z.coerce.number().int().min(1).max(2_000_000_000);

export const NominationCreate = z.object({
  positionId: Id,
  personNo: Code,
  readiness: z.enum(READINESS),
  consent: z.enum(CONSENT).default('pending'),
  note: LongText.nullable().optional(),
});
export type NominationCreate = z.infer<typeof NominationCreate>;

/** A change: any of readiness, consent, note; or withdrawn. */
export const NominationChange = z.object({
  readiness: z.enum(READINESS).optional(),
  consent: z.enum(CONSENT).optional(),
  note: LongText.nullable().optional(),
  withdraw: z.boolean().optional(),
  version: Version,
});
export type NominationChange = z.infer<typeof NominationChange>;

export const TalentPoolQuery = z.object({
  asOf: IsoDate.optional(),
  years: z.coerce.number().int().min(1).max(10).default(5),
});

const Nominee = z.object({
  id: z.number(),
  personNo: z.string(),
  name: z.string(),
  readiness: z.enum(READINESS),
  consent: z.enum(CONSENT),
  note: z.string().nullable(),
  nominatedBy: z.string().nullable(),
  nominatedAt: z.string(),
  /** Under the position's paths in force: eligible now, within two years by staying, or not. */
  standing: z.enum(['eligible', 'within', 'not']),
  version: z.number(),
  history: z.array(
    z.object({
      readiness: z.enum(READINESS),
      consent: z.enum(CONSENT),
      note: z.string().nullable(),
      withdrawn: z.boolean(),
      by: z.string().nullable(),
      at: z.string(),
    }),
  ),
});

export const TalentPoolView = z.object({
  asOf: z.string(),
  fromFiscalYear: z.number(),
  bench: z.object({
    keyPositions: z.number(),
    successors: z.number(),
    coverage: z.number().nullable(),
    positionsReadyNow: z.number(),
    benchStrengthPct: z.number().nullable(),
  }),
  years: z.array(
    z.object({
      fiscalYear: z.number(),
      emptied: z.number(),
      readySuccessors: z.number(),
      /** Position numbers emptied that year with no successor nominated, ready and eligible by then. */
      uncovered: z.array(z.string()),
    }),
  ),
  /** Each key position and its nominees; null for the committee (figures only). */
  positions: z
    .array(
      z.object({
        positionId: z.number(),
        positionNo: z.string(),
        title: z.string(),
        unit: z.object({ code: z.string(), name: z.string() }),
        holder: z.string().nullable(),
        retirementFiscalYear: z.number().nullable(),
        nominees: z.array(Nominee),
      }),
    )
    .nullable(),
});
export type TalentPoolView = z.infer<typeof TalentPoolView>;
