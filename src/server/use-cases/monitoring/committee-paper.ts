/**
 * The committee paper (เอกสารประกอบการประชุม) of a plan as of a month: its content computed from the
 * records (src/server/papers/monitoring/build-content.ts), or taken from a published snapshot so that a past paper
 * comes out exactly as it was. Rendering is in src/server/papers.
 */
import type { SummaryBasis } from '../../../domain/monitoring';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { invalidInput } from '../../errors';
import { buildPaperContent } from '../../papers/monitoring/build-content';
import { scopeContent, type PaperContent, type PaperMeta } from '../../papers/monitoring/content';
import { ensureAutoSnapshots, getSnapshotRow } from './publish-snapshot';

export interface PaperQuery {
  planCode: string;
  asOf?: string | undefined;
  basis?: SummaryBasis | undefined;
  /** A published snapshot's id: the paper is reproduced from it. */
  snapshot?: number | undefined;
}

/** The paper for a reader: from a snapshot when one is named, else live; lists scoped to the reader. */
export async function committeePaper(
  db: Database,
  actor: Actor,
  query: PaperQuery,
  now: Date = new Date(),
): Promise<{ content: PaperContent; meta: PaperMeta }> {
  let content: PaperContent;
  let source: PaperMeta['source'] = { kind: 'live' };
  if (query.snapshot !== undefined) {
    const row = await getSnapshotRow(db, query.planCode, query.snapshot);
    content = row.content;
    source = {
      kind: 'snapshot',
      id: row.id,
      publishedAt: new Date(row.published_at).toISOString(),
      publishedBy: row.published_by_label,
      auto: row.kind === 'auto',
    };
  } else {
    if (!query.asOf) {
      throw invalidInput([{ field: 'asOf', th: 'ต้องระบุเดือน เช่น 2566-05', en: 'give a month like 2566-05' }]);
    }
    // A locked month is published by itself the first time it is asked for (publish-snapshot.ts).
    await ensureAutoSnapshots(db, query.planCode, now);
    content = await buildPaperContent(db, { planCode: query.planCode, asOf: query.asOf, basis: query.basis });
  }
  const scoped = scopeContent(content, actor);
  return { content: scoped.content, meta: { generatedAt: now, source, scopedToUnit: scoped.scoped } };
}
