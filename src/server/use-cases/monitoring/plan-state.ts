/**
 * The admin sets a plan's state (audited): making one current turns the previous current plan into an
 * archived one, so exactly one is current; the current plan cannot be made a draft or archived directly
 * (make another current first). An unused plan (no report at all) can be deleted; a used one cannot.
 */
import type { PlanListItem, PlanStateInput } from '../../../shared/api/monitoring/plans';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { conflict, notFound } from '../../errors';
import { recordAudit } from '../../repositories/audit';
import {
  currentPlan,
  defaultAsOfByPlan,
  deletePlanRow,
  lastPlanOf,
  lockPlan,
  rememberPlan,
  setPlanState,
} from '../../repositories/monitoring/plan-state';
import { listPlans } from '../../repositories/monitoring/plans';
import { todayInBangkok } from './problems';

/** GET /api/plans: every plan with its state, the user's last chosen one and each default month. */
export async function plansFor(db: Database, actor: Actor): Promise<PlanListItem[]> {
  const [lastPlanId, asOf] = await Promise.all([
    lastPlanOf(db, actor.userId),
    defaultAsOfByPlan(db, todayInBangkok()),
  ]);
  return listPlans(db, lastPlanId, asOf);
}

/** PUT /api/plans/choice: remembers the user's pick (not audited: a preference, not a change of data). */
export async function choosePlan(db: Database, actor: Actor, code: string): Promise<void> {
  if (actor.userId === null) return;
  if (!(await rememberPlan(db, actor.userId, code)))
    throw notFound({ th: `แผน ${code}`, en: `Plan ${code}` });
}

export async function setPlanStateCase(db: Database, actor: Actor, code: string, input: PlanStateInput) {
  await db.transaction(async (tx) => {
    const before = await currentPlan(tx);
    const plan = await lockPlan(tx, code);
    if (plan.state === input.state) return;
    if (plan.state === 'current') {
      throw conflict({
        th: `แผน ${code} เป็นแผนปัจจุบัน: ตั้งแผนอื่นเป็นแผนปัจจุบันก่อน แล้วแผนนี้จะถูกเก็บเข้าคลังเอง`,
        en: `Plan ${code} is the current plan: make another plan current first (this one is then archived)`,
      });
    }
    if (input.state === 'current' && before) {
      await setPlanState(tx, before.id, 'archived');
      await recordAudit(tx, actor, {
        action: 'update',
        entity: 'plan',
        entityId: before.id,
        before: { state: 'current' },
        after: { state: 'archived' },
      });
    }
    await setPlanState(tx, plan.id, input.state);
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'plan',
      entityId: plan.id,
      before: { state: plan.state },
      after: { state: input.state },
    });
  });
}

export async function deletePlanCase(db: Database, actor: Actor, code: string): Promise<void> {
  await db.transaction(async (tx) => {
    const plan = await lockPlan(tx, code);
    if (plan.reports > 0) {
      throw conflict({
        th: `ลบแผน ${code} ไม่ได้: มีรายงานผลแล้ว ${plan.reports} ฉบับ (เก็บเข้าคลังแทนได้)`,
        en: `Plan ${code} cannot be deleted: it has ${plan.reports} report${plan.reports === 1 ? '' : 's'} (archive it instead)`,
      });
    }
    if (plan.state === 'current') {
      throw conflict({
        th: `ลบแผน ${code} ไม่ได้: เป็นแผนปัจจุบัน ตั้งแผนอื่นเป็นแผนปัจจุบันก่อน`,
        en: `Plan ${code} cannot be deleted: it is the current plan; make another one current first`,
      });
    }
    await deletePlanRow(tx, plan.id);
    await recordAudit(tx, actor, { action: 'delete', entity: 'plan', entityId: plan.id, before: { code } });
  });
}
