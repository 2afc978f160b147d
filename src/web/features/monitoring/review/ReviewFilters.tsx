import { REPORT_STATES, type ReportState } from '../../../../domain/monitoring';
import type { ReportingMonthView } from '../../../../shared/api/monitoring/months';
import type { ReviewQueuePage } from '../../../../shared/api/monitoring/review';
import { useApiData } from '../../../shared/api/useApiData';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { reviewMessages } from './messages';

/** The queue's filters (kept in the URL by the page); each state shows how many reports it holds. */
export function ReviewFilters({
  state,
  period,
  counts,
  onChange,
}: {
  state: ReportState;
  period: string;
  counts: ReviewQueuePage['counts'] | undefined;
  onChange: (key: 'state' | 'period', value: string) => void;
}) {
  const m = useMessages(reviewMessages);
  const fmt = useFormat();
  const months = useApiData<ReportingMonthView[]>('/api/reporting-months');
  const monthOptions = [...new Set([...(months.data ?? []).map((month) => month.period), period])]
    .filter(Boolean)
    .sort()
    .reverse();
  return (
    <div className="toolbar review-filters">
      <label className="inline-field">
        <span>{m('filter.state')}</span>
        <select
          value={state}
          onChange={(e) => onChange('state', e.target.value)}
          data-testid="review-state-filter"
        >
          {REPORT_STATES.map((s) => (
            <option key={s} value={s}>
              {m(`state.${s}`)}
              {counts && ` (${fmt.number(counts[s])})`}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{m('filter.month')}</span>
        <select
          value={period}
          onChange={(e) => onChange('period', e.target.value)}
          data-testid="review-month-filter"
        >
          <option value="">{m('filter.allMonths')}</option>
          {monthOptions.map((p) => (
            <option key={p} value={p}>
              {fmt.period(p)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
