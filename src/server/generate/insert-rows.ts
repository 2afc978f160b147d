/**
 * The generator's one way of writing rows: set-based, a whole table's rows in one statement, so that
 * a Bangkok-scale dataset takes a few dozen round trips rather than tens of thousands.
 */
import type { Queryable } from '../db/database';

/** A column: its name, its PostgreSQL type (for the array cast) and one value per row. */
export type Column = readonly [name: string, type: string, values: readonly unknown[]];

/** INSERT … SELECT FROM unnest(one array per column): one statement, one parameter per column. */
export async function insertRows<T = Record<string, unknown>>(
  tx: Queryable,
  table: string,
  columns: readonly Column[],
  returning?: string,
): Promise<T[]> {
  if ((columns[0]?.[2].length ?? 0) === 0) return [];
  const { rows } = await tx.query<T>(
    `insert into ${table} (${columns.map((c) => c[0]).join(', ')})
     select * from unnest(${columns.map((c, i) => `$${i + 1}::${c[1]}[]`).join(', ')})
     ${returning ? `returning ${returning}` : ''}`,
    columns.map((c) => c[2]),
  );
  return rows;
}
