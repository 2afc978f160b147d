import { useState, type FormEvent } from 'react';
import { parseDecimal, parsePeriod, periodKey } from '../../../../domain';
import { type ProjectStatus } from '../../../../domain/monitoring';
import {
  MonthlyReportInput,
  type MonthlyReportView,
  type ProjectDetail,
} from '../../../../shared/api/monitoring/plans';
import { ApiError, apiRequest } from '../../../shared/api/client';
import { schemaFieldErrors, serverFieldErrors, type FieldErrors } from '../../../shared/forms/fieldErrors';
import { currentPeriod } from '../../../shared/format/periods';
import { useT } from '../../../shared/i18n/useT';
import { percentFromTyped } from '../../../../domain/monitoring/status-percent';
import { SubmissionKey } from './submissionKey';

export interface ReportFields {
  period: string;
  status: ProjectStatus;
  percent: string;
  kpiActual: string;
  spent: string;
  problems: string;
  nextSteps: string;
}

export type ReportFormAction = 'save' | 'submit';

/** This month, unless the project's last fiscal year is over: then its last month (September). */
export function fallbackPeriod(project: ProjectDetail): string {
  const now = currentPeriod();
  const last = `${project.fiscalYearTo}-09`;
  const nowKey = periodKey(parsePeriod(now) ?? { yearBE: 0, month: 1 });
  return nowKey > periodKey(parsePeriod(last) ?? { yearBE: 0, month: 1 }) ? last : now;
}

/** The version of a month's report that counts now (the others were replaced by it). */
export function currentReportOf(project: ProjectDetail, period: string): MonthlyReportView | undefined {
  return project.reports.find((r) => r.period === period && r.supersededAt === null);
}

/** "70.00" → "70": what a person would have typed. */
const plainNumber = (value: string | null) => {
  if (value === null) return '';
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
};

function fieldsFor(project: ProjectDetail, period: string): ReportFields {
  const report = currentReportOf(project, period);
  if (report) {
    return {
      period,
      status: report.status,
      percent: plainNumber(report.percent),
      kpiActual: plainNumber(report.kpiActual),
      spent: report.spent ?? '',
      problems: report.problems ?? '',
      nextSteps: report.nextSteps ?? '',
    };
  }
  return {
    period,
    status: project.latestReport?.status ?? 'not_started',
    percent: '',
    kpiActual: '',
    spent: '',
    problems: '',
    nextSteps: '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
/** People type "1,250,000" or Thai digits: the canonical decimal when it is one, else as typed (the schema says why). */
const decimal = (text: string) => {
  const value = orNull(text);
  return value === null ? null : (parseDecimal(value) ?? value);
};

export function toReportInput(
  fields: ReportFields,
  action: ReportFormAction = 'submit',
): Record<string, unknown> {
  return {
    action,
    period: fields.period,
    status: fields.status,
    percent: percentFromTyped(fields.percent),
    kpiActual: decimal(fields.kpiActual),
    spent: decimal(fields.spent),
    problems: orNull(fields.problems),
    nextSteps: orNull(fields.nextSteps),
  };
}

/**
 * The report form's state. Choosing a month that already has a report loads its current version
 * (correcting a returned report is the usual next step); a month without one keeps what was typed.
 */
export function useReportForm(project: ProjectDetail, initialPeriod: string, onSaved: () => void) {
  const { lang } = useT();
  const [fields, setFields] = useState<ReportFields>(() => fieldsFor(project, initialPeriod));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError>();
  const [saved, setSaved] = useState<MonthlyReportView>();
  const [busy, setBusy] = useState<ReportFormAction | null>(null);
  // One Idempotency-Key per intended submission, kept across retries (submissionKey.ts).
  const [submission] = useState(() => new SubmissionKey());

  const set = <K extends keyof ReportFields>(key: K, value: ReportFields[K]) => {
    if (key === 'period') {
      const period = value as string;
      setSaved(undefined);
      setFailure(undefined);
      setErrors({});
      setFields((previous) =>
        currentReportOf(project, period) ? fieldsFor(project, period) : { ...previous, period },
      );
      return;
    }
    setFields((previous) => ({ ...previous, [key]: value }));
  };

  async function send(action: ReportFormAction) {
    setSaved(undefined);
    setFailure(undefined);
    const parsed = MonthlyReportInput.safeParse(toReportInput(fields, action));
    if (!parsed.success) {
      setErrors(schemaFieldErrors(parsed.error.issues, lang));
      return;
    }
    setErrors({});
    setBusy(action);
    try {
      const report = await apiRequest<MonthlyReportView>(`/api/projects/${project.id}/reports`, {
        method: 'POST',
        body: parsed.data,
        headers: { 'idempotency-key': submission.for(parsed.data) },
      });
      submission.saved();
      setSaved(report);
      setFields((previous) => ({ ...previous, status: report.status }));
      onSaved();
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setFailure(cause);
      setErrors(serverFieldErrors(cause.issues, lang));
    } finally {
      setBusy(null);
    }
  }

  /** The button pressed says which action; Enter in a field saves a draft (the first button). */
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const action = submitter instanceof HTMLButtonElement && submitter.value === 'submit' ? 'submit' : 'save';
    void send(action);
  }

  return { fields, set, errors, failure, saved, busy, submit, send };
}
