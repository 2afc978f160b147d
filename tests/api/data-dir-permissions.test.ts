/**
 * The PGlite data directory is its owner's only (issue 15, item 3): it holds the password hashes (in
 * the tables and the WAL). A new one is made 0700; a looser one is tightened, saying so; no file in it
 * keeps a group or other permission bit after opening.
 */
import { chmod, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/open-database';
import { testDbKind } from '../helpers/test-db';
import { freshTarget, type Target } from '../load/harness';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c().catch(() => undefined);
});

/** Every entry under dir (dir included) that group or others may read, write or enter, with its mode. */
async function openToOthers(dir: string): Promise<string[]> {
  const paths = [dir, ...(await readdir(dir, { recursive: true })).map((p) => join(dir, p))];
  const loose: string[] = [];
  for (const path of paths) {
    const s = await stat(path);
    if (s.mode & 0o077) loose.push(`${path} ${(s.mode & 0o777).toString(8)}`);
  }
  return loose;
}

const modeOf = async (path: string) => ((await stat(path)).mode & 0o777).toString(8);

describe.skipIf(testDbKind === 'postgres')('the PGlite data directory is its owner’s only', () => {
  it('a new data directory is created 0700 and nothing in it is open to group or others after opening', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'tidtam-perm-'));
    cleanups.push(() => rm(parent, { recursive: true, force: true }));
    const dataDir = join(parent, 'data');
    const warnings: string[] = [];
    const opened = await openDatabase({ dataDir, lock: { kind: 'cli' }, warn: (l) => warnings.push(l) });
    try {
      expect(await modeOf(dataDir)).toBe('700');
      expect(await openToOthers(dataDir)).toEqual([]);
      expect(warnings).toEqual([]);
      // Files PGlite creates later (a new table's files, WAL) are private too.
      await opened.db.exec(
        "create table perm_probe (x text); insert into perm_probe values (repeat('x', 100000)); checkpoint;",
      );
      const { rows } = await opened.db.query<{ path: string }>(
        "select pg_relation_filepath('perm_probe') as path",
      );
      expect(await modeOf(join(dataDir, 'pgdata', rows[0]!.path))).toBe('600');
      expect(await openToOthers(dataDir)).toEqual([]);
    } finally {
      await opened.close();
    }
  }, 120_000);

  it('an existing 0755 directory with 0644 and 0666 files is tightened, with one warning saying so', async () => {
    const target: Target = await freshTarget();
    cleanups.push(() => target.remove());
    await chmod(target.dataDir, 0o755);
    await writeFile(join(target.dataDir, 'notes.txt'), 'operator notes', { mode: 0o666 });
    await chmod(join(target.dataDir, 'notes.txt'), 0o666);
    await chmod(join(target.dataDir, 'pgdata'), 0o755);
    await chmod(join(target.dataDir, 'pgdata', 'PG_VERSION'), 0o644);
    const before = (await openToOthers(target.dataDir)).length;
    expect(before).toBeGreaterThanOrEqual(4);
    const warnings: string[] = [];
    const opened = await openDatabase({
      dataDir: target.dataDir,
      lock: { kind: 'cli' },
      warn: (l) => warnings.push(l),
    });
    try {
      expect(await modeOf(target.dataDir)).toBe('700');
      expect(await modeOf(join(target.dataDir, 'notes.txt'))).toBe('600');
      expect(await modeOf(join(target.dataDir, 'pgdata', 'PG_VERSION'))).toBe('600');
      expect(await openToOthers(target.dataDir)).toEqual([]);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`data directory ${target.dataDir}: ${before} files or directories`);
      expect(warnings[0]).toContain('now 0700');
    } finally {
      await opened.close();
    }
  }, 120_000);
});
