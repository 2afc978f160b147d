/**
 * The workforce dashboard's API calls and the person search (issue 10), at the paths of the workforce
 * contract, on the generated workforce (1,000 × scale people, ≈10 history rows each, as of 2569-09-30):
 * headcount (the whole BMA and one district office), vacancies, retirements over five fiscal years, the
 * age profile, movements over five fiscal years, and the person search by a common first name and by unit
 * and title. Each beside the bare route of the same server; headcount and the name search also beside one
 * SQL query doing their work in-process (the database's floor). A route the server answers 404 is not
 * built yet: its figure is skipped and the report says so (nothing is made up). The server keeps these
 * figures per workforce data version (decision 0019): the first request of each path in the first run
 * finds nothing kept, and its time is noted beside the warm median and p95.
 */
import type { Queryable } from '../../src/server/db/database';
import { WORKFORCE_AS_OF } from '../../src/server/generate/workforce/generated-workforce';
import { FIGURES } from '../figures';
import { sequential, type Client } from '../http';
import { distribution, fmt, median } from '../stats';
import { repeat, type ScenarioContext } from './context';

export interface WorkforceSetup {
  asOf: string;
  fiscalYear: number;
  /** the district office with the most people holding a position, its most common title */
  unit: string;
  title: string;
  /** the most common first name of the people in service */
  name: string;
  headcountBatches: number[];
  searchBatches: number[];
}

const fiscalYearOf = (iso: string) => Number(iso.slice(0, 4)) + 543 + (Number(iso.slice(5, 7)) >= 10 ? 1 : 0);

/** Before the server starts: what to ask for, and the SQL floors. Null when the dataset has no workforce. */
export async function workforceSetup(ctx: ScenarioContext, db: Queryable): Promise<WorkforceSetup | null> {
  if (ctx.dataset.counts.people === 0) return null;
  const asOf = WORKFORCE_AS_OF;
  const first = async (sql: string, params: unknown[] = []) =>
    String(Object.values((await db.query<Record<string, unknown>>(sql, params)).rows[0] ?? {})[0] ?? '');
  const unit = await first(
    `select u.code from position_history h join org_unit u on u.id = h.unit_id
      where h.role = 'holds' and h.to_date is null and u.kind = 'district'
      group by u.code order by count(*) desc, u.code limit 1`,
  );
  const title = await first(
    `select h.title from position_history h join org_unit u on u.id = h.unit_id
      where h.role = 'holds' and h.to_date is null and u.code = $1
      group by h.title order by count(*) desc, h.title limit 1`,
    [unit],
  );
  const name = await first(
    `select first_name from person where exit_date is null group by 1 order by count(*) desc, 1 limit 1`,
  );
  const headcount = () =>
    db.query(
      `select h.unit_id, p.staff_type, h.position_type, h.level, count(*)::int as n
         from person p join position_history h on h.person_id = p.id
        where h.role = 'holds' and h.from_date <= $1::date and (h.to_date is null or h.to_date >= $1::date)
          and (p.exit_date is null or p.exit_date >= $1::date)
        group by 1, 2, 3, 4`,
      [asOf],
    );
  const search = () =>
    db.query(
      `select p.id, p.person_no, p.title, p.first_name, p.last_name, p.unit_id, count(*) over () as total
         from person p
        where p.first_name ilike $1 or p.last_name ilike $1 or p.person_no ilike $1
        order by p.first_name, p.last_name, p.person_no limit 50`,
      [`%${name}%`],
    );
  const headcountBatches: number[] = [];
  const searchBatches: number[] = [];
  for (let run = 0; run < ctx.settings.runs; run++) {
    headcountBatches.push(median(await repeat(headcount, ctx.settings.requests)));
    searchBatches.push(median(await repeat(search, ctx.settings.requests)));
  }
  return { asOf, fiscalYear: fiscalYearOf(asOf), unit, title, name, headcountBatches, searchBatches };
}

/** The figures' paths for this dataset, by figure id. */
export function workforcePaths(s: WorkforceSetup): Record<string, string> {
  const q = (params: Record<string, string | number>) =>
    new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();
  const fy = s.fiscalYear;
  return {
    'wf-headcount-api': `/api/workforce/headcount?${q({ asOf: s.asOf })}`,
    'wf-vacancies-api': `/api/workforce/vacancies?${q({ asOf: s.asOf })}`,
    'wf-retirements-api': `/api/workforce/retirements?${q({ fromFiscalYear: fy, years: 5 })}`,
    'wf-age-profile-api': `/api/workforce/age-profile?${q({ asOf: s.asOf })}`,
    'wf-movements-api': `/api/workforce/movements?${q({ fromFiscalYear: fy - 4, toFiscalYear: fy })}`,
    'wf-headcount-unit-api': `/api/workforce/headcount?${q({ asOf: s.asOf, unit: s.unit })}`,
    'wf-people-search': `/api/workforce/people?${q({ q: s.name, page: 1, pageSize: 50 })}`,
    'wf-people-unit': `/api/workforce/people?${q({ unit: s.unit, title: s.title, page: 1, pageSize: 50 })}`,
  };
}

export async function workforceRun(
  ctx: ScenarioContext,
  admin: Client,
  setup: WorkforceSetup | null,
  run: number,
  health: number,
) {
  const ids = FIGURES.filter((f) => f.id.startsWith('wf-')).map((f) => f.id);
  if (setup === null) {
    for (const id of ids) ctx.rec.skip(id, 'the dataset has no workforce');
    return;
  }
  const paths = workforcePaths(setup);
  const floors: Record<string, number | undefined> = {
    'wf-headcount-api': setup.headcountBatches[run],
    'wf-people-search': setup.searchBatches[run],
  };
  for (const id of ids) {
    const path = paths[id]!;
    const started = performance.now();
    const probe = await admin.get(path);
    const first = performance.now() - started;
    if (probe.status === 404) {
      const route = FIGURES.find((f) => f.id === id)!.route;
      ctx.rec.skip(
        id,
        `the server answers 404 at \`GET ${route}\`: the route is not built on this branch yet`,
      );
      continue;
    }
    if (probe.status !== 200)
      throw new Error(`GET ${path}: ${probe.status} ${probe.body.toString('utf8').slice(0, 300)}`);
    const d = distribution(await sequential(admin, path, ctx.settings.requests));
    const limit2 = floors[id];
    ctx.rec.add(id, {
      value: d.median,
      p95: d.p95,
      limit: health,
      ...(limit2 === undefined ? {} : { limit2 }),
    });
    if (run === 0) {
      const cold = `first request (nothing kept yet) ${fmt(first)} ms`;
      const body = JSON.parse(probe.body.toString('utf8')) as { total?: number };
      ctx.rec.note(
        id,
        id === 'wf-people-search' ? `"${setup.name}": ${body.total ?? '?'} people match; ${cold}` : cold,
      );
    }
  }
}
