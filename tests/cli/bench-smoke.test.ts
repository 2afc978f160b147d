/**
 * The benchmark suite cannot rot: `npm run bench` at its smallest (scale 1, PGlite, one quick run) runs to
 * the end and writes a page with every figure beside its limit and a numeric ratio, and its chart.
 * It writes to a temporary file, never to docs/benchmarks.md.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { FIGURES } from '../../bench/figures';
import { ROOT } from '../helpers/cli';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

function npmRunBench(args: string[]): Promise<{ code: number | null; output: string }> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.TIDTAM_DATA_DIR;
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'bench', '--', ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (output += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (output += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

it('npm run bench -- --quick --scales 1 --db pglite writes every figure with its limit and a numeric ratio', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tidtam-bench-smoke-'));
  dirs.push(dir);
  const out = join(dir, 'benchmarks.md');
  const run = await npmRunBench(['--quick', '--scales', '1', '--db', 'pglite', '--runs', '1', '--out', out]);
  expect(run.code, run.output).toBe(0);
  const page = await readFile(out, 'utf8');
  expect(page).toContain('### PGlite, scale 1');
  // A figure whose route is not built yet says so instead of its numbers; once docs/api.md lists the
  // route (every route must be there: tests/api/api-doc.test.ts), the figure must be measured.
  const apiDoc = await readFile(join(ROOT, 'docs/api.md'), 'utf8');
  for (const spec of FIGURES) {
    const row = page.split('\n').find((line) => line.startsWith(`| ${spec.title}`));
    expect(row, `a row for "${spec.title}"`).toBeDefined();
    if (spec.route && !apiDoc.includes(`| GET | \`${spec.route}\``))
      expect(row, spec.title).toContain('not measured: the server answers 404');
    else expect(row, spec.title).toMatch(/\| \*\*\d+(\.\d+)?×\*\* \|/);
  }
  expect(page).toMatch(/\*\*Machine:\*\* \d+ × /);
  expect(existsSync(join(dir, 'benchmarks', 'latency-pglite.svg'))).toBe(true);
}, 600_000); // a generated dataset, three server starts, the imports and every figure once: minutes on a loaded 2-core machine
