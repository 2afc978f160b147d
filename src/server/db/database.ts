/**
 * One PostgreSQL dialect everywhere: PGlite embedded by default, a real server through
 * DATABASE_URL. Repositories see only this interface.
 */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: T[] }>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction: everything it writes lands together or not at all. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Date columns come back as 'YYYY-MM-DD' strings and numerics as exact strings, on both drivers. */
export const TYPE_OIDS = { date: 1082, numeric: 1700, int8: 20 } as const;
