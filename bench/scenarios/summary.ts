/**
 * The progress summary as of a month: through the API (sequential, and a few concurrent clients) and the
 * command line; its floors are the bare route of the same server, `bin/tidtam --help`, and the one SQL
 * query that computes the same counts (run in-process on the same database). The API's counts must equal
 * the SQL's, or the benchmark fails.
 */
import type { Queryable } from '../../src/server/db/database';
import { COUNTED_STATES } from '../../src/domain/monitoring';
import type { SummaryResponse } from '../../src/shared/api/monitoring/summary';
import { concurrent, sequential, type Client } from '../http';
import { tidtam } from '../processes';
import { distribution, median } from '../stats';
import { keyOf, repeat, type ScenarioContext } from './context';

/** Counts per strategic target, as the summary defines them (formats.md), in one statement. */
export const SUMMARY_FLOOR_SQL = `
  select t.no,
         count(*) filter (where coalesce(r.status, 'not_started') <> 'cancelled')::int as total,
         count(*) filter (where r.status = 'completed')::int as completed,
         count(*) filter (where r.status = 'in_progress')::int as in_progress,
         count(*) filter (where coalesce(r.status, 'not_started') = 'not_started')::int as not_started,
         count(*) filter (where r.status = 'cancelled')::int as cancelled,
         count(*) filter (where r.status is null)::int as unreported
    from project p
    join plan on plan.id = p.plan_id
    join strategy s on s.id = p.strategy_id
    join strategic_target t on t.id = s.target_id
    left join lateral (
      select m.status from monthly_report m
       where m.project_id = p.id and m.superseded_at is null and m.period <= $2 and m.state = any($4::text[])
       order by m.period desc limit 1
    ) r on true
   where plan.code = $1 and p.fiscal_year_from <= $3 and p.fiscal_year_to >= $3
   group by t.no`;

interface FloorRow {
  no: string;
  total: number;
  completed: number;
  in_progress: number;
  not_started: number;
  cancelled: number;
  unreported: number;
}

const fiscalYearOf = (period: string) => {
  const key = keyOf(period);
  return key % 100 >= 10 ? Math.floor(key / 100) + 1 : Math.floor(key / 100);
};

const floorParams = (ctx: ScenarioContext) => [
  ctx.dataset.planCode,
  keyOf(ctx.dataset.asOf),
  fiscalYearOf(ctx.dataset.asOf),
  COUNTED_STATES.submitted,
];

/** Before the server starts: `runs` batches of the SQL floor (p50 of each), and its counts for the cross-check. */
export async function summaryFloor(ctx: ScenarioContext, db: Queryable) {
  const params = floorParams(ctx);
  const counts = (await db.query<FloorRow>(SUMMARY_FLOOR_SQL, params)).rows;
  const batches: number[] = [];
  for (let run = 0; run < ctx.settings.runs; run++) {
    batches.push(median(await repeat(() => db.query(SUMMARY_FLOOR_SQL, params), ctx.settings.requests)));
  }
  return { counts, batches };
}

/** Fails loudly when the API's counts are not the SQL's. */
export function crossCheck(summary: SummaryResponse, counts: FloorRow[]) {
  const byNo = new Map(counts.map((c) => [c.no, c]));
  const problems: string[] = [];
  for (const t of summary.targets) {
    const c = byNo.get(t.no) ?? {
      no: t.no,
      total: 0,
      completed: 0,
      in_progress: 0,
      not_started: 0,
      cancelled: 0,
      unreported: 0,
    };
    const api = [t.total, t.completed, t.inProgress, t.notStarted, t.cancelled, t.unreported];
    const sql = [c.total, c.completed, c.in_progress, c.not_started, c.cancelled, c.unreported];
    if (api.join() !== sql.join())
      problems.push(`target ${t.no}: API ${api.join('/')} ≠ SQL ${sql.join('/')}`);
  }
  const overall = summary.overall.total + summary.overall.cancelled;
  const sqlAll = counts.reduce((n, c) => n + c.total + c.cancelled, 0);
  if (overall !== sqlAll) problems.push(`overall: API ${overall} projects ≠ SQL ${sqlAll}`);
  if (problems.length > 0) {
    throw new Error(
      `the summary API and the SQL floor disagree (total/completed/in progress/not started/cancelled/unreported):\n${problems.join('\n')}`,
    );
  }
}

export const summaryPath = (ctx: ScenarioContext) =>
  `/api/plans/${encodeURIComponent(ctx.dataset.planCode)}/summary?asOf=${ctx.dataset.asOf}`;

/** One run through the server: the API sequentially and concurrently, and the command line. */
export async function summaryRun(
  ctx: ScenarioContext,
  admin: Client,
  floor: { health: number; healthConcurrent: { p50: number }; sql: number; counts: FloorRow[] },
) {
  const path = summaryPath(ctx);
  const first = await admin.ok(path);
  crossCheck(JSON.parse(first.body.toString('utf8')) as SummaryResponse, floor.counts);
  const seq = distribution(await sequential(admin, path, ctx.settings.requests));
  ctx.rec.add('summary-api', { value: seq.median, p95: seq.p95, limit: floor.health, limit2: floor.sql });

  const clients = ctx.settings.concurrentClients;
  const conc = await concurrent(
    admin,
    path,
    clients,
    Math.max(3, Math.ceil(ctx.settings.requests / clients)),
  );
  const d = distribution(conc.latencies);
  ctx.rec.add('summary-api-concurrent', { value: d.median, p95: d.p95, limit: floor.healthConcurrent.p50 });

  const args = ['summary', '--plan', ctx.dataset.planCode, '--as-of', ctx.dataset.asOf, '--json'];
  const cli = await tidtam(args, ctx.target);
  if (cli.code !== 0) throw new Error(`bin/tidtam summary failed (${cli.code}): ${cli.stderr}`);
  const json = JSON.parse(cli.stdout) as SummaryResponse;
  crossCheck(json, floor.counts);
  const help = await tidtam(['--help'], ctx.target);
  if (help.code !== 0) throw new Error(`bin/tidtam --help failed: ${help.stderr}`);
  ctx.rec.add('summary-cli', { value: cli.ms, limit: help.ms });
}
