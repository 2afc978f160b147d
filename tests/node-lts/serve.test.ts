/**
 * The app as a fresh machine runs it, on the Node.js running this test (scripts/test-node-lts.sh runs it
 * under 22 and 24): `bin/tidtam serve` on an empty PGlite directory loads the demo and answers a signed-in
 * user's pages, a committee paper rendered in the paper worker (a worker thread with its own tsx) and an
 * XLSX export. Native and WebAssembly parts (argon2, PGlite, resvg) are what differ between Node lines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BIN, ROOT, cleanEnv } from '../helpers/cli';

const CSRF = { 'x-tidtam-csrf': '1' };
const PLAN = 'HR-2566-2570';
let server: ChildProcess | undefined;
let dir = '';
let url = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tidtam-lts-'));
  server = spawn(process.execPath, [BIN, 'serve', '--data-dir', dir], {
    cwd: ROOT,
    env: cleanEnv({ PORT: '0', HOST: '127.0.0.1', TIDTAM_LOG_LEVEL: 'warn' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  url = await new Promise<string>((resolve, reject) => {
    server!.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const running = /is running at (http:\/\/\S+?)\/?\s/.exec(output);
      if (running) resolve(running[1]!);
    });
    server!.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    server!.once('close', (code) => reject(new Error(`server exited ${code}: ${output}`)));
  });
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const closed = new Promise((resolve) => server!.once('close', resolve));
    server.kill('SIGTERM');
    await closed;
  }
  await rm(dir, { recursive: true, force: true });
});

it(`serves the demo on Node ${process.version}: sign-in, summary, paper, export`, async () => {
  const expected = process.env.TIDTAM_EXPECT_NODE;
  if (expected) expect(process.version).toBe(expected);
  expect((await fetch(`${url}/api/health`)).status).toBe(200);

  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { ...CSRF, 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'tidtam-demo' }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const get = (path: string) => fetch(`${url}${path}`, { headers: { cookie } });

  const summary = await get(`/api/plans/${PLAN}/summary?asOf=2566-05`);
  expect(summary.status).toBe(200);
  const body = (await summary.json()) as { overall: { total: number } };
  expect(body.overall.total).toBeGreaterThan(0);

  for (const [path, type] of [
    [`/api/plans/${PLAN}/paper.docx?asOf=2566-05`, 'wordprocessingml'],
    [`/api/plans/${PLAN}/paper.xlsx?asOf=2566-05`, 'spreadsheetml'],
    [`/api/exports/projects.xlsx?plan=${PLAN}`, 'spreadsheetml'],
  ] as const) {
    const res = await get(path);
    expect(res.status, path).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 2).toString('latin1'), path).toBe('PK');
  }
});
