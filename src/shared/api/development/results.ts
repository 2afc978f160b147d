/** Results on form สพข. ๒ (issue 11): filing one per project, and their timeliness per agency. */
import { z } from 'zod';
import { bi, DecimalString, FiscalYear, IsoDate, LongText } from '../common';

const Count = (th: string, en: string) =>
  z
    .number(bi(`${th}ต้องเป็นตัวเลข`, `${en} must be a number`))
    .int(bi(`${th}ต้องเป็นจำนวนเต็ม`, `${en} must be a whole number`))
    .min(0, bi(`${th}ต้องไม่ติดลบ`, `${en} must not be negative`))
    .max(1_000_000, bi(`${th}มากเกินไป`, `${en} is too large`));

const Money = (th: string, en: string) =>
  z
    .string(bi(`${th}ต้องเป็นจำนวนเงิน`, `${en} must be an amount`))
    .regex(
      /^\d{1,14}(\.\d{1,2})?$/,
      bi(
        `${th}ต้องเป็นจำนวนเงินไม่ติดลบ ทศนิยมไม่เกิน 2 ตำแหน่ง`,
        `${en} must be a non-negative amount with at most 2 decimals`,
      ),
    )
    .pipe(DecimalString);

export const ResultInput = z.strictObject({
  actualStart: IsoDate,
  actualEnd: IsoDate,
  participants: Count('จำนวนผู้เข้าร่วมจริง', 'participants'),
  passed: Count('จำนวนผู้ผ่าน', 'passed').nullable().default(null),
  spentOrdinance: Money('งบประมาณที่ใช้ (ข้อบัญญัติ)', 'spentOrdinance').default('0'),
  spentOther: Money('งบประมาณที่ใช้ (แหล่งอื่น)', 'spentOther').default('0'),
  evaluationScore: z
    .number(bi('คะแนนประเมินต้องเป็นตัวเลข', 'evaluationScore must be a number'))
    .min(0, bi('คะแนนประเมินต้องอยู่ระหว่าง 0–100', 'evaluationScore must be between 0 and 100'))
    .max(100, bi('คะแนนประเมินต้องอยู่ระหว่าง 0–100', 'evaluationScore must be between 0 and 100'))
    .nullable()
    .default(null),
  lessons: LongText.nullable().default(null),
});
export type ResultInput = z.infer<typeof ResultInput>;

/** Refiling: the same fields and the version read (a result changed meanwhile is a conflict). */
export const ResultUpdate = ResultInput.extend({
  version: z
    .number(bi('ต้องระบุ version ของผลที่อ่านมา', 'version (of the result read) is required'))
    .int(bi('version ต้องเป็นจำนวนเต็ม', 'version must be a whole number'))
    .min(1, bi('version ต้องเป็นจำนวนเต็มบวก', 'version must be a positive whole number')),
});
export type ResultUpdate = z.infer<typeof ResultUpdate>;

export const TimelinessState = z.enum(['on_time', 'late', 'missing', 'not_yet_due']);

export const ProjectResultView = z.object({
  project: z.object({
    id: z.number(),
    fiscalYear: z.number(),
    code: z.string(),
    name: z.string(),
    unitId: z.number(),
    unitName: z.string(),
    plannedParticipants: z.number(),
    budget: z.string(),
    budgetSource: z.enum(['ordinance', 'other', 'none']),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
  }),
  dueOn: z.string().nullable(),
  state: TimelinessState,
  /** Whether the signed-in user may file or refile it. */
  canFile: z.boolean(),
  result: z
    .object({
      actualStart: z.string(),
      actualEnd: z.string(),
      participants: z.number(),
      passed: z.number().nullable(),
      spentOrdinance: z.string(),
      spentOther: z.string(),
      evaluationScore: z.number().nullable(),
      lessons: z.string().nullable(),
      filedOn: z.string(),
      filedBy: z.string().nullable(),
      version: z.number(),
    })
    .nullable(),
});
export type ProjectResultView = z.infer<typeof ProjectResultView>;

export const TimelinessQuery = z.object({ fiscalYear: FiscalYear, asOf: IsoDate.optional() });

const Counts = {
  onTime: z.number(),
  late: z.number(),
  missing: z.number(),
  notYetDue: z.number(),
};

export const ResultsTimelinessView = z.object({
  fiscalYear: z.number(),
  asOf: z.string(),
  totals: z.object({ projects: z.number(), ...Counts }),
  units: z.array(
    z.object({
      unitId: z.number(),
      unitCode: z.string(),
      unitName: z.string(),
      projects: z.number(),
      ...Counts,
    }),
  ),
  projects: z.array(
    z.object({
      id: z.number(),
      code: z.string(),
      name: z.string(),
      unitId: z.number(),
      endDate: z.string().nullable(),
      dueOn: z.string().nullable(),
      filedOn: z.string().nullable(),
      state: TimelinessState,
    }),
  ),
});
export type ResultsTimelinessView = z.infer<typeof ResultsTimelinessView>;
