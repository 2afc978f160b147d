/**
 * The development module's reads (issue 11, item 8) on the generated development year: the 10-day
 * compliance of every agency for the dataset's last fiscal year (all people in service: 100,000 at scale
 * 100, ≈400,000 records that year) and the consolidated plan (the summary of every agency's projects). Each
 * beside the bare route and one SQL query doing the core of its work in-process (the database's floor).
 * The dashboard's other development reads (the digital coverage of every agency, one person's days and
 * 70:20:10 mix) are timed in the first run and noted beside the compliance figure. The compliance, the plan
 * and the digital coverage are kept per data version (decision 0027): each path's first request of the first
 * run (nothing kept yet, the SQL of decision 0022) is noted beside the warm median and p95.
 */
import type { Queryable } from '../../src/server/db/database';
import { sequential, type Client } from '../http';
import { distribution, fmt, median } from '../stats';
import { repeat, type ScenarioContext } from './context';

export interface DevelopmentSetup {
  fiscalYear: number;
  daysBatches: number[];
  summaryBatches: number[];
  /** a person with counted records that year (the per-person days page) */
  personNo: string | null;
}

export async function developmentSetup(
  ctx: ScenarioContext,
  db: Queryable,
): Promise<DevelopmentSetup | null> {
  const years = ctx.dataset.development.fiscalYears;
  if (years.length === 0 || ctx.dataset.development.records === 0) return null;
  const fiscalYear = years[years.length - 1]!;
  const days = () =>
    db.query(
      `select unit_id, count(*)::int as staff, count(*) filter (where days >= 10)::int as reached
         from (select person_id, unit_id, sum(days) as days from development_record
                where fiscal_year = $1 and state = 'approved' group by 1, 2) d
        group by unit_id`,
      [fiscalYear],
    );
  const summary = () =>
    db.query(
      `select p.hrd_strategy_id, p.unit_id, count(*)::int, sum(p.participants)::int, sum(p.budget)
         from development_project p where p.fiscal_year = $1 group by rollup (1, 2)`,
      [fiscalYear],
    );
  const daysBatches: number[] = [];
  const summaryBatches: number[] = [];
  for (let run = 0; run < ctx.settings.runs; run++) {
    daysBatches.push(median(await repeat(days, ctx.settings.requests)));
    summaryBatches.push(median(await repeat(summary, ctx.settings.requests)));
  }
  const { rows } = await db.query<{ person_no: string }>(
    `select p.person_no from person p
      where exists (select 1 from development_record r
                     where r.person_id = p.id and r.fiscal_year = $1 and r.state = 'approved')
      order by p.person_no limit 1`,
    [fiscalYear],
  );
  return { fiscalYear, daysBatches, summaryBatches, personNo: rows[0]?.person_no ?? null };
}

export async function developmentRun(
  ctx: ScenarioContext,
  admin: Client,
  setup: DevelopmentSetup | null,
  run: number,
  health: number,
) {
  if (setup === null) {
    for (const id of ['dev-days-api', 'dev-summary-api'])
      ctx.rec.skip(id, 'the dataset has no development records');
    return;
  }
  const fy = setup.fiscalYear;
  const figures: [string, string, number][] = [
    ['dev-days-api', `/api/development/units/days?fiscalYear=${fy}`, setup.daysBatches[run]!],
    ['dev-summary-api', `/api/development/summary?fiscalYear=${fy}`, setup.summaryBatches[run]!],
  ];
  const cold: Record<string, string> = {};
  for (const [id, path, limit2] of figures) {
    const started = performance.now();
    await admin.ok(path);
    cold[id] = `first request (nothing kept yet) ${fmt(performance.now() - started)} ms`;
    const d = distribution(await sequential(admin, path, ctx.settings.requests));
    ctx.rec.add(id, { value: d.median, p95: d.p95, limit: health, limit2 });
  }
  if (run === 0) {
    ctx.rec.note('dev-summary-api', cold['dev-summary-api']!);
    const body = JSON.parse((await admin.ok(figures[0]![1])).body.toString('utf8')) as {
      units?: { staff: number; reached: number }[];
    };
    const staff = body.units?.reduce((a, u) => a + u.staff, 0) ?? 0;
    const reached = body.units?.reduce((a, u) => a + u.reached, 0) ?? 0;
    const notes = [
      `fiscal year ${fy}: ${staff} people in service, ${reached} reached 10 days`,
      cold['dev-days-api']!,
    ];
    const others: [string, string][] = [
      [`digital coverage of every agency`, `/api/development/digital?fiscalYear=${fy}`],
    ];
    if (setup.personNo !== null)
      others.push([
        `one person's days and mix`,
        `/api/development/people/${setup.personNo}/days?fiscalYear=${fy}`,
      ]);
    for (const [what, path] of others) {
      const started = performance.now();
      await admin.ok(path);
      const first = performance.now() - started;
      const d = distribution(await sequential(admin, path, ctx.settings.requests));
      notes.push(`${what}: first ${fmt(first)} ms, p50 ${fmt(d.median)} ms, p95 ${fmt(d.p95)} ms`);
    }
    ctx.rec.note('dev-days-api', notes.join('; '));
  }
}
