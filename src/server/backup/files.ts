/** Backup files on disk and on the wire: gzip, written atomically (temporary name, fsync, rename), mode 0600. */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { AppError } from '../errors';
import type { LineSink } from './dump';
import { BACKUP_FORMAT, type BackupEnd, type BackupHeader } from './format';

/** A gzip stream of lines into `out`; `write` waits when the consumer is slower (backpressure). */
export function gzipLines(out: Writable): { write: LineSink; end(): Promise<void> } {
  const gzip = createGzip();
  const done = pipeline(gzip, out);
  // A failed consumer (closed socket, full disk) rejects `done`; the next write sees it.
  let failure: unknown = null;
  done.catch((err: unknown) => {
    failure = err ?? new Error('backup stream failed');
  });
  return {
    async write(line: string) {
      if (failure) throw failure;
      if (!gzip.write(`${line}\n`)) await Promise.race([once(gzip, 'drain'), done]);
      if (failure) throw failure;
    },
    async end() {
      gzip.end();
      await done;
    },
  };
}

/** The lines of a gzip backup stream. */
export function backupLines(input: Readable): AsyncIterable<string> {
  const gunzip = createGunzip();
  input.on('error', (err) => gunzip.destroy(err));
  input.pipe(gunzip);
  return createInterface({ input: gunzip, crlfDelay: Infinity });
}

/**
 * Writes `path` through `fill` under a temporary name next to it, syncs it to disk, checks that it is a
 * complete backup (header first, end marker last) and only then gives it its name: a crash or error
 * never leaves a half file under the real name, and an old backup of that name stays until then.
 */
export async function writeBackupFile(
  path: string,
  fill: (out: Writable) => Promise<void>,
): Promise<{ header: BackupHeader; end: BackupEnd; bytes: number }> {
  const temp = join(dirname(path), `.${basename(path)}.partial-${process.pid}`);
  try {
    const out = createWriteStream(temp, { mode: 0o600 });
    await fill(out);
    if (!out.writableFinished) await once(out, 'finish');
    const handle = await open(temp, 'r');
    let bytes: number;
    try {
      await handle.sync();
      bytes = (await handle.stat()).size;
    } finally {
      await handle.close();
    }
    const checked = await checkBackupFile(temp);
    await rename(temp, path);
    return { ...checked, bytes };
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** Reads a whole backup file: a readable gzip whose first line is our header and last line the end marker. */
export async function checkBackupFile(path: string): Promise<{ header: BackupHeader; end: BackupEnd }> {
  let first: string | null = null;
  let last: string | null = null;
  try {
    for await (const line of backupLines(createReadStream(path))) {
      if (line === '') continue;
      first ??= line;
      last = line;
    }
  } catch (err) {
    throw unusable(`cannot read it (${(err as Error).message})`, 'อ่านไฟล์ไม่ได้');
  }
  const header = parse<BackupHeader>(first);
  const end = parse<BackupEnd>(last);
  if (header?.format !== BACKUP_FORMAT)
    throw unusable('it is not a tidtam backup', 'ไม่ใช่ไฟล์สำรองข้อมูลของ tidtam');
  if (end?.end !== true) throw unusable('it is incomplete (no end marker)', 'ไฟล์ไม่ครบ (ไม่มีจุดสิ้นสุด)');
  return { header, end };
}

function parse<T>(line: string | null): T | null {
  if (line === null) return null;
  try {
    return JSON.parse(line) as T;
  } catch {
    return null;
  }
}

const unusable = (en: string, th: string) =>
  new AppError('invalid_input', { th: `ไฟล์สำรองข้อมูลใช้ไม่ได้: ${th}`, en: `Not a usable backup file: ${en}` });
