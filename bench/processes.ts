/**
 * The real thing: `bin/tidtam serve --no-demo` as a child process (its memory sampled from
 * /proc/<pid>/status), and `bin/tidtam` commands timed from spawn to exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Target } from './targets';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'tidtam');
/** The served app's paper worker ends after this idle time (src/server/papers/render-in-worker.ts). */
export const PAPER_WORKER_IDLE_MS = 2_000;

function childEnv(target: Pick<Target, 'env'>, extra: Record<string, string> = {}) {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.DATABASE_URL;
  delete env.TIDTAM_DATA_DIR;
  delete env.PORT;
  delete env.TIDTAM_SMTP_URL;
  return { ...env, ...target.env, ...extra };
}

/** Resident set size of a process in bytes (Linux /proc), null when unknown. */
export function rssBytes(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export interface ServerProcess {
  pid: number;
  url: string;
  /** Largest RSS seen since the server started (sampled every 100 ms), in bytes. */
  maxRss(): number;
  /** The RSS now, in bytes. */
  rss(): number;
  output(): string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startServer(target: Pick<Target, 'env' | 'dataDir'>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--no-demo', '--data-dir', target.dataDir], {
    cwd: ROOT,
    // warn: a request log line per request would measure the logger.
    env: childEnv(target, {
      PORT: '0',
      HOST: '127.0.0.1',
      TIDTAM_LOG_LEVEL: 'warn',
      TIDTAM_PAPER_WORKER_IDLE_MS: String(PAPER_WORKER_IDLE_MS),
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  const keep = (c: string) => {
    if (out.length < 20_000) out += c;
  };
  child.stdout!.setEncoding('utf8').on('data', keep);
  child.stderr!.setEncoding('utf8').on('data', keep);
  const exited = new Promise<void>((resolve) =>
    child.on('exit', () => {
      running.delete(child);
      resolve();
    }),
  );
  let max = 0;
  const sample = () => {
    const rss = rssBytes(child.pid!);
    if (rss !== null && rss > max) max = rss;
  };
  const sampler = setInterval(sample, 100);
  const deadline = Date.now() + 120_000;
  let url: string | null = null;
  while (!url) {
    const match = /is running at (http:\/\/[^/\s]+)\//.exec(out);
    if (match) url = match[1]!;
    else if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      clearInterval(sampler);
      child.kill('SIGKILL');
      throw new Error(`the server did not start\n${out}`);
    } else await new Promise((r) => setTimeout(r, 25));
  }
  return {
    pid: child.pid!,
    url,
    /** The RSS now (not the largest so far): what the server still holds after a stage. */
    rss: () => rssBytes(child.pid!) ?? Number.NaN,
    maxRss: () => {
      sample();
      return max;
    },
    output: () => out,
    async stop() {
      clearInterval(sampler);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

export interface CommandRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Spawn to exit, in ms. */
  ms: number;
}

/** Runs bin/tidtam to the end, timing it. */
export function tidtam(args: string[], target: Pick<Target, 'env' | 'dataDir'>): Promise<CommandRun> {
  return runNode([BIN, ...args, '--data-dir', target.dataDir], childEnv(target));
}

/**
 * Resident memory of a short-lived node process running `script` (an ES module, run from the project's
 * directory): the RSS it reports once the script has finished and the process has been idle for 300 ms,
 * as each labelled `rss(label)` call in the script prints it. The floors of the server's memory.
 */
export async function probeRss(
  script: string,
  env: Record<string, string> = {},
): Promise<Record<string, number>> {
  const prelude =
    'const rss = (label) => process.stdout.write(`rss ${label} ${process.memoryUsage().rss}\\n`);\n' +
    'const settle = () => new Promise((r) => setTimeout(r, 300));\n';
  const { code, stdout, stderr } = await runNode(['--input-type=module', '-e', prelude + script], {
    ...process.env,
    ...env,
  });
  const out: Record<string, number> = {};
  for (const m of stdout.matchAll(/^rss (\S+) (\d+)$/gm)) out[m[1]!] = Number(m[2]);
  if (code !== 0 || Object.keys(out).length === 0)
    throw new Error(`memory probe failed (exit ${code})\n${stderr.slice(0, 2000)}`);
  return out;
}

/** Runs node with `args` from the project's directory to the end (killed after 2 minutes), collecting its output. */
function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}
