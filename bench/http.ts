/** HTTP for the benchmark: keep-alive connections, per-request latency, sign-in. */
import { Agent, request } from 'node:http';

export const CSRF = { 'x-tidtam-csrf': '1' } as const;

export interface Answer {
  status: number;
  body: Buffer;
  ms: number;
  error?: string;
}

export class Client {
  readonly agent: Agent;
  private readonly base: URL;
  constructor(
    url: string,
    readonly cookie: string | null = null,
    sockets = 16,
  ) {
    this.base = new URL(url);
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets });
  }

  /** One request; network failures come back as `error`, never thrown. The body is read completely. */
  send(
    method: string,
    path: string,
    body?: Buffer | string,
    headers: Record<string, string> = {},
    timeoutMs = 120_000,
  ): Promise<Answer> {
    const started = performance.now();
    return new Promise((resolve) => {
      const all: Record<string, string | number> = { ...headers };
      if (this.cookie) all.cookie = this.cookie;
      if (body !== undefined) all['content-length'] = Buffer.byteLength(body);
      const req = request(
        {
          agent: this.agent,
          host: this.base.hostname,
          port: this.base.port,
          path,
          method,
          headers: all,
          timeout: timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks),
              ms: performance.now() - started,
            }),
          );
          res.on('error', (err) =>
            resolve({
              status: 0,
              body: Buffer.alloc(0),
              ms: performance.now() - started,
              error: err.message,
            }),
          );
        },
      );
      req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs / 1000} s`)));
      req.on('error', (err) =>
        resolve({ status: 0, body: Buffer.alloc(0), ms: performance.now() - started, error: err.message }),
      );
      req.end(body);
    });
  }

  get = (path: string) => this.send('GET', path);

  /** GET that must answer 200; returns the answer (body parsed by the caller). */
  async ok(path: string, expected = 200): Promise<Answer> {
    const answer = await this.get(path);
    if (answer.status !== expected) {
      throw new Error(
        `GET ${path}: ${answer.status} ${answer.error ?? answer.body.toString('utf8').slice(0, 500)}`,
      );
    }
    return answer;
  }

  close() {
    this.agent.destroy();
  }
}

/** Signs in over HTTP; returns the session cookie (name=value). */
export async function login(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { ...CSRF, 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tidtam_session='));
  if (!cookie) throw new Error(`sign-in of ${username}: no session cookie`);
  return cookie.split(';')[0]!;
}

/**
 * `count` sequential requests (after `warmup` unmeasured ones), each must answer `expected`: latencies in ms.
 */
export async function sequential(
  client: Client,
  path: string,
  count: number,
  warmup = 2,
  expected = 200,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await client.ok(path, expected);
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push((await client.ok(path, expected)).ms);
  return out;
}

/** `clients` concurrent loops of `each` requests: every latency in ms, and the requests per second. */
export async function concurrent(
  client: Client,
  path: string,
  clients: number,
  each: number,
): Promise<{ latencies: number[]; perSecond: number }> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = 0; i < each; i++) latencies.push((await client.ok(path)).ms);
    }),
  );
  return { latencies, perSecond: (clients * each) / ((performance.now() - started) / 1000) };
}
