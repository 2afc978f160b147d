/**
 * The people who could meet a path (decision 0018): a criterion tree read as one set-based SQL expression
 * over person ids, a superset of everyone whose result is met or has a date it will be met by staying
 * (metOn). Everyone outside it is "not eligible, and time alone will not do it" — the pure engine
 * (src/domain/careers/evaluate.ts) still judges everyone inside it, from their full history, so the rules
 * and explanations live in one place; this file only has to never leave out someone who could meet.
 *
 * Why each leaf is a superset (the engine's rule, then the SQL's):
 * - time: met or metOn needs at least one counted, matching row begun by the as-of date (zero rows count
 *   zero time; metOn needs a period), unless the minimum is zero (everyone).
 * - units_served: the engine counts distinct worked-in units of the kind among exactly these rows.
 * - sections_overseen: the engine counts sections of rows with a section, begun by the as-of date, that
 *   oversee (and overlap a holding) or head the section while held (of `whileTitle` when given); the SQL
 *   counts the same rows without the overlap test, and asks for one such holding begun by the as-of date.
 * - course, evidenced_work, competency: the same filters as the engine, in SQL. Counts never have a metOn.
 * - all: met, or every unmet child has a metOn — so every child is met or has one: the intersection.
 * - any: one child met or with a metOn: the union. Empty groups are met: everyone.
 */
import { isGroup, type Criterion, type LeafCriterion, type RowMatch } from '../../../domain/careers';

/** Parameters shared by the expressions built for one query; `$1` is always the as-of date. */
export class SqlParams {
  readonly values: unknown[];
  constructor(asOf: string) {
    this.values = [asOf];
  }
  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

const EVERYONE = 'select id as person_id from person';
const NOBODY = 'select id as person_id from person where false';

const roles = (countActing: boolean) => (countActing ? `h.role in ('holds', 'acting')` : `h.role = 'holds'`);

/** The row filters of a RowMatch (`u` is the unit worked in). */
function matchSql(m: RowMatch, p: SqlParams): string[] {
  const out: string[] = [];
  if (m.title !== undefined) out.push(`h.title = ${p.add(m.title, 'text')}`);
  if (m.positionType !== undefined) out.push(`h.position_type = ${p.add(m.positionType, 'text')}`);
  if (m.level !== undefined) out.push(`h.level = ${p.add(m.level, 'text')}`);
  if (m.unitKind !== undefined) out.push(`u.kind = ${p.add(m.unitKind, 'text')}`);
  if (m.sectionHead !== undefined) out.push(`h.section_head = ${p.add(m.sectionHead, 'boolean')}`);
  return out;
}

const HISTORY = `position_history h join org_unit u on u.id = coalesce(h.work_unit_id, h.unit_id)`;

const isZero = (d: { years: number; months?: number; days?: number }) =>
  d.years <= 0 && (d.months ?? 0) <= 0 && (d.days ?? 0) <= 0;

function leafSql(c: LeafCriterion, p: SqlParams): string {
  switch (c.kind) {
    case 'time': {
      if (isZero(c.min)) return EVERYONE;
      const where = [`h.from_date <= $1`, roles(c.countActing), ...matchSql(c.match, p)];
      return `select h.person_id from ${HISTORY} where ${where.join(' and ')}`;
    }
    case 'units_served': {
      if (c.min <= 0) return EVERYONE;
      const where = [
        `h.from_date <= $1`,
        roles(c.countActing),
        `u.kind = ${p.add(c.unitKind, 'text')}`,
        ...matchSql(c.match, p),
      ];
      return `select h.person_id from ${HISTORY} where ${where.join(' and ')}
               group by h.person_id having count(distinct u.id) >= ${p.add(c.min, 'int')}`;
    }
    case 'sections_overseen': {
      if (c.min <= 0) return EVERYONE;
      const title = c.whileTitle === undefined ? null : p.add(c.whileTitle, 'text');
      const held = [roles(c.countActing), ...(title === null ? [] : [`h.title = ${title}`])].join(' and ');
      const counted = c.countBy === 'kind' ? 'h.section' : '(u.id, h.section)';
      return `select h.person_id from ${HISTORY}
               where h.section is not null and h.from_date <= $1
                 and (h.role = 'oversees' or (h.section_head and ${held}))
                 and exists (select 1 from position_history h2 where h2.person_id = h.person_id
                               and h2.from_date <= $1 and ${held.replaceAll('h.', 'h2.')})
               group by h.person_id having count(distinct ${counted}) >= ${p.add(c.min, 'int')}`;
    }
    case 'course':
      if (c.courses.length === 0) return NOBODY;
      return `select person_id from career_record where kind = 'course' and passed and achieved_on <= $1
                and name = any(${p.add(c.courses, 'text[]')})`;
    case 'evidenced_work':
      if (c.min <= 0) return EVERYONE;
      return `select person_id from career_record
               where kind = 'work' and approved_at is not null and achieved_on <= $1
               group by person_id having count(*) >= ${p.add(c.min, 'int')}`;
    case 'competency': {
      const where = [`kind = 'competency'`, 'passed', 'achieved_on <= $1'];
      if (c.competency !== undefined) where.push(`name = ${p.add(c.competency, 'text')}`);
      if (c.minScore !== undefined) where.push(`score >= ${p.add(c.minScore, 'numeric')}`);
      return `select person_id from career_record where ${where.join(' and ')}`;
    }
  }
}

/** A SQL query whose rows (one column, person_id; duplicates possible) hold everyone who could meet `c`. */
export function couldMeetSql(c: Criterion, p: SqlParams): string {
  if (!isGroup(c)) return leafSql(c, p);
  if (c.of.length === 0) return EVERYONE;
  const parts = c.of.map((x) => `(${couldMeetSql(x, p)})`);
  return parts.join(c.kind === 'all' ? ' intersect ' : ' union ');
}
