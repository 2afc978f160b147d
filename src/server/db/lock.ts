/**
 * PGlite has no lock of its own: two processes opening one data directory corrupt it.
 * The process that opens it writes DIR/tidtam.lock (created exclusively). A running server also
 * records its port and an operator token there, so the command line can ask the server instead.
 */
import { open, readFile, rm, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface LockInfo {
  pid: number;
  kind: 'server' | 'cli';
  port?: number;
  token?: string;
  startedAt: string;
}

export class DataDirBusyError extends Error {
  constructor(readonly holder: LockInfo) {
    super(`data directory is in use by another tidtam ${holder.kind} (pid ${holder.pid})`);
  }
}

const lockPath = (dataDir: string) => join(dataDir, 'tidtam.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live holder of the lock, or null (a stale lock of a dead process is removed). */
export async function readLock(dataDir: string): Promise<LockInfo | null> {
  let info: LockInfo;
  try {
    info = JSON.parse(await readFile(lockPath(dataDir), 'utf8')) as LockInfo;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // A half-written lock: its writer died between create and write.
    await rm(lockPath(dataDir), { force: true });
    return null;
  }
  if (info.pid !== process.pid && !alive(info.pid)) {
    await rm(lockPath(dataDir), { force: true });
    return null;
  }
  return info;
}

/** Takes the lock or throws DataDirBusyError. Returns the release function. */
export async function acquireLock(dataDir: string, info: Omit<LockInfo, 'pid' | 'startedAt'>) {
  await mkdir(dataDir, { recursive: true });
  const full: LockInfo = { ...info, pid: process.pid, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath(dataDir), 'wx', 0o600);
      await handle.writeFile(JSON.stringify(full));
      await handle.close();
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        await rm(lockPath(dataDir), { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = await readLock(dataDir);
      if (holder) throw new DataDirBusyError(holder);
    }
  }
  throw new Error('could not take the data directory lock');
}

/** Rewrites our own lock with what became known later (the port the server really listens on). */
export async function updateLock(dataDir: string, patch: Partial<Pick<LockInfo, 'port'>>): Promise<void> {
  const info = await readLock(dataDir);
  if (!info || info.pid !== process.pid) return;
  const { writeFile } = await import('node:fs/promises');
  await writeFile(lockPath(dataDir), JSON.stringify({ ...info, ...patch }), { mode: 0o600 });
}
