/**
 * The review queue, a page at a time (GET /api/reports): keyset paging with a cursor bound to the
 * filters, and the counts per state for those filters.
 *
 * What paging guarantees while others keep reviewing: the order is total (month, agency name, project
 * code, report id) and each page starts strictly after the previous page's last row, so a walk never
 * shows the same report (id) twice and never skips one that matched the filters throughout. A report
 * that leaves the filters between two pages (approved, returned …) is simply not on the later pages; one
 * that arrives (newly submitted, or a new version — a new id) is shown only if it sorts after the cursor.
 * An agency renamed in the middle of a walk moves its reports in the order, so they may be missed or shown
 * again: start again from the first page. The page, the total and the counts are read in one snapshot.
 */
import type { ReportState } from '../../../domain/monitoring';
import type { ReviewQueuePage } from '../../../shared/api/monitoring/review';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { reviewQueueCounts, reviewQueuePage } from '../../repositories/monitoring/review-queue';
import {
  decodeCursor,
  encodeCursor,
  type ReviewQueueFilters,
} from '../../repositories/monitoring/review-queue-cursor';

export interface ReviewQueueQuery {
  state?: ReportState | undefined;
  period?: string | undefined;
  unit?: number | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** What a reviewer waits for by default: approvers the submitted, the centre the approved. */
function defaultState(actor: Actor): ReportState {
  if (actor.role === 'admin') return 'approved';
  if (actor.role === 'focal_point') return 'returned';
  return 'submitted';
}

export async function listReviewQueue(
  db: Database,
  actor: Actor,
  query: ReviewQueueQuery,
): Promise<ReviewQueuePage> {
  const filters: ReviewQueueFilters = {
    state: query.state ?? defaultState(actor),
    period: query.period ?? null,
    unit: query.unit ?? null,
  };
  const after = query.cursor ? decodeCursor(actor, filters, query.cursor) : null;
  return db.transaction(async (tx) => {
    // One snapshot for the rows and the counts, so "1–100 of 2,345" never disagrees with the rows.
    await tx.query('set transaction isolation level repeatable read, read only');
    const page = await reviewQueuePage(tx, actor, filters, after, query.limit);
    const counts = await reviewQueueCounts(tx, actor, filters);
    return {
      items: page.items,
      state: filters.state,
      total: counts[filters.state],
      counts,
      limit: query.limit,
      nextCursor: page.more && page.last ? encodeCursor(actor, filters, page.last) : null,
    };
  });
}
