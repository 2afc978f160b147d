/**
 * Career paths (issue 12, item 8) on the generated workforce (100,000 people, ≈1,000,000 history rows at
 * scale 100). Before the server starts, in-process: the two criteria sets of seed 002 (district director,
 * assistant district director) approved as two paths in force, and one staff account linked to the person in
 * service with the longest history (the self-check's worst case). Figures: eligibility of every person in
 * service under each approved path (the route once per path, in turn: the whole pass), succession (every
 * path in one request) and the staff self-check, each beside the SQL reads the engine needs (the people in
 * service and all their history rows; for the self-check, one person's), in-process on the same data.
 */
import { ASSISTANT_DIRECTOR_CRITERIA, DISTRICT_DIRECTOR_CRITERIA } from '../../src/domain/careers';
import { ASSISTANT_DISTRICT_DIRECTOR, DISTRICT_DIRECTOR } from '../../src/domain/workforce/index';
import type { Database, Queryable } from '../../src/server/db/database';
import { WORKFORCE_AS_OF } from '../../src/server/generate/workforce/generated-workforce';
import { candidateRows } from '../../src/server/repositories/careers/candidates';
import { approvePathDraft, createPath } from '../../src/server/use-cases/careers/edit-path';
import { Client, login, sequential } from '../http';
import { distribution, median } from '../stats';
import { repeat, type ScenarioContext } from './context';

export interface CareersSetup {
  pathIds: number[];
  staff: string;
  personId: number;
  /** per run: the engine's SQL reads once (all people), and one person's history (p50, ms) */
  readBatches: number[];
  personBatches: number[];
}

const HISTORY = `select h.id, h.person_id, h.from_date, h.to_date, h.role, h.title, h.position_type, h.level,
       u.id as unit_id, u.kind as unit_kind, h.section, h.section_head, h.position_id
  from position_history h join org_unit u on u.id = coalesce(h.work_unit_id, h.unit_id)
 where h.person_id = any($1::int[]) and h.from_date <= $2 order by h.person_id, h.from_date, h.id`;

export async function careersSetup(ctx: ScenarioContext, db: Database): Promise<CareersSetup | null> {
  if (ctx.dataset.counts.people === 0) return null;
  const asOf = WORKFORCE_AS_OF;
  const { rows: admins } = await db.query<{ id: number }>('select id from app_user where username = $1', [
    ctx.dataset.admin,
  ]);
  const actor = { userId: admins[0]!.id, label: ctx.dataset.admin, role: 'admin' as const, unitId: null };
  const pathIds: number[] = [];
  const defs = [
    { code: 'DD', title: DISTRICT_DIRECTOR, criteria: DISTRICT_DIRECTOR_CRITERIA },
    { code: 'ADD', title: ASSISTANT_DISTRICT_DIRECTOR, criteria: ASSISTANT_DIRECTOR_CRITERIA },
  ];
  for (const d of defs) {
    const path = await createPath(db, actor, {
      code: `BENCH-${d.code}-S${ctx.scale}`,
      name: `เกณฑ์${d.title} (benchmark)`,
      targetTitle: d.title,
      origin: null,
      criteria: d.criteria,
      stages: [],
    });
    const draft = path.versions.find((v) => v.status === 'draft')!;
    await approvePathDraft(db, actor, path.id, { effectiveFrom: '2019-10-01', version: draft.version });
    pathIds.push(path.id);
  }
  const { rows: people } = await db.query<{ id: number }>(
    `select p.id from person p join position_history h on h.person_id = p.id
      where p.exit_date is null group by p.id order by count(*) desc, p.id limit 1`,
  );
  const personId = people[0]!.id;
  const staff = `bench.staff.s${ctx.scale}`;
  await db.query(
    `insert into app_user (username, display_name, role, password_hash, person_id)
     select $1, 'Benchmark staff', 'staff', password_hash, $2 from app_user where username = $3`,
    [staff, personId, ctx.dataset.admin],
  );
  const reads = async (q: Queryable) => {
    const { rows: candidates } = await candidateRows(q, asOf, { unitId: null });
    await q.query(HISTORY, [candidates.map((c) => c.id), asOf]);
  };
  const readBatches: number[] = [];
  const personBatches: number[] = [];
  for (let run = 0; run < ctx.settings.runs; run++) {
    readBatches.push(median(await repeat(() => reads(db), ctx.settings.slowRequests)));
    personBatches.push(
      median(await repeat(() => db.query(HISTORY, [[personId], asOf]), ctx.settings.requests)),
    );
  }
  return { pathIds, staff, personId, readBatches, personBatches };
}

export async function careersRun(
  ctx: ScenarioContext,
  serverUrl: string,
  admin: Client,
  setup: CareersSetup | null,
  run: number,
  health: number,
) {
  if (setup === null) {
    for (const id of ['careers-eligibility', 'careers-succession', 'careers-self-check'])
      ctx.rec.skip(id, 'the dataset has no workforce');
    return;
  }
  const asOf = WORKFORCE_AS_OF;
  const reads = setup.readBatches[run]!;
  const pass = async () => {
    const started = performance.now();
    for (const id of setup.pathIds) await admin.ok(`/api/careers/paths/${id}/eligibility?asOf=${asOf}`);
    return performance.now() - started;
  };
  await pass(); // warm-up
  const passes: number[] = [];
  for (let i = 0; i < ctx.settings.slowRequests; i++) passes.push(await pass());
  const p = distribution(passes);
  ctx.rec.add('careers-eligibility', { value: p.median, p95: p.p95, limit: reads * setup.pathIds.length });
  const succession = distribution(
    await sequential(admin, `/api/careers/succession?asOf=${asOf}`, ctx.settings.slowRequests),
  );
  ctx.rec.add('careers-succession', { value: succession.median, p95: succession.p95, limit: reads });
  const staff = new Client(serverUrl, await login(serverUrl, setup.staff, ctx.dataset.password));
  try {
    const d = distribution(
      await sequential(staff, `/api/careers/self-check?asOf=${asOf}`, ctx.settings.requests),
    );
    ctx.rec.add('careers-self-check', {
      value: d.median,
      p95: d.p95,
      limit: health,
      limit2: setup.personBatches[run]!,
    });
  } finally {
    staff.close();
  }
  if (run === 0) {
    const body = JSON.parse(
      (await admin.ok(`/api/careers/paths/${setup.pathIds[0]}/eligibility?asOf=${asOf}`)).body.toString(
        'utf8',
      ),
    ) as {
      counts?: { candidates: number; eligible: number; within: number };
    };
    const c = body.counts;
    ctx.rec.note(
      'careers-eligibility',
      `${setup.pathIds.length} approved paths${c ? `; district director: ${c.candidates} people in service, ${c.eligible} eligible, ${c.within} within a year` : ''}`,
    );
  }
}
