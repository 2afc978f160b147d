/**
 * The backup file: gzip-compressed lines of JSON (one document per line), the same for PGlite and
 * PostgreSQL, written and read through SQL only (no pg_dump, no file copy of a live database):
 *
 *   {"format":"tidtam-backup","version":1,"createdAt":…,"source":"pglite","migrations":[…]}
 *   {"table":"org_unit","columns":["id",…],"rows":2}
 *   {"id":1,"code":"BHRDI",…}            ← to_jsonb(row)::text, exactly as the database printed it
 *   {"id":2,…}
 *   {"table":"app_user",…}  …            ← every table, referenced tables before the ones referring to them
 *   {"sequences":[{"name":"org_unit_id_seq","lastValue":"2","isCalled":true},…]}
 *   {"end":true,"tables":31,"rows":12345}
 *
 * Row lines are never parsed in JavaScript (numbers would lose digits): they go back to the database as
 * text. The schema itself is not in the file: a restore re-creates it from the migrations the header
 * lists (and then applies any newer ones), so a backup made by an older tidtam restores into a newer one.
 */
export const BACKUP_FORMAT = 'tidtam-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  source: 'pglite' | 'postgres';
  /** schema_migration versions of the database, in order. */
  migrations: string[];
}

export interface TableHeader {
  table: string;
  columns: string[];
  rows: number;
}

export interface SequenceValue {
  name: string;
  /** bigint as text */
  lastValue: string;
  isCalled: boolean;
}

export interface BackupEnd {
  end: true;
  tables: number;
  rows: number;
}

export interface BackupSummary {
  createdAt: string;
  source: 'pglite' | 'postgres';
  tables: number;
  rows: number;
  /** Migrations newer than the backup, applied after loading it. */
  upgradedWith: string[];
}
