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

/** Text a file gives for a unit that is taken as its code when the unit is new ("OCSC", "U-12"). */
export const looksLikeUnitCode = (text: string) => /^[A-Za-z0-9._-]{1,30}$/.test(text);

/**
 * Creates a unit named as a file gave it. Its code is the text when that looks like a code, else
 * "U-" and the new unit's own id (one nextval for both, so they agree). A generated code another unit
 * already holds (an admin typed "U-12", or a file did) is skipped by taking the next id. Callers create
 * the units whose codes a file gives before the ones it names only, so a generated code never takes a
 * code the same file uses.
 */
export async function createUnitFromText(
  tx: Queryable,
  text: string,
): Promise<{ id: number; code: string; name: string }> {
  const given = looksLikeUnitCode(text) ? text.toUpperCase() : null;
  for (let attempt = 0; attempt < 1000; attempt++) {
    const { rows } = await tx.query<{ id: number; code: string; name: string }>(
      `with n as (select nextval('org_unit_id_seq')::int as id)
       insert into org_unit (id, code, name, kind)
       select n.id, coalesce($1::text, 'U-' || n.id), $2, 'other' from n
        where $1::text is not null or not exists (select 1 from org_unit u where u.code = 'U-' || n.id)
       returning id, code, name`,
      [given, text],
    );
    const created = rows[0];
    if (!created) continue;
    await tx.query('insert into org_unit_name (unit_id, name) values ($1, $2)', [created.id, text]);
    return created;
  }
  throw new Error('no free generated unit code after 1000 tries');
}
