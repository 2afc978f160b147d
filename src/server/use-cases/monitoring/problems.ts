/**
 * The problems-and-obstacles register: list it (scoped like projects) and follow an entry up. The centre
 * classifies (category, severity, who must act, due date); the owning unit's focal point or approver
 * reports status and resolution. Every edit is version-checked and audited (updateRecord).
 */
import { bangkokDate } from '../../../domain/monitoring';
import type { ProblemListQuery, ProblemUpdate, ProblemView } from '../../../shared/api/monitoring/follow-up';
import type { FieldIssue } from '../../../shared/messages';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { forbidden, invalidInput, notFound } from '../../errors';
import { getProblem, listProblems, problemAbilities } from '../../repositories/monitoring/problems';
import { updateRecord } from '../../repositories/record-update';

/** Today in Bangkok: what "overdue" is measured against. */
export const todayInBangkok = (now: Date = new Date()) => bangkokDate(now);

export function listProblemRegister(db: Queryable, actor: Actor, query: ProblemListQuery, now?: Date) {
  return listProblems(db, actor, query, todayInBangkok(now));
}

const CENTRE_ONLY = ['category', 'severity', 'actionUnitId', 'actionBy', 'dueDate'] as const;

export async function updateProblem(
  db: Database,
  actor: Actor,
  id: number,
  input: ProblemUpdate,
  now?: Date,
): Promise<ProblemView> {
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ owner_unit_id: number | null; resolution: string | null }>(
      `select p.owner_unit_id, pr.resolution from problem pr join project p on p.id = pr.project_id
        where pr.id = $1`,
      [id],
    );
    const current = rows[0];
    if (!current) throw notFound({ th: 'รายการปัญหาอุปสรรคนี้', en: 'This problem' });
    const abilities = problemAbilities(actor, current.owner_unit_id);
    if (!abilities.updateStatus) {
      throw forbidden(
        actor.role === 'focal_point' || actor.role === 'approver'
          ? {
              th: 'ปัญหาอุปสรรคนี้เป็นของโครงการของหน่วยงานอื่น',
              en: "This problem belongs to another unit's project",
            }
          : { th: 'ท่านไม่มีสิทธิ์แก้ไขทะเบียนปัญหาอุปสรรค', en: 'Your role may not edit the problems register' },
      );
    }
    if (!abilities.update && CENTRE_ONLY.some((field) => input[field] !== undefined)) {
      throw forbidden({
        th: 'หน่วยงานแก้ไขได้เฉพาะสถานะและการแก้ไขปัญหา ประเภท ความรุนแรง ผู้ดำเนินการ และกำหนดเสร็จ กำหนดโดยสำนักงาน ก.ก.',
        en: 'Agencies may change only status and resolution; the central office sets category, severity, who acts and the due date',
      });
    }
    const issues: FieldIssue[] = [];
    const blank = (text: string | null | undefined) =>
      text === undefined ? undefined : text?.trim() || null;
    const resolution = blank(input.resolution);
    if (input.status === 'resolved' && !(resolution === undefined ? current.resolution : resolution)) {
      issues.push({
        field: 'resolution',
        th: 'ต้องระบุว่าแก้ไขปัญหาอย่างไร เมื่อเปลี่ยนสถานะเป็น "แก้ไขแล้ว"',
        en: 'say how the problem was resolved when marking it resolved',
      });
    }
    if (input.actionUnitId !== undefined && input.actionUnitId !== null) {
      const unit = await tx.query('select 1 from org_unit where id = $1', [input.actionUnitId]);
      if (unit.rows.length === 0) {
        issues.push({ field: 'actionUnitId', th: 'ไม่มีหน่วยงานนี้', en: 'no such unit' });
      }
    }
    if (issues.length > 0) throw invalidInput(issues);
    await updateRecord(tx, actor, {
      table: 'problem',
      id,
      version: input.version,
      fields: {
        category: input.category,
        severity: input.severity,
        action_unit_id: input.actionUnitId,
        action_by: blank(input.actionBy),
        due_date: input.dueDate,
        status: input.status,
        resolution,
      },
      what: { th: 'รายการปัญหาอุปสรรคนี้', en: 'This problem' },
    });
  });
  return getProblem(db, actor, id, todayInBangkok(now));
}
