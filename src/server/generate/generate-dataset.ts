/**
 * A generated dataset for benchmarks at Bangkok scale (`bin/tidtam generate --scale S [--seed N]`):
 * a plan with its targets, strategies and projects, the agencies (real BMA names), users of every
 * role, reporting months with deadlines, and monthly report histories with versions, review states,
 * on-time / late / missing submissions, problems, key results with actuals, and the annual action
 * plan (year plans with budgets, milestones). Deterministic: the same scale and seed give the same
 * rows (ids included, on a fresh database), whichever database; only timestamps the database fills
 * with now() (created_at, audit rows of created records …) and the open month's deadline (a month
 * from today, so it stays open for submissions) depend on the clock.
 *
 * Sizes (src/server/generate/sizes.ts):
 *   scale 1   ≈ the demo: 5 targets, 15 strategies, 56 projects, 8 units, 20 users, 8 months of
 *               fiscal year 2566 (2565-10 … 2566-05), ≈ 350 reports;
 *   scale 10  : 6 targets, 30 strategies, 150 projects, 25 units, 200 users, 24 months (2565-10 …
 *               2567-09), ≈ 2,000 reports;
 *   scale 100 : 8 targets, 60 strategies, 500 projects, 80 units, 2,000 users, 60 months
 *               (2564-10 … 2569-09, plan 2565–2570), ≈ 17,400 reports;
 *   every scale also has a workforce (workforce/generated-workforce.ts, unless --no-workforce): 1,000 ×
 *               scale people, their positions and ≈10 history rows each (scale 100: 100,000 people, ≈1,000,000
 *               rows over 80 agencies of which 50 district offices of ten sections), as of 2569-09-30;
 *   and a development year (development/): an HRD plan, each fiscal year of the reports opened with 2–6
 *               projects an agency, and ≈5 development records a person in service and year (scale 100: five
 *               years, ≈2,000,000 records; none with --no-workforce);
 *   other whole scales 1–100 are interpolated between these. Reports are fewer than projects × months:
 *   a project reports from its start date, stops once its completion (or cancellation) has been sent
 *   up, and one without an owner never reports; some are missing, about 5 % have a superseded version.
 *   The history ends by 2569-09 (not 2570-09 as a plan of 2566–2570 would): the app refuses reports
 *   for months still to come, so the open month must be one that can be reported today.
 *
 * Everything is built in memory with a seeded generator (random.ts), each part from its own stream,
 * by pure builders — organisation.ts (units, users), plan-tree.ts, report-histories.ts with
 * problems.ts, reporting-months.ts, outcomes.ts (year plans, milestones, key results) — and written
 * set-based (insert-rows.ts: INSERT … SELECT FROM unnest(…), one statement per table) in one
 * transaction by the write-*.ts modules. Every table the demo (load-demo.ts) fills is filled the same
 * way, audit rows included: units with their names, users, the plan tree, predecessor links and extra
 * targets, reporting months (and a few exceptions), monthly reports (every version, superseded ones
 * linked to what replaced them), the problems register, key results, their actuals and projects,
 * year plans and milestones.
 *
 * Unit codes and usernames carry the scale (G100-D-BANGKHEN, g100.focal.d-bangkhen.1), so datasets of
 * different scales and the demo can share a database; reporting months are shared by all plans, so a
 * month opened already is left as it is.
 */
import { formatPeriod } from '../../domain/period';
import { bangkokDate } from '../../domain/monitoring/reporting-month';
import type { Actor } from '../actor';
import type { Database } from '../db/database';
import { conflict, invalidInput } from '../errors';
import { recordAuditMany, type AuditEntry } from '../repositories/audit';
import { hashPassword } from '../use-cases/passwords';
import { fyOfIdx, idxOf } from './calendar';
import { buildUsers, unitList } from './organisation';
import { buildKeyResults, buildYearPlans } from './outcomes';
import { buildPlan, planNameFor } from './plan-tree';
import { buildHistories } from './report-histories';
import { reportingExceptions, reportingMonths } from './reporting-months';
import { sizesForScale, isValidScale, timelineFor } from './sizes';
import { writeHistories } from './write-histories';
import { writeUnits, writeUsers } from './write-organisation';
import { writeKeyResults, writeYearPlans } from './write-outcomes';
import { writePlan } from './write-plan';
import { writeReportingMonths } from './write-reporting-months';
import { datasetRandom, generatedWorkforce } from './workforce/generated-workforce';
import { writeWorkforce } from './workforce/write-workforce';
import { buildDevelopment } from './development/build-development';
import { writeDevelopment, type DevelopmentCounts } from './development/write-development';

export interface GenerateOptions {
  scale: number;
  /** default 1 */
  seed?: number;
  /** default true; false: everything but the monthly reports and what depends on them */
  withReports?: boolean;
  /** default true; false: no people, positions or position history */
  withWorkforce?: boolean;
}

export interface GeneratedDataset {
  scale: number;
  seed: number;
  /** e.g. 'GEN-S100' */
  planCode: string;
  /**
   * the fiscal years of the months up to asOf (with reports), BE: [2566] at scale 1, [2566, 2567] at 10,
   * [2565 … 2569] at 100; the plan itself runs one year further at least (to the open month's year)
   */
  fiscalYears: number[];
  /** the last month with reports, 'YYYY-MM' BE */
  asOf: string;
  /** opened for submissions (deadline in the future, never locks), no reports yet, right after asOf */
  openMonth: string;
  /** every generated user's password (GENERATED_PASSWORD) */
  password: string;
  /** username of a central-office admin */
  admin: string;
  /** at least one focal point per unit that owns projects */
  focalPoints: Array<{ username: string; unitCode: string }>;
  counts: {
    targets: number;
    strategies: number;
    projects: number;
    units: number;
    users: number;
    /** reporting months of the dataset, the open month included */
    months: number;
    /** monthly reports, one per project and month (current versions; superseded versions not counted) */
    reports: number;
    problems: number;
    keyResults: number;
    /** the workforce (workforce/): 1,000 × scale people, the staffing frame, ≈10 history rows a person */
    people: number;
    positions: number;
    positionHistory: number;
  };
  /**
   * the development year (development/): the dataset's HRD plan, each of `fiscalYears` opened with 2–6
   * projects an agency, and the people's records (≈5 a person in service and year: ≈2,000,000 at scale 100;
   * none without the workforce)
   */
  development: DevelopmentCounts;
}

export const GENERATED_PASSWORD = 'tidtam-bench';

/** Who the generator's audit rows name. */
export const GENERATOR: Actor = { userId: null, label: 'generate', role: 'admin', unitId: null };

export const planCodeFor = (scale: number) => `GEN-S${scale}`;

const bad = (field: string, en: string, th: string) => invalidInput([{ field, en, th }], { en, th });

export async function generateDataset(db: Database, options: GenerateOptions): Promise<GeneratedDataset> {
  const { scale } = options;
  const seed = options.seed ?? 1;
  const withReports = options.withReports ?? true;
  const withWorkforce = options.withWorkforce ?? true;
  if (!isValidScale(scale))
    throw bad(
      'scale',
      `--scale must be a whole number from 1 to 100 (1 ≈ the demo, 10, 100 = Bangkok), not ${String(scale)}`,
      `--scale ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 100 (1 ≈ ข้อมูลตัวอย่าง, 10, 100 = ขนาดกรุงเทพมหานคร) ไม่ใช่ ${String(scale)}`,
    );
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw bad(
      'seed',
      `--seed must be a whole number 0 or more, not ${String(seed)}`,
      `--seed ต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป ไม่ใช่ ${String(seed)}`,
    );

  const sizes = sizesForScale(scale);
  const timeline = timelineFor(sizes.months);
  const planCode = planCodeFor(scale);
  // Every part draws from its own named stream, so the order they are built in does not matter.
  const rng = datasetRandom(scale, seed);
  const first = idxOf(timeline.first);
  const last = idxOf(timeline.last);
  const openIdx = idxOf(timeline.open);
  const reportFys = [...new Set(Array.from({ length: last - first + 1 }, (_, i) => fyOfIdx(first + i)))];

  const units = unitList(scale, sizes.units, rng.fork('units'));
  const users = buildUsers(scale, sizes, units, rng.fork('users'));
  const plan = buildPlan(sizes, units, timeline.planEndYear, reportFys, rng.fork('plan'));
  const history = withReports
    ? buildHistories(plan, units, users, { first, last }, rng.fork('reports'))
    : { reports: [], problems: [] };
  const today = bangkokDate(new Date());
  const months = reportingMonths(first, openIdx, today);
  const exceptions = reportingExceptions(units, first, last, rng.fork('exceptions'));
  const { yearPlans, milestones } = buildYearPlans(plan.projects, fyOfIdx(openIdx), rng.fork('year-plans'));
  const { keyResults, actuals } = buildKeyResults(plan, reportFys, last, rng.fork('key-results'));
  const workforce = withWorkforce
    ? generatedWorkforce(scale, units, rng.fork('workforce'))
    : { people: [], positions: [], history: [] };
  const development = buildDevelopment(
    scale,
    reportFys,
    units.map((u) => u.code),
    rng.fork('development'),
  );
  const passwordHash = await hashPassword(GENERATED_PASSWORD); // once: argon2 takes ~0.1 s
  const admin = users.find((u) => u.role === 'admin')!.username;

  const { dev, ...counts } = await db.transaction(async (tx) => {
    const { rows: clash } = await tx.query<{ what: string }>(
      `select 'plan' as what from plan where code = $1
       union all select 'unit' from org_unit where code = any($2::text[])
       union all select 'user' from app_user where username = any($3::text[])
       limit 1`,
      [planCode, units.map((u) => u.code), users.map((u) => u.username)],
    );
    if (clash.length > 0)
      throw conflict({
        en: `plan ${planCode} (or its units and users) exists already: generate into a database without it`,
        th: `มีแผน ${planCode} (หรือหน่วยงานและผู้ใช้ของแผนนี้) อยู่แล้ว: สร้างข้อมูลในฐานข้อมูลที่ยังไม่มีแผนนี้`,
      });

    const audits: AuditEntry[] = [];
    const unitId = await writeUnits(tx, units, audits);
    const userId = await writeUsers(tx, users, unitId, passwordHash, audits);
    const header = {
      code: planCode,
      name: planNameFor(scale, timeline.planStartYear, timeline.planEndYear),
      startYear: timeline.planStartYear,
      endYear: timeline.planEndYear,
    };
    const { targetId, projectId } = await writePlan(tx, header, plan, unitId, audits);
    const adminRef = { id: userId.get(admin), username: admin };
    await writeReportingMonths(tx, months, exceptions, adminRef, unitId, audits);
    await writeYearPlans(tx, yearPlans, milestones, projectId);
    await writeKeyResults(tx, keyResults, actuals, { targetId, projectId }, admin);
    await writeHistories(tx, history, { projectId, unitId, userId }, GENERATOR.label);
    const staffing = await writeWorkforce(tx, workforce, unitId, { entityId: planCode, audits });
    const dev = await writeDevelopment(
      tx,
      development,
      unitId,
      withWorkforce ? { seed, prefix: `G${scale}-` } : null,
    );

    const rs = history.reports;
    const pr = history.problems;
    audits.push({
      action: 'import',
      entity: 'generated_dataset',
      entityId: planCode,
      after: {
        scale,
        seed,
        withReports,
        withWorkforce,
        reports: rs.length,
        problems: pr.length,
        developmentProjects: dev.projects,
        developmentRecords: dev.records,
      },
    });
    await recordAuditMany(tx, GENERATOR, audits);
    return {
      dev,
      targets: plan.targets.length,
      strategies: plan.strategies.length,
      projects: plan.projects.length,
      units: units.length,
      users: users.length,
      months: months.length,
      reports: rs.filter((r) => r.supersededAt === null).length,
      problems: pr.length,
      keyResults: keyResults.length,
      ...staffing,
    };
  });

  const owning = new Set(plan.projects.map((p) => p.ownerCode).filter((c): c is string => c !== null));
  return {
    scale,
    seed,
    planCode,
    fiscalYears: reportFys,
    asOf: formatPeriod(timeline.last),
    openMonth: formatPeriod(timeline.open),
    password: GENERATED_PASSWORD,
    admin,
    focalPoints: users
      .filter((u) => u.role === 'focal_point' && u.unitCode !== null && owning.has(u.unitCode))
      .map((u) => ({ username: u.username, unitCode: u.unitCode! })),
    counts,
    development: dev,
  };
}
