/** The people directory and the person page (workforce contract). */
import { z } from 'zod';
import { bi, Code, IsoDate } from '../common';

export const DirectoryQuery = z.object({
  q: z.string().trim().max(100, bi('คำค้นยาวเกินไป', 'search text is too long')).optional(),
  unit: Code.optional(),
  title: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type DirectoryQuery = z.infer<typeof DirectoryQuery>;

export const DirectoryRow = z.object({
  personNo: z.string(),
  name: z.string(),
  staffType: z.string(),
  title: z.string().nullable(),
  level: z.string().nullable(),
  unitCode: z.string().nullable(),
  unitName: z.string().nullable(),
});
export const DirectoryResponse = z.object({
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  rows: z.array(DirectoryRow),
});
export type DirectoryResponse = z.infer<typeof DirectoryResponse>;

export const PersonNoParam = z.object({ personNo: z.string().trim().min(1).max(40) });
export const PersonPageQuery = z.object({ asOf: IsoDate.optional() });

const Time = z.object({ years: z.number(), months: z.number(), days: z.number(), totalDays: z.number() });

export const HistoryEntry = z.object({
  fromDate: z.string(),
  toDate: z.string().nullable(),
  role: z.enum(['holds', 'acting', 'oversees']),
  title: z.string(),
  positionType: z.string(),
  level: z.string(),
  positionNo: z.string().nullable(),
  unitName: z.string(),
  workUnitName: z.string().nullable(),
  unitKind: z.string(),
  section: z.string().nullable(),
  sectionHead: z.boolean(),
  orderRef: z.string().nullable(),
});

export const PersonFacts = z.object({
  asOf: z.string(),
  retirementFiscalYear: z.number(),
  currentLevel: z
    .object({ positionType: z.string(), level: z.string(), since: z.string(), time: Time })
    .nullable(),
  /** Total time in the current level: holding only, and counting acting periods too. */
  timeInLevel: Time.nullable(),
  timeInLevelWithActing: Time.nullable(),
  timeInTitle: Time.nullable(),
  districtOfficesServed: z.number(),
  sectionsOverseen: z.object({ sections: z.number(), kinds: z.array(z.string()) }),
});

export const PersonPage = z.object({
  person: z.object({
    personNo: z.string(),
    title: z.string().nullable(),
    firstName: z.string(),
    lastName: z.string(),
    /** Masked ("1-2345-xxxxx-xx-3"); null when not recorded. */
    nationalId: z.string().nullable(),
    birthYear: z.number(),
    gender: z.string().nullable(),
    staffType: z.string(),
    entryDate: z.string().nullable(),
    exitDate: z.string().nullable(),
    exitReason: z.string().nullable(),
    unitName: z.string().nullable(),
  }),
  history: z.array(HistoryEntry),
  facts: PersonFacts,
});
export type PersonPage = z.infer<typeof PersonPage>;
