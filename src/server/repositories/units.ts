/** Organisation units: agencies, with their former names and successors. */
import type { Queryable } from '../db/database';

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  kind: string;
  status: 'active' | 'closed';
  successor_id: number | null;
}

/** Matching key for a unit's code or name: case and spacing do not matter. */
export const unitKey = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A resolver from what a file or form says ("สำนักงาน ก.ก.", "OCSC") to a unit id, by code, current
 * name or a former name; a closed unit resolves to its successor so history-era names still land.
 */
export async function loadUnitResolver(db: Queryable) {
  const { rows: units } = await db.query<UnitRow>(
    'select id, code, name, kind, status, successor_id from org_unit',
  );
  const { rows: former } = await db.query<{ unit_id: number; name: string }>(
    'select unit_id, name from org_unit_name',
  );
  const byId = new Map(units.map((u) => [u.id, u]));
  const byKey = new Map<string, number>();
  for (const f of former) byKey.set(unitKey(f.name), f.unit_id);
  for (const u of units) byKey.set(unitKey(u.name), u.id);
  for (const u of units) byKey.set(unitKey(u.code), u.id);
  const follow = (id: number) => {
    let unit = byId.get(id);
    for (let hops = 0; unit && unit.status === 'closed' && unit.successor_id && hops < 20; hops++) {
      unit = byId.get(unit.successor_id);
    }
    return unit?.id ?? id;
  };
  return {
    resolve(text: string): number | null {
      const id = byKey.get(unitKey(text));
      return id === undefined ? null : follow(id);
    },
    remember(text: string, id: number) {
      byKey.set(unitKey(text), id);
    },
  };
}

/** Creates a unit named as a file gave it; its code is the text when that looks like a code. */
export async function createUnitFromText(
  tx: Queryable,
  text: string,
): Promise<{ id: number; code: string; name: string }> {
  const asCode = /^[A-Za-z0-9._-]{1,30}$/.test(text) ? text.toUpperCase() : null;
  const { rows } = await tx.query<{ id: number }>(
    `insert into org_unit (code, name, kind) values (coalesce($1, 'U-' || nextval('org_unit_id_seq')::text), $2, 'other')
     returning id`,
    [asCode, text],
  );
  const id = rows[0]!.id;
  const { rows: created } = await tx.query<{ id: number; code: string; name: string }>(
    'select id, code, name from org_unit where id = $1',
    [id],
  );
  await tx.query('insert into org_unit_name (unit_id, name) values ($1, $2)', [id, text]);
  return created[0]!;
}
