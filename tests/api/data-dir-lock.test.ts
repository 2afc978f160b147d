/**
 * The data directory lock (issue 15, item 2): its holder is a PID *and* that process's start time and
 * boot, so a reused PID (PID 1 in a container, any PID after a reboot) does not keep the directory in
 * use; a live holder is refused; starters racing for a free or stale lock: exactly one wins.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  acquireLock,
  bootId,
  DataDirBusyError,
  processStartTime,
  readLock,
  type LockInfo,
} from '../../src/server/db/lock';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});
const freshDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tidtam-lock-'));
  dirs.push(dir);
  return dir;
};
const writeLock = (dir: string, info: Partial<LockInfo>) =>
  writeFile(
    join(dir, 'tidtam.lock'),
    JSON.stringify({ kind: 'server', startedAt: '2026-01-01T00:00:00Z', ...info }),
  );
const lockOf = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'tidtam.lock'), 'utf8')) as LockInfo;

describe('the data directory lock', () => {
  it('records the holder’s start time and boot id', async () => {
    const dir = await freshDir();
    const release = await acquireLock(dir, { kind: 'cli' });
    const info = await lockOf(dir);
    expect(info.pid).toBe(process.pid);
    expect(info.procStart).toBe(await processStartTime(process.pid));
    expect(info.bootId).toBe(await bootId());
    expect(info.procStart).toMatch(/^\d+$/);
    await release();
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    ['PID 1, alive but started at another time', () => ({ pid: 1, procStart: '7' })],
    [
      'the test runner’s parent, alive but with another start time',
      () => ({ pid: process.ppid, procStart: '1' }),
    ],
    ['our own PID, written by a former process (not this one)', () => ({ pid: process.pid, procStart: '1' })],
    [
      'our own PID without a start time (an old lock after a container restart)',
      () => ({ pid: process.pid }),
    ],
  ])('a lock of %s is stale and taken over', async (_name, holder) => {
    const dir = await freshDir();
    await writeLock(dir, { ...holder(), bootId: (await bootId()) ?? undefined });
    const release = await acquireLock(dir, { kind: 'server' });
    expect((await lockOf(dir)).procStart).toBe(await processStartTime(process.pid));
    await release();
  });

  it('a lock of a live process from another boot is stale', async () => {
    const dir = await freshDir();
    await writeLock(dir, {
      pid: process.ppid,
      procStart: (await processStartTime(process.ppid))!,
      bootId: 'other-boot',
    });
    expect(await readLock(dir)).toBeNull();
  });

  it('a lock held by a live process (its PID, start time and boot) is refused and left alone', async () => {
    const dir = await freshDir();
    const holder = {
      pid: process.ppid,
      procStart: (await processStartTime(process.ppid))!,
      bootId: (await bootId())!,
    };
    await writeLock(dir, holder);
    await expect(acquireLock(dir, { kind: 'cli' })).rejects.toBeInstanceOf(DataDirBusyError);
    expect(await lockOf(dir)).toMatchObject(holder);
  });

  it('this process holding the lock: a second open is refused', async () => {
    const dir = await freshDir();
    const release = await acquireLock(dir, { kind: 'server' });
    await expect(acquireLock(dir, { kind: 'cli' })).rejects.toBeInstanceOf(DataDirBusyError);
    expect(await readLock(dir)).toMatchObject({ pid: process.pid, kind: 'server' });
    await release();
  });

  it.each([
    ['no lock', false],
    ['a stale lock', true],
  ])('twelve starters racing for a directory with %s: exactly one wins', async (_name, stale) => {
    const dir = await freshDir();
    if (stale) await writeLock(dir, { pid: 1, procStart: '7', bootId: (await bootId()) ?? undefined });
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () => acquireLock(dir, { kind: 'cli' })),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((r) => (r as PromiseRejectedResult).reason)).toEqual(
      Array.from({ length: 11 }, () => expect.any(DataDirBusyError)),
    );
    // Only the lock itself is left: no private temporary files.
    expect(await readdir(dir)).toEqual(['tidtam.lock']);
    await (won[0] as PromiseFulfilledResult<() => Promise<void>>).value();
  });
});
