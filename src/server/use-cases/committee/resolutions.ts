/**
 * Recording a resolution under an agenda item, with its numbered suggestions, what it concerns and the units
 * it assigns (the secretariat only). Assigned units must be open units; the whole is one audited transaction.
 */
import { searchTokens } from '../../../domain/committee';
import type { AssignmentCreate, ResolutionCreate } from '../../../shared/api/committee';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { conflict, invalidInput, notFound } from '../../errors';
import { recordAudit, recordAuditMany } from '../../repositories/audit';
import { insertAssignments } from '../../repositories/committee/assignments';
import { findAgendaRow } from '../../repositories/committee/meetings';
import { insertLinks, insertResolution, insertSuggestions } from '../../repositories/committee/resolutions';
import { requireSecretariat } from '../../policies/committee/committee-policy';

const AGENDA_ITEM = { th: 'ระเบียบวาระนี้', en: 'This agenda item' };
const RESOLUTION = { th: 'มตินี้', en: 'This resolution' };

async function assign(
  tx: Queryable,
  actor: Actor,
  resolutionId: number,
  list: AssignmentCreate[],
  field: string,
) {
  if (list.length === 0) return [];
  const unitIds = list.map((a) => a.unitId);
  const { rows } = await tx.query<{ id: number }>(
    "select id from org_unit where id = any($1::int[]) and status = 'active'",
    [unitIds],
  );
  const open = new Set(rows.map((r) => r.id));
  const issues = list.flatMap((a, i) =>
    open.has(a.unitId)
      ? []
      : [
          {
            field: field ? `${field}.${i}.unitId` : 'unitId',
            th: 'ไม่พบหน่วยงานนี้ หรือหน่วยงานถูกยุบแล้ว',
            en: 'no such open unit',
          },
        ],
  );
  if (issues.length > 0) throw invalidInput(issues);
  const normal = list.map((a) => ({
    unitId: a.unitId,
    returnKind: a.returnKind,
    dueDate: a.dueNextMeeting ? null : (a.dueDate ?? null),
    dueNextMeeting: a.dueNextMeeting,
  }));
  const ids = await insertAssignments(tx, resolutionId, normal);
  if (ids.length !== list.length)
    throw conflict({
      th: 'มอบหมายหน่วยงานเดียวกันซ้ำในมติเดียวกันไม่ได้',
      en: 'A unit is assigned only once per resolution',
    });
  await recordAuditMany(
    tx,
    actor,
    ids.map((id, i) => ({
      action: 'create' as const,
      entity: 'committee_assignment',
      entityId: id,
      after: { resolution_id: resolutionId, ...normal[i] },
    })),
  );
  return ids;
}

export async function recordResolution(
  db: Database,
  actor: Actor,
  agendaItemId: number,
  input: ResolutionCreate,
): Promise<{ id: number; assignmentIds: number[] }> {
  requireSecretariat(actor);
  return db.transaction(async (tx) => {
    if (!(await findAgendaRow(tx, agendaItemId))) throw notFound(AGENDA_ITEM);
    const id = await insertResolution(tx, {
      agendaItemId,
      kind: input.kind,
      text: input.text,
      tokens: searchTokens(input.text),
    });
    await insertSuggestions(
      tx,
      id,
      input.suggestions.map((text) => ({ text, tokens: searchTokens(text) })),
    );
    await insertLinks(tx, id, input.links);
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'committee_resolution',
      entityId: id,
      after: {
        agenda_item_id: agendaItemId,
        kind: input.kind,
        text: input.text,
        suggestions: input.suggestions,
        links: input.links,
      },
    });
    const assignmentIds = await assign(tx, actor, id, input.assignments, 'assignments');
    return { id, assignmentIds };
  });
}

export async function addAssignment(
  db: Database,
  actor: Actor,
  resolutionId: number,
  input: AssignmentCreate,
): Promise<{ id: number }> {
  requireSecretariat(actor);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query('select id from committee_resolution where id = $1', [resolutionId]);
    if (rows.length === 0) throw notFound(RESOLUTION);
    const [id] = await assign(tx, actor, resolutionId, [input], '');
    return { id: id! };
  });
}
