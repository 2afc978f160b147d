import { useEffect, useState } from 'react';
import type {
  MissingReport,
  MissingResponse,
  TimelinessResponse,
} from '../../../../shared/api/monitoring/timeliness';
import { ApiError, apiRequest } from '../../../shared/api/client';

const thai = new Intl.Collator('th');
const codes = new Intl.Collator('th', { numeric: true });

/** Which missing reports to list: one agency (or all: null), one month (or every month of the range: null). */
export interface MissingSelection {
  unitId: number | null;
  period: string | null;
}

export interface MissingProject {
  report: MissingReport;
  /** The months of the selection in which this project's report is missing, oldest first. */
  periods: string[];
}

/**
 * The missing reports of a selection: one GET /api/timeliness/missing per month that has any (the
 * months of the range where the agency's count is above zero), merged per project.
 */
export function useMissingReports(data: TimelinessResponse | undefined, selection: MissingSelection | null) {
  const [result, setResult] = useState<{ key: string; projects: MissingProject[] }>();
  const [error, setError] = useState<ApiError>();

  const periods =
    !data || !selection
      ? []
      : selection.period
        ? [selection.period]
        : selection.unitId === null
          ? data.months.filter((m) => m.missing > 0).map((m) => m.period)
          : (data.agencies
              .find((a) => a.unit.id === selection.unitId)
              ?.months.filter((m) => m.missing > 0)
              .map((m) => m.period) ?? []);
  const key = data && selection ? JSON.stringify([data.plan, selection.unitId, periods]) : '';

  useEffect(() => {
    if (!key) return;
    const [plan, unit, wanted] = JSON.parse(key) as [string, number | null, string[]];
    const controller = new AbortController();
    setError(undefined);
    Promise.all(
      wanted.map((period) =>
        apiRequest<MissingResponse>('/api/timeliness/missing', {
          query: { plan, period, unit },
          signal: controller.signal,
        }),
      ),
    )
      .then((answers) => {
        const byProject = new Map<number, MissingProject>();
        for (const answer of answers) {
          for (const report of answer.missing) {
            const entry = byProject.get(report.projectId);
            if (entry) entry.periods.push(answer.period);
            else byProject.set(report.projectId, { report, periods: [answer.period] });
          }
        }
        const projects = [...byProject.values()].sort(
          (a, b) =>
            thai.compare(a.report.unit.name, b.report.unit.name) ||
            codes.compare(a.report.projectCode, b.report.projectCode),
        );
        setResult({ key, projects });
      })
      .catch((cause: unknown) => {
        if (controller.signal.aborted) return;
        setError(
          cause instanceof ApiError
            ? cause
            : new ApiError(0, 'internal', { th: String(cause), en: String(cause) }),
        );
      });
    return () => controller.abort();
  }, [key]);

  return {
    periods,
    projects: result?.key === key ? result.projects : undefined,
    error,
  };
}
