/**
 * Exceptions (issue 12, item 4): the central office waives one criterion (by its ref) or a whole path for
 * a person, with a reason, the order that decided it and an end date; it revokes one with a reason. Both
 * audited in their transaction. Eligibility, the self-check and succession count them (judge()).
 */
import { refsOf, type Criterion } from '../../../domain/careers';
import type { ExceptionGrant, ExceptionRevoke, ExceptionView } from '../../../shared/api/careers';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { conflict, invalidInput, notFound } from '../../errors';
import { exceptionListScope, requireCareerAdmin } from '../../policies/careers/careers-policy';
import { recordAudit } from '../../repositories/audit';
import {
  exceptionRow,
  exceptionRows,
  insertException,
  pathCriteria,
  personIdByNo,
  revokeException,
  type ExceptionRow,
} from '../../repositories/careers/exceptions';
import { PATH } from './paths';
import { bangkokToday } from './today';

const EXCEPTION = { th: 'การยกเว้นนี้', en: 'This exception' };

function toView(r: ExceptionRow, today: string): ExceptionView {
  const state =
    r.revoked_at !== null
      ? 'revoked'
      : r.valid_from > today
        ? 'future'
        : r.valid_until !== null && r.valid_until < today
          ? 'ended'
          : 'in_force';
  return {
    id: r.id,
    person: { personNo: r.person_no, name: r.person_name, unit: r.unit_code },
    criterionRef: r.criterion_ref,
    reason: r.reason,
    orderRef: r.order_ref,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    state,
    grantedBy: r.granted_by,
    grantedAt: r.granted_at,
    revokedBy: r.revoked_by,
    revokedAt: r.revoked_at,
    revokeReason: r.revoke_reason,
    version: r.version,
  };
}

async function requirePath(db: Queryable, pathId: number): Promise<Criterion[]> {
  const { rows } = await db.query('select 1 from career_path where id = $1', [pathId]);
  if (rows.length === 0) throw notFound(PATH);
  return (await pathCriteria(db, pathId)) as Criterion[];
}

export async function listExceptions(db: Queryable, actor: Actor, pathId: number): Promise<ExceptionView[]> {
  const scope = exceptionListScope(actor);
  await requirePath(db, pathId);
  const today = bangkokToday();
  return (await exceptionRows(db, pathId, scope.unitId)).map((r) => toView(r, today));
}

export async function grantException(
  db: Database,
  actor: Actor,
  pathId: number,
  input: ExceptionGrant,
): Promise<ExceptionView> {
  requireCareerAdmin(actor);
  const criterionRef = input.criterionRef ?? null;
  const id = await db.transaction(async (tx) => {
    const trees = await requirePath(tx, pathId);
    if (criterionRef !== null && !trees.some((c) => refsOf(c).includes(criterionRef)))
      throw invalidInput([
        {
          field: 'criterionRef',
          th: `เส้นทางนี้ไม่มีเกณฑ์ ${criterionRef}`,
          en: `this path has no criterion ${criterionRef}`,
        },
      ]);
    const personId = await personIdByNo(tx, input.personNo);
    if (personId === null)
      throw invalidInput([
        {
          field: 'personNo',
          th: `ไม่พบบุคคลเลขที่ ${input.personNo}`,
          en: `no person numbered ${input.personNo}`,
        },
      ]);
    const fields = {
      pathId,
      personId,
      criterionRef,
      reason: input.reason,
      orderRef: input.orderRef,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      grantedBy: actor.userId,
    };
    const made = await insertException(tx, fields);
    if (made === null)
      throw conflict({
        th: `บุคคลนี้ได้รับการยกเว้น${criterionRef === null ? 'ทั้งเส้นทาง' : `เกณฑ์ ${criterionRef}`}อยู่แล้ว`,
        en: `This person already has an open exception for ${criterionRef === null ? 'the whole path' : criterionRef}`,
      });
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'career_exception',
      entityId: made,
      after: {
        path_id: pathId,
        person_id: personId,
        criterion_ref: criterionRef,
        reason: input.reason,
        order_ref: input.orderRef,
        valid_from: input.validFrom,
        valid_until: input.validUntil,
      },
    });
    return made;
  });
  return toView((await exceptionRow(db, id))!, bangkokToday());
}

export async function revokeGranted(
  db: Database,
  actor: Actor,
  id: number,
  input: ExceptionRevoke,
): Promise<ExceptionView> {
  requireCareerAdmin(actor);
  await db.transaction(async (tx) => {
    const before = await exceptionRow(tx, id);
    if (!before) throw notFound(EXCEPTION);
    if (before.revoked_at !== null)
      throw conflict({ th: 'การยกเว้นนี้ถูกเพิกถอนแล้ว', en: 'This exception is already revoked' });
    if (!(await revokeException(tx, id, input.version, input.reason, actor.userId)))
      throw conflict({ th: 'ข้อมูลถูกแก้ไขโดยผู้อื่นแล้ว โปรดโหลดใหม่', en: 'Changed by someone else; reload it' });
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'career_exception',
      entityId: id,
      before: { revoked: false },
      after: { revoked: true, revoke_reason: input.reason },
    });
  });
  return toView((await exceptionRow(db, id))!, bangkokToday());
}
