/**
 * The criterion tree as the API and the path file carry it (src/domain/careers/criteria.ts is its type).
 * Every key is checked: a level must be one of the workforce levels, a count at least 1, a duration
 * sensible, a tree at most 6 deep and 60 criteria large.
 */
import { z } from 'zod';
import type { Criterion } from '../../../domain/careers/criteria';
import { bi } from '../common';

export const POSITION_TYPES = ['executive', 'managerial', 'academic', 'general'] as const;
export const LEVELS = [
  'senior',
  'junior',
  'practitioner',
  'professional',
  'senior_professional',
  'expert',
  'advisory',
  'operational',
  'experienced',
  'senior_general',
  'special_skill',
] as const;
export const UNIT_KINDS = ['bureau', 'district', 'office', 'institute', 'other'] as const;

const Title = z.string().trim().min(1, bi('ต้องกรอกชื่อตำแหน่ง', 'the title is required')).max(200);
const Ref = z.string().trim().min(1).max(40);
const Text = z.string().trim().max(1000);
const Count = z
  .number()
  .int()
  .min(1, bi('ต้องไม่น้อยกว่า 1', 'must be at least 1'))
  .max(100, bi('ต้องไม่เกิน 100', 'must be at most 100'));

export const RowMatchSchema = z
  .object({
    title: Title.optional(),
    positionType: z.enum(POSITION_TYPES).optional(),
    level: z.enum(LEVELS).optional(),
    unitKind: z.enum(UNIT_KINDS).optional(),
    sectionHead: z.boolean().optional(),
  })
  .strict();

export const DurationSchema = z
  .object({
    years: z.number().int().min(0).max(40),
    months: z.number().int().min(0).max(11).optional(),
    days: z.number().int().min(0).max(366).optional(),
  })
  .strict()
  .refine((d) => d.years + (d.months ?? 0) + (d.days ?? 0) > 0, {
    message: bi('ระยะเวลาต้องมากกว่า 0', 'the period must be longer than zero'),
  });

const labels = { ref: Ref.optional(), text: Text.optional() };

const Leaf = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('time'),
      ...labels,
      match: RowMatchSchema,
      min: DurationSchema,
      countActing: z.boolean(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('units_served'),
      ...labels,
      match: RowMatchSchema,
      unitKind: z.enum(UNIT_KINDS),
      min: Count,
      countActing: z.boolean(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('sections_overseen'),
      ...labels,
      whileTitle: Title.optional(),
      countBy: z.enum(['kind', 'pair']),
      min: Count,
      countActing: z.boolean(),
    })
    .strict(),
  z.object({ kind: z.literal('course'), ...labels, courses: z.array(Title).min(1).max(20) }).strict(),
  z.object({ kind: z.literal('evidenced_work'), ...labels, min: Count }).strict(),
  z
    .object({
      kind: z.literal('competency'),
      ...labels,
      competency: Title.optional(),
      minScore: z.number().min(0).max(1000).optional(),
    })
    .strict(),
]);

/** A group nests up to 6 deep; the depth and size are checked on the whole tree (criteriaProblems). */
export const CriterionSchema: z.ZodType<Criterion> = z
  .lazy(
    () =>
      z.union([
        Leaf,
        z
          .object({
            kind: z.enum(['all', 'any']),
            ...labels,
            of: z
              .array(CriterionSchema)
              .min(1, bi('กลุ่มต้องมีเกณฑ์อย่างน้อย 1 ข้อ', 'a group needs at least one criterion'))
              .max(20),
          })
          .strict(),
      ]),
    // Named, so the OpenAPI document can refer to the recursive tree as one component (Criterion).
  )
  .meta({ id: 'Criterion' }) as z.ZodType<Criterion>;

const depth = (c: Criterion): number => ('of' in c ? 1 + Math.max(0, ...c.of.map(depth)) : 1);
const size = (c: Criterion): number => ('of' in c ? 1 + c.of.reduce((n, x) => n + size(x), 0) : 1);

/** The tree as a whole: at most 6 deep and 60 criteria; refs unique. */
export const CriteriaTree = CriterionSchema.superRefine((c, ctx) => {
  if (depth(c) > 6)
    ctx.addIssue({ code: 'custom', message: bi('ซ้อนกลุ่มได้ไม่เกิน 6 ชั้น', 'groups nest at most 6 deep') });
  if (size(c) > 60) ctx.addIssue({ code: 'custom', message: bi('เกณฑ์ได้ไม่เกิน 60 ข้อ', 'at most 60 criteria') });
  const refs: string[] = [];
  const walk = (x: Criterion) => {
    if (x.ref) refs.push(x.ref);
    if ('of' in x) x.of.forEach(walk);
  };
  walk(c);
  const twice = refs.filter((r, i) => refs.indexOf(r) !== i);
  if (twice.length > 0)
    ctx.addIssue({
      code: 'custom',
      message: bi(`รหัสเกณฑ์ซ้ำ: ${twice[0]}`, `criterion ref used twice: ${twice[0]}`),
    });
});

/** One step of a path (EAF-style): a title or a type and level, a kind of unit, a minimum period. */
export const StageSchema = z
  .object({
    title: Title.optional(),
    positionType: z.enum(POSITION_TYPES).optional(),
    level: z.enum(LEVELS).optional(),
    unitKind: z.enum(UNIT_KINDS).optional(),
    minYears: z.number().min(0).max(40).optional(),
    note: Text.optional(),
  })
  .strict();
export type Stage = z.infer<typeof StageSchema>;
