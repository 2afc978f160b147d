/**
 * Report submission throughput at a month-end rush: N focal points (of as many units as there are, each
 * with a project of their own unit), signed in, each saving one report of the open month at the same
 * moment. Every answer must be 201, and after the run every answered report must be a row in the
 * database (checked once the server has stopped). The floor: the bare route under the same concurrency.
 */
import { COUNTED_STATES } from '../../src/domain/monitoring';
import type { Queryable } from '../../src/server/db/database';
import { Client, CSRF, login } from '../http';
import { distribution } from '../stats';
import { hashPassword, verifyPassword } from '../../src/server/use-cases/passwords';
import { keyOf, repeat, type ScenarioContext } from './context';

export interface Submitter {
  username: string;
  projectId: number;
  cookie?: string;
}

const fiscalYearOf = (key: number) => (key % 100 >= 10 ? Math.floor(key / 100) + 1 : Math.floor(key / 100));

/** Focal points paired with distinct projects of their own units, spread over the units. */
export async function pickSubmitters(ctx: ScenarioContext, db: Queryable): Promise<Submitter[]> {
  const month = keyOf(ctx.dataset.openMonth);
  const { rows } = await db.query<{ code: string; ids: number[] }>(
    `select u.code, array_agg(p.id order by p.code) as ids
       from project p join org_unit u on u.id = p.owner_unit_id join plan on plan.id = p.plan_id
      where plan.code = $1 and p.fiscal_year_from <= $2 and p.fiscal_year_to >= $2
        and not exists (select 1 from monthly_report m where m.project_id = p.id and m.period = $3
                          and m.superseded_at is null and m.state = any($4::text[]))
      group by u.code`,
    [ctx.dataset.planCode, fiscalYearOf(month), month, COUNTED_STATES.submitted],
  );
  const projects = new Map(rows.map((r) => [r.code, [...r.ids]]));
  const byUnit = new Map<string, string[]>();
  for (const f of ctx.dataset.focalPoints)
    byUnit.set(f.unitCode, [...(byUnit.get(f.unitCode) ?? []), f.username]);
  const picked: Submitter[] = [];
  for (let round = 0; picked.length < ctx.settings.submitters; round++) {
    let any = false;
    for (const [unit, users] of byUnit) {
      const username = users[round];
      const projectId = projects.get(unit)?.[round];
      if (username === undefined || projectId === undefined) continue;
      any = true;
      if (picked.length < ctx.settings.submitters) picked.push({ username, projectId });
    }
    if (!any) break;
  }
  if (picked.length === 0) throw new Error('no focal point has a project to report in the open month');
  return picked;
}

/** The floor of one sign-in: one argon2id verification of the dataset's password, in this process. */
export async function signInFloor(): Promise<number[]> {
  const stored = await hashPassword('tidtam-bench-floor');
  return repeat(() => verifyPassword(stored, 'tidtam-bench-floor'), 5);
}

/**
 * The month-end rush's sign-ins: every focal point at once (the first run only; later runs keep their
 * sessions). Each must succeed.
 */
export async function signInRun(ctx: ScenarioContext, url: string, submitters: Submitter[], floor: number[]) {
  const pending = submitters.filter((s) => !s.cookie);
  if (pending.length === 0) return;
  const latencies = await Promise.all(
    pending.map(async (s) => {
      const started = performance.now();
      s.cookie = await login(url, s.username, ctx.dataset.password);
      return performance.now() - started;
    }),
  );
  const d = distribution(latencies);
  ctx.rec.add('signin-latency', { value: d.median, p95: d.p95, limit: distribution(floor).median });
  ctx.rec.note('signin-latency', `${pending.length} sign-ins at once`);
}

export async function submitRun(
  ctx: ScenarioContext,
  url: string,
  submitters: Submitter[],
  run: number,
  createdIds: number[],
) {
  const clients = submitters.map((s) => new Client(url, s.cookie!, 1));
  const bare = submitters.map(() => new Client(url, null, 1));
  try {
    // The floor: the bare route (no session), as many clients at once, five requests each.
    const floorStarted = performance.now();
    const floorLatencies: number[] = [];
    await Promise.all(
      bare.map(async (c) => {
        for (let i = 0; i < 5; i++) floorLatencies.push((await c.ok('/api/health')).ms);
      }),
    );
    const floorRate = (clients.length * 5) / ((performance.now() - floorStarted) / 1000);
    const floor = distribution(floorLatencies);

    const started = performance.now();
    const answers = await Promise.all(
      submitters.map((s, i) =>
        clients[i]!.send(
          'POST',
          `/api/projects/${s.projectId}/reports`,
          JSON.stringify({
            action: 'save',
            period: ctx.dataset.openMonth,
            status: 'in_progress',
            percent: 10 + run,
            problems: `รอบที่ ${run + 1}: รอผลการจัดซื้อจัดจ้าง`,
          }),
          { ...CSRF, 'content-type': 'application/json' },
        ),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const failed = answers.filter((a) => a.status !== 201);
    if (failed.length > 0) {
      const first = failed[0]!;
      throw new Error(
        `${failed.length} of ${answers.length} submissions failed, e.g. ${first.status} ${first.error ?? first.body.toString().slice(0, 300)}`,
      );
    }
    for (const a of answers) createdIds.push((JSON.parse(a.body.toString('utf8')) as { id: number }).id);
    const d = distribution(answers.map((a) => a.ms));
    ctx.rec.add('submit-throughput', { value: answers.length / seconds, limit: floorRate });
    ctx.rec.add('submit-latency', { value: d.median, p95: d.p95, limit: floor.median });
    ctx.rec.note(
      'submit-throughput',
      `${submitters.length} focal points at once, one report each per run; 0 errors`,
    );
  } finally {
    for (const c of [...clients, ...bare]) c.close();
  }
}

/** After the server stopped: every answered report is a row, and each project has one current version. */
export async function verifySubmissions(
  ctx: ScenarioContext,
  db: Queryable,
  submitters: Submitter[],
  ids: number[],
) {
  const { rows } = await db.query<{ found: number; current: number }>(
    `select (select count(*)::int from monthly_report where id = any($1::int[])) as found,
            (select count(*)::int from monthly_report where project_id = any($2::int[]) and period = $3
               and superseded_at is null) as current`,
    [ids, submitters.map((s) => s.projectId), keyOf(ctx.dataset.openMonth)],
  );
  const { found, current } = rows[0]!;
  if (found !== ids.length || current !== submitters.length) {
    throw new Error(
      `lost reports: ${found} of ${ids.length} answered reports are in the database; ${current} of ${submitters.length} projects have a current report`,
    );
  }
}
