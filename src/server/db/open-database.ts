/**
 * Opens the configured database, migrated. For PGlite it takes the data directory's lock first,
 * so a second process can never open the same files.
 */
import { join, resolve } from 'node:path';
import type { Database } from './database';
import { acquireLock, type LockInfo } from './lock';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export interface OpenedDatabase {
  db: Database;
  /** Closes the database and releases the lock. */
  close(): Promise<void>;
}

export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
  lock: Omit<LockInfo, 'pid' | 'startedAt'>;
}): Promise<OpenedDatabase> {
  if (options.databaseUrl) {
    const db = await openPostgres(options.databaseUrl);
    await migrate(db);
    return { db, close: () => db.close() };
  }
  const dataDir = resolve(options.dataDir);
  const release = await acquireLock(dataDir, options.lock);
  try {
    const db = await openPglite(join(dataDir, 'pgdata'));
    await migrate(db);
    return {
      db,
      async close() {
        await db.close();
        await release();
      },
    };
  } catch (err) {
    await release();
    throw err;
  }
}
