/** The date and unit a workforce figure is asked for, and the units' names to show beside counts. */
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { notFound } from '../../errors';
import { figuresScope } from '../../policies/workforce/workforce-policy';

/** Today in Bangkok (ISO, CE): the machine runs in UTC, the users in UTC+7. */
export const todayInBangkok = (now: Date = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(now);

export interface FigureScope {
  unitId: number | null;
  unitCode: string | null;
}

/** The unit asked for (by code) narrowed by what the actor may read. */
export async function resolveScope(db: Queryable, actor: Actor, unitCode: string | undefined) {
  let asked: number | null = null;
  if (unitCode !== undefined) {
    const { rows } = await db.query<{ id: number }>('select id from org_unit where code = $1', [unitCode]);
    if (!rows[0]) throw notFound({ th: `หน่วยงานรหัส ${unitCode}`, en: `Unit ${unitCode}` });
    asked = rows[0].id;
  }
  const unitId = figuresScope(actor, asked);
  if (unitId === asked) return { unitId, unitCode: unitCode ?? null };
  const { rows } = await db.query<{ code: string }>('select code from org_unit where id = $1', [unitId]);
  return { unitId, unitCode: rows[0]?.code ?? null };
}

export type UnitNames = Map<number, { code: string; name: string }>;

export async function unitNames(db: Queryable): Promise<UnitNames> {
  const { rows } = await db.query<{ id: number; code: string; name: string }>(
    'select id, code, name from org_unit',
  );
  return new Map(rows.map((u) => [u.id, { code: u.code, name: u.name }]));
}

/** Counts per unit as rows with the unit's code and name, largest first. */
export function unitCounts(counts: Map<number, number>, names: UnitNames) {
  return [...counts]
    .map(([unitId, count]) => ({
      unitId,
      code: names.get(unitId)?.code ?? '',
      name: names.get(unitId)?.name ?? '',
      count,
    }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

/** Adds n to key in a record of counts. */
export function bump(record: Record<string, number>, key: string, n: number) {
  record[key] = (record[key] ?? 0) + n;
}

/** A record with every key present (zeros included), as formats.md asks. */
export const zeros = (keys: readonly string[]): Record<string, number> =>
  Object.fromEntries(keys.map((k) => [k, 0]));
