import { z } from 'zod';
import { Code, Name } from './common';

export const UNIT_KINDS = ['bureau', 'district', 'office', 'institute', 'other'] as const;

export const UnitView = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  status: z.enum(['active', 'closed']),
  successor: z.object({ id: z.number(), name: z.string() }).nullable(),
  formerNames: z.array(z.object({ name: z.string(), validTo: z.string() })),
  projectCount: z.number(),
});
export type UnitView = z.infer<typeof UnitView>;

export const UnitCreate = z.object({ code: Code, name: Name, kind: z.enum(UNIT_KINDS).default('office') });
export const UnitUpdate = z.object({ name: Name.optional(), kind: z.enum(UNIT_KINDS).optional() });
