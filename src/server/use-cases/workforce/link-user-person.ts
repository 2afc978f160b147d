/**
 * PUT /api/users/:id/person: an admin says which person record a user is (the staff role's own record).
 * A person has at most one user; a staff user cannot be unlinked (make them another role first). A link
 * that changes ends the user's sessions (what they may read changed). Audited in the same transaction.
 */
import type { UserAdminView, UserPersonInput } from '../../../shared/api/users';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { invalidInput } from '../../errors';
import { recordAudit } from '../../repositories/audit';
import { getUser, lockUser } from '../../repositories/user-admin';
import { deleteUserSessions } from '../../repositories/users';
import { personForUser } from '../manage-users';

export async function linkUserPerson(
  db: Database,
  actor: Actor,
  userId: number,
  input: UserPersonInput,
): Promise<UserAdminView> {
  return db.transaction(async (tx) => {
    await lockUser(tx, userId);
    const before = await getUser(tx, userId);
    if (input.personNo === null && before.role === 'staff')
      throw invalidInput([
        {
          field: 'personNo',
          th: `ผู้ใช้ ${before.username} เป็นบุคลากร ต้องผูกกับข้อมูลบุคคลเสมอ (เปลี่ยนประเภทผู้ใช้ก่อน)`,
          en: `${before.username} is a staff user and must stay linked to a person (change the role first)`,
        },
      ]);
    const personId = input.personNo === null ? null : await personForUser(tx, input.personNo, userId);
    if ((before.personNo ?? null) === input.personNo) return before;
    await tx.query('update app_user set person_id = $2 where id = $1', [userId, personId]);
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'app_user',
      entityId: userId,
      before: { person_no: before.personNo },
      after: { person_no: input.personNo },
    });
    if (userId !== actor.userId) await deleteUserSessions(tx, userId);
    return getUser(tx, userId);
  });
}
