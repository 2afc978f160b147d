/**
 * Opens the configured database, migrated. For PGlite it checks the data directory (writable, room to
 * work) and takes its lock first, so a second process can never open the same files; a file system
 * problem is reported as one line naming the directory (DataDirError).
 */
import { join, resolve } from 'node:path';
import type { Database } from './database';
import {
  checkDataDir,
  DataDirError,
  explainFileSystemFailure,
  reasonOf,
  tightenDataDir,
  privateUmask,
} from './data-dir';
import { acquireLock, DataDirBusyError, type LockInfo } from './lock';
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
  /** Where to say that a looser data directory was tightened (standard error by default). */
  warn?: (line: string) => void;
}): Promise<OpenedDatabase> {
  if (options.databaseUrl) {
    const db = await openPostgres(options.databaseUrl);
    try {
      await migrate(db);
    } catch (err) {
      await db.close().catch(() => undefined);
      throw err;
    }
    return { db, close: () => db.close() };
  }
  const dataDir = resolve(options.dataDir);
  const pgdata = join(dataDir, 'pgdata');
  await checkDataDir(dataDir, pgdata);
  const loosened = await tightenDataDir(dataDir).catch((err: unknown) => {
    throw new DataDirError(dataDir, `cannot restrict its permissions: ${reasonOf(err)}`, { cause: err });
  });
  if (loosened > 0) {
    (options.warn ?? ((line: string) => console.warn(line)))(
      `warning: data directory ${dataDir}: ${loosened} files or directories were open to other users ` +
        "(group/other permissions); removed them: the directory is now 0700 and its files its owner's only",
    );
  }
  let release: () => Promise<void>;
  try {
    release = await acquireLock(dataDir, options.lock);
  } catch (err) {
    if (err instanceof DataDirBusyError) throw err;
    throw new DataDirError(dataDir, `cannot take the lock: ${reasonOf(err)}`, { cause: err });
  }
  // Files created while it is open are their owner's only (PostgreSQL's own rule for its directory).
  const restoreUmask = privateUmask();
  let db: Database | undefined;
  try {
    db = await openPglite(pgdata);
    await migrate(db);
    // Files PGlite made with its own modes (or under a umask a worker could not change).
    await tightenDataDir(dataDir);
    const opened = db;
    return {
      db: opened,
      async close() {
        await opened.close();
        await release();
        restoreUmask();
      },
    };
  } catch (err) {
    await db?.close().catch(() => undefined);
    await release();
    restoreUmask();
    throw (await explainFileSystemFailure(dataDir, err)) ?? err;
  }
}
