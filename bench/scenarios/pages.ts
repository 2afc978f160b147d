/**
 * The pages' API calls: the timeliness grid (with its SQL as a floor), the needs-attention flags, and the
 * project list with filters (unit + status + text) and without (the whole plan).
 */
import type { Queryable } from '../../src/server/db/database';
import { timelinessCells } from '../../src/server/repositories/monitoring/timeliness';
import { sequential, type Client } from '../http';
import { distribution, median } from '../stats';
import { keyOf, monthsBefore, repeat, type ScenarioContext } from './context';

export interface PagesSetup {
  timelinessFrom: string;
  timelinessBatches: number[];
  projectQuery: string;
}

/** Before the server starts: the timeliness SQL floor, and filters that find something. */
export async function pagesSetup(ctx: ScenarioContext, db: Queryable): Promise<PagesSetup> {
  const from = monthsBefore(ctx.dataset.asOf, 5);
  const { rows: plans } = await db.query<{ id: number }>('select id from plan where code = $1', [
    ctx.dataset.planCode,
  ]);
  const planId = plans[0]!.id;
  const cells = () => timelinessCells(db, planId, keyOf(from), keyOf(ctx.dataset.asOf));
  const timelinessBatches: number[] = [];
  for (let run = 0; run < ctx.settings.runs; run++) {
    timelinessBatches.push(median(await repeat(cells, ctx.settings.requests)));
  }
  // The unit with the most projects, and a word of one of its projects' names.
  const { rows } = await db.query<{ owner_unit_id: number; name: string }>(
    `select p.owner_unit_id, min(p.name) as name from project p
      where p.plan_id = $1 and p.owner_unit_id is not null
      group by p.owner_unit_id order by count(*) desc, p.owner_unit_id limit 1`,
    [planId],
  );
  const unit = rows[0]!;
  const word = unit.name.split(/\s+/).find((w) => w.length >= 3) ?? unit.name.slice(0, 4);
  const q = new URLSearchParams({
    plan: ctx.dataset.planCode,
    asOf: ctx.dataset.asOf,
    owner: String(unit.owner_unit_id),
    status: 'in_progress',
    q: word.slice(0, 12),
  });
  return { timelinessFrom: from, timelinessBatches, projectQuery: q.toString() };
}

export async function pagesRun(
  ctx: ScenarioContext,
  admin: Client,
  setup: PagesSetup,
  run: number,
  health: number,
) {
  const plan = encodeURIComponent(ctx.dataset.planCode);
  const n = ctx.settings.requests;
  const measure = async (id: string, path: string, limit2?: number) => {
    const d = distribution(await sequential(admin, path, n));
    ctx.rec.add(id, {
      value: d.median,
      p95: d.p95,
      limit: health,
      ...(limit2 === undefined ? {} : { limit2 }),
    });
  };
  await measure(
    'timeliness-api',
    `/api/timeliness?plan=${plan}&from=${setup.timelinessFrom}&to=${ctx.dataset.asOf}`,
    setup.timelinessBatches[run],
  );
  await measure('attention-api', `/api/plans/${plan}/attention?asOf=${ctx.dataset.asOf}`);
  await measure('projects-api-filtered', `/api/projects?${setup.projectQuery}`);
  await measure('projects-api-plan', `/api/projects?plan=${plan}&asOf=${ctx.dataset.asOf}`);
  if (run === 0) {
    const filtered = JSON.parse(
      (await admin.ok(`/api/projects?${setup.projectQuery}`)).body.toString(),
    ) as unknown[];
    const all = JSON.parse((await admin.ok(`/api/projects?plan=${plan}`)).body.toString()) as unknown[];
    ctx.rec.note('projects-api-filtered', `${filtered.length} of ${all.length} projects match`);
    ctx.rec.note('projects-api-plan', `${all.length} projects`);
  }
}
