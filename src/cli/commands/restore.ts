/**
 * `tidtam restore FILE [--force]`: replaces the database with a backup, in one transaction (all or
 * nothing). Refused when the database holds data, unless --force. Works while the server runs: with
 * PGlite the running server does it, with PostgreSQL this process does (the server sees the new data).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { Env } from '../../server/config/env';
import { openDatabase } from '../../server/db/open-database';
import { backupLines, checkBackupFile } from '../../server/backup/files';
import type { BackupSummary } from '../../server/backup/format';
import { restoreDatabase } from '../../server/backup/restore';
import { UsageError } from '../usage';
import { runningServer, serverError } from './backup';

export async function restoreCommand(env: Env, dataDir: string, file: string | undefined, force: boolean) {
  if (!file) throw new UsageError('usage: tidtam restore FILE [--force]');
  const path = resolve(file);
  await stat(path).catch(() => {
    throw new UsageError(`no such file: ${path}`);
  });
  // Read it through once before touching the database: a cut-off or foreign file is refused up front.
  await checkBackupFile(path);
  const server = await runningServer(env, dataDir);
  let summary: BackupSummary;
  if (server) {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/admin/restore?force=${force}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/gzip' },
      body: Readable.toWeb(createReadStream(path)) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    if (!response.ok) throw await serverError(response);
    summary = (await response.json()) as BackupSummary;
  } else {
    const opened = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir, lock: { kind: 'cli' } });
    try {
      summary = await restoreDatabase(opened.db, backupLines(createReadStream(path)), { force });
    } finally {
      await opened.close();
    }
  }
  console.log(
    `restored ${path}: ${summary.rows} rows in ${summary.tables} tables, backup of ${summary.createdAt}` +
      (summary.upgradedWith.length > 0 ? `, then upgraded with ${summary.upgradedWith.join(', ')}` : ''),
  );
}
