import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { REPORT_STATES, type ReportState } from '../../../domain';
import type { ReportingMonthView } from '../../../shared/api/months';
import type { ReviewQueueItem } from '../../../shared/api/review';
import { ApiError, apiRequest } from '../../shared/api/client';
import { useApiData } from '../../shared/api/useApiData';
import { isPeriod } from '../../shared/format/periods';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { pick, useT } from '../../shared/i18n/useT';
import { useSession } from '../../shared/session/useSession';
import { ErrorNotice, Loading, Notice } from '../../shared/ui/Notice';
import { reviewMessages } from './messages';
import { ReviewResults, type ReviewResult } from './ReviewResults';
import { ReviewTable } from './ReviewTable';
import './review.css';

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
  const queue = useApiData<ReviewQueueItem[]>('/api/reports', { state, period: period || undefined });
  const months = useApiData<ReportingMonthView[]>('/api/reporting-months');
  const bulkAction = role === 'admin' ? 'accept' : 'approve';

  const [selection, setSelection] = useState<ReadonlySet<number>>(new Set());
  const [results, setResults] = useState<ReviewResult[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError>();

  const items = queue.data ?? [];
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

  /** Records what happened to each report, then reloads: moved reports leave the list. */
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
    queue.reload();
  };

  async function runBulk() {
    if (selected.length === 0) return;
    setBusy('bulk');
    setFailure(undefined);
    try {
      const answers = await apiRequest<BulkAnswer>('/api/reports/review', {
        method: 'POST',
        body: { action: bulkAction, ids: selected.map((item) => item.id) },
      });
      finish(answers, bulkAction);
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setFailure(cause);
    } finally {
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

  const monthOptions = [...new Set([...(months.data ?? []).map((month) => month.period), period])]
    .filter(Boolean)
    .sort()
    .reverse();
  const failedReasons = new Map(
    results.filter((r) => !r.ok && r.reason).map((r) => [r.id, pick(r.reason!, lang)]),
  );

  return (
    <section className="review-page" data-testid="review-page">
      <h1>{m('title')}</h1>
      <p className="muted">{role === 'admin' ? m('introAdmin') : m('introApprover')}</p>

      <div className="toolbar review-filters">
        <label className="inline-field">
          <span>{m('filter.state')}</span>
          <select
            value={state}
            onChange={(e) => setFilter('state', e.target.value)}
            data-testid="review-state-filter"
          >
            {REPORT_STATES.map((s) => (
              <option key={s} value={s}>
                {m(`state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>{m('filter.month')}</span>
          <select
            value={period}
            onChange={(e) => setFilter('period', e.target.value)}
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

      <ReviewResults results={results} onDismiss={() => setResults([])} />
      <ErrorNotice error={failure} testId="review-error" />
      <ErrorNotice error={queue.error} />

      {!queue.data && !queue.error && <Loading />}
      {queue.data && (
        <div className={queue.loading ? 'is-refreshing' : undefined} aria-busy={queue.loading}>
          <p className="review-count" data-testid="review-count">
            {m('count', { count: fmt.number(items.length) })}
            {items.length >= 1000 && <span className="muted"> · {m('capped')}</span>}
          </p>
          {items.length === 0 ? (
            <p className="empty" data-testid="review-empty">
              {m('empty')}
            </p>
          ) : (
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
        </div>
      )}
    </section>
  );
}

function BulkBar({
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
