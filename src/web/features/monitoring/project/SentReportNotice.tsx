import type { MonthlyReportView } from '../../../../shared/api/monitoring/plans';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { projectMessages } from './messages';

/** The states in which an agency can no longer change a month's report (the server refuses with 409). */
export const SENT_STATES = ['submitted', 'approved', 'accepted'] as const;

/**
 * Whether the form is read-only for this user: once a report is sent up the focal point waits for the
 * reviewer (submitted, approved); an accepted report is closed for everyone until the centre returns it.
 */
export function reportIsReadOnly(report: MonthlyReportView | undefined, isAdmin: boolean): boolean {
  if (!report) return false;
  if (report.state === 'accepted') return true;
  return !isAdmin && (report.state === 'submitted' || report.state === 'approved');
}

/** Why the form cannot be edited (sent on …, waiting for whom) and what happens next. */
export function SentReportNotice({ report }: { report: MonthlyReportView }) {
  const m = useMessages(projectMessages);
  const fmt = useFormat();
  const sentOn = report.submittedAt ?? report.reportedAt;
  const why =
    report.state === 'submitted'
      ? m('readonly.awaitingApprover', { when: fmt.dateTime(sentOn) })
      : report.state === 'approved'
        ? m('readonly.awaitingCentre', {
            when: fmt.dateTime(sentOn),
            approvedOn: fmt.dateTime(report.approvedAt ?? sentOn),
          })
        : m('readonly.accepted', { when: fmt.dateTime(report.acceptedAt ?? sentOn) });
  return (
    <div className="report-readonly" role="status" data-testid="report-readonly" data-state={report.state}>
      <strong>{m('readonly.title')}</strong>
      <p data-testid="report-readonly-why">{why}</p>
      <p data-testid="report-readonly-next">
        {report.state === 'accepted' ? m('readonly.nextAccepted') : m('readonly.next')}
      </p>
    </div>
  );
}
