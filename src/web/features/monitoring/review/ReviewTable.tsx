import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import type { ReviewQueueItem } from '../../../../shared/api/monitoring/review';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { StatusBadge } from '../shared/StatusBadge';
import { reviewMessages } from './messages';
import { ReportChanges } from './ReportChanges';
import { ReportEvidence } from './ReportEvidence';
import { ReportStateBadge } from '../shared/ReportStateBadge';
import { ReturnForm } from './ReturnForm';

const COLUMNS = 8;

/**
 * The queue as a table; on a phone each row becomes a card (labels come from `data-label`).
 * Under a row: the return form, and what changed since the last accepted version with the month's evidence.
 */
export function ReviewTable({
  items,
  selection,
  selectable,
  onSelect,
  busy,
  failedReasons,
  onApprove,
  onAccept,
  onReturned,
}: {
  items: ReviewQueueItem[];
  selection: ReadonlySet<number>;
  selectable: (item: ReviewQueueItem) => boolean;
  onSelect: (id: number, on: boolean) => void;
  busy: string | null;
  failedReasons: ReadonlyMap<number, string>;
  onApprove: (item: ReviewQueueItem) => void;
  onAccept: (item: ReviewQueueItem) => void;
  onReturned: (item: ReviewQueueItem) => void;
}) {
  const m = useMessages(reviewMessages);
  const fmt = useFormat();
  const [returning, setReturning] = useState<number | null>(null);
  const [showing, setShowing] = useState<ReadonlySet<number>>(new Set());
  const toggleChanges = (id: number) =>
    setShowing((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="review-table-box">
      <table className="data-table review-table" data-testid="review-table">
        <thead>
          <tr>
            <th scope="col" className="review-table__select">
              <span className="review-visually-hidden">{m('col.select')}</span>
            </th>
            <th scope="col">{m('col.project')}</th>
            <th scope="col">{m('col.month')}</th>
            <th scope="col">{m('col.progress')}</th>
            <th scope="col">{m('col.state')}</th>
            <th scope="col">{m('col.submitted')}</th>
            <th scope="col">{m('col.comment')}</th>
            <th scope="col">{m('col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const month = fmt.period(item.period);
            const canSelect = selectable(item);
            const reason = failedReasons.get(item.id);
            const open = showing.has(item.id);
            return (
              <Fragment key={item.id}>
                <tr
                  className={`review-row${selection.has(item.id) && canSelect ? ' is-selected' : ''}`}
                  data-testid={`review-row-${item.id}`}
                  data-state={item.state}
                  data-period={item.period}
                  data-project={item.projectCode}
                >
                  <td className="review-table__select" data-label={m('col.select')}>
                    <div className="review-cell">
                      <input
                        type="checkbox"
                        checked={selection.has(item.id) && canSelect}
                        disabled={!canSelect || busy !== null}
                        onChange={(e) => onSelect(item.id, e.target.checked)}
                        aria-label={m('selectRow', { code: item.projectCode, month })}
                        data-testid={`review-select-${item.id}`}
                      />
                    </div>
                  </td>
                  <td className="review-table__project" data-label={m('col.project')}>
                    <div className="review-cell">
                      <Link to={`/projects/${item.projectId}`} data-testid={`review-project-${item.id}`}>
                        <span className="code">{item.projectCode}</span> {item.projectName}
                      </Link>
                      <small className="review-row__unit">{item.unit?.name ?? m('noUnit')}</small>
                      {reason && (
                        <small
                          className="review-row__reason"
                          role="alert"
                          data-testid={`review-reason-${item.id}`}
                        >
                          {reason}
                        </small>
                      )}
                    </div>
                  </td>
                  <td className="nowrap" data-label={m('col.month')}>
                    <div className="review-cell">{month}</div>
                  </td>
                  <td data-label={m('col.progress')}>
                    <div className="review-cell">
                      <StatusBadge status={item.status} />
                      {item.percent !== null && (
                        <span className="review-row__percent">
                          {m('percent', { value: fmt.number(item.percent) })}
                        </span>
                      )}
                      {item.overBudget && (
                        <span
                          className="review-row__over-budget"
                          data-testid={`review-over-budget-${item.id}`}
                        >
                          {m('overBudget')}
                        </span>
                      )}
                    </div>
                  </td>
                  <td data-label={m('col.state')}>
                    <div className="review-cell">
                      <ReportStateBadge state={item.state} />
                    </div>
                  </td>
                  <td data-label={m('col.submitted')}>
                    <div className="review-cell">
                      {item.submittedAt ? fmt.dateTime(item.submittedAt) : <span className="muted">–</span>}
                      <br />
                      <small className="muted">{item.reportedBy}</small>
                    </div>
                  </td>
                  <td className="prose" data-label={m('col.comment')}>
                    <div className="review-cell">
                      {item.reviewComment ?? <span className="muted">–</span>}
                    </div>
                  </td>
                  <td className="review-table__actions" data-label={m('col.actions')}>
                    <div className="review-cell">
                      {item.abilities.approve && (
                        <button
                          type="button"
                          className="button button--primary"
                          disabled={busy !== null}
                          onClick={() => onApprove(item)}
                          data-testid={`review-approve-${item.id}`}
                        >
                          {busy === `approve-${item.id}` ? m('working') : m('approve')}
                        </button>
                      )}
                      {item.abilities.accept && (
                        <button
                          type="button"
                          className="button button--primary"
                          disabled={busy !== null}
                          onClick={() => onAccept(item)}
                          data-testid={`review-accept-${item.id}`}
                        >
                          {busy === `accept-${item.id}` ? m('working') : m('accept')}
                        </button>
                      )}
                      {item.abilities.return && (
                        <button
                          type="button"
                          className="button"
                          disabled={busy !== null}
                          aria-expanded={returning === item.id}
                          onClick={() => setReturning(returning === item.id ? null : item.id)}
                          data-testid={`review-return-${item.id}`}
                        >
                          {m('return')}
                        </button>
                      )}
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-expanded={open}
                        onClick={() => toggleChanges(item.id)}
                        data-testid={`review-changes-${item.id}`}
                      >
                        {open ? m('hideChanges') : m('showChanges')}
                      </button>
                    </div>
                  </td>
                </tr>
                {returning === item.id && (
                  <tr className="review-row__extra">
                    <td colSpan={COLUMNS}>
                      <ReturnForm
                        id={item.id}
                        title={m('returnForm.title', { code: item.projectCode, month })}
                        onCancel={() => setReturning(null)}
                        onDone={() => {
                          setReturning(null);
                          onReturned(item);
                        }}
                      />
                    </td>
                  </tr>
                )}
                {open && (
                  <tr className="review-row__extra">
                    <td colSpan={COLUMNS}>
                      <ReportChanges id={item.id} accepted={item.state === 'accepted'} />
                      <ReportEvidence item={item} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
