/** Units as the admin manages them; renames keep the former name with its end date. */
import type { UnitView } from '../../shared/api/units';
import type { Actor } from '../actor';
import type { Queryable } from '../db/database';
import { conflict } from '../errors';
import { recordAudit } from './audit';
import { updateRecord } from './record-update';

export async function listUnits(db: Queryable): Promise<UnitView[]> {
  const { rows } = await db.query<{
    id: number;
    code: string;
    name: string;
    kind: UnitView['kind'];
    status: UnitView['status'];
    successor_id: number | null;
    successor_name: string | null;
    project_count: number;
    former: { name: string; validTo: string }[] | null;
  }>(
    `select u.id, u.code, u.name, u.kind, u.status, u.successor_id, s.name as successor_name,
            (select count(*)::int from project p where p.owner_unit_id = u.id) as project_count,
            (select json_agg(json_build_object('name', n.name, 'validTo', n.valid_to) order by n.valid_to)
               from org_unit_name n where n.unit_id = u.id and n.valid_to is not null) as former
       from org_unit u left join org_unit s on s.id = u.successor_id`,
  );
  const thai = new Intl.Collator('th');
  return rows
    .map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      kind: u.kind,
      status: u.status,
      successor: u.successor_id === null ? null : { id: u.successor_id, name: u.successor_name! },
      formerNames: u.former ?? [],
      projectCount: u.project_count,
    }))
    .sort((a, b) => thai.compare(a.name, b.name));
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
