/**
 * `npm run bench [-- --scales 1,10,100 --db pglite,postgres --runs 3 --quick --out docs/benchmarks.md]`
 *
 * For each database and scale: generate the dataset, measure the in-process floors (SQL, COPY, the
 * paper's content) while no server holds the database, start the real server as a child process, run
 * every scenario `runs` times, stop it, check that nothing was lost; then the import on the same dataset
 * generated without reports (and without its workforce: then the workforce and development records files,
 * bench/bulk-imports.ts). Writes docs/benchmarks.md and docs/benchmarks/*.svg (docs/decisions/0008).
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeDataset, type BenchDataset } from './dataset';
import { Recorder } from './figures';
import { Client, concurrent, sequential } from './http';
import { PAPER_WORKER_IDLE_MS, ROOT } from './processes';
import { MB, withServer } from './with-server';
import { writeReport, type BenchReport, type ScaleResult } from './report';
import { exportReportFile, copyFloor, importRuns, type ReportFile } from './scenarios/import';
import { paperRun, paperSetup } from './scenarios/paper';
import { pagesRun, pagesSetup } from './scenarios/pages';
import { memoryFloors, recordMemory } from './scenarios/memory';
import { pickSubmitters, signInFloor, signInRun, submitRun, verifySubmissions } from './scenarios/submit';
import { summaryFloor, summaryRun } from './scenarios/summary';
import { workforceRun, workforceSetup } from './scenarios/workforce';
import { developmentRun, developmentSetup } from './scenarios/development';
import { careersRun, careersSetup } from './scenarios/careers';
import { bulkImports, exportBulkFiles, type BulkFiles } from './bulk-imports';
import type { Queryable } from '../src/server/db/database';
import { keyOf, timed, type ScenarioContext, type Settings } from './scenarios/context';
import { distribution, fmt, median } from './stats';
import { freshTarget, startPostgres, type DbKind, type PostgresServer } from './targets';

const started = performance.now();
const loadAtStart = loadavg();
const log = (line: string) => {
  const s = Math.round((performance.now() - started) / 1000);
  console.log(
    `[bench ${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}] ${line}`,
  );
};

/**
 * Scenarios that run alone (`--only a,b`): the report import, the workforce + development records imports,
 * and the workforce, development and careers reads. Without --only, everything runs.
 */
const ONLY = ['import', 'bulk-import', 'workforce', 'development', 'careers'];
const IMPORTS_ONLY = ['import', 'bulk-import'];
type Only = Set<string> | null;
const wants = (only: Only, name: string) => only === null || only.has(name);

function options() {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: '1,10,100' },
      db: { type: 'string', default: 'postgres,pglite' },
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      out: { type: 'string', default: 'docs/benchmarks.md' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: npm run bench -- [--scales 1,10,100] [--db pglite,postgres] [--runs N] [--quick] [--only import,bulk-import,workforce,development,careers] [--out FILE]',
    );
    process.exit(0);
  }
  const scales = values.scales.split(',').map((s) => Number(s.trim()));
  const dbs = values.db.split(',').map((s) => s.trim()) as DbKind[];
  if (scales.some((s) => !Number.isInteger(s) || s < 1))
    throw new Error(`--scales: "${values.scales}" is not a list like 1,10,100`);
  if (dbs.some((d) => d !== 'pglite' && d !== 'postgres'))
    throw new Error(`--db: "${values.db}" is not a list of pglite, postgres`);
  const only = values.only === undefined ? null : new Set(values.only.split(',').map((s) => s.trim()));
  for (const name of only ?? [])
    if (!ONLY.includes(name))
      throw new Error(`--only: "${name}" is not a scenario that runs alone (${ONLY.join(', ')})`);
  const quick = values.quick;
  const runs = values.runs === undefined ? (quick ? 1 : 3) : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  const settings: Settings = quick
    ? { runs, requests: 5, slowRequests: 1, submitters: 10, concurrentClients: 4, copies: 1 }
    : { runs, requests: 25, slowRequests: 3, submitters: 40, concurrentClients: 4, copies: 3 };
  return { scales, dbs, settings, quick, only, out: resolve(ROOT, values.out) };
}

async function benchScale(
  kind: DbKind,
  scale: number,
  settings: Settings,
  pgServer: PostgresServer | null,
  only: Only,
): Promise<ScaleResult> {
  const { t0, rec, name, target } = await beginScale(kind, scale, pgServer);
  const core = only === null;
  try {
    log(`${name}: generating the dataset`);
    let opened = await target.open();
    let dataset: BenchDataset;
    let ctx: ScenarioContext;
    let generationMs: number;
    let floors;
    try {
      const gen = await timed(() => makeDataset(opened.db, { scale }));
      dataset = gen.result;
      generationMs = gen.ms;
      // The steady state of a database in use: PostgreSQL's autovacuum has analyzed the tables, and a
      // PGlite server analyzes them when it starts (src/server/db/statistics.ts). The floors need it too.
      await opened.db.exec('analyze');
      log(
        `${name}: ${dataset.counts.projects} projects, ${dataset.counts.reports} reports, ${dataset.counts.users} users, ${dataset.counts.people} people, ${dataset.counts.positionHistory} history rows, ${dataset.development.records} development records in ${fmt(gen.ms / 1000)} s`,
      );
      ctx = { target, scale, dataset, settings, rec, log };
      log(`${name}: in-process floors (SQL, the paper's content)`);
      const summary = await summaryFloor(ctx, opened.db);
      const pages = await pagesSetup(ctx, opened.db);
      const paper = await paperSetup(ctx, opened.db);
      const submitters = await pickSubmitters(ctx, opened.db);
      const file = await exportReportFile(opened.db, dataset.planCode);
      const signIn = await signInFloor();
      const workforce = await workforceSetup(ctx, opened.db);
      const development = await developmentSetup(ctx, opened.db);
      const careers = wants(only, 'careers') ? await careersSetup(ctx, opened.db) : null;
      const bulk = wants(only, 'bulk-import') ? await exportBulk(ctx, opened.db) : null;
      floors = { summary, pages, paper, submitters, file, signIn, workforce, development, careers, bulk };
    } finally {
      await opened.close();
    }
    // After the close: a bare PGlite opens the same directory (bench/scenarios/memory.ts).
    const memFloors = await memoryFloors(ctx);

    log(`${name}: starting the server`);
    const createdIds: number[] = [];
    await withServer(ctx, target, 'memory', async (server, admin, idleRss) => {
      // The framework's floor: the bare route without a session (no database work at all).
      const bare = new Client(server.url);
      try {
        for (let run = 0; run < settings.runs; run++) {
          log(`${name}: run ${run + 1}/${settings.runs}`);
          const health = median(await sequential(bare, '/api/health', settings.requests * 2, 5));
          const hc = await concurrent(
            bare,
            '/api/health',
            settings.concurrentClients,
            Math.max(3, Math.ceil(settings.requests / settings.concurrentClients)),
          );
          if (core) {
            await summaryRun(ctx, admin, {
              health,
              healthConcurrent: { p50: distribution(hc.latencies).median },
              sql: floors.summary.batches[run]!,
              counts: floors.summary.counts,
            });
            await pagesRun(ctx, admin, floors.pages, run, health);
          }
          if (wants(only, 'workforce')) await workforceRun(ctx, admin, floors.workforce, run, health);
          if (!core) {
            if (wants(only, 'development')) await developmentRun(ctx, admin, floors.development, run, health);
            if (wants(only, 'careers')) await careersRun(ctx, server.url, admin, floors.careers, run, health);
            continue;
          }
          const afterReads = server.maxRss();
          await paperRun(ctx, admin, floors.paper.batches[run]!, floors.paper.note);
          const afterPapers = server.maxRss();
          // The paper worker ends after PAPER_WORKER_IDLE_MS idle: what the server holds then.
          await new Promise((r) => setTimeout(r, PAPER_WORKER_IDLE_MS + 2_000));
          const papersReturned = server.rss();
          await signInRun(ctx, server.url, floors.submitters, floors.signIn);
          const afterSignIns = server.maxRss();
          await submitRun(ctx, server.url, floors.submitters, run, createdIds);
          const afterSubmissions = server.maxRss();
          // After the stages of the memory breakdown, so that it stays comparable with earlier runs.
          await developmentRun(ctx, admin, floors.development, run, health);
          await careersRun(ctx, server.url, admin, floors.careers, run, health);
          if (run === 0) {
            const stages = {
              idle: idleRss,
              reads: afterReads,
              papers: afterPapers,
              papersReturned,
              signIns: afterSignIns,
              submissions: afterSubmissions,
            };
            recordMemory(ctx, memFloors, stages);
            const mb = (b: number) => `${Math.round(b / MB)} MB`;
            rec.note(
              'memory',
              `largest RSS after the summary and page calls ${mb(afterReads)}, after the papers ${mb(afterPapers)} (${mb(papersReturned)} once the paper worker ended), after the sign-ins ${mb(afterSignIns)}, after the submissions ${mb(stages.submissions)}, after the development and careers reads ${mb(server.maxRss())}`,
            );
          }
        }
      } finally {
        bare.close();
      }
    });
    if (core) {
      opened = await target.open();
      try {
        await verifySubmissions(ctx, opened.db, floors.submitters, createdIds);
      } finally {
        await opened.close();
      }
    }
    await target.remove().catch(() => undefined);

    // The imports, on the same dataset without its reports and workforce.
    const files = { report: wants(only, 'import') ? floors.file : null, bulk: floors.bulk };
    return await finishScale(ctx, kind, pgServer, files, generationMs, t0);
  } catch (err) {
    await target.remove().catch(() => undefined);
    throw err;
  }
}

/** What the imports of a scale load: the report file, the workforce and development records files. */
interface ImportFiles {
  report: ReportFile | null;
  bulk: BulkFiles | null;
}

/** The bulk files of the dataset, when it has a workforce (and development records). */
async function exportBulk(ctx: ScenarioContext, db: Queryable): Promise<BulkFiles | null> {
  ctx.log(`${ctx.target.kind} scale ${ctx.scale}: exporting the workforce and development records files`);
  return exportBulkFiles(db, {
    workforce: ctx.dataset.counts.people > 0,
    records: ctx.dataset.development.records > 0,
  });
}

/**
 * The imports on the dataset of `ctx` generated again without its reports and workforce: for the report
 * file, the COPY floor, the dry runs and the committed import through the server, then every row checked;
 * then the workforce and development records files (bench/bulk-imports.ts). Returns the generation time (ms).
 */
async function benchImport(
  ctx: ScenarioContext,
  kind: DbKind,
  pgServer: PostgresServer | null,
  files: ImportFiles,
): Promise<number> {
  const { scale, settings, dataset } = ctx;
  const name = `${kind} scale ${scale}`;
  const file = files.report;
  let generationMs = 0;
  log(`${name}: imports: generating the dataset without reports and workforce`);
  const importTarget = await freshTarget(kind, pgServer);
  try {
    let opened = await importTarget.open();
    try {
      generationMs = (
        await timed(() => makeDataset(opened.db, { scale, withReports: false, withWorkforce: false }))
      ).ms;
      await opened.db.exec('analyze');
    } finally {
      await opened.close();
    }
    if (file) {
      log(`${name}: ${file.rows.length}-row report file: COPY floor`);
      const copies = await copyFloor(importTarget, dataset.planCode, file, settings.runs, settings.copies);
      await withServer(ctx, importTarget, 'memory-import', async (_server, admin) => {
        log(`${name}: importing`);
        await importRuns(ctx, admin, file, copies);
      });
      opened = await importTarget.open();
      try {
        const { rows } = await opened.db.query<{ n: number }>(
          `select count(*)::int as n from monthly_report m join project p on p.id = m.project_id
             join plan on plan.id = p.plan_id where plan.code = $1 and m.superseded_at is null and m.period <= $2`,
          [dataset.planCode, keyOf(dataset.asOf)],
        );
        const expected = file.rows.filter((r) => r.period <= keyOf(dataset.asOf)).length;
        if (rows[0]!.n !== expected)
          throw new Error(`after the import ${rows[0]!.n} reports are current, not ${expected}`);
      } finally {
        await opened.close();
      }
    }
    if (files.bulk) await bulkImports(ctx, importTarget, files.bulk);
  } finally {
    await importTarget.remove().catch(() => undefined);
  }
  return generationMs;
}

/** `--only import,bulk-import`: the dataset only for its files, then the imports alone (no server scenarios). */
async function benchImportOnly(
  kind: DbKind,
  scale: number,
  settings: Settings,
  pgServer: PostgresServer | null,
  only: Set<string>,
): Promise<ScaleResult> {
  const { t0, rec, name, target } = await beginScale(kind, scale, pgServer);
  let ctx: ScenarioContext;
  let files: ImportFiles;
  let generationMs: number;
  try {
    log(`${name}: generating the dataset (for its files only)`);
    const opened = await target.open();
    try {
      const gen = await timed(() => makeDataset(opened.db, { scale }));
      generationMs = gen.ms;
      ctx = { target, scale, dataset: gen.result, settings, rec, log };
      files = {
        report: only.has('import') ? await exportReportFile(opened.db, gen.result.planCode) : null,
        bulk: only.has('bulk-import') ? await exportBulk(ctx, opened.db) : null,
      };
    } finally {
      await opened.close();
    }
  } finally {
    await target.remove().catch(() => undefined);
  }
  return finishScale(ctx, kind, pgServer, files, generationMs, t0);
}

/** What every scale starts with: its clock, its recorder, its name in the log and a fresh database. */
async function beginScale(kind: DbKind, scale: number, pgServer: PostgresServer | null) {
  const t0 = performance.now();
  return {
    t0,
    rec: new Recorder(),
    name: `${kind} scale ${scale}`,
    target: await freshTarget(kind, pgServer),
  };
}

/** What every scale ends with: the import on its dataset without reports, then the scale's result. */
async function finishScale(
  ctx: ScenarioContext,
  kind: DbKind,
  pgServer: PostgresServer | null,
  files: ImportFiles,
  generationMs: number,
  t0: number,
): Promise<ScaleResult> {
  const importGenerationMs = await benchImport(ctx, kind, pgServer, files);
  const durationMs = performance.now() - t0;
  log(`${kind} scale ${ctx.scale}: done in ${fmt(durationMs / 1000)} s`);
  return {
    kind,
    scale: ctx.scale,
    dataset: ctx.dataset,
    generationMs,
    importGenerationMs,
    reportFileRows: files.report?.rows.length ?? 0,
    figures: ctx.rec.results(),
    skipped: ctx.rec.skipped(),
    durationMs,
  };
}

function printResult(r: ScaleResult) {
  for (const f of r.figures) {
    const goal = f.goalMet === null ? '' : f.goalMet ? '  goal met' : '  GOAL NOT MET';
    console.log(
      `    ${f.spec.id.padEnd(24)} ${fmt(f.value.median).padStart(8)} ${f.spec.unit.padEnd(9)} limit ${fmt(f.limit.median).padStart(8)}  ratio ${fmt(f.ratio).padStart(6)}×${
        f.limit2 ? `  (2nd limit ${fmt(f.limit2.median)}, ${fmt(f.ratio2)}×)` : ''
      }${goal}`,
    );
  }
  for (const s of r.skipped) console.log(`    ${s.spec.id.padEnd(24)} not measured: ${s.reason}`);
}

async function main() {
  const opts = options();
  log(
    `scales ${opts.scales.join(', ')} on ${opts.dbs.join(', ')}, ${opts.settings.runs} run(s)${opts.quick ? ', quick' : ''}`,
  );
  const pglite = JSON.parse(
    readFileSync(resolve(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'),
  ) as { version: string };
  let pgServer: PostgresServer | null = null;
  const results: ScaleResult[] = [];
  const cpu = cpus();
  // Written after every database and scale (marked unfinished until the last): a run stopped half-way —
  // scale 100 takes long on a loaded machine — still leaves the figures it measured.
  const write = async (finished: boolean) => {
    const report: BenchReport = {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, ''),
      machine: {
        cpus: cpu.length,
        model: cpu[0]?.model.trim() ?? 'unknown CPU',
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        os: `${type()} ${release()}`,
        node: process.version,
        load: loadAtStart.map((l) => l.toFixed(2)).join(' '),
        loadNow: loadavg()
          .map((l) => l.toFixed(2))
          .join(' '),
      },
      versions: { pglite: pglite.version, postgres: pgServer?.version ?? null },
      settings: { ...opts.settings, quick: opts.quick },
      results,
      totalMs: performance.now() - started,
      finished,
    };
    await writeReport(report, opts.out);
    return report;
  };
  try {
    if (opts.dbs.includes('postgres')) pgServer = await startPostgres(log);
    for (const scale of opts.scales) {
      for (const kind of opts.dbs) {
        const result =
          opts.only !== null && [...opts.only].every((n) => IMPORTS_ONLY.includes(n))
            ? await benchImportOnly(kind, scale, opts.settings, pgServer, opts.only)
            : await benchScale(kind, scale, opts.settings, pgServer, opts.only);
        printResult(result);
        results.push(result);
        if (results.length < opts.scales.length * opts.dbs.length) await write(false);
      }
    }
  } finally {
    await pgServer?.stop();
  }
  const report = await write(true);
  log(`wrote ${opts.out} in ${fmt(report.totalMs / 60000)} min`);
}

main().catch((err: unknown) => {
  console.error(`[bench] FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
