/**
 * A person's own entries of outside learning (issue 11 item 4): the signed-in user linked to a person lists
 * theirs of a fiscal year, enters one (pending), edits or withdraws it while it is pending. Another person's
 * entry is not told apart from one that does not exist (404). Every change audited in its transaction.
 */
import { fiscalYearOfIsoDate } from '../../../domain';
import { entryIssues } from '../../../domain/development';
import type { EntryInput, EntryUpdate, EntryView, MyEntriesView } from '../../../shared/api/development';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { conflict, invalidInput, notFound } from '../../errors';
import { recordAudit } from '../../repositories/audit';
import {
  deleteEntry,
  findEntry,
  insertEntry,
  lockEntry,
  ownEntries,
  updateEntry,
  type EntryFields,
  type EntryRow,
} from '../../repositories/development/entries';
import { checkVersion } from './cycle-common';

const ENTRY = { th: 'รายการพัฒนาตนเองนี้', en: 'This development entry' };

export const toEntryView = (r: EntryRow): EntryView => ({
  id: Number(r.id),
  fiscalYear: r.fiscal_year,
  activity: r.activity,
  startDate: r.start_date,
  endDate: r.end_date,
  days: Number(r.days),
  mode: r.mode,
  provider: r.provider,
  note: r.note,
  digital: r.digital,
  state: r.state,
  unitName: r.unit_name,
  positionTitle: r.position_title,
  level: r.level,
  decisionComment: r.decision_comment,
  decidedAt: r.decided_at === null ? null : new Date(r.decided_at).toISOString(),
  version: r.version,
});

function ownPerson(actor: Actor): number {
  if (actor.personId === null || actor.personId === undefined || actor.userId === null)
    throw notFound({ th: 'ข้อมูลบุคคลที่ผูกกับบัญชีนี้', en: 'A person record linked to this account' });
  return actor.personId;
}

function fieldsOf(input: EntryInput): EntryFields {
  const issues = entryIssues(input);
  if (issues.length > 0) throw invalidInput(issues);
  return {
    fiscalYear: fiscalYearOfIsoDate(input.startDate),
    activity: input.activity,
    startDate: input.startDate,
    endDate: input.endDate,
    days: input.days,
    mode: input.mode,
    provider: input.provider?.trim() || null,
    note: input.note?.trim() || null,
    digital: input.digital,
  };
}

const audited = (r: EntryRow) => ({
  fiscal_year: r.fiscal_year,
  activity: r.activity,
  start_date: r.start_date,
  end_date: r.end_date,
  days: Number(r.days),
  mode: r.mode,
  provider: r.provider,
  note: r.note,
  digital: r.digital,
  state: r.state,
  unit_id: r.unit_id,
  position_title: r.position_title,
  level: r.level,
});

export async function myEntries(db: Queryable, actor: Actor, fiscalYear: number): Promise<MyEntriesView> {
  const rows = await ownEntries(db, ownPerson(actor), fiscalYear);
  return { fiscalYear, entries: rows.map(toEntryView) };
}

export async function addEntry(db: Database, actor: Actor, input: EntryInput): Promise<EntryView> {
  const personId = ownPerson(actor);
  const fields = fieldsOf(input);
  return db.transaction(async (tx) => {
    const id = await insertEntry(tx, personId, actor.userId!, fields);
    const row = await findEntry(tx, id);
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'development_record',
      entityId: id,
      after: { ...audited(row) },
    });
    return toEntryView(row);
  });
}

/** The actor's own pending entry, locked: 404 for anyone else's, 409 once decided or when stale. */
async function lockOwnPending(tx: Queryable, personId: number, id: number, version: number) {
  const row = await lockEntry(tx, id);
  if (!row || row.person_id !== personId || row.source !== 'self') throw notFound(ENTRY);
  if (row.state !== 'pending')
    throw conflict({
      th: 'รายการนี้ได้รับการพิจารณาแล้ว จึงแก้ไขหรือถอนไม่ได้',
      en: 'This entry has been decided: it can no longer be edited or withdrawn',
    });
  checkVersion(row.version, version, ENTRY);
  return row;
}

export async function editEntry(db: Database, actor: Actor, id: number, input: EntryUpdate) {
  const personId = ownPerson(actor);
  const fields = fieldsOf(input);
  return db.transaction(async (tx) => {
    const before = await lockOwnPending(tx, personId, id, input.version);
    await updateEntry(tx, before.id, personId, fields);
    const after = await findEntry(tx, before.id);
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'development_record',
      entityId: before.id,
      before: { ...audited(before) },
      after: { ...audited(after) },
    });
    return toEntryView(after);
  });
}

export async function withdrawEntry(db: Database, actor: Actor, id: number, version: number) {
  const personId = ownPerson(actor);
  await db.transaction(async (tx) => {
    const before = await lockOwnPending(tx, personId, id, version);
    await deleteEntry(tx, before.id);
    await recordAudit(tx, actor, {
      action: 'delete',
      entity: 'development_record',
      entityId: before.id,
      before: { ...audited(before) },
    });
  });
}
