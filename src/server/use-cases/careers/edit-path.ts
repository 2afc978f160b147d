/**
 * Editing career paths (the central office): a new path with its first draft, saving the draft (one per
 * path; started from the version in force when there is none), approving it from a date. Every change
 * is audited in its transaction; a stale version is refused with 409.
 */
import type { DraftApprove, DraftSave, PathCreate, PathView } from '../../../shared/api/careers';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { conflict, invalidInput, notFound } from '../../errors';
import { requireCareerAdmin } from '../../policies/careers/careers-policy';
import { recordAudit } from '../../repositories/audit';
import {
  approveDraft,
  approvedOn,
  draftRow,
  insertDraft,
  insertPath,
  updateDraft,
} from '../../repositories/careers/paths';
import { getPath, PATH } from './paths';

const STALE = {
  th: 'ร่างนี้ถูกแก้ไขโดยผู้อื่นแล้ว โปรดโหลดใหม่',
  en: 'This draft was changed by someone else; reload it',
};

/** `isExample`: a demo skeleton whose steps the seed does not give (shown as an example). */
export async function createPath(
  db: Database,
  actor: Actor,
  input: PathCreate,
  options: { isExample: boolean } = { isExample: false },
): Promise<PathView> {
  requireCareerAdmin(actor);
  const id = await db.transaction(async (tx) => {
    const fields = {
      code: input.code,
      name: input.name,
      targetTitle: input.targetTitle,
      origin: input.origin ?? null,
      description: input.description ?? null,
      isExample: options.isExample,
    };
    const pathId = await insertPath(tx, fields);
    if (pathId === null)
      throw conflict({ th: `มีเส้นทางรหัส ${input.code} แล้ว`, en: `A path coded ${input.code} exists` });
    const draft = await insertDraft(tx, pathId, {
      criteria: input.criteria,
      stages: input.stages,
      profile: input.profile ?? null,
      note: input.note ?? null,
      createdBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'career_path',
      entityId: pathId,
      after: fields,
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'career_path_version',
      entityId: draft.id,
      after: {
        path_id: pathId,
        version_no: draft.version_no,
        criteria: input.criteria,
        stages: input.stages,
      },
    });
    return pathId;
  });
  return getPath(db, actor, id);
}

export async function saveDraft(
  db: Database,
  actor: Actor,
  pathId: number,
  input: DraftSave,
): Promise<PathView> {
  requireCareerAdmin(actor);
  await db.transaction(async (tx) => {
    const { rows } = await tx.query('select id from career_path where id = $1 for update', [pathId]);
    if (rows.length === 0) throw notFound(PATH);
    const draft = await draftRow(tx, pathId);
    // A profile left out is kept (the draft's); null clears it.
    const fields = {
      criteria: input.criteria,
      stages: input.stages,
      profile: input.profile === undefined ? (draft?.profile ?? null) : input.profile,
      note: input.note ?? null,
    };
    if (draft === null) {
      if (input.version !== null) throw conflict(STALE);
      const made = await insertDraft(tx, pathId, { ...fields, createdBy: actor.userId });
      await recordAudit(tx, actor, {
        action: 'create',
        entity: 'career_path_version',
        entityId: made.id,
        after: { path_id: pathId, version_no: made.version_no, ...fields },
      });
      return;
    }
    if (input.version === null || !(await updateDraft(tx, draft.id, input.version, fields)))
      throw conflict(STALE);
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'career_path_version',
      entityId: draft.id,
      before: { criteria: draft.criteria, stages: draft.stages, profile: draft.profile, note: draft.note },
      after: fields,
    });
  });
  return getPath(db, actor, pathId);
}

export async function approvePathDraft(
  db: Database,
  actor: Actor,
  pathId: number,
  input: DraftApprove,
): Promise<PathView> {
  requireCareerAdmin(actor);
  await db.transaction(async (tx) => {
    const { rows } = await tx.query('select id from career_path where id = $1 for update', [pathId]);
    if (rows.length === 0) throw notFound(PATH);
    const draft = await draftRow(tx, pathId);
    if (draft === null) throw notFound({ th: 'ร่างของเส้นทางนี้', en: 'A draft of this path' });
    if (await approvedOn(tx, pathId, input.effectiveFrom))
      throw invalidInput([
        {
          field: 'effectiveFrom',
          th: `มีฉบับที่อนุมัติให้ใช้ตั้งแต่ ${input.effectiveFrom} แล้ว`,
          en: `a version already takes effect on ${input.effectiveFrom}`,
        },
      ]);
    if (!(await approveDraft(tx, draft.id, input.version, input.effectiveFrom, actor.userId)))
      throw conflict(STALE);
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'career_path_version',
      entityId: draft.id,
      before: { status: 'draft' },
      after: { status: 'approved', effective_from: input.effectiveFrom, version_no: draft.version_no },
    });
  });
  return getPath(db, actor, pathId);
}
