/**
 * `tidtam backup FILE`: a logical backup of the whole database (src/server/backup/format.ts) into FILE,
 * written atomically and checked before it takes its name. Works while the server runs: with PGlite the
 * running server writes it (it holds the directory), with PostgreSQL this process reads one snapshot.
 */
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Env } from '../../server/config/env';
import { readLock, DataDirBusyError } from '../../server/db/lock';
import { openDatabase } from '../../server/db/open-database';
import { dumpDatabase } from '../../server/backup/dump';
import { gzipLines, writeBackupFile } from '../../server/backup/files';
import { AppError } from '../../server/errors';
import type { ApiErrorBody } from '../../shared/messages';
import { UsageError } from '../usage';

/** The running server that holds a PGlite directory, if any (docs/decisions/0002). */
export async function runningServer(
  env: Env,
  dataDir: string,
): Promise<{ port: number; token: string } | null> {
  if (env.DATABASE_URL) return null;
  const holder = await readLock(resolve(dataDir));
  if (holder?.kind === 'server' && holder.port && holder.token)
    return { port: holder.port, token: holder.token };
  if (holder) throw new DataDirBusyError(holder);
  return null;
}

/** Turns a server's error answer into the AppError the command line prints. */
export async function serverError(response: Response): Promise<AppError> {
  try {
    const { error } = (await response.json()) as ApiErrorBody;
    return new AppError(error.code, error.message, error.issues);
  } catch {
    return new AppError('internal', {
      th: `เซิร์ฟเวอร์ตอบ ${response.status}`,
      en: `the server answered ${response.status}`,
    });
  }
}

export async function backupCommand(env: Env, dataDir: string, file: string | undefined) {
  if (!file) throw new UsageError('usage: tidtam backup FILE');
  const path = resolve(file);
  const server = await runningServer(env, dataDir);
  let via: string;
  const written = await writeBackupFile(path, async (out) => {
    if (server) {
      via = `the running server on port ${server.port}`;
      const response = await fetch(`http://127.0.0.1:${server.port}/api/admin/backup`, {
        headers: { authorization: `Bearer ${server.token}` },
      });
      if (!response.ok || !response.body) throw await serverError(response);
      await pipeline(Readable.fromWeb(response.body as WebReadableStream), out);
      return;
    }
    const opened = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir, lock: { kind: 'cli' } });
    via = opened.db.kind === 'pglite' ? `PGlite ${resolve(dataDir)}` : 'PostgreSQL';
    try {
      const lines = gzipLines(out);
      await dumpDatabase(opened.db, lines.write);
      await lines.end();
    } finally {
      await opened.close();
    }
  });
  console.log(
    `backup written: ${path} (${written.end.rows} rows in ${written.end.tables} tables, ` +
      `${Math.ceil(written.bytes / 1024)} kB, schema ${written.header.migrations.at(-1) ?? '-'}, from ${via!})`,
  );
}
