import type { Queryable } from '../db/database';

/** How many rows a statement returns: a write `… returning 1` (so, how many it wrote), or a select. */
export async function countRows(tx: Queryable, statement: string): Promise<number> {
  return (await countAndName(tx, statement)).n;
}

/**
 * The rows a statement returns, counted, and `named`: SQL over them as `x` (or over a staging table) giving
 * an import's first codes (src/server/import/named.ts), in the same statement.
 */
export async function countAndName(
  tx: Queryable,
  statement: string,
  named = 'array[]::text[]',
): Promise<{ n: number; named: string[] }> {
  const { rows } = await tx.query<{ n: string; named: string[] }>(
    `with x as (${statement}) select count(*) as n, ${named} as named from x`,
  );
  return { n: Number(rows[0]!.n), named: rows[0]!.named };
}
