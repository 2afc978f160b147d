import type { ProjectStatus } from '../../../../domain/monitoring';
import type { ReportChanges as ReportChangesData } from '../../../../shared/api/monitoring/review';
import { useApiData } from '../../../shared/api/useApiData';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/Notice';
import { reviewMessages, type ReviewMessageKey } from './messages';

type Changes = ReportChangesData;

const FIELD_LABELS: Record<string, ReviewMessageKey> = {
  status: 'field.status',
  percent: 'field.percent',
  kpi_actual: 'field.kpi_actual',
  spent: 'field.spent',
  problems: 'field.problems',
  next_steps: 'field.next_steps',
};

/**
 * What changed in a report since its month's last accepted version, field by field. The server
 * compares with another version, so an accepted report is compared with the one accepted before it.
 */
export function ReportChanges({ id, accepted = false }: { id: number; accepted?: boolean }) {
  const m = useMessages(reviewMessages);
  const fmt = useFormat();
  const changes = useApiData<Changes>(`/api/reports/${id}/changes`);

  const value = (field: string, raw: string | null) => {
    if (raw === null) return <span className="muted">–</span>;
    switch (field) {
      case 'status':
        return fmt.status(raw as ProjectStatus);
      case 'percent':
        return fmt.number(raw);
      case 'kpi_actual':
        return fmt.number(raw, 4);
      case 'spent':
        return fmt.baht(raw);
      default:
        return raw;
    }
  };

  if (changes.error) return <ErrorNotice error={changes.error} />;
  if (!changes.data) return <Loading />;
  const { since, fields, lastMonth, fromLastMonth } = changes.data;
  const label = (field: string) => (FIELD_LABELS[field] ? m(FIELD_LABELS[field]!) : field);
  return (
    <div className="review-changes" data-testid={`review-changes-body-${id}`}>
      <p className="review-changes__since" data-since={since ? since.id : 'none'}>
        {since
          ? m(accepted ? 'changes.sinceEarlier' : 'changes.since', { date: fmt.dateTime(since.acceptedAt) })
          : m(accepted ? 'changes.firstAccepted' : 'changes.noAccepted')}
      </p>
      {fields.length === 0 ? (
        <p className="muted">{m('changes.none')}</p>
      ) : (
        <div className="review-changes__scroll">
          <table className="data-table review-changes__table">
            <thead>
              <tr>
                <th scope="col">{m('changes.field')}</th>
                <th scope="col">{m('changes.before')}</th>
                <th scope="col">{m('changes.after')}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((change) => (
                <tr key={change.field} data-field={change.field}>
                  <th scope="row">{label(change.field)}</th>
                  <td className="prose review-changes__before">{value(change.field, change.before)}</td>
                  <td className="prose review-changes__after">{value(change.field, change.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {changes.data.overBudget && changes.data.budget !== null && (
        <Notice tone="warning" testId={`review-changes-over-budget-${id}`}>
          {m('changes.overBudget', {
            budget: fmt.baht(changes.data.budget),
            excess: fmt.baht(changes.data.overBy ?? '0'),
          })}
        </Notice>
      )}
      <div className="review-changes__last-month" data-testid={`review-last-month-${id}`}>
        <p className="review-changes__since">
          {lastMonth
            ? m('changes.lastMonth', { month: fmt.period(lastMonth.period) })
            : m('changes.noLastMonth')}
        </p>
        {lastMonth && (
          <div className="review-changes__scroll">
            <table className="data-table review-changes__table">
              <thead>
                <tr>
                  <th scope="col">{m('changes.field')}</th>
                  <th scope="col">{m('changes.lastMonthValue')}</th>
                  <th scope="col">{m('changes.thisMonth')}</th>
                </tr>
              </thead>
              <tbody>
                {fromLastMonth.map((change) => (
                  <tr
                    key={change.field}
                    data-field={change.field}
                    className={change.changed ? undefined : 'is-unchanged'}
                  >
                    <th scope="row">{label(change.field)}</th>
                    <td className="prose">{value(change.field, change.before)}</td>
                    <td className="prose">
                      {change.changed ? (
                        <strong>{value(change.field, change.after)}</strong>
                      ) : (
                        value(change.field, change.after)
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
