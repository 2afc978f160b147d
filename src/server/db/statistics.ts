/**
 * The query planner's statistics. A PostgreSQL server gathers them by itself (autovacuum analyzes a table
 * once enough of it changed); PGlite runs no autovacuum, so without this nobody ever would: every table
 * would look empty to the planner, which then picks plans that are fine for ten rows and slow for
 * thirty thousand (measured: the timeliness grid 3–8× slower at scale 100, docs/benchmarks.md).
 * So with PGlite, tidtam analyzes the database itself: when the server starts, and after a large import.
 * It also VACUUMs then, for the same reason: only VACUUM marks pages all-visible, and without that no query can
 * answer from an index alone (every index-only scan falls back to the table). The development reads depend on
 * it (docs/decisions/0022-development-speed.md: the 10-day compliance at scale 10, 142 → 42 ms of CPU). A
 * page already all-visible is skipped, so after the first time it costs only what changed.
 */
import type { Database, Queryable } from './database';

/** Rows written at once from which an import refreshes the statistics (a month of a large plan is ~500). */
export const ANALYZE_AFTER_ROWS = 1000;

/** VACUUM ANALYZE (the whole database, or the given tables) on PGlite; a PostgreSQL server does it itself. */
export async function refreshStatistics(
  db: Pick<Database, 'kind'> & Queryable,
  tables: readonly string[] = [],
) {
  if (db.kind !== 'pglite') return;
  await db.exec(tables.length === 0 ? 'vacuum analyze' : `vacuum analyze ${tables.join(', ')}`);
}
