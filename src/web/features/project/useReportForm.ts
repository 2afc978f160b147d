import { useState, type FormEvent } from 'react';
import { fromThaiDigits, parseDecimal, parsePeriod, periodKey, type ProjectStatus } from '../../../domain';
import { MonthlyReportInput, type MonthlyReportView, type ProjectDetail } from '../../../shared/api/plans';
import { ApiError, apiRequest } from '../../shared/api/client';
import { schemaFieldErrors, serverFieldErrors, type FieldErrors } from '../../shared/forms/fieldErrors';
import { currentPeriod } from '../../shared/format/periods';
import { useT } from '../../shared/i18n/useT';

export interface ReportFields {
  period: string;
  status: ProjectStatus;
  percent: string;
  kpiActual: string;
  spent: string;
  problems: string;
  nextSteps: string;
}

/** This month, unless the project's last fiscal year is over: then its last month (September). */
function defaultPeriod(project: ProjectDetail): string {
  const now = currentPeriod();
  const last = `${project.fiscalYearTo}-09`;
  const nowKey = periodKey(parsePeriod(now) ?? { yearBE: 0, month: 1 });
  return nowKey > periodKey(parsePeriod(last) ?? { yearBE: 0, month: 1 }) ? last : now;
}

function blankFields(project: ProjectDetail): ReportFields {
  return {
    period: defaultPeriod(project),
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

export function toReportInput(fields: ReportFields): Record<string, unknown> {
  const percent = orNull(fields.percent);
  return {
    period: fields.period,
    status: fields.status,
    percent: percent === null ? null : fromThaiDigits(percent),
    kpiActual: decimal(fields.kpiActual),
    spent: decimal(fields.spent),
    problems: orNull(fields.problems),
    nextSteps: orNull(fields.nextSteps),
  };
}

export function useReportForm(project: ProjectDetail, onSaved: () => void) {
  const { lang } = useT();
  const [fields, setFields] = useState<ReportFields>(() => blankFields(project));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError>();
  const [saved, setSaved] = useState<MonthlyReportView>();
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof ReportFields>(key: K, value: ReportFields[K]) =>
    setFields((previous) => ({ ...previous, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(undefined);
    setFailure(undefined);
    const parsed = MonthlyReportInput.safeParse(toReportInput(fields));
    if (!parsed.success) {
      setErrors(schemaFieldErrors(parsed.error.issues, lang));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const report = await apiRequest<MonthlyReportView>(`/api/projects/${project.id}/reports`, {
        method: 'POST',
        body: parsed.data,
      });
      setSaved(report);
      setFields((previous) => ({
        ...blankFields(project),
        period: previous.period, // a correction is the likelier next step than another month
        status: report.status,
      }));
      onSaved();
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setFailure(cause);
      setErrors(serverFieldErrors(cause.issues, lang));
    } finally {
      setBusy(false);
    }
  }

  return { fields, set, errors, failure, saved, busy, submit };
}
