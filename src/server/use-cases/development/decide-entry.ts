/**
 * The agency's side of a person's own entries: the queue of pending entries it may decide (with counts per
 * unit), and the decision (approve, or reject with a comment), audited in its transaction. Only approved
 * entries count toward the 10 days (repositories/development/counted.ts).
 */
import type { EntryDecision, EntryQueueView, EntryView } from '../../../shared/api/development';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { conflict, notFound } from '../../errors';
import { entryQueueScope, requireEntryDecider } from '../../policies/development/entry-policy';
import { recordAudit } from '../../repositories/audit';
import {
  decideEntry,
  findEntry,
  lockEntry,
  pendingCounts,
  pendingEntries,
} from '../../repositories/development/entries';
import { checkVersion } from './cycle-common';
import { toEntryView } from './own-entries';

const QUEUE_LIMIT = 500;
const ENTRY = { th: 'รายการพัฒนาตนเองนี้', en: 'This development entry' };

export async function entryQueue(db: Queryable, actor: Actor): Promise<EntryQueueView> {
  const scope = entryQueueScope(actor);
  const [counts, rows] = await Promise.all([
    pendingCounts(db, scope),
    pendingEntries(db, scope, QUEUE_LIMIT),
  ]);
  return {
    pending: counts.reduce((s, c) => s + c.pending, 0),
    units: counts.map((c) => ({ unitId: c.unit_id, unitName: c.unit_name, pending: c.pending })),
    entries: rows.map((r) => ({
      ...toEntryView(r),
      person: { personNo: r.person_no, title: r.title, firstName: r.first_name, lastName: r.last_name },
    })),
  };
}

export async function decideOwnEntry(
  db: Database,
  actor: Actor,
  id: number,
  input: EntryDecision,
  now = new Date(),
): Promise<EntryView> {
  entryQueueScope(actor); // 403 before anything is read
  return db.transaction(async (tx) => {
    const row = await lockEntry(tx, id);
    if (!row || row.source !== 'self') throw notFound(ENTRY);
    requireEntryDecider(actor, { unitId: row.unit_id, personId: row.person_id });
    if (row.state !== 'pending')
      throw conflict({ th: 'รายการนี้ได้รับการพิจารณาแล้ว', en: 'This entry has already been decided' });
    checkVersion(row.version, input.version, ENTRY);
    const state = input.decision === 'approve' ? 'approved' : 'rejected';
    const comment = input.comment?.trim() || null;
    await decideEntry(tx, id, { state, comment, userId: actor.userId, at: now });
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'development_record',
      entityId: row.id,
      before: { state: row.state },
      after: { state, decision_comment: comment, decided_at: now.toISOString() },
    });
    return toEntryView(await findEntry(tx, row.id));
  });
}
