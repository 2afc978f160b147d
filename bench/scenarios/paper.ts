/**
 * The committee paper (DOCX and XLSX) as of the dataset's month. Its floor is the paper's content built
 * in-process on the same database (buildPaperContent: the summary, problems, register, flags, key
 * results), so the ratio is what rendering and HTTP add. The locked months' automatic snapshots are
 * published once before (timed, noted): otherwise the first paper request of the run would pay for them.
 */
import type { Database } from '../../src/server/db/database';
import { buildPaperContent } from '../../src/server/papers/monitoring/build-content';
import { ensureAutoSnapshots } from '../../src/server/use-cases/monitoring/publish-snapshot';
import type { Client } from '../http';
import { fmt, median } from '../stats';
import { repeat, timed, type ScenarioContext } from './context';

export async function paperSetup(ctx: ScenarioContext, db: Database) {
  const before = await db.query<{ n: number }>('select count(*)::int as n from summary_snapshot');
  const auto = await timed(() => ensureAutoSnapshots(db, ctx.dataset.planCode));
  const after = await db.query<{ n: number }>('select count(*)::int as n from summary_snapshot');
  const published = after.rows[0]!.n - before.rows[0]!.n;
  ctx.log(`  published ${published} automatic snapshots of locked months in ${fmt(auto.ms)} ms`);
  const note = `before the run, publishing the ${published} locked months' automatic snapshots (what the first paper request of a plan does) took ${fmt(auto.ms)} ms`;
  const build = () => buildPaperContent(db, { planCode: ctx.dataset.planCode, asOf: ctx.dataset.asOf });
  const batches: number[] = [];
  for (let run = 0; run < ctx.settings.runs; run++) {
    batches.push(median(await repeat(build, ctx.settings.slowRequests)));
  }
  return { batches, note };
}

export async function paperRun(ctx: ScenarioContext, admin: Client, floor: number, note: string) {
  const plan = encodeURIComponent(ctx.dataset.planCode);
  for (const format of ['docx', 'xlsx'] as const) {
    const path = `/api/plans/${plan}/paper.${format}?asOf=${ctx.dataset.asOf}`;
    await admin.ok(path); // warm-up: the renderer's modules load on first use
    const times: number[] = [];
    for (let i = 0; i < ctx.settings.slowRequests; i++) times.push((await admin.ok(path)).ms);
    ctx.rec.add(`paper-${format}`, { value: median(times), p95: Math.max(...times), limit: floor });
    ctx.rec.note(`paper-${format}`, note);
  }
}
