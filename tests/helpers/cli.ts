/**
 * Running bin/tidtam as a user would, for the command-line tests: a clean environment, a fresh
 * database per test (a PGlite directory or a PostgreSQL database made from the migrated template),
 * and everything removed after the file.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, inject } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'tidtam');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Where one test's commands keep their data: a PGlite directory, or a PostgreSQL database. */
export interface Target {
  args: string[];
  env: Record<string, string>;
}

export const show = (r: Run) => `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;

/** This process's environment without the database and mail settings, plus `extra`. */
export function cleanEnv(extra: Record<string, string>) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.TIDTAM_DATA_DIR;
  delete env.TIDTAM_SMTP_URL;
  return Object.assign(env, extra);
}

/** Runs bin/tidtam with a clean environment: DATABASE_URL and TIDTAM_DATA_DIR only as the target says. */
export function tidtam(args: string[], target: Target): Promise<Run> {
  const env = cleanEnv(target.env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args, ...target.args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Temporary directories and databases of one test file; call at the top level of the file. */
export function cliWorkspace(prefix: string) {
  // The prefix names PostgreSQL databases unquoted: a "-" would be a syntax error there and pass on PGlite.
  if (!/^[a-z][a-z0-9_]*$/.test(prefix)) throw new Error(`cliWorkspace("${prefix}"): use a-z, 0-9 and _`);
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  async function dataDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), `tidtam-${prefix}-`));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return dir;
  }

  /**
   * An empty, migrated database for one test. PGlite: a data directory, started from the migrated
   * template when `fromTemplate` (saves the CLI a first-time set-up), else created by the CLI itself.
   */
  async function freshTarget(options: { fromTemplate?: boolean } = {}): Promise<Target> {
    const dir = await dataDir();
    const info = inject('tidtamTestDb');
    if (info.kind === 'postgres') {
      const name = `tidtam_${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      await adminQuery(info.adminUrl, `create database ${name} template ${info.templateDatabase}`);
      cleanups.push(() => adminQuery(info.adminUrl, `drop database if exists ${name} with (force)`));
      const url = new URL(info.adminUrl);
      url.pathname = `/${name}`;
      return { args: ['--data-dir', dir], env: { DATABASE_URL: url.toString() } };
    }
    if (options.fromTemplate) await cp(info.templateDir, join(dir, 'pgdata'), { recursive: true });
    return { args: ['--data-dir', dir], env: {} };
  }

  return { dataDir, freshTarget, cleanups };
}
