import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { reviewMessages } from './messages';

/** Select every loaded row the reader may approve (or accept), and do it to all of them at once. */
export function BulkBar({
  total,
  count,
  action,
  busy,
  onSelectAll,
  onRun,
}: {
  total: number;
  count: number;
  action: 'approve' | 'accept';
  busy: boolean;
  onSelectAll: (all: boolean) => void;
  onRun: () => void;
}) {
  const m = useMessages(reviewMessages);
  const fmt = useFormat();
  const all = total > 0 && count === total;
  return (
    <div className="review-bulk">
      <label className="review-bulk__all">
        <input
          type="checkbox"
          checked={all}
          ref={(box) => {
            if (box) box.indeterminate = count > 0 && !all;
          }}
          disabled={total === 0 || busy}
          onChange={(e) => onSelectAll(e.target.checked)}
          data-testid="review-select-all"
        />{' '}
        {m('selectAll')}
      </label>
      <span className="muted" data-testid="review-selected-count">
        {m('selected', { count: fmt.number(count) })}
      </span>
      <button
        type="button"
        className="button button--primary"
        disabled={count === 0 || busy}
        onClick={onRun}
        data-testid={action === 'accept' ? 'review-bulk-accept' : 'review-bulk-approve'}
      >
        {action === 'accept' ? m('bulkAccept') : m('bulkApprove')}
      </button>
    </div>
  );
}
