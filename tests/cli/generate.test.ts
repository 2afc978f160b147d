/**
 * `bin/tidtam generate` (src/server/generate): deterministic from the seed, counts equal to the rows,
 * reports only in opened months of existing projects, a summary that adds up, --no-reports, refusals.
 * Runs on PGlite, and on PostgreSQL with TIDTAM_TEST_DB=postgres. Every expected number is worked out
 * here from the brief's sizes or from SQL over the generated rows, never copied from the command's output.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProjectStatus } from '../../src/domain/monitoring';
import { checkStatusPercent } from '../../src/domain/monitoring/status-percent';
import type { Database } from '../../src/server/db/database';
import { openPglite } from '../../src/server/db/pglite';
import { openPostgres } from '../../src/server/db/postgres';
import { retirementFiscalYear } from '../../src/domain/workforce';
import type { GeneratedDataset } from '../../src/server/generate/generate-dataset';
import { unitList } from '../../src/server/generate/organisation';
import { sizesForScale } from '../../src/server/generate/sizes';
import {
  datasetRandom,
  PEOPLE_PER_SCALE,
  workforceOf,
} from '../../src/server/generate/workforce/generated-workforce';
import {
  AGENCY_DEPUTY,
  DISTRICT_SECTIONS,
  SUPPORT_SECTIONS,
} from '../../src/server/generate/workforce/words';
import { testDbKind } from '../helpers/test-db';
import { cliWorkspace, show, tidtam, type Target } from '../helpers/cli';

const TIMEOUT = 240_000; // several spawns per test on a loaded 2-core machine
const { freshTarget } = cliWorkspace('generate');
const fresh = () => freshTarget({ fromTemplate: true });

async function withDb<T>(target: Target, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = target.env.DATABASE_URL
    ? await openPostgres(target.env.DATABASE_URL)
    : await openPglite(join(target.args[1]!, 'pgdata'));
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function generate(target: Target, ...args: string[]): Promise<GeneratedDataset> {
  const run = await tidtam(['generate', ...args, '--json'], target);
  expect(run.code, show(run)).toBe(0);
  return JSON.parse(run.stdout) as GeneratedDataset;
}

const one = async (db: Database, sql: string, params: unknown[] = []) =>
  Number(Object.values((await db.query(sql, params)).rows[0] ?? {})[0]);

const keyOf = (period: string) => Number(period.replace('-', ''));
const fiscalYearOf = (period: string) => {
  const [y, m] = period.split('-').map(Number);
  return m! >= 10 ? y! + 1 : y!;
};

/**
 * Every row the generator writes, as JSON, sorted, without what comes from the clock: created_at and
 * updated_at filled by now(), org_unit_name.valid_from, audit_event.at, the open month's deadline (a month
 * from today) and password hashes (argon2 salts each hash at random).
 */
const DIGESTED: Record<string, string[]> = {
  org_unit: ['created_at', 'closed_at'],
  org_unit_name: ['valid_from'],
  app_user: ['created_at', 'password_hash'],
  plan: ['created_at', 'updated_at'],
  strategic_target: [],
  strategy: [],
  project: ['created_at', 'updated_at'],
  project_dependency: [],
  project_extra_target: [],
  reporting_month: [],
  reporting_exception: [],
  monthly_report: [],
  problem: [],
  key_result: ['created_at', 'updated_at'],
  key_result_actual: [],
  project_key_result: [],
  project_year_plan: ['created_at', 'updated_at'],
  project_milestone: [],
  person: ['created_at', 'updated_at'],
  position: ['created_at', 'updated_at'],
  position_history: ['created_at'],
  hrd_plan: ['created_at'],
  hrd_strategy: [],
  development_year: ['created_at', 'updated_at'],
  development_project: ['created_at', 'updated_at'],
  development_record: ['created_at'],
  audit_event: ['at'],
};

async function digest(db: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [table, excluded] of Object.entries(DIGESTED)) {
    const row =
      table === 'reporting_month'
        ? `case when t.lock_after_days is null then to_jsonb(t) - 'deadline' else to_jsonb(t) end`
        : `to_jsonb(t) - $1::text[]`;
    const { rows } = await db.query<{ row: string }>(
      `select (${row})::text as row from ${table} t`,
      table === 'reporting_month' ? [] : [excluded],
    );
    const lines = rows.map((r) => r.row).sort();
    out[table] = `${lines.length}:${createHash('sha256').update(lines.join('\n')).digest('hex')}`;
  }
  return out;
}

async function tableCounts(db: Database, planCode: string) {
  const plan = [planCode];
  return {
    targets: await one(
      db,
      'select count(*) from strategic_target t join plan on plan.id = t.plan_id where plan.code = $1',
      plan,
    ),
    strategies: await one(
      db,
      'select count(*) from strategy s join strategic_target t on t.id = s.target_id join plan on plan.id = t.plan_id where plan.code = $1',
      plan,
    ),
    projects: await one(
      db,
      'select count(*) from project p join plan on plan.id = p.plan_id where plan.code = $1',
      plan,
    ),
    units: await one(db, 'select count(*) from org_unit'),
    users: await one(db, 'select count(*) from app_user'),
    months: await one(db, 'select count(*) from reporting_month'),
    reports: await one(db, 'select count(*) from monthly_report where superseded_at is null'),
    problems: await one(db, 'select count(*) from problem'),
    keyResults: await one(db, 'select count(*) from key_result'),
    people: await one(db, 'select count(*) from person'),
    positions: await one(db, 'select count(*) from position'),
    positionHistory: await one(db, 'select count(*) from position_history'),
  };
}

/** Users per role as the brief's rule makes them: 1 % admins, 2.5 % viewers, a quarter of the rest approvers. */
function expectedRoles(users: number, units: number) {
  const admin = Math.max(1, Math.round(users / 100));
  const viewer = Math.max(1, Math.round(users / 40));
  const agency = users - admin - viewer;
  const approver = Math.max(units, Math.round(agency / 4));
  return { admin, approver, focal_point: agency - approver, viewer };
}

async function rolesOf(db: Database) {
  const { rows } = await db.query<{ role: string; n: number }>(
    'select role, count(*)::int as n from app_user group by role order by role',
  );
  return Object.fromEntries(rows.map((r) => [r.role, r.n]));
}

describe('bin/tidtam generate', () => {
  it(
    'scale 1: the same seed gives the same rows, another seed others; the counts are the rows',
    async () => {
      const [a, b, c] = [await fresh(), await fresh(), await fresh()];
      const first = await generate(a, '--scale', '1', '--seed', '7');
      const again = await generate(b, '--scale', '1', '--seed', '7');
      const other = await generate(c, '--scale', '1', '--seed', '8');
      expect(again).toEqual(first);

      const digestA = await withDb(a, digest);
      const digestB = await withDb(b, digest);
      const digestC = await withDb(c, digest);
      expect(digestB).toEqual(digestA);
      for (const table of [
        'project',
        'monthly_report',
        'problem',
        'key_result_actual',
        'project_milestone',
        'person',
        'position_history',
        'development_project',
        'development_record',
      ])
        expect(digestC[table], table).not.toBe(digestA[table]);
      expect(digestA.monthly_report).not.toMatch(/^0:/);

      // What the dataset says about itself, worked out from the brief and the timeline rule
      expect(first).toMatchObject({
        scale: 1,
        seed: 7,
        planCode: 'GEN-S1',
        fiscalYears: [2566],
        asOf: '2566-05',
        openMonth: '2566-06',
        password: 'tidtam-bench',
      });
      expect(other.seed).toBe(8);
      await withDb(a, async (db) => {
        const counted = await tableCounts(db, 'GEN-S1');
        expect(first.counts).toEqual(counted);
        // the development year: fiscal year 2566 opened, 2–6 projects for each of the 8 agencies, and
        // 0–10 records for every person in service for the whole year (≈5 each), each with the unit the
        // person worked in on its first day; modes in the 70:20:10 proportion by count
        expect(first.development).toEqual({
          fiscalYears: [2566],
          projects: await one(db, 'select count(*) from development_project'),
          records: await one(db, 'select count(*) from development_record'),
        });
        expect(await one(db, 'select count(*) from development_year')).toBe(1);
        expect(first.development.projects).toBeGreaterThanOrEqual(2 * 8);
        expect(first.development.projects).toBeLessThanOrEqual(6 * 8);
        const inService = await one(
          db,
          `select count(*) from person where (entry_date is null or entry_date <= '2022-10-01')
             and (exit_date is null or exit_date > '2023-10-01')`,
        );
        expect(first.development.records).toBeGreaterThan(inService * 4);
        expect(first.development.records).toBeLessThan(inService * 6);
        expect(
          await one(
            db,
            `select count(*) from development_record where unit_id is null or fiscal_year <> 2566`,
          ),
        ).toBe(0);
        const modes = await db.query<{ mode: string; n: number }>(
          'select mode, count(*)::int as n from development_record group by mode',
        );
        const share = (m: string) => modes.rows.find((r) => r.mode === m)!.n / first.development.records;
        expect(share('experiential')).toBeGreaterThan(0.65);
        expect(share('experiential')).toBeLessThan(0.75);
        expect(share('formal')).toBeGreaterThan(0.07);
        expect(share('formal')).toBeLessThan(0.13);
        // scale 1 ≈ the demo: 5 targets, 15 strategies, 56 projects, 8 units, 20 users, 8 months + the open one
        expect(counted).toMatchObject({
          targets: 5,
          strategies: 15,
          projects: 56,
          units: 8,
          users: 20,
          months: 9,
        });
        expect(counted.keyResults).toBe(5 * 1 * 2); // two per target and reporting year (2566)
        expect(counted.reports).toBeGreaterThan(300);
        expect(counted.reports).toBeLessThan(56 * 8 + 40);
        expect(await rolesOf(db)).toEqual(expectedRoles(20, 8));
        // a five-year plan, 2566–2570, like the demo's
        expect(await one(db, `select start_year * 10000 + end_year from plan where code = 'GEN-S1'`)).toBe(
          25662570,
        );

        // The admin and the focal points are who the dataset says
        expect(
          await one(db, `select count(*) from app_user where username = $1 and role = 'admin' and active`, [
            first.admin,
          ]),
        ).toBe(1);
        const { rows: owners } = await db.query<{ code: string }>(
          `select distinct u.code from project p join org_unit u on u.id = p.owner_unit_id
             join plan on plan.id = p.plan_id where plan.code = 'GEN-S1'`,
        );
        const focalUnits = new Set(first.focalPoints.map((f) => f.unitCode));
        for (const o of owners) expect(focalUnits.has(o.code), o.code).toBe(true);
        for (const f of first.focalPoints) {
          expect(
            await one(
              db,
              `select count(*) from app_user a join org_unit u on u.id = a.unit_id
                where a.username = $1 and a.role = 'focal_point' and u.code = $2`,
              [f.username, f.unitCode],
            ),
          ).toBe(1);
        }
        expect(await one(db, 'select count(*) from project where owner_unit_id is null')).toBeGreaterThan(0);
      });
    },
    TIMEOUT,
  );

  it(
    "scale 1: reports lie in opened months of the plan's projects, versions and states hang together, the summary adds up",
    async () => {
      const target = await fresh();
      const dataset = await generate(target, '--scale', '1');
      const asOf = keyOf(dataset.asOf);
      const open = keyOf(dataset.openMonth);
      await withDb(target, async (db) => {
        // every report: an opened month, a project of the plan running in that fiscal year, not before it starts
        expect(
          await one(
            db,
            'select count(*) from monthly_report m where not exists (select 1 from reporting_month r where r.period = m.period)',
          ),
        ).toBe(0);
        expect(
          await one(
            db,
            `select count(*) from monthly_report m join project p on p.id = m.project_id join plan on plan.id = p.plan_id
              where plan.code = 'GEN-S1'
                and (case when m.period % 100 >= 10 then m.period / 100 + 1 else m.period / 100 end) between p.fiscal_year_from and p.fiscal_year_to
                and (p.start_date is null or m.period >= (extract(year from p.start_date)::int + 543) * 100 + extract(month from p.start_date)::int)
                and p.owner_unit_id is not null`,
          ),
        ).toBe(await one(db, 'select count(*) from monthly_report'));
        // the last month with reports is asOf; the open month has none, a deadline after today, and never locks
        expect(await one(db, 'select max(period) from monthly_report')).toBe(asOf);
        expect(await one(db, 'select count(*) from monthly_report where period >= $1', [open])).toBe(0);
        expect(
          await one(
            db,
            `select count(*) from reporting_month where period = $1 and lock_after_days is null
                and deadline > (now() at time zone 'Asia/Bangkok')::date`,
            [open],
          ),
        ).toBe(1);
        expect(
          await one(
            db,
            `select count(*) from reporting_month where period < $1 and lock_after_days = 10 and deadline < now()`,
            [open],
          ),
        ).toBe(8);
        // one current version per project and month; each superseded one points at it
        expect(
          await one(
            db,
            'select count(*) from (select 1 from monthly_report where superseded_at is null group by project_id, period having count(*) > 1) x',
          ),
        ).toBe(0);
        expect(
          await one(
            db,
            `select count(*) from monthly_report old left join monthly_report cur on cur.id = old.superseded_by
              where old.superseded_at is not null
                and (cur.id is null or cur.superseded_at is not null or cur.project_id <> old.project_id or cur.period <> old.period
                     or old.submitted_at >= cur.submitted_at)`,
          ),
        ).toBe(0);
        // states and their stamps agree: sent up ⇔ submitted_at; approved and accepted ⇔ their dates
        expect(
          await one(
            db,
            `select count(*) from monthly_report where
               (state = 'draft') <> (submitted_at is null)
               or (state in ('approved', 'accepted') and approved_at is null)
               or (state = 'accepted') <> (accepted_at is not null)
               or (state = 'returned') <> (returned_at is not null and review_comment is not null)
               or reported_by_label is null or reported_by is null`,
          ),
        ).toBe(0);
        // status and percent never contradict each other, in any version (decision 0009)
        const { rows: reported } = await db.query<{ status: ProjectStatus; percent: string | null }>(
          'select status, percent from monthly_report',
        );
        const contradictions = reported.filter(
          (r) =>
            checkStatusPercent(r.status, r.percent === null ? null : Number(r.percent))?.level === 'refused',
        );
        expect(contradictions).toEqual([]);
        const { rows: states } = await db.query<{ state: string }>(
          'select distinct state from monthly_report where superseded_at is null order by state',
        );
        expect(states.map((s) => s.state)).toEqual([
          'accepted',
          'approved',
          'draft',
          'returned',
          'submitted',
        ]);
        // accepted dominates the older months
        const older = await one(
          db,
          'select count(*) from monthly_report where superseded_at is null and period < $1',
          [asOf - 1],
        );
        const olderAccepted = await one(
          db,
          `select count(*) from monthly_report where superseded_at is null and period < $1 and state = 'accepted'`,
          [asOf - 1],
        );
        expect(olderAccepted / older).toBeGreaterThan(0.85);
        // on time and late first submissions against the deadlines (Bangkok calendar)
        const { rows: timing } = await db.query<{ late: boolean; n: number }>(
          `select (f.first at time zone 'Asia/Bangkok')::date > r.deadline as late, count(*)::int as n
             from (select project_id, period, min(submitted_at) as first from monthly_report
                    where submitted_at is not null group by project_id, period) f
             join reporting_month r on r.period = f.period group by 1`,
        );
        const lateCount = timing.find((t) => t.late)?.n ?? 0;
        const onTimeCount = timing.find((t) => !t.late)?.n ?? 0;
        expect(lateCount).toBeGreaterThan(0);
        expect(onTimeCount).toBeGreaterThan(lateCount * 2);
        // a problems-register entry for each current report with problems text, and nothing else
        expect(await one(db, 'select count(*) from problem')).toBe(
          await one(
            db,
            `select count(*) from monthly_report where superseded_at is null and state <> 'draft' and btrim(coalesce(problems, '')) <> ''`,
          ),
        );
        // the audit trail holds one 'submit' row per report version
        expect(
          await one(
            db,
            `select count(*) from audit_event where entity = 'monthly_report' and action = 'submit'`,
          ),
        ).toBe(await one(db, 'select count(*) from monthly_report'));
      });

      // The summary command, checked against the same rule in SQL (formats.md "Summary semantics")
      const run = await tidtam(['summary', '--plan', 'GEN-S1', '--as-of', dataset.asOf, '--json'], target);
      expect(run.code, show(run)).toBe(0);
      const summary = JSON.parse(run.stdout) as {
        fiscalYear: number;
        overall: Record<string, number>;
        targets: Array<{ no: string } & Record<string, number>>;
      };
      const fy = fiscalYearOf(dataset.asOf);
      expect(summary.fiscalYear).toBe(fy);
      const { rows } = await withDb(target, (db) =>
        db.query<{ no: string; status: string; n: number }>(
          `select t.no, coalesce(r.status, 'none') as status, count(*)::int as n
             from project p join plan on plan.id = p.plan_id
             join strategy s on s.id = p.strategy_id join strategic_target t on t.id = s.target_id
             left join lateral (select m.status from monthly_report m
                                 where m.project_id = p.id and m.superseded_at is null and m.period <= $2
                                   and m.state in ('submitted', 'approved', 'accepted')
                                 order by m.period desc limit 1) r on true
            where plan.code = $1 and $3 between p.fiscal_year_from and p.fiscal_year_to
            group by 1, 2`,
          ['GEN-S1', asOf, fy],
        ),
      );
      const tally = (no: string | null) => {
        const of = (status: string) =>
          rows
            .filter((r) => (no === null || r.no === no) && r.status === status)
            .reduce((sum, r) => sum + r.n, 0);
        return {
          completed: of('completed'),
          inProgress: of('in_progress'),
          notStarted: of('not_started') + of('none'),
          cancelled: of('cancelled'),
          unreported: of('none'),
        };
      };
      const all = tally(null);
      expect(summary.overall).toMatchObject({
        ...all,
        total: all.completed + all.inProgress + all.notStarted,
      });
      for (const t of summary.targets) {
        const mine = tally(t.no);
        expect(t).toMatchObject({ ...mine, total: mine.completed + mine.inProgress + mine.notStarted });
      }
      // at scale 1 every project runs in fiscal year 2566, so the summary accounts for all 56
      expect(summary.overall.total! + summary.overall.cancelled!).toBe(56);
      expect(summary.targets.reduce((sum, t) => sum + t.total! + t.cancelled!, 0)).toBe(56);
      expect(summary.overall.completed).toBeGreaterThan(0);
      expect(summary.overall.inProgress).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    '--no-reports: everything but the reports and what hangs on them; a second run is refused',
    async () => {
      const target = await fresh();
      const dataset = await generate(target, '--scale', '1', '--no-reports');
      expect(dataset.counts).toMatchObject({
        projects: 56,
        units: 8,
        users: 20,
        months: 9,
        reports: 0,
        problems: 0,
      });
      await withDb(target, async (db) => {
        expect(dataset.counts).toEqual(await tableCounts(db, 'GEN-S1'));
        expect(await one(db, 'select count(*) from monthly_report')).toBe(0);
        expect(await one(db, 'select count(*) from problem')).toBe(0);
        expect(
          await one(db, `select count(*) from audit_event where entity in ('monthly_report', 'problem')`),
        ).toBe(0);
        expect(await one(db, 'select count(*) from project_year_plan')).toBeGreaterThanOrEqual(56);
      });
      const again = await tidtam(['generate', '--scale', '1'], target);
      expect(again.code, show(again)).toBe(1);
      expect(again.stderr).toContain('GEN-S1');
      expect(again.stderr).toMatch(/exists already.* \/ มีแผน GEN-S1/);
      await withDb(target, async (db) => expect(await tableCounts(db, 'GEN-S1')).toEqual(dataset.counts));
    },
    TIMEOUT,
  );

  it(
    'a bad --scale or --seed: exit 1 with a message in both languages, nothing written',
    async () => {
      const target = await fresh();
      for (const args of [['--scale', '0'], ['--scale', '101'], ['--scale', 'big'], ['--scale', '2.5'], []]) {
        const run = await tidtam(['generate', ...args], target);
        expect(run.code, show(run)).toBe(1);
        expect(run.stderr).toContain('--scale must be a whole number from 1 to 100');
        expect(run.stderr).toContain('ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 100');
      }
      for (const seed of ['-1', 'x', '1e3']) {
        const run = await tidtam(['generate', '--scale', '1', `--seed=${seed}`], target);
        expect(run.code, show(run)).toBe(1);
        expect(run.stderr).toContain('--seed must be a whole number');
        expect(run.stderr).toContain('--seed ต้องเป็นจำนวนเต็ม');
      }
      const extra = await tidtam(['generate', 'now', '--scale', '1'], target);
      expect(extra.code, show(extra)).toBe(2);
      await withDb(target, async (db) => {
        expect(
          await one(
            db,
            'select (select count(*) from plan) + (select count(*) from app_user) + (select count(*) from org_unit)',
          ),
        ).toBe(0);
      });
    },
    TIMEOUT,
  );

  it.runIf(testDbKind === 'pglite')(
    'refuses while a server holds the PGlite directory (like demo), writing nothing',
    async () => {
      const target = await fresh();
      const dir = target.args[1]!;
      await writeFile(
        join(dir, 'tidtam.lock'),
        JSON.stringify({
          pid: process.pid,
          kind: 'server',
          port: 9,
          token: 'x',
          startedAt: new Date().toISOString(),
        }),
      );
      const run = await tidtam(['generate', '--scale', '1'], target);
      expect(run.code, show(run)).toBe(2);
      expect(run.stderr).toContain('stop the server first');
      await writeFile(join(dir, 'tidtam.lock'), '');
      await withDb(target, async (db) => expect(await one(db, 'select count(*) from plan')).toBe(0));
    },
    TIMEOUT,
  );

  it(
    'the workforce at scale 1: exactly what the builder makes of the seed, key positions by its rules; --no-workforce',
    async () => {
      const target = await fresh();
      const dataset = await generate(target, '--scale', '1', '--no-reports');
      // the rows the pure builder makes of scale 1, seed 1 (the command's own code path, rebuilt here)
      const built = workforceOf(1, 1);
      const inService = built.people.filter((p) => p.exitDate === null);
      const tally = <T>(items: readonly T[], key: (t: T) => string) =>
        Object.fromEntries(
          [...new Set(items.map(key))].sort().map((k) => [k, items.filter((t) => key(t) === k).length]),
        );
      await withDb(target, async (db) => {
        expect(dataset.counts).toEqual(await tableCounts(db, 'GEN-S1'));
        expect(dataset.counts.people).toBe(1000); // 1,000 × scale, exactly
        expect(dataset.counts).toMatchObject({
          people: built.people.length,
          positions: built.positions.length,
          positionHistory: built.history.length,
        });
        const grouped = async (sql: string) =>
          Object.fromEntries(
            (await db.query<{ k: string; n: number }>(sql)).rows.map((r) => [String(r.k), Number(r.n)]),
          );
        expect(await grouped('select role as k, count(*) as n from position_history group by 1')).toEqual(
          tally(built.history, (h) => h.role),
        );
        expect(
          await grouped(
            `select exit_reason as k, count(*) as n from person where exit_date is not null group by 1`,
          ),
        ).toEqual(
          tally(
            built.people.filter((p) => p.exitDate !== null),
            (p) => p.exitReason!,
          ),
        );
        // retirements of the people in service, by the domain's rule over the built rows
        expect(
          await grouped(
            `select retirement_fiscal_year as k, count(*) as n from person where exit_date is null group by 1`,
          ),
        ).toEqual(tally(inService, (p) => String(retirementFiscalYear(p.birthDate))));
        for (const fy of [2569, 2570, 2571, 2572, 2573])
          expect(
            inService.filter((p) => retirementFiscalYear(p.birthDate) === fy).length,
            `retiring at the end of ${fy}`,
          ).toBeGreaterThan(0);
        expect(
          await one(
            db,
            'select count(*) from person where exit_date is null and retirement_fiscal_year < 2569',
          ),
        ).toBe(0);

        // the builder's rules for key positions: scale 1 has one district office (G1-D-PHRANAKHON) with a
        // director, three assistants and ten section heads; each of the other 7 units a head, a deputy and
        // the heads of its own section and the support sections
        expect(await one(db, `select count(*) from org_unit where kind = 'district'`)).toBe(1);
        const district = `from position p join org_unit u on u.id = p.unit_id where u.kind = 'district'`;
        expect(
          await one(db, `select count(*) ${district} and p.title = 'ผู้อำนวยการเขต' and p.level = 'senior'`),
        ).toBe(1);
        expect(
          await one(
            db,
            `select count(*) ${district} and p.title = 'ผู้ช่วยผู้อำนวยการเขต' and p.level = 'junior'`,
          ),
        ).toBe(3);
        expect(await one(db, `select count(*) ${district} and p.section_head`)).toBe(
          DISTRICT_SECTIONS.length,
        );
        expect(await one(db, `select count(distinct p.section) ${district}`)).toBe(10);
        expect(await one(db, 'select count(*) from position where section_head')).toBe(
          DISTRICT_SECTIONS.length + 7 * (1 + SUPPORT_SECTIONS.length),
        );
        expect(
          await one(db, `select count(*) from position where title = $1 and level = 'junior'`, [
            AGENCY_DEPUTY,
          ]),
        ).toBe(7);
        // every national ID passes the database's own check; personnel numbers carry the scale
        expect(
          await one(db, 'select count(*) from person where not thai_national_id_valid(national_id)'),
        ).toBe(0);
        expect(await one(db, `select count(*) from person where person_no not like 'G1-%'`)).toBe(0);
        expect(await grouped('select staff_type as k, count(*) as n from person group by 1')).toEqual(
          tally(built.people, (p) => p.staffType),
        );
        // a person holds one position at a time, a position has one holder at a time
        const overlapping = (key: string) => `select count(*) from position_history a join position_history b
            on a.${key} = b.${key} and a.id < b.id and a.role = 'holds' and b.role = 'holds'
           and a.from_date <= coalesce(b.to_date, 'infinity') and b.from_date <= coalesce(a.to_date, 'infinity')`;
        expect(await one(db, overlapping('person_id'))).toBe(0);
        expect(await one(db, overlapping('position_id'))).toBe(0);
        // vacancies: positions nobody holds on the day, as many as the builder left
        const held = new Set(
          built.history.filter((h) => h.role === 'holds' && h.to === null).map((h) => h.positionNo),
        );
        const vacant = built.positions.filter((p) => !held.has(p.positionNo)).length;
        expect(
          await one(
            db,
            `select count(*) from position p where not exists (select 1 from position_history h
                where h.position_id = p.id and h.role = 'holds' and h.to_date is null)`,
          ),
        ).toBe(vacant);
        expect(vacant).toBeGreaterThan(0);
        expect(vacant).toBeLessThan(built.positions.length / 10);
      });
      const none = await fresh();
      const without = await generate(none, '--scale', '1', '--no-reports', '--no-workforce');
      expect(without.counts).toMatchObject({ people: 0, positions: 0, positionHistory: 0 });
    },
    TIMEOUT,
  );

  it('scale 100 spreads its workforce over 80 agencies, 50 of them district offices (pure)', () => {
    const units = unitList(100, sizesForScale(100).units, datasetRandom(100, 1).fork('units'));
    expect(units.length).toBe(80);
    expect(units.filter((u) => u.kind === 'district').length).toBe(50);
    expect(PEOPLE_PER_SCALE * 100).toBe(100_000);
  });

  it(
    'scale 10: 150 projects, 25 units, 200 users, 24 months of reports',
    async () => {
      const target = await fresh();
      const dataset = await generate(target, '--scale', '10', '--seed', '3');
      expect(dataset).toMatchObject({ planCode: 'GEN-S10', asOf: '2567-09', openMonth: '2567-10' });
      expect(dataset.fiscalYears).toEqual([2566, 2567]);
      await withDb(target, async (db) => {
        const counted = await tableCounts(db, 'GEN-S10');
        expect(dataset.counts).toEqual(counted);
        expect(counted).toMatchObject({
          targets: 6,
          strategies: 30,
          projects: 150,
          units: 25,
          users: 200,
          months: 24 + 1,
        });
        expect(counted.keyResults).toBe(6 * 2 * 2); // 6 targets × reporting years 2566, 2567 × 2
        expect(await rolesOf(db)).toEqual(expectedRoles(200, 25));
        expect(await one(db, `select start_year * 10000 + end_year from plan where code = 'GEN-S10'`)).toBe(
          25662570,
        );
        expect(await one(db, 'select count(distinct period) from monthly_report')).toBe(24);
        expect(await one(db, 'select min(period) from monthly_report')).toBe(256510);
        expect(counted.reports).toBeGreaterThan(1000);
        expect(await one(db, 'select count(*) from project_dependency')).toBeGreaterThan(0);
        expect(await one(db, 'select count(*) from project_milestone')).toBeGreaterThan(0);
        expect(await one(db, 'select count(*) from key_result_actual')).toBeGreaterThan(0);
        expect(
          await one(db, 'select count(*) from monthly_report where superseded_at is not null'),
        ).toBeGreaterThan(0);
      });
    },
    TIMEOUT,
  );
});
