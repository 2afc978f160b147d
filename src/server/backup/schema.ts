/** What a backup needs to know about the schema, read from the catalog (the same on PGlite and PostgreSQL). */
import type { Queryable } from '../db/database';

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface ForeignKey {
  table: string;
  column: string;
  references: string;
}

export async function listTables(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `select c.relname as name from pg_class c
      where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
      order by c.relname`,
  );
  return rows.map((r) => r.name);
}

/** Stored columns in table order (generated columns are computed again on insert). */
export async function listColumns(db: Queryable, table: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `select a.attname as name from pg_attribute a
      where a.attrelid = (quote_ident(current_schema()) || '.' || quote_ident($1))::regclass
        and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      order by a.attnum`,
    [table],
  );
  return rows.map((r) => r.name);
}

/** Primary key columns (empty when the table has none). */
export async function primaryKey(db: Queryable, table: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `select a.attname as name
       from pg_index i
       join lateral unnest(i.indkey) with ordinality as k(attnum, n) on true
       join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
      where i.indrelid = (quote_ident(current_schema()) || '.' || quote_ident($1))::regclass and i.indisprimary
      order by k.n`,
    [table],
  );
  return rows.map((r) => r.name);
}

/** Single-column foreign keys between tables of the schema (every one tidtam has). */
export async function listForeignKeys(db: Queryable): Promise<ForeignKey[]> {
  const { rows } = await db.query<ForeignKey>(
    `select src.relname as "table", a.attname as "column", dst.relname as "references"
       from pg_constraint f
       join pg_class src on src.oid = f.conrelid
       join pg_class dst on dst.oid = f.confrelid
       join lateral unnest(f.conkey) as k(attnum) on true
       join pg_attribute a on a.attrelid = f.conrelid and a.attnum = k.attnum
      where f.contype = 'f' and src.relnamespace = current_schema()::regnamespace
        and dst.relnamespace = current_schema()::regnamespace
      order by 1, 2`,
  );
  return rows;
}

/**
 * Tables ordered so that a table comes after every table it refers to. A table that refers to itself
 * is loaded in one statement (its references are checked at the end of the statement). Should tables
 * ever refer to each other in a cycle, the rest are appended by name; the restore then fills the
 * backward references after loading (see restore.ts).
 */
export function dependencyOrder(tables: readonly string[], keys: readonly ForeignKey[]): string[] {
  const needs = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const k of keys) {
    if (k.table !== k.references && needs.has(k.table) && needs.has(k.references)) {
      needs.get(k.table)!.add(k.references);
    }
  }
  const done = new Set<string>();
  const order: string[] = [];
  for (;;) {
    const ready = [...needs.keys()]
      .filter((t) => !done.has(t) && [...needs.get(t)!].every((n) => done.has(n)))
      .sort();
    if (ready.length === 0) break;
    for (const t of ready) {
      done.add(t);
      order.push(t);
    }
  }
  return [...order, ...tables.filter((t) => !done.has(t)).sort()];
}

export async function listSequences(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `select c.relname as name from pg_class c
      where c.relnamespace = current_schema()::regnamespace and c.relkind = 'S' order by c.relname`,
  );
  return rows.map((r) => r.name);
}

/**
 * Drops every table, view, sequence, function and type of the current schema (not those of extensions):
 * a restore re-creates the schema from the migrations. Runs inside the restore's transaction.
 */
export async function dropSchemaObjects(tx: Queryable): Promise<void> {
  const notExtension = (classOid: string, oid: string) =>
    `not exists (select 1 from pg_depend d where d.classid = '${classOid}'::regclass and d.objid = ${oid} and d.deptype = 'e')`;
  const relations = async (kinds: string) =>
    (
      await tx.query<{ name: string }>(
        `select c.relname as name from pg_class c
          where c.relnamespace = current_schema()::regnamespace and c.relkind in (${kinds})
            and ${notExtension('pg_class', 'c.oid')}`,
      )
    ).rows.map((r) => quoteIdent(r.name));
  const views = await relations(`'v'`);
  for (const v of views) await tx.query(`drop view if exists ${v} cascade`);
  const matviews = await relations(`'m'`);
  for (const v of matviews) await tx.query(`drop materialized view if exists ${v} cascade`);
  const tables = await relations(`'r', 'p'`);
  if (tables.length > 0) await tx.query(`drop table if exists ${tables.join(', ')} cascade`);
  const sequences = await relations(`'S'`);
  if (sequences.length > 0) await tx.query(`drop sequence if exists ${sequences.join(', ')} cascade`);
  const { rows: routines } = await tx.query<{ sig: string; kind: string }>(
    `select p.oid::regprocedure::text as sig, p.prokind as kind from pg_proc p
      where p.pronamespace = current_schema()::regnamespace and ${notExtension('pg_proc', 'p.oid')}`,
  );
  for (const r of routines) {
    const what = r.kind === 'p' ? 'procedure' : r.kind === 'a' ? 'aggregate' : 'function';
    await tx.query(`drop ${what} if exists ${r.sig} cascade`);
  }
  const { rows: types } = await tx.query<{ name: string }>(
    `select t.typname as name from pg_type t
      where t.typnamespace = current_schema()::regnamespace
        and (t.typtype in ('e', 'd', 'r', 'm')
             or (t.typtype = 'c' and (select c.relkind from pg_class c where c.oid = t.typrelid) = 'c'))
        and ${notExtension('pg_type', 't.oid')}`,
  );
  for (const t of types) await tx.query(`drop type if exists ${quoteIdent(t.name)} cascade`);
}
