/**
 * What the benchmark reports: each figure with the limit it is compared with (measured in the same run,
 * on the same machine) and the goal where there is one. Scenarios add one sample per run.
 */
import { ratio, summarizeRuns, type RunSummary } from './stats';

export type Unit = 'ms' | 'reports/s' | 'MB';

export interface FigureSpec {
  id: string;
  title: string;
  unit: Unit;
  /** Throughput: the ratio is limit ÷ figure (how many times slower than the floor). */
  higherIsBetter?: boolean;
  /** The limit and how it was measured. */
  limit: string;
  /** A second limit (the database's floor beside the framework's). */
  limit2?: string;
  goal?: { text: string; met(f: FigureResult): boolean };
  /**
   * The route the figure measures, as docs/api.md's route table writes it. A figure with a route is
   * skipped (and says so in the report) when the server answers 404 there: the route is not built yet.
   */
  route?: string;
}

/** A figure not measured, and why. */
export interface Skipped {
  spec: FigureSpec;
  reason: string;
}

export interface Sample {
  value: number;
  /** p95 of the requests of this run, where the figure is a latency distribution. */
  p95?: number;
  limit: number;
  limit2?: number;
}

export interface FigureResult {
  spec: FigureSpec;
  value: RunSummary;
  p95: RunSummary | null;
  limit: RunSummary;
  limit2: RunSummary | null;
  ratio: number;
  ratio2: number;
  goalMet: boolean | null;
  note?: string;
}

const p95Under = (ms: number) => (f: FigureResult) => (f.p95?.median ?? f.value.median) < ms;

export const FIGURES: FigureSpec[] = [
  {
    id: 'summary-api',
    title: 'Summary API `GET /api/plans/:code/summary?asOf=…` (p50 of sequential requests)',
    unit: 'ms',
    limit: 'bare route `GET /api/health` of the same server, no session (p50)',
    limit2: 'the one SQL query computing the same counts, in-process (p50)',
    goal: { text: 'p95 < 50 ms and ≤ 3× the bare route', met: (f) => p95Under(50)(f) && f.ratio <= 3 },
  },
  {
    id: 'summary-api-concurrent',
    title: 'Summary API, 4 concurrent clients (p50; p95 beside)',
    unit: 'ms',
    limit: 'bare route, 4 concurrent clients (p50)',
    goal: { text: 'p95 < 50 ms', met: p95Under(50) },
  },
  {
    id: 'summary-cli',
    title: 'Summary on the command line `bin/tidtam summary … --json` (process wall time)',
    unit: 'ms',
    limit: '`bin/tidtam --help` (start-up of the same command, no work)',
  },
  {
    id: 'timeliness-api',
    title: 'Timeliness grid `GET /api/timeliness` (6 months, p50)',
    unit: 'ms',
    limit: 'bare route (p50)',
    limit2: 'its SQL (timelinessCells) in-process (p50)',
    goal: { text: 'p95 < 100 ms', met: p95Under(100) },
  },
  {
    id: 'attention-api',
    title: 'Needs-attention flags `GET /api/plans/:code/attention` (p50)',
    unit: 'ms',
    limit: 'bare route (p50)',
    goal: { text: 'p95 < 100 ms', met: p95Under(100) },
  },
  {
    id: 'projects-api-filtered',
    title: 'Project list `GET /api/projects` with unit + status + text filters (p50)',
    unit: 'ms',
    limit: 'bare route (p50)',
    goal: { text: 'p95 < 100 ms', met: p95Under(100) },
  },
  {
    id: 'projects-api-plan',
    title: 'Project list, whole plan (the page without filters, p50)',
    unit: 'ms',
    limit: 'bare route (p50)',
    goal: { text: 'p95 < 100 ms', met: p95Under(100) },
  },
  ...workforceFigures(),
  ...developmentFigures(),
  ...careersFigures(),
  {
    id: 'paper-docx',
    title: 'Committee paper DOCX `GET /api/plans/:code/paper.docx` (p50)',
    unit: 'ms',
    limit: "the paper's content built in-process (buildPaperContent, p50)",
    goal: { text: '< 2 s', met: (f) => (f.p95?.median ?? f.value.median) < 2000 },
  },
  {
    id: 'paper-xlsx',
    title: 'Committee paper XLSX `GET /api/plans/:code/paper.xlsx` (p50)',
    unit: 'ms',
    limit: "the paper's content built in-process (p50)",
    goal: { text: '< 2 s', met: (f) => (f.p95?.median ?? f.value.median) < 2000 },
  },
  {
    id: 'import-dry',
    title:
      'Import of the report file (CSV, web upload `POST /api/imports/reports?dryRun=true`: every row checked and written, then rolled back)',
    unit: 'ms',
    limit: 'COPY of the same rows into a table of the same shape',
    goal: { text: '≤ 3× COPY', met: (f) => f.ratio <= 3 },
  },
  {
    id: 'import-commit',
    title: 'Import of the report file, committed (once; rows verified)',
    unit: 'ms',
    limit: 'COPY of the same rows',
    goal: { text: '≤ 3× COPY', met: (f) => f.ratio <= 3 },
  },
  ...bulkImportFigures(),
  {
    id: 'submit-throughput',
    title: 'Report submissions, concurrent focal points (each saves one report of the open month)',
    unit: 'reports/s',
    higherIsBetter: true,
    limit: 'bare route, same number of concurrent clients (requests/s)',
  },
  {
    id: 'submit-latency',
    title: 'Report submission latency under that concurrency (p50; p95 beside)',
    unit: 'ms',
    limit: 'bare route under the same concurrency (p50)',
  },
  {
    id: 'signin-latency',
    title: 'Sign-in latency, all focal points at once (`POST /api/auth/login`, p50; p95 beside)',
    unit: 'ms',
    limit: 'one argon2id password verification in-process (p50)',
  },
  {
    id: 'memory',
    title: 'Server memory: largest RSS during the reads, papers and submissions',
    unit: 'MB',
    limit: 'RSS of the idle server just after start',
    goal: { text: '< 300 MB', met: (f) => f.value.median < 300 },
  },
  {
    id: 'memory-import',
    title: 'Server memory: largest RSS during the imports',
    unit: 'MB',
    limit: 'RSS of the idle server just after start',
    goal: { text: '< 300 MB', met: (f) => f.value.median < 300 },
  },
  {
    id: 'mem-modules',
    title: 'Memory floor: node + tsx + the server’s modules imported, no database (RSS)',
    unit: 'MB',
    limit: 'a bare `node -e` process',
  },
  {
    id: 'mem-paper-modules',
    title: 'Memory floor: … + the committee paper’s modules (docx, exceljs, echarts, resvg)',
    unit: 'MB',
    limit: 'node + tsx + the server’s modules',
  },
  {
    id: 'mem-pglite',
    title: 'Memory floor: a bare PGlite opened on the same data directory (`node -e`, same start parameters)',
    unit: 'MB',
    limit: 'a bare `node -e` process',
  },
  {
    id: 'mem-idle',
    title: 'Server memory: idle, just after start (RSS)',
    unit: 'MB',
    limit: 'the floors: node + modules (+ PGlite)',
  },
  {
    id: 'mem-reads',
    title: 'Server memory: largest RSS after the summary and page calls',
    unit: 'MB',
    limit: 'idle',
  },
  {
    id: 'mem-papers',
    title: 'Server memory: … after the papers (DOCX, XLSX)',
    unit: 'MB',
    limit: 'after the page calls',
  },
  {
    id: 'mem-papers-returned',
    title: 'Server memory: RSS once the paper worker has ended (now, not the largest)',
    unit: 'MB',
    limit: 'largest RSS after the page calls, before the papers',
    goal: {
      text: '≤ 1.1× before the papers (the papers’ memory is given back)',
      met: (f) => f.ratio <= 1.1,
    },
  },
  {
    id: 'mem-signins',
    title: 'Server memory: … after the concurrent sign-ins',
    unit: 'MB',
    limit: 'after the papers',
  },
  {
    id: 'mem-submissions',
    title: 'Server memory: … after the concurrent submissions',
    unit: 'MB',
    limit: 'after the sign-ins',
  },
];

/** The workforce dashboard's routes (issue 10) and the person search, at the contract's paths. */
function workforceFigures(): FigureSpec[] {
  const dashboard = (id: string, path: string, what: string, limit2?: string): FigureSpec => ({
    id,
    title: `Workforce ${what} \`GET ${path}\` (p50)`,
    unit: 'ms',
    limit: 'bare route (p50)',
    ...(limit2 ? { limit2 } : {}),
    goal: { text: 'p95 < 100 ms', met: p95Under(100) },
    route: path.replace(/\?.*$/, ''),
  });
  return [
    dashboard(
      'wf-headcount-api',
      '/api/workforce/headcount?asOf=…',
      'headcount',
      'one SQL query counting the people in service by unit, staff type, position type and level, in-process (p50)',
    ),
    dashboard('wf-vacancies-api', '/api/workforce/vacancies?asOf=…', 'vacancies'),
    dashboard('wf-retirements-api', '/api/workforce/retirements?fromFiscalYear=…&years=5', 'retirements'),
    dashboard('wf-age-profile-api', '/api/workforce/age-profile?asOf=…', 'age profile'),
    dashboard('wf-movements-api', '/api/workforce/movements?fromFiscalYear=…&toFiscalYear=…', 'movements'),
    dashboard(
      'wf-headcount-unit-api',
      '/api/workforce/headcount?asOf=…&unit=…',
      'headcount of one district office',
    ),
    {
      id: 'wf-people-search',
      title:
        'Person search `GET /api/workforce/people?q=…` (a first name, page 1 of 50 with the exact total, p50)',
      unit: 'ms',
      limit: 'bare route (p50)',
      limit2: 'one SQL query finding the page and the total by name, in-process (p50)',
      goal: { text: 'p95 < 50 ms', met: p95Under(50) },
      route: '/api/workforce/people',
    },
    {
      id: 'wf-people-unit',
      title: 'Person search by unit and title `GET /api/workforce/people?unit=…&title=…` (p50)',
      unit: 'ms',
      limit: 'bare route (p50)',
      goal: { text: 'p95 < 50 ms', met: p95Under(50) },
      route: '/api/workforce/people',
    },
  ];
}

/** The workforce and development records imports (issues 10 and 11), one committed run each. */
function bulkImportFigures(): FigureSpec[] {
  return [
    {
      id: 'bulk-wf-import',
      title:
        'Workforce import: the positions, people and position history files (CSV, web upload `POST /api/workforce/imports/{kind}`, committed; 1 run)',
      unit: 'ms',
      limit: 'COPY of the same rows into the same three tables (one transaction, rolled back)',
      goal: { text: '≤ 3× COPY', met: (f) => f.ratio <= 3 },
    },
    {
      id: 'bulk-wf-memory',
      title: 'Server memory: largest RSS during the workforce import',
      unit: 'MB',
      limit: 'RSS of the idle server just after start',
      goal: { text: 'within 100 MB of the idle server', met: (f) => f.value.median - f.limit.median <= 100 },
    },
    {
      id: 'bulk-dev-import',
      title:
        'Development records import (CSV, web upload `POST /api/development/imports/records`, committed; 1 run)',
      unit: 'ms',
      limit:
        'COPY of the same rows into development_record (same transaction as the workforce’s, rolled back)',
      goal: { text: '≤ 3× COPY', met: (f) => f.ratio <= 3 },
    },
    {
      id: 'bulk-memory',
      title: 'Server memory: largest RSS during the workforce and development records imports',
      unit: 'MB',
      limit: 'RSS of the idle server just after start',
    },
  ];
}

/** The development module's reads (issue 11, item 8). */
function developmentFigures(): FigureSpec[] {
  return [
    {
      id: 'dev-days-api',
      title:
        '10-day compliance of every agency `GET /api/development/units/days?fiscalYear=…` (all people in service, one fiscal year, p50)',
      unit: 'ms',
      limit: 'bare route (p50)',
      limit2: 'one SQL query summing each person’s days of the year per agency, in-process (p50)',
      goal: { text: 'p95 < 200 ms', met: p95Under(200) },
      route: '/api/development/units/days',
    },
    {
      id: 'dev-summary-api',
      title: 'Consolidated development plan `GET /api/development/summary?fiscalYear=…` (p50)',
      unit: 'ms',
      limit: 'bare route (p50)',
      limit2: 'one SQL query totalling the year’s projects by strategy and agency, in-process (p50)',
      goal: { text: 'p95 < 100 ms', met: p95Under(100) },
      route: '/api/development/summary',
    },
  ];
}

/** Career paths (issue 12, item 8). */
function careersFigures(): FigureSpec[] {
  return [
    {
      id: 'careers-eligibility',
      title:
        'Career eligibility of every person in service under every approved path (`GET /api/careers/paths/:id/eligibility` for each, in turn; p50 of the whole pass)',
      unit: 'ms',
      limit:
        'the SQL reads the engine needs, once per path: the people in service and all their history rows, in-process (p50)',
      goal: { text: '< 2 s', met: (f) => (f.p95?.median ?? f.value.median) < 2000 },
      route: '/api/careers/paths/{id}/eligibility',
    },
    {
      id: 'careers-succession',
      title:
        'Succession of every key title `GET /api/careers/succession` (all approved paths in one request, p50)',
      unit: 'ms',
      limit: 'the SQL reads the engine needs, once (p50)',
      goal: { text: '< 2 s', met: (f) => (f.p95?.median ?? f.value.median) < 2000 },
      route: '/api/careers/succession',
    },
    {
      id: 'careers-self-check',
      title: 'Staff self-check `GET /api/careers/self-check` (one person against every approved path, p50)',
      unit: 'ms',
      limit: 'bare route (p50)',
      limit2: 'the SQL read of that person’s history rows, in-process (p50)',
      goal: { text: 'p95 < 50 ms', met: p95Under(50) },
      route: '/api/careers/self-check',
    },
  ];
}

/** Samples of one database and scale, by figure id. */
export class Recorder {
  private readonly samples = new Map<string, Sample[]>();
  readonly notes = new Map<string, string>();

  add(id: string, sample: Sample) {
    if (!FIGURES.some((f) => f.id === id)) throw new Error(`unknown figure ${id}`);
    const list = this.samples.get(id) ?? [];
    list.push(sample);
    this.samples.set(id, list);
  }

  note(id: string, text: string) {
    this.notes.set(id, text);
  }

  private readonly skips = new Map<string, string>();

  /** The figure was not measured in this run, for this reason (shown in the report instead of numbers). */
  skip(id: string, reason: string) {
    if (!FIGURES.some((f) => f.id === id)) throw new Error(`unknown figure ${id}`);
    this.skips.set(id, reason);
  }

  skipped(): Skipped[] {
    return FIGURES.filter((spec) => this.skips.has(spec.id) && !this.samples.has(spec.id)).map((spec) => ({
      spec,
      reason: this.skips.get(spec.id)!,
    }));
  }

  results(): FigureResult[] {
    return FIGURES.filter((spec) => this.samples.has(spec.id)).map((spec) => {
      const s = this.samples.get(spec.id)!;
      const value = summarizeRuns(s.map((x) => x.value));
      const p95s = s.map((x) => x.p95).filter((x): x is number => x !== undefined);
      const limit = summarizeRuns(s.map((x) => x.limit));
      const limit2s = s.map((x) => x.limit2).filter((x): x is number => x !== undefined);
      const limit2 = limit2s.length > 0 ? summarizeRuns(limit2s) : null;
      const r = spec.higherIsBetter ? ratio(limit.median, value.median) : ratio(value.median, limit.median);
      const r2 = limit2 ? ratio(value.median, limit2.median) : Number.NaN;
      const result: FigureResult = {
        spec,
        value,
        p95: p95s.length > 0 ? summarizeRuns(p95s) : null,
        limit,
        limit2,
        ratio: r,
        ratio2: r2,
        goalMet: null,
      };
      const note = this.notes.get(spec.id);
      if (note) result.note = note;
      result.goalMet = spec.goal ? spec.goal.met(result) : null;
      return result;
    });
  }
}
