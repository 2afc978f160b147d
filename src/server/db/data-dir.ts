/**
 * Checks a PGlite data directory before anything opens it, and turns what the file system says into one
 * line naming the directory: a read-only disk, a directory the process may not write, a path through a
 * file, or a full disk. PGlite itself reports these as bare Emscripten errors without a message.
 */
import { constants } from 'node:fs';
import { access, chmod, lstat, mkdir, open, readdir, rm, stat, statfs } from 'node:fs/promises';
import { join } from 'node:path';

export class DataDirError extends Error {
  constructor(
    readonly dataDir: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`data directory ${dataDir}: ${reason}`, options);
  }
}

/** Free space a new database needs (a fresh PGlite directory is about 40 MB) and an existing one keeps. */
const MIN_FREE_NEW = 64 * 1024 * 1024;
const MIN_FREE_EXISTING = 16 * 1024 * 1024;

/** Node errno codes and the Emscripten numbers PGlite's file system layer throws. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied: the server cannot write here (check the owner and mode of the directory)',
  EPERM: 'operation not permitted: the server cannot write here (check the owner and mode of the directory)',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EEXIST: 'the path exists and is not a directory',
  ENOENT: 'the path does not exist',
  EISDIR: 'a file the database needs is a directory',
  EMFILE: 'too many open files',
};
const EMSCRIPTEN_ERRNO: Record<number, string> = {
  2: 'EACCES',
  19: 'EDQUOT',
  20: 'EEXIST',
  31: 'EISDIR',
  33: 'EMFILE',
  44: 'ENOENT',
  51: 'ENOSPC',
  54: 'ENOTDIR',
  63: 'EPERM',
  69: 'EROFS',
};

/** The errno name of a Node or Emscripten file system error, if it is one. */
export function errnoName(err: unknown): string | null {
  const e = err as { code?: unknown; errno?: unknown; name?: unknown } | null;
  if (typeof e?.code === 'string' && e.code in REASONS) return e.code;
  if (e?.name === 'ErrnoError' && typeof e.errno === 'number') return EMSCRIPTEN_ERRNO[e.errno] ?? null;
  return null;
}

export function reasonOf(err: unknown): string {
  const name = errnoName(err);
  if (name) return REASONS[name] ?? name;
  return oneLine(err);
}

export const oneLine = (err: unknown): string => {
  const text =
    err instanceof Error
      ? err.message || String((err as { code?: unknown }).code ?? '') || err.name
      : String(err);
  return text.replace(/\s+/g, ' ').trim() || 'unknown error';
};

const MB = (bytes: number) => `${Math.floor(bytes / (1024 * 1024))} MB`;

async function freeBytes(dir: string): Promise<number | null> {
  try {
    const s = await statfs(dir);
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return null;
  }
}

/** Throws DataDirError unless dataDir is (or can be made) a writable directory with room to work. */
export async function checkDataDir(dataDir: string, pgdata: string): Promise<void> {
  try {
    // Only its owner may enter it: it holds the password hashes (PostgreSQL itself insists on 0700).
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
  } catch (err) {
    throw new DataDirError(dataDir, `cannot create it: ${reasonOf(err)}`);
  }
  try {
    if (!(await stat(dataDir)).isDirectory()) throw new DataDirError(dataDir, 'it is not a directory');
    await access(dataDir, constants.W_OK | constants.X_OK);
  } catch (err) {
    if (err instanceof DataDirError) throw err;
    throw new DataDirError(dataDir, reasonOf(err));
  }
  // access() says yes to root even on a read-only mount: really write (and sync) a small file.
  const probe = join(dataDir, `.tidtam-write-check-${process.pid}`);
  try {
    const handle = await open(probe, 'w', 0o600);
    try {
      await handle.writeFile(Buffer.alloc(64 * 1024));
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw new DataDirError(dataDir, reasonOf(err));
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
  const isNew = !(await exists(pgdata));
  const free = await freeBytes(dataDir);
  const needed = isNew ? MIN_FREE_NEW : MIN_FREE_EXISTING;
  if (free !== null && free < needed) {
    throw new DataDirError(
      dataDir,
      `the disk is full or nearly: ${MB(free)} free, the database needs at least ${MB(needed)}` +
        (isNew ? ' to be created' : ' to run'),
    );
  }
}

/**
 * After PGlite failed to open or migrate: a DataDirError when the file system is the cause (an errno,
 * or a disk that is now full), else null (a real fault, to be reported as it is).
 */
export async function explainFileSystemFailure(dataDir: string, err: unknown): Promise<DataDirError | null> {
  if (err instanceof DataDirError) return err;
  const name = errnoName(err);
  if (name) {
    return new DataDirError(dataDir, `the database cannot be opened: ${REASONS[name] ?? name}`, {
      cause: err,
    });
  }
  const free = await freeBytes(dataDir);
  if (free !== null && free < MIN_FREE_EXISTING) {
    return new DataDirError(dataDir, `the database cannot be opened: the disk is full (${MB(free)} free)`, {
      cause: err,
    });
  }
  return null;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes every group and other permission bit from the data directory and everything in it (symbolic
 * links are left alone). Returns how many entries were looser; the caller says so when it was the
 * operator's directory, not files the database has just made.
 */
export async function tightenDataDir(dataDir: string): Promise<number> {
  let changed = 0;
  const tighten = async (path: string) => {
    const s = await lstat(path);
    if (s.isSymbolicLink() || (s.mode & 0o077) === 0) return;
    await chmod(path, s.mode & 0o7700);
    changed++;
  };
  await tighten(dataDir);
  for (const entry of await readdir(dataDir, { recursive: true, withFileTypes: true })) {
    await tighten(join(entry.parentPath, entry.name));
  }
  return changed;
}

/**
 * Sets the process's umask to 077 while it holds a PGlite directory, so every file PGlite creates
 * (at open and later: WAL segments, new tables) is its owner's only. Returns the function restoring it.
 */
export function privateUmask(): () => void {
  let previous: number | null = null;
  try {
    previous = process.umask(0o077);
  } catch {
    // Worker threads may not change the umask: the chmod pass after opening still applies.
  }
  return () => {
    if (previous !== null) process.umask(previous);
  };
}
