import { useCallback, useEffect, useState } from 'react';
import type { ReportState } from '../../../../domain/monitoring';
import {
  REVIEW_PAGE_SIZE,
  type ReviewQueueItem,
  type ReviewQueuePage,
} from '../../../../shared/api/monitoring/review';
import { ApiError, apiRequest } from '../../../shared/api/client';

type Counts = ReviewQueuePage['counts'];

interface Loaded {
  /** the filters these rows were read under: an answer for other filters is dropped */
  key: string;
  items: ReviewQueueItem[];
  total: number;
  counts: Counts;
  nextCursor: string | null;
}

export interface ReviewQueue {
  items: ReviewQueueItem[];
  /** reports in the state, all pages together; counts per state for the month */
  total: number;
  counts: Counts | undefined;
  hasMore: boolean;
  /** true until the first page of these filters has come */
  loading: boolean;
  loadingMore: boolean;
  error: ApiError | undefined;
  loadMore: () => void;
  /** After reviews: the reports that moved leave the list, and the counts are read again. */
  settle: (moved: readonly number[]) => void;
}

const asApiError = (cause: unknown) =>
  cause instanceof ApiError ? cause : new ApiError(0, 'internal', { th: String(cause), en: String(cause) });

/**
 * The queue a page at a time: the first page when the filters change, then "load more" appends the next
 * one through the server's cursor (keyset paging, so rows reviewed meanwhile never shift a page).
 */
export function useReviewQueue(state: ReportState, period: string): ReviewQueue {
  const key = `${state}|${period}`;
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<ApiError>();
  const [loadingMore, setLoadingMore] = useState(false);

  const fetchPage = useCallback(
    (extra: { cursor?: string; limit?: number }, signal?: AbortSignal) =>
      apiRequest<ReviewQueuePage>('/api/reports', {
        query: { state, period: period || undefined, limit: REVIEW_PAGE_SIZE.default, ...extra },
        signal,
      }),
    [state, period],
  );

  useEffect(() => {
    const controller = new AbortController();
    setError(undefined);
    fetchPage({}, controller.signal)
      .then((page) => setLoaded({ key, ...page }))
      .catch((cause: unknown) => {
        if (!controller.signal.aborted) setError(asApiError(cause));
      });
    return () => controller.abort();
  }, [key, fetchPage]);

  const current = loaded?.key === key ? loaded : undefined;

  const loadMore = useCallback(() => {
    const cursor = current?.nextCursor;
    if (!cursor || loadingMore) return;
    setLoadingMore(true);
    setError(undefined);
    fetchPage({ cursor })
      .then((page) =>
        setLoaded((previous) => {
          if (previous?.key !== key) return previous;
          const seen = new Set(previous.items.map((item) => item.id));
          return {
            key,
            items: [...previous.items, ...page.items.filter((item) => !seen.has(item.id))],
            total: page.total,
            counts: page.counts,
            nextCursor: page.nextCursor,
          };
        }),
      )
      .catch((cause: unknown) => setError(asApiError(cause)))
      .finally(() => setLoadingMore(false));
  }, [current?.nextCursor, loadingMore, fetchPage, key]);

  // Every loaded row was reviewed but more wait: bring the next page rather than an empty table.
  const drained = current !== undefined && current.items.length === 0 && current.nextCursor !== null;
  useEffect(() => {
    if (drained && !loadingMore && !error) loadMore();
  }, [drained, loadingMore, error, loadMore]);

  const settle = useCallback(
    (moved: readonly number[]) => {
      const gone = new Set(moved);
      setLoaded((previous) =>
        previous?.key === key
          ? { ...previous, items: previous.items.filter((item) => !gone.has(item.id)) }
          : previous,
      );
      // Only the counts are wanted: one row keeps the answer small; the rows loaded stay as they are.
      fetchPage({ limit: 1 })
        .then((page) =>
          setLoaded((previous) =>
            previous?.key === key ? { ...previous, total: page.total, counts: page.counts } : previous,
          ),
        )
        .catch((cause: unknown) => setError(asApiError(cause)));
    },
    [fetchPage, key],
  );

  return {
    items: current?.items ?? [],
    total: current?.total ?? 0,
    counts: current?.counts,
    hasMore: Boolean(current?.nextCursor),
    loading: !current && !error,
    loadingMore,
    error,
    loadMore,
    settle,
  };
}
