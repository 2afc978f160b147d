/**
 * Where the command line's work runs. With DATABASE_URL, or a PGlite directory nobody holds, it opens
 * the database itself (holding the lock). When a tidtam server holds the directory, it asks that server
 * over loopback with the operator token from the lock file, so the files are never opened twice.
 */
import { openAsBlob } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ImportResult } from '../shared/api/monitoring/plans';
import type { SummaryResponse } from '../shared/api/monitoring/summary';
import type { ReportingMonthView } from '../shared/api/monitoring/months';
import type { MissingResponse } from '../shared/api/monitoring/timeliness';
import type { ApiErrorBody } from '../shared/messages';
import type { WorkforceImportKind, WorkforceImportResult } from '../shared/api/workforce/imports';
import type { DevelopmentImportKind, DevelopmentImportResult } from '../shared/api/development/imports';
import type { RetirementReport, RetirementReportQuery } from '../shared/api/workforce/retirement-report';
import type { EligibilityView, PathFileImportResult, PathSummary } from '../shared/api/careers';
import { OPERATOR } from '../server/actor';
import type { Env } from '../server/config/env';
import type { Database } from '../server/db/database';
import { DataDirBusyError, readLock } from '../server/db/lock';
import { openDatabase } from '../server/db/open-database';
import { AppError } from '../server/errors';
import { importPlan } from '../server/use-cases/monitoring/import-plan';
import { importReports } from '../server/use-cases/monitoring/import-reports';
import { getProgressSummary } from '../server/use-cases/monitoring/get-progress-summary';
import { listReportingMonths, openReportingMonth } from '../server/use-cases/monitoring/reporting-months';
import { listMissingReports } from '../server/use-cases/monitoring/timeliness';
import { importWorkforceFile } from '../server/use-cases/workforce/import-file';
import { importDevelopmentPlan } from '../server/use-cases/development/import-plan';
import { importDevelopmentRecords } from '../server/use-cases/development/import-records';
import { importDigitalSkills } from '../server/use-cases/development/import-digital';
import { getRetirementReport } from '../server/use-cases/workforce/retirement-report';
import { pathEligibility } from '../server/use-cases/careers/eligibility';
import { listPaths } from '../server/use-cases/careers/paths';
import { importPathFile } from '../server/use-cases/careers/path-file';
import { notFound } from '../server/errors';

export interface Backend {
  readonly description: string;
  importPlan(file: Uint8Array, dryRun: boolean): Promise<ImportResult>;
  importReports(file: Uint8Array, dryRun: boolean): Promise<ImportResult>;
  summary(q: { planCode: string; asOf: string; fiscalYear?: number | undefined }): Promise<SummaryResponse>;
  /** Opens a reporting month (openReportingMonth) and returns it as the month list shows it. */
  openMonth(input: OpenMonthInput): Promise<ReportingMonthView>;
  /** The expected reports of a month never submitted (GET /api/timeliness/missing). */
  missing(q: { plan: string; period: string }): Promise<MissingResponse>;
  /** A people, positions or history file (formats.md, "Workforce files"), read from its path as it streams. */
  importWorkforce(kind: WorkforceImportKind, path: string, dryRun: boolean): Promise<WorkforceImportResult>;
  /** `import development-plan|development-records|digital-skills` (formats.md): the file by its path, streamed. */
  importDevelopment(
    kind: DevelopmentImportKind,
    path: string,
    dryRun: boolean,
  ): Promise<DevelopmentImportResult>;
  /** `workforce retirements` (formats.md): people with no exit date retiring per fiscal year. */
  retirements(q: RetirementReportQuery): Promise<RetirementReport>;
  /** The database itself, when this process opened it (null when a server does the work). */
  readonly db: Database | null;
  /** `import career-paths FILE` (docs/career-path-file.md). */
  importCareerPaths(path: string): Promise<PathFileImportResult>;
  /** `careers eligibility --path CODE`: the version in force, every candidate, with names. */
  careerEligibility(code: string, asOf: string | undefined): Promise<EligibilityView>;
  close(): Promise<void>;
}

export interface OpenMonthInput {
  period: string;
  deadline?: string | undefined;
  /** null: never locks by itself; undefined: the lock_after_days setting. */
  lockAfterDays?: number | null | undefined;
}

const openedMonth = (months: ReportingMonthView[], period: string): ReportingMonthView => {
  const month = months.find((m) => m.period === period);
  if (!month) throw new Error(`reporting month ${period} was not found after opening it`);
  return month;
};

export async function connect(env: Env, dataDir: string): Promise<Backend> {
  if (!env.DATABASE_URL) {
    const holder = await readLock(resolve(dataDir));
    if (holder?.kind === 'server' && holder.port && holder.token)
      return serverBackend(holder.port, holder.token);
    if (holder) throw new DataDirBusyError(holder);
  }
  const opened = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir, lock: { kind: 'cli' } });
  const { db } = opened;
  return {
    description: db.kind === 'pglite' ? `PGlite ${resolve(dataDir)}` : 'PostgreSQL',
    db,
    importPlan: (file, dryRun) => importPlan(db, OPERATOR, file, { dryRun }),
    importReports: (file, dryRun) => importReports(db, OPERATOR, file, { dryRun }),
    summary: (q) => getProgressSummary(db, q),
    openMonth: async (input) => {
      await openReportingMonth(db, OPERATOR, input);
      return openedMonth(await listReportingMonths(db), input.period);
    },
    missing: (q) => listMissingReports(db, OPERATOR, q),
    importWorkforce: (kind, path, dryRun) => importWorkforceFile(db, OPERATOR, kind, path, { dryRun }),
    importDevelopment: (kind, path, dryRun) =>
      ({
        plan: importDevelopmentPlan,
        records: importDevelopmentRecords,
        'digital-skills': importDigitalSkills,
      })[kind](db, OPERATOR, path, { dryRun }),
    retirements: (q) => getRetirementReport(db, OPERATOR, q),
    importCareerPaths: (path) => importPathFile(db, OPERATOR, path),
    careerEligibility: async (code, asOf) =>
      pathEligibility(db, OPERATOR, pathIdOf(await listPaths(db, OPERATOR), code), { asOf, withinYears: 1 }),
    close: () => opened.close(),
  };
}

function serverBackend(port: number, token: string): Backend {
  const base = `http://127.0.0.1:${port}`;
  const call = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const response = await fetch(base + path, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) },
    });
    const body = (await response.json()) as T | ApiErrorBody;
    if (!response.ok) {
      const { error } = body as ApiErrorBody;
      throw new AppError(error.code, error.message, error.issues);
    }
    return body as T;
  };
  const upload = (kind: string) => (file: Uint8Array, dryRun: boolean) =>
    call<ImportResult>(`/api/imports/${kind}?dryRun=${dryRun}`, {
      method: 'POST',
      body: file,
      headers: { 'content-type': 'application/octet-stream' },
    });
  // A large file goes as the multipart upload the web page sends, streamed from disk (openAsBlob).
  const sendFile = async <T>(path: string, file: string): Promise<T> => {
    const form = new FormData();
    form.append('file', await openAsBlob(file), basename(file));
    return call<T>(path, { method: 'POST', body: form });
  };
  return {
    description: `the running tidtam server on port ${port}`,
    db: null,
    importPlan: upload('plan'),
    importReports: upload('reports'),
    summary: (q) => {
      const params = new URLSearchParams({
        asOf: q.asOf,
        ...(q.fiscalYear ? { fiscalYear: String(q.fiscalYear) } : {}),
      });
      return call<SummaryResponse>(`/api/plans/${encodeURIComponent(q.planCode)}/summary?${params}`);
    },
    openMonth: async (input) =>
      openedMonth(
        await call<ReportingMonthView[]>('/api/reporting-months', {
          method: 'POST',
          body: JSON.stringify(input),
          headers: { 'content-type': 'application/json' },
        }),
        input.period,
      ),
    missing: (q) =>
      call<MissingResponse>(
        `/api/timeliness/missing?${new URLSearchParams({ plan: q.plan, period: q.period })}`,
      ),
    importWorkforce: (kind, path, dryRun) =>
      sendFile<WorkforceImportResult>(`/api/workforce/imports/${kind}?dryRun=${dryRun}`, path),
    importDevelopment: (kind, path, dryRun) =>
      sendFile<DevelopmentImportResult>(`/api/development/imports/${kind}?dryRun=${dryRun}`, path),
    retirements: (q) =>
      call<RetirementReport>(
        `/api/workforce/retirements/report?${new URLSearchParams({
          fromFiscalYear: String(q.fromFiscalYear),
          years: String(q.years),
        })}`,
      ),
    importCareerPaths: (path) => sendFile<PathFileImportResult>('/api/careers/path-file', path),
    careerEligibility: async (code, asOf) => {
      const id = pathIdOf(await call<PathSummary[]>('/api/careers/paths'), code);
      return call<EligibilityView>(
        `/api/careers/paths/${id}/eligibility${asOf ? `?${new URLSearchParams({ asOf })}` : ''}`,
      );
    },
    close: async () => undefined,
  };
}

function pathIdOf(paths: PathSummary[], code: string): number {
  const found = paths.find((p) => p.code === code);
  if (!found) throw notFound({ th: `เส้นทางรหัส ${code}`, en: `A career path coded ${code}` });
  return found.id;
}
