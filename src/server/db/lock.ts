/**
 * PGlite has no lock of its own: two processes opening one data directory corrupt it.
 * The process that opens it writes DIR/tidtam.lock. A running server also records its port and an
 * operator token there, so the command line can ask the server instead.
 *
 * The holder is identified by its PID *and* that process's start time (/proc/PID/stat, field 22) and the
 * boot id (/proc/sys/kernel/random/boot_id): after a reboot or a kill -9 the PID may belong to another
 * process (always so for PID 1 in a container), which must not keep the directory "in use". A lock with
 * our own PID is ours only if this process took it (else it is a former holder's, e.g. PID 1 again).
 * The file is written whole under a private name and linked into place (never seen half-written, and
 * the link fails if another starter got there first); a stale lock is removed only under a takeover
 * file one starter at a time can hold, and only if it is still the one judged stale, so two starters
 * cannot both remove and both win.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface LockInfo {
  pid: number;
  kind: 'server' | 'cli';
  port?: number;
  token?: string;
  startedAt: string;
  /** The holder's start time in clock ticks since boot (Linux), and the boot it ran in. */
  procStart?: string;
  bootId?: string;
}

export class DataDirBusyError extends Error {
  constructor(readonly holder: LockInfo) {
    super(`data directory is in use by another tidtam ${holder.kind} (pid ${holder.pid})`);
  }
}

const lockPath = (dataDir: string) => join(dataDir, 'tidtam.lock');
const privateName = (dataDir: string, what: string) =>
  join(dataDir, `tidtam.lock.${what}-${process.pid}-${randomBytes(6).toString('hex')}`);

/** Data directories whose lock this process took and holds. */
const held = new Set<string>();

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 (starttime) of /proc/PID/stat, or null (no such process, or not Linux). */
export async function processStartTime(pid: number): Promise<string | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[22 - 3] ?? null;
  } catch {
    return null;
  }
}

export async function bootId(): Promise<string | null> {
  try {
    return (await readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim() || null;
  } catch {
    return null;
  }
}

/** Whether the process a lock or takeover file names still runs (not merely its PID reused). */
async function processAlive(info: Partial<LockInfo>): Promise<boolean> {
  if (typeof info.pid !== 'number') return false;
  const boot = await bootId();
  if (info.bootId && boot && info.bootId !== boot) return false;
  if (!pidExists(info.pid)) return false;
  const start = await processStartTime(info.pid);
  return !(info.procStart && start && info.procStart !== start);
}

/** Whether the process that wrote the lock still holds it. */
async function holderAlive(dataDir: string, info: LockInfo): Promise<boolean> {
  // Our PID: ours only if this process took it (else a former holder's, e.g. PID 1 again).
  if (info.pid === process.pid) return held.has(dataDir);
  return processAlive(info);
}

const takeoverPath = (dataDir: string) => join(dataDir, 'tidtam.lock.takeover');

async function whoAmI(): Promise<Pick<LockInfo, 'pid' | 'procStart' | 'bootId'>> {
  const procStart = await processStartTime(process.pid);
  const boot = await bootId();
  return { pid: process.pid, ...(procStart ? { procStart } : {}), ...(boot ? { bootId: boot } : {}) };
}

/**
 * Removes the lock file if it still holds exactly `content` (the stale lock we judged), under a
 * short-lived takeover file that only one starter can create: so no starter ever removes a lock
 * another has just taken. A takeover file of a process that died is cleared (and the caller retries).
 */
async function removeStale(dataDir: string, content: string): Promise<void> {
  const temp = privateName(dataDir, 'takeover');
  await writeFile(temp, JSON.stringify(await whoAmI()), { mode: 0o600, flag: 'wx' });
  try {
    await link(temp, takeoverPath(dataDir));
  } catch (err) {
    await rm(temp, { force: true });
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const other = await readFile(takeoverPath(dataDir), 'utf8').catch(() => null);
    let info: Partial<LockInfo> = {};
    try {
      info = other === null ? {} : (JSON.parse(other) as Partial<LockInfo>);
    } catch {
      // unreadable: its writer died
    }
    if (other !== null && !(await processAlive(info))) await rm(takeoverPath(dataDir), { force: true });
    return;
  }
  try {
    await rm(temp, { force: true });
    const now = await readFile(lockPath(dataDir), 'utf8').catch(() => null);
    if (now === content) await rm(lockPath(dataDir), { force: true });
  } finally {
    await rm(takeoverPath(dataDir), { force: true });
  }
}

/** The live holder of the lock, or null (a stale lock of a process that is gone is removed). */
export async function readLock(dataDir: string): Promise<LockInfo | null> {
  let content: string;
  try {
    content = await readFile(lockPath(dataDir), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  let info: LockInfo | null = null;
  try {
    info = JSON.parse(content) as LockInfo;
  } catch {
    // Not ours (locks are linked into place whole): garbage, removed below.
  }
  if (info && (await holderAlive(dataDir, info))) return info;
  await removeStale(dataDir, content);
  return null;
}

/** Takes the lock or throws DataDirBusyError. Returns the release function. */
export async function acquireLock(dataDir: string, info: Omit<LockInfo, 'pid' | 'startedAt'>) {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const procStart = await processStartTime(process.pid);
  const boot = await bootId();
  const full: LockInfo = {
    ...info,
    pid: process.pid,
    startedAt: new Date().toISOString(),
    ...(procStart ? { procStart } : {}),
    ...(boot ? { bootId: boot } : {}),
  };
  const temp = privateName(dataDir, 'new');
  await writeFile(temp, JSON.stringify(full), { mode: 0o600, flag: 'wx' });
  try {
    for (let attempt = 0; attempt < 200; attempt++) {
      // Another starter is taking a stale lock over: give it a moment.
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 5));
      if (held.has(dataDir)) throw new DataDirBusyError(full);
      try {
        await link(temp, lockPath(dataDir));
        held.add(dataDir);
        let released = false;
        return async () => {
          if (released) return;
          released = true;
          held.delete(dataDir);
          await rm(lockPath(dataDir), { force: true });
        };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const holder = await readLock(dataDir);
        if (holder) throw new DataDirBusyError(holder);
      }
    }
    throw new Error('could not take the data directory lock');
  } finally {
    await rm(temp, { force: true });
  }
}

/** Rewrites our own lock with what became known later (the port the server really listens on). */
export async function updateLock(dataDir: string, patch: Partial<Pick<LockInfo, 'port'>>): Promise<void> {
  if (!held.has(dataDir)) return;
  const info = JSON.parse(await readFile(lockPath(dataDir), 'utf8')) as LockInfo;
  if (info.pid !== process.pid) return;
  // Whole or not at all: a reader never sees a half-written lock.
  const temp = privateName(dataDir, 'update');
  await writeFile(temp, JSON.stringify({ ...info, ...patch }), { mode: 0o600 });
  await rename(temp, lockPath(dataDir));
}
