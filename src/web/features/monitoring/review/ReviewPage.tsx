import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { REPORT_STATES, type ReportState } from '../../../../domain/monitoring';
import { REVIEW_BULK_MAX, type ReviewQueueItem } from '../../../../shared/api/monitoring/review';
import { ApiError, apiRequest } from '../../../shared/api/client';
import { isPeriod } from '../../../shared/format/periods';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { pick, useT } from '../../../shared/i18n/useT';
import { useSession } from '../../../shared/session/useSession';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/Notice';
import { BulkBar } from './BulkBar';
import { reviewMessages } from './messages';
import { ReviewFilters } from './ReviewFilters';
import { ReviewResults, type ReviewResult } from './ReviewResults';
import { ReviewTable } from './ReviewTable';
import { useReviewQueue } from './useReviewQueue';
import './review.css';
import { ListDownloads } from '../shared/ListDownloads';

type BulkAnswer = { id: number; ok: boolean; reason?: { th: string; en: string } }[];

const isState = (text: string | null): text is ReportState =>
  text !== null && (REPORT_STATES as readonly string[]).includes(text);

/**
 * The review queue: an agency approver approves what its focal points submitted; the central office
 * accepts what approvers approved. Either returns a report with a comment. Filters live in the URL.
 */
export function ReviewPage() {
  const m = useMessages(reviewMessages);
  const role = useSession().user?.role;
  if (role !== 'approver' && role !== 'admin') {
    return (
      <section>
        <h1>{m('title')}</h1>
        <Notice>{m('notAllowed')}</Notice>
      </section>
    );
  }
  return <ReviewQueue role={role} />;
}

function ReviewQueue({ role }: { role: 'approver' | 'admin' }) {
  const m = useMessages(reviewMessages);
  const { lang } = useT();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('state');
  const state: ReportState = isState(stateParam) ? stateParam : role === 'admin' ? 'approved' : 'submitted';
  const periodParam = params.get('period');
  const period = isPeriod(periodParam) ? periodParam : '';
  const queue = useReviewQueue(state, period);
  const bulkAction = role === 'admin' ? 'accept' : 'approve';

  const [selection, setSelection] = useState<ReadonlySet<number>>(new Set());
  const [results, setResults] = useState<ReviewResult[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError>();

  const items = queue.items;
  const eligible = (item: ReviewQueueItem) => item.abilities[bulkAction];
  const selected = items.filter((item) => selection.has(item.id) && eligible(item));

  const setFilter = (key: 'state' | 'period', value: string) => {
    setSelection(new Set());
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  };

  const describe = (item: ReviewQueueItem) => ({
    id: item.id,
    projectId: item.projectId,
    code: item.projectCode,
    period: item.period,
  });

  /** Records what happened to each report; those that moved leave the list and the counts are read again. */
  const finish = (answers: BulkAnswer, action: ReviewResult['action']) => {
    const byId = new Map(items.map((item) => [item.id, item]));
    setResults(
      answers.map((answer) => ({
        ...describe(byId.get(answer.id)!),
        action,
        ok: answer.ok,
        reason: answer.reason,
      })),
    );
    setSelection((previous) => {
      const next = new Set(previous);
      for (const answer of answers) if (answer.ok) next.delete(answer.id);
      return next;
    });
    queue.settle(answers.filter((answer) => answer.ok).map((answer) => answer.id));
  };

  async function runBulk() {
    if (selected.length === 0) return;
    setBusy('bulk');
    setFailure(undefined);
    // Many pages may be loaded: the server takes a bounded number of reports per request. What the
    // requests before a failure did is still reported.
    const ids = selected.map((item) => item.id);
    const answers: BulkAnswer = [];
    try {
      for (let start = 0; start < ids.length; start += REVIEW_BULK_MAX) {
        const chunk = ids.slice(start, start + REVIEW_BULK_MAX);
        answers.push(
          ...(await apiRequest<BulkAnswer>('/api/reports/review', {
            method: 'POST',
            body: { action: bulkAction, ids: chunk },
          })),
        );
      }
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setFailure(cause);
    } finally {
      if (answers.length > 0) finish(answers, bulkAction);
      setBusy(null);
    }
  }

  async function runOne(item: ReviewQueueItem, action: 'approve' | 'accept') {
    setBusy(`${action}-${item.id}`);
    setFailure(undefined);
    try {
      await apiRequest<{ state: string }>(`/api/reports/${item.id}/review`, {
        method: 'POST',
        body: { action },
      });
      finish([{ id: item.id, ok: true }], action);
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      finish([{ id: item.id, ok: false, reason: cause.bilingual }], action);
    } finally {
      setBusy(null);
    }
  }

  const failedReasons = new Map(
    results.filter((r) => !r.ok && r.reason).map((r) => [r.id, pick(r.reason!, lang)]),
  );

  return (
    <section className="review-page" data-testid="review-page">
      <h1>{m('title')}</h1>
      <p className="muted">{role === 'admin' ? m('introAdmin') : m('introApprover')}</p>

      <ReviewFilters state={state} period={period} counts={queue.counts} onChange={setFilter} />
      <ListDownloads list="review-queue" query={{ state, period: period || undefined }} />

      <ReviewResults results={results} onDismiss={() => setResults([])} />
      <ErrorNotice error={failure} testId="review-error" />
      <ErrorNotice error={queue.error} />

      {queue.loading && <Loading />}
      {!queue.loading && (items.length > 0 || !queue.error) && (
        <div>
          {items.length > 0 && (
            <p className="review-count" data-testid="review-count">
              {m('showing', {
                to: fmt.number(items.length),
                total: fmt.number(Math.max(queue.total, items.length)),
              })}
            </p>
          )}
          {items.length === 0 && queue.hasMore && <Loading />}
          {items.length === 0 && !queue.hasMore && (
            <p className="empty" data-testid="review-empty">
              {m('empty')}
            </p>
          )}
          {items.length > 0 && (
            <>
              <BulkBar
                total={items.filter(eligible).length}
                count={selected.length}
                action={bulkAction}
                busy={busy !== null}
                onSelectAll={(all) =>
                  setSelection(new Set(all ? items.filter(eligible).map((i) => i.id) : []))
                }
                onRun={runBulk}
              />
              <ReviewTable
                items={items}
                selection={selection}
                selectable={eligible}
                onSelect={(id, on) =>
                  setSelection((previous) => {
                    const next = new Set(previous);
                    if (on) next.add(id);
                    else next.delete(id);
                    return next;
                  })
                }
                busy={busy}
                failedReasons={failedReasons}
                onApprove={(item) => runOne(item, 'approve')}
                onAccept={(item) => runOne(item, 'accept')}
                onReturned={(item) => finish([{ id: item.id, ok: true }], 'return')}
              />
            </>
          )}
          {queue.hasMore && (
            <p className="review-more">
              <button
                type="button"
                className="button"
                disabled={queue.loadingMore}
                aria-busy={queue.loadingMore}
                onClick={queue.loadMore}
                data-testid="review-load-more"
              >
                {queue.loadingMore ? m('loadingMore') : m('loadMore')}
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
