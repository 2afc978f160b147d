/**
 * Units as the admin manages them. Renames keep the former name with its end date; a closed unit keeps
 * its row, its names and its successor, so old papers and old file names still resolve (units.ts).
 */
import type { UnitView } from '../../shared/api/units';
import type { Actor } from '../actor';
import type { Queryable } from '../db/database';
import { conflict, invalidInput, notFound } from '../errors';
import { recordAudit, recordAuditMany, type AuditEntry } from './audit';
import { updateRecord } from './record-update';

interface UnitRow {
  id: number;
  code: string;
  name: string;
  kind: UnitView['kind'];
  status: UnitView['status'];
  successor_id: number | null;
  successor_name: string | null;
  closed_at: Date | string | null;
  project_count: number;
  user_count: number;
  former: { name: string; validTo: string }[] | null;
}

const SELECT_UNITS = `
  select u.id, u.code, u.name, u.kind, u.status, u.successor_id, s.name as successor_name, u.closed_at,
         (select count(*)::int from project p where p.owner_unit_id = u.id) as project_count,
         (select count(*)::int from app_user a where a.unit_id = u.id) as user_count,
         (select json_agg(json_build_object('name', n.name, 'validTo', n.valid_to) order by n.valid_to)
            from org_unit_name n where n.unit_id = u.id and n.valid_to is not null) as former
    from org_unit u left join org_unit s on s.id = u.successor_id`;

const toView = (u: UnitRow): UnitView => ({
  id: u.id,
  code: u.code,
  name: u.name,
  kind: u.kind,
  status: u.status,
  successor: u.successor_id === null ? null : { id: u.successor_id, name: u.successor_name! },
  formerNames: u.former ?? [],
  projectCount: u.project_count,
  userCount: u.user_count,
  closedAt: u.closed_at === null ? null : new Date(u.closed_at).toISOString(),
});

export async function listUnits(db: Queryable, ids?: readonly number[]): Promise<UnitView[]> {
  const { rows } = await db.query<UnitRow>(
    `${SELECT_UNITS} ${ids ? 'where u.id = any($1::int[])' : ''}`,
    ids ? [ids] : [],
  );
  const thai = new Intl.Collator('th');
  return rows.map(toView).sort((a, b) => thai.compare(a.name, b.name));
}

/** One unit, read alone (after a change: the row just written, in the same transaction). */
export async function getUnit(db: Queryable, id: number): Promise<UnitView> {
  const { rows } = await db.query<UnitRow>(`${SELECT_UNITS} where u.id = $1`, [id]);
  if (!rows[0]) throw notFound({ th: 'หน่วยงานนี้', en: 'This unit' });
  return toView(rows[0]);
}

export async function createUnit(
  tx: Queryable,
  actor: Actor,
  input: { code: string; name: string; kind: string },
) {
  const { rows: clash } = await tx.query('select 1 from org_unit where lower(code) = lower($1)', [
    input.code,
  ]);
  if (clash.length > 0)
    throw conflict({ th: `มีรหัสหน่วยงาน ${input.code} แล้ว`, en: `Unit code ${input.code} exists already` });
  const { rows } = await tx.query<{ id: number }>(
    'insert into org_unit (code, name, kind) values ($1, $2, $3) returning id',
    [input.code, input.name, input.kind],
  );
  const id = rows[0]!.id;
  await tx.query('insert into org_unit_name (unit_id, name) values ($1, $2)', [id, input.name]);
  await recordAudit(tx, actor, { action: 'create', entity: 'org_unit', entityId: id, after: input });
  return id;
}

export async function renameOrEditUnit(
  tx: Queryable,
  actor: Actor,
  id: number,
  input: { name?: string | undefined; kind?: string | undefined },
) {
  const { rows } = await tx.query<{ name: string }>('select name from org_unit where id = $1', [id]);
  const renamed = input.name !== undefined && rows[0] !== undefined && rows[0].name !== input.name;
  await updateRecord(tx, actor, {
    table: 'org_unit',
    id,
    fields: { name: input.name, kind: input.kind },
    what: { th: 'หน่วยงานนี้', en: 'This unit' },
  });
  if (renamed) {
    await tx.query('update org_unit_name set valid_to = now() where unit_id = $1 and valid_to is null', [id]);
    await tx.query('insert into org_unit_name (unit_id, name) values ($1, $2)', [id, input.name]);
  }
}

interface LockedUnit {
  id: number;
  code: string;
  name: string;
  status: 'active' | 'closed';
  successor_id: number | null;
}

const unitLabel = (u: LockedUnit) => `${u.name} (${u.code})`;

/**
 * Closes each of `unitIds` into `successorId` in the caller's transaction: every project they own
 * and (with movePeople) every user of theirs moves to the successor, each change audited with its
 * before and after. Refuses a unit closed into itself, into a closed unit, into its own successor
 * chain (a cycle), or a unit already closed.
 */
export async function closeUnits(
  tx: Queryable,
  actor: Actor,
  input: { unitIds: readonly number[]; successorId: number; movePeople: boolean },
): Promise<{ closedIds: number[]; movedProjects: number; movedUsers: number }> {
  const unitIds = [...new Set(input.unitIds)];
  if (unitIds.includes(input.successorId)) {
    throw invalidInput(
      [
        {
          field: 'successorId',
          th: 'หน่วยงานที่รับโอนต้องไม่ใช่หน่วยงานที่ถูกยุบเอง',
          en: 'a unit cannot be closed into itself',
        },
      ],
      { th: 'ยุบหน่วยงานรวมเข้ากับตัวเองไม่ได้', en: 'A unit cannot be closed into itself' },
    );
  }
  // Lock every unit involved, in id order (two admins merging at once cannot deadlock or interleave).
  const { rows: locked } = await tx.query<LockedUnit>(
    `select id, code, name, status, successor_id from org_unit
      where id = any($1::int[]) order by id for update`,
    [[...unitIds, input.successorId]],
  );
  const byId = new Map(locked.map((u) => [u.id, u]));
  const successor = byId.get(input.successorId);
  if (!successor) throw notFound({ th: 'หน่วยงานที่รับโอน', en: 'The successor unit' });
  const missing = unitIds.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    throw notFound({ th: `หน่วยงานรหัส ${missing.join(', ')}`, en: `Unit ${missing.join(', ')}` });
  }
  const closing = unitIds.map((id) => byId.get(id)!);
  const already = closing.filter((u) => u.status === 'closed');
  if (already.length > 0) {
    const names = already.map(unitLabel).join(', ');
    throw conflict({ th: `${names} ถูกยุบไปแล้ว`, en: `${names} is closed already` });
  }
  // A cycle: the successor's own chain of successors leads back to a unit being closed.
  const seen = new Set<number>();
  for (let at: number | null = successor.id; at !== null && !seen.has(at);) {
    seen.add(at);
    if (unitIds.includes(at)) {
      throw conflict({
        th: `ยุบไม่ได้: ${unitLabel(successor)} ถูกยุบและโอนงานไปยัง ${unitLabel(byId.get(at)!)} อยู่แล้ว การโอนกลับจะวนเป็นวงรอบ`,
        en: `Cannot close: ${unitLabel(successor)} was itself closed into ${unitLabel(byId.get(at)!)}; closing back would make a cycle`,
      });
    }
    const next: { rows: { successor_id: number | null }[] } = await tx.query(
      'select successor_id from org_unit where id = $1',
      [at],
    );
    at = next.rows[0]?.successor_id ?? null;
  }
  if (successor.status === 'closed') {
    throw conflict({
      th: `${unitLabel(successor)} ถูกยุบแล้ว เลือกหน่วยงานที่ยังเปิดอยู่เป็นผู้รับโอน`,
      en: `${unitLabel(successor)} is closed; choose an open unit as the successor`,
    });
  }

  const { rows: projects } = await tx.query<{ id: number; owner_unit_id: number; version: number }>(
    `update project p set owner_unit_id = $2, version = p.version + 1, updated_at = now()
       from (select id, owner_unit_id, version from project where owner_unit_id = any($1::int[]) for update) old
      where p.id = old.id
      returning p.id, old.owner_unit_id, old.version`,
    [unitIds, successor.id],
  );
  const { rows: users } = input.movePeople
    ? await tx.query<{ id: number; unit_id: number }>(
        `update app_user a set unit_id = $2
           from (select id, unit_id from app_user where unit_id = any($1::int[]) for update) old
          where a.id = old.id
          returning a.id, old.unit_id`,
        [unitIds, successor.id],
      )
    : { rows: [] };
  // A unit change ends the user's sessions (as an edit of the user would); the acting admin keeps theirs.
  const signedOut = users.filter((u) => u.id !== actor.userId).map((u) => u.id);
  if (signedOut.length > 0) {
    await tx.query('delete from user_session where user_id = any($1::int[])', [signedOut]);
  }
  const { rows: closedRows } = await tx.query<{ closed_at: Date | string }>(
    `update org_unit set status = 'closed', successor_id = $2, closed_at = now()
      where id = any($1::int[]) returning closed_at`,
    [unitIds, successor.id],
  );
  const closedAt = new Date(closedRows[0]!.closed_at).toISOString();

  const movedProjects = (unitId: number) => projects.filter((p) => p.owner_unit_id === unitId).length;
  const movedUsers = (unitId: number) => users.filter((u) => u.unit_id === unitId).length;
  await recordAuditMany(tx, actor, [
    ...closing.map((u): AuditEntry => ({
      action: 'close',
      entity: 'org_unit',
      entityId: u.id,
      before: { status: 'active', successor_id: null, closed_at: null },
      after: {
        status: 'closed',
        successor_id: successor.id,
        closed_at: closedAt,
        moved_projects: movedProjects(u.id),
        moved_users: movedUsers(u.id),
      },
    })),
    ...projects.map((p): AuditEntry => ({
      action: 'update',
      entity: 'project',
      entityId: p.id,
      before: { owner_unit_id: p.owner_unit_id, version: p.version },
      after: { owner_unit_id: successor.id, version: p.version + 1 },
    })),
    ...users.map((u): AuditEntry => ({
      action: 'update',
      entity: 'app_user',
      entityId: u.id,
      before: { unit_id: u.unit_id },
      after: { unit_id: successor.id },
    })),
  ]);
  if (closing.length > 1) {
    await recordAudit(tx, actor, {
      action: 'merge',
      entity: 'org_unit',
      entityId: successor.id,
      after: {
        merged_unit_ids: closing.map((u) => u.id),
        moved_projects: projects.length,
        moved_users: users.length,
      },
    });
  }
  return { closedIds: unitIds, movedProjects: projects.length, movedUsers: users.length };
}
