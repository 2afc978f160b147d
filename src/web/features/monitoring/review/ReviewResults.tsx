import { Link } from 'react-router';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { pick, useT } from '../../../shared/i18n/useT';
import { Notice } from '../../../shared/ui/Notice';
import { reviewMessages } from './messages';

export interface ReviewResult {
  id: number;
  projectId: number;
  code: string;
  period: string;
  action: 'approve' | 'accept' | 'return';
  ok: boolean;
  reason?: { th: string; en: string } | undefined;
}

const DONE = { approve: 'result.approved', accept: 'result.accepted', return: 'result.returned' } as const;

/** What the last action did to each report: done, or the server's reason why not. */
export function ReviewResults({ results, onDismiss }: { results: ReviewResult[]; onDismiss: () => void }) {
  const m = useMessages(reviewMessages);
  const { lang } = useT();
  const fmt = useFormat();
  if (results.length === 0) return null;
  const failed = results.filter((r) => !r.ok).length;
  return (
    <Notice tone={failed === 0 ? 'success' : 'warning'} testId="review-results">
      <div className="review-results__head">
        <strong>
          {m('result.title')}:{' '}
          {m('result.summary', { ok: fmt.number(results.length - failed), failed: fmt.number(failed) })}
        </strong>
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {m('result.dismiss')}
        </button>
      </div>
      <ul className="review-results">
        {results.map((result) => (
          <li key={result.id} data-testid={`review-result-${result.id}`} data-ok={result.ok}>
            <span aria-hidden="true">{result.ok ? '✓' : '✗'}</span>{' '}
            <Link to={`/projects/${result.projectId}`}>
              {m('result.row', { code: result.code, month: fmt.period(result.period) })}
            </Link>
            {': '}
            {result.ok
              ? m(DONE[result.action])
              : `${m('result.failed')} — ${result.reason ? pick(result.reason, lang) : ''}`}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
