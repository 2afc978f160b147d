/**
 * Real processes for the fault, backup, people and load tests: `bin/tidtam serve` and other commands as
 * child processes on a fresh PGlite directory or a fresh PostgreSQL database (TIDTAM_TEST_DB), seeding
 * in-process, signing in over HTTP. Usable in the vitest projects whose global set-up is
 * tests/setup/postgres-global-setup.ts (tests/api, tests/cli, tests/load).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { inject } from 'vitest';
import { OPERATOR } from '../../src/server/actor';
import { openDatabase, type OpenedDatabase } from '../../src/server/db/open-database';
import { hashPassword } from '../../src/server/use-cases/passwords';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'tidtam');
export const PASSWORD = 'harness-password-1';
export const CSRF = { 'x-tidtam-csrf': '1' } as const;

/** Where one test's processes keep their data. */
export interface Target {
  kind: 'pglite' | 'postgres';
  dataDir: string;
  databaseUrl?: string;
  /** Environment for child processes: DATABASE_URL only for PostgreSQL. */
  env: Record<string, string>;
  /** Opens the database in this process (PGlite: takes the directory lock; close it before serving). */
  open(): Promise<OpenedDatabase>;
  remove(): Promise<void>;
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

/** A fresh, migrated, empty database: a copy of the PGlite template, or a database made from the template. */
export async function freshTarget(): Promise<Target> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tidtam-harness-'));
  const info = inject('tidtamTestDb');
  if (info.kind === 'postgres') {
    const name = `tidtam_h_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await adminQuery(info.adminUrl, `create database ${name} template ${info.templateDatabase}`);
    const url = new URL(info.adminUrl);
    url.pathname = `/${name}`;
    const databaseUrl = url.toString();
    return {
      kind: 'postgres',
      dataDir,
      databaseUrl,
      env: { DATABASE_URL: databaseUrl },
      open: () => openDatabase({ databaseUrl, dataDir, lock: { kind: 'cli' } }),
      async remove() {
        await adminQuery(info.adminUrl, `drop database if exists ${name} with (force)`);
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  await cp(info.templateDir, join(dataDir, 'pgdata'), { recursive: true });
  return {
    kind: 'pglite',
    dataDir,
    env: {},
    open: () => openDatabase({ dataDir, lock: { kind: 'cli' } }),
    remove: () => rm(dataDir, { recursive: true, force: true }),
  };
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export const show = (r: Run) =>
  `exit ${r.code} ${r.signal ?? ''}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;

/** A clean environment for a child: no DATABASE_URL or data directory unless the target says so. */
function childEnv(target: Pick<Target, 'env'> | null, extra: Record<string, string> = {}) {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.DATABASE_URL;
  delete env.TIDTAM_DATA_DIR;
  delete env.PORT;
  return { ...env, ...(target?.env ?? {}), ...extra };
}

/** Runs bin/tidtam to the end. */
export function tidtam(
  args: string[],
  target: Pick<Target, 'env' | 'dataDir'> | null,
  options: { env?: Record<string, string>; uid?: number; gid?: number; timeoutMs?: number } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args, ...(target ? ['--data-dir', target.dataDir] : [])], {
      cwd: ROOT,
      env: childEnv(target, options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  url: string;
  output(): { stdout: string; stderr: string };
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM and wait (SIGKILL after 15 s). */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcess>();
/** Any server a failed test left running is killed when the test file's process exits. */
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Starts `bin/tidtam serve --no-demo` on a free port and waits until it answers /api/health. */
export async function startServer(
  target: Pick<Target, 'env' | 'dataDir'>,
  options: {
    env?: Record<string, string>;
    demo?: boolean;
    timeoutMs?: number;
    /** false: once started, keep only warnings and errors of the output (a long load run logs a lot). */
    keepOutput?: boolean;
  } = {},
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [BIN, 'serve', ...(options.demo ? [] : ['--no-demo']), '--data-dir', target.dataDir],
    {
      cwd: ROOT,
      env: childEnv(target, { PORT: '0', HOST: '127.0.0.1', TIDTAM_LOG_LEVEL: 'warn', ...options.env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.add(child);
  let stdout = '';
  let stderr = '';
  let keep = true;
  child.stdout!.setEncoding('utf8').on('data', (c: string) => {
    // Not kept: everything below warnings (one line per request at level info).
    if (keep) stdout += c;
    else for (const line of c.split('\n')) if (/"level":(40|50|60)/.test(line)) stdout += `${line}\n`;
  });
  child.stderr!.setEncoding('utf8').on('data', (c: string) => {
    if (keep) stderr += c;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let url: string | null = null;
  while (!url) {
    const match = /is running at (http:\/\/[^/\s]+)\//.exec(stdout);
    if (match) url = match[1]!;
    else if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start\n--- stdout\n${stdout}\n--- stderr\n${stderr}`);
    } else await new Promise((r) => setTimeout(r, 50));
  }
  if (options.keepOutput === false) keep = false;
  return {
    child,
    pid: child.pid!,
    url,
    output: () => ({ stdout, stderr }),
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        const result = await exited;
        clearTimeout(timer);
        return result;
      }
      return exited;
    },
  };
}

/** Signs in over HTTP; returns the cookie header value. */
export async function login(url: string, username: string, password = PASSWORD): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { ...CSRF, 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tidtam_session='));
  if (!cookie) throw new Error(`login ${username}: no session cookie`);
  return cookie.split(';')[0]!;
}

/** Creates users directly (one password hash for all: seeding 200 users must not take 200 argon2 runs). */
export async function createUsers(
  db: OpenedDatabase['db'],
  users: readonly { username: string; role: string; unitId: number | null }[],
): Promise<Map<string, number>> {
  const hash = await hashPassword(PASSWORD);
  const { rows } = await db.query<{ id: number; username: string }>(
    `insert into app_user (username, display_name, password_hash, role, unit_id)
     select u.username, u.username, $1, u.role, u.unit_id
       from unnest($2::text[], $3::text[], $4::int[]) as u(username, role, unit_id)
     returning id, username`,
    [hash, users.map((u) => u.username), users.map((u) => u.role), users.map((u) => u.unitId)],
  );
  return new Map(rows.map((r) => [r.username, r.id]));
}

/** A plan of `projects` projects over 2566–2570, each of its own new unit (UNIT-0001 …), imported as the operator. */
export async function seedPlan(db: OpenedDatabase['db'], projects: number, planCode = 'LOAD-2566-2570') {
  const { importPlanTable } = await import('../../src/server/use-cases/monitoring/import-plan');
  const headers = [
    'plan_code',
    'plan_name',
    'plan_start_year',
    'plan_end_year',
    'target_no',
    'target_name',
    'strategy_no',
    'strategy_name',
    'project_code',
    'project_name',
    'fiscal_years',
    'owner_unit',
  ];
  const rows = Array.from({ length: projects }, (_, i) => {
    const code = `P-${String(i + 1).padStart(4, '0')}`;
    const cells = [
      planCode,
      'แผนทดสอบภาระงาน',
      '2566',
      '2570',
      '1',
      'เป้าประสงค์ทดสอบ',
      '1.1',
      'กลยุทธ์ทดสอบ',
      code,
      `โครงการ ${code}`,
      '2566-2570',
      `UNIT-${String(i + 1).padStart(4, '0')}`,
    ];
    return { row: i + 2, values: Object.fromEntries(headers.map((h, k) => [h, cells[k]!])) };
  });
  await importPlanTable(db, OPERATOR, { headers, rows });
  const { rows: ids } = await db.query<{ id: number; code: string; owner_unit_id: number }>(
    `select p.id, p.code, p.owner_unit_id from project p join plan on plan.id = p.plan_id
      where plan.code = $1 order by p.code`,
    [planCode],
  );
  return ids;
}
