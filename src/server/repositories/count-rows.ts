import type { Queryable } from '../db/database';

/** How many rows a statement returns: a write `… returning 1` (so, how many it wrote), or a select. */
export async function countRows(tx: Queryable, statement: string, params: unknown[] = []): Promise<number> {
  const { rows } = await tx.query<{ n: string }>(
    `with x as (${statement}) select count(*) as n from x`,
    params,
  );
  return Number(rows[0]!.n);
}
