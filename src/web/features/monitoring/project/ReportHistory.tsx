import type { MonthlyReportView } from '../../../../shared/api/monitoring/plans';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { useT } from '../../../shared/i18n/useT';
import { TableScroll } from '../../../shared/ui/Notice';
import { StatusBadge } from '../shared/StatusBadge';
import { projectMessages } from './messages';
import { ReportStateBadge } from '../shared/ReportStateBadge';

/** Newest month first; within a month the current report first, then the ones it replaced. */
function newestFirst(a: MonthlyReportView, b: MonthlyReportView): number {
  if (a.period !== b.period) return a.period < b.period ? 1 : -1;
  if ((a.supersededAt === null) !== (b.supersededAt === null)) return a.supersededAt === null ? -1 : 1;
  return a.reportedAt < b.reportedAt ? 1 : a.reportedAt > b.reportedAt ? -1 : 0;
}

export function ReportHistory({ reports }: { reports: MonthlyReportView[] }) {
  const { t } = useT();
  const m = useMessages(projectMessages);
  const fmt = useFormat();
  const sorted = [...reports].sort(newestFirst);
  const text = (value: string | null) => value ?? <span className="muted">–</span>;

  return (
    <section className="card">
      <h2>{t('report.history')}</h2>
      {sorted.length === 0 ? (
        <p className="empty" data-testid="report-history">
          {t('report.noReports')}
        </p>
      ) : (
        <TableScroll label={t('report.history')}>
          <table className="data-table report-history" data-testid="report-history">
            <thead>
              <tr>
                <th scope="col">{t('report.period')}</th>
                <th scope="col">{m('history.state')}</th>
                <th scope="col">{m('history.submittedAt')}</th>
                <th scope="col">{t('report.status')}</th>
                <th scope="col">{t('report.percent')}</th>
                <th scope="col">{t('report.kpiActual')}</th>
                <th scope="col">{t('report.spent')}</th>
                <th scope="col">{t('report.problems')}</th>
                <th scope="col">{t('report.nextSteps')}</th>
                <th scope="col">{t('report.reportedBy')}</th>
                <th scope="col">{m('history.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((report) => {
                const replaced = report.supersededAt !== null;
                return (
                  <tr
                    key={report.id}
                    className={replaced ? 'is-superseded' : undefined}
                    data-superseded={replaced || undefined}
                    data-period={report.period}
                    data-state={report.state}
                  >
                    <td className="nowrap">
                      {fmt.period(report.period)}
                      {replaced && <span className="tag">{t('report.superseded')}</span>}
                    </td>
                    <td>
                      <ReportStateBadge state={report.state} />
                    </td>
                    <td className="nowrap">
                      {report.submittedAt !== null ? (
                        fmt.dateTime(report.submittedAt)
                      ) : (
                        <span className="muted">{m('history.notSubmitted')}</span>
                      )}
                    </td>
                    <td>
                      <StatusBadge status={report.status} />
                    </td>
                    <td className="num">{report.percent !== null ? fmt.number(report.percent) : '–'}</td>
                    <td className="num">
                      {report.kpiActual !== null ? fmt.number(report.kpiActual, 4) : '–'}
                    </td>
                    <td className="num">{report.spent !== null ? fmt.baht(report.spent) : '–'}</td>
                    <td className="prose">{text(report.problems)}</td>
                    <td className="prose">{text(report.nextSteps)}</td>
                    <td className="report-history__by">
                      {report.reportedBy}
                      <br />
                      <small className="muted">
                        {fmt.dateTime(report.reportedAt)}
                        {report.source === 'import' && ` · ${t('report.source.import')}`}
                        {report.source === 'demo' && ` · ${t('report.source.demo')}`}
                      </small>
                    </td>
                    <td className="prose">{text(report.reviewComment)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
