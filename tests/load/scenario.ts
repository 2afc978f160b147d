/**
 * The load scenario: 200 focal points, each of their own unit and project, signed in to one running
 * `bin/tidtam serve`, save their report of an open month over and over from 200 concurrent keep-alive
 * connections (a bounded loop per client: each request started is waited for, so answers and rows match). Every answer must be a 201, and every 201 must be a row in the database: no errors, no
 * lost report, no report without an answer. Latency percentiles are measured per request.
 */
import { Agent, request } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { OPERATOR } from '../../src/server/actor';
import { openReportingMonth } from '../../src/server/use-cases/monitoring/reporting-months';
import { createUsers, CSRF, freshTarget, login, seedPlan, startServer } from './harness';

/** A month of fiscal year 2569, in the past, opened for agencies and never locked. */
export const LOAD_MONTH = '2569-06';
const LOAD_MONTH_KEY = 256906;

export interface LoadResult {
  database: 'pglite' | 'postgres';
  connections: number;
  seconds: number;
  requests: number;
  perSecond: number;
  statuses: Record<string, number>;
  errors: number;
  firstErrors: string[];
  created: number;
  rowsInDatabase: number;
  missingRows: number;
  currentVersions: number;
  projectsReported: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  serverWarnings: string;
  machine: string;
  date: string;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** One POST; network failures and timeouts come back as `error`, never thrown. */
function post(
  agent: Agent,
  base: URL,
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string; error?: string }> {
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        path,
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
        timeout: 60_000,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', (err) => resolve({ status: 0, body: '', error: err.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout after 60 s')));
    req.on('error', (err) => resolve({ status: 0, body: '', error: err.message }));
    req.end(body);
  });
}

export async function runLoad(options: { connections: number; seconds: number }): Promise<LoadResult> {
  const { connections, seconds } = options;
  const target = await freshTarget();
  try {
    const seeded = await target.open();
    try {
      const projects = await seedPlan(seeded.db, connections);
      await createUsers(
        seeded.db,
        projects.map((p, i) => ({
          username: `load.focal.${i + 1}`,
          role: 'focal_point',
          unitId: p.owner_unit_id,
        })),
      );
      await openReportingMonth(seeded.db, OPERATOR, { period: LOAD_MONTH, lockAfterDays: null });
    } finally {
      await seeded.close();
    }
    const { rows: projectRows } = await (async () => {
      const o = await target.open();
      try {
        return await o.db.query<{ id: number; code: string }>('select id, code from project order by code');
      } finally {
        await o.close();
      }
    })();

    // The server logs every request at the default level (info), as in production.
    const server = await startServer(target, { keepOutput: false, env: { TIDTAM_LOG_LEVEL: 'info' } });
    const latencies: number[] = [];
    const created: number[] = [];
    const errors: string[] = [];
    const statuses: Record<string, number> = {};
    let elapsed = 0;
    try {
      // Sessions: one per focal point, signed in over HTTP (a few at a time: argon2 is meant to be slow).
      const cookies: string[] = new Array<string>(connections);
      for (let i = 0; i < connections; i += 8) {
        await Promise.all(
          Array.from({ length: Math.min(8, connections - i) }, (_, k) =>
            login(server.url, `load.focal.${i + k + 1}`).then((c) => (cookies[i + k] = c)),
          ),
        );
      }
      // 200 clients, each its own focal point and keep-alive connection, each sending its next report as
      // soon as the last is answered, until the time is up. A request started is always waited for, so
      // every row in the database can be matched with its answer.
      const agent = new Agent({ keepAlive: true, maxSockets: connections });
      const url = new URL(server.url);
      const deadline = performance.now() + seconds * 1000;
      const started = performance.now();
      const worker = async (user: number) => {
        for (let n = 1; performance.now() < deadline; n++) {
          const body = JSON.stringify({
            action: 'save',
            period: LOAD_MONTH,
            status: 'in_progress',
            percent: n % 100,
            problems: `รอบที่ ${n}`,
          });
          const sent = performance.now();
          const answer = await post(agent, url, `/api/projects/${projectRows[user]!.id}/reports`, body, {
            ...CSRF,
            cookie: cookies[user]!,
          });
          latencies.push(performance.now() - sent);
          if (answer.error) {
            errors.push(answer.error);
            continue;
          }
          statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
          if (answer.status === 201) created.push((JSON.parse(answer.body) as { id: number }).id);
        }
      };
      await Promise.all(Array.from({ length: connections }, (_, user) => worker(user)));
      elapsed = (performance.now() - started) / 1000;
      agent.destroy();
    } finally {
      // Stopped first: with PGlite the server holds the directory we count in next.
      await server.stop();
    }

    const counted = await target.open();
    let rows: { total: number; found: number; current: number; projects: number };
    try {
      rows = (
        await counted.db.query<{ total: number; found: number; current: number; projects: number }>(
          `select count(*)::int as total,
                  count(*) filter (where id = any($2::int[]))::int as found,
                  count(*) filter (where superseded_at is null)::int as current,
                  count(distinct project_id)::int as projects
             from monthly_report where period = $1`,
          [LOAD_MONTH_KEY, created],
        )
      ).rows[0]!;
    } finally {
      await counted.close();
    }
    const sorted = latencies.slice().sort((a, b) => a - b);
    return {
      database: target.kind,
      connections,
      seconds,
      requests: latencies.length,
      perSecond: Math.round((latencies.length / elapsed) * 10) / 10,
      statuses,
      errors: errors.length,
      firstErrors: errors.slice(0, 5),
      created: created.length,
      rowsInDatabase: rows.total,
      missingRows: created.length - rows.found,
      currentVersions: rows.current,
      projectsReported: rows.projects,
      latencyMs: {
        p50: Math.round(percentile(sorted, 50)),
        p95: Math.round(percentile(sorted, 95)),
        p99: Math.round(percentile(sorted, 99)),
        max: Math.round(sorted.at(-1) ?? 0),
      },
      serverWarnings: server.output().stdout.slice(0, 4000),
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      date: new Date().toISOString(),
    };
  } finally {
    await target.remove();
  }
}
