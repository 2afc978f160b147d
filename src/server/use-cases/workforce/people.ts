/**
 * People (workforce module), personal data under the PDPA:
 * - the national ID and birth date are masked for every reader ("1-2345-xxxxx-xx-3", year of birth);
 * - only an admin may reveal them, one person per request, and each reveal is audited (read_personal)
 *   in the same transaction as the read, so no unmasked answer leaves without its audit row;
 * - the audit row of a creation holds the masked values, never the full ones;
 * - focal points and approvers see the people of their own unit only (others: 404, existence not told).
 */
import { maskNationalId, type PersonCreate, type PersonView } from '../../../shared/api/workforce/people';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { conflict, forbidden, invalidInput, notFound } from '../../errors';
import { recordAudit } from '../../repositories/audit';
import {
  findPerson,
  insertPerson,
  listPeople,
  recordPersonalRead,
  type PersonRow,
} from '../../repositories/workforce/people';

const PERSON = { th: 'บุคคลนี้', en: 'This person' };
const thai = new Intl.Collator('th');

function toView(row: PersonRow, reveal: boolean): PersonView {
  return {
    id: row.id,
    nationalId: reveal ? row.national_id : maskNationalId(row.national_id),
    birthYear: Number(row.birth_date.slice(0, 4)),
    birthDate: reveal ? row.birth_date : null,
    title: row.title,
    firstName: row.first_name,
    lastName: row.last_name,
    unit: row.unit_id === null ? null : { id: row.unit_id, name: row.unit_name ?? '' },
    position: row.position,
    masked: !reveal,
  };
}

/** The unit whose people the actor may read: null = every unit; undefined = none. */
function readableUnit(actor: Actor): number | null | undefined {
  if (actor.role === 'admin' || actor.role === 'viewer') return null;
  return actor.unitId ?? undefined;
}

export async function createPerson(db: Database, actor: Actor, input: PersonCreate): Promise<PersonView> {
  if (actor.role !== 'admin') throw forbidden();
  return db.transaction(async (tx) => {
    if (input.unitId) {
      const { rows } = await tx.query("select 1 from org_unit where id = $1 and status = 'active'", [
        input.unitId,
      ]);
      if (rows.length === 0)
        throw invalidInput([
          { field: 'unitId', en: 'no such open unit', th: 'ไม่พบหน่วยงานนี้ หรือหน่วยงานถูกยุบแล้ว' },
        ]);
    }
    const id = await insertPerson(tx, {
      nationalId: input.nationalId,
      birthDate: input.birthDate,
      title: input.title ?? null,
      firstName: input.firstName,
      lastName: input.lastName,
      unitId: input.unitId ?? null,
      position: input.position ?? null,
    });
    // The message never repeats the number: error answers end up in logs and screenshots.
    if (id === null)
      throw conflict({
        th: 'มีบุคคลที่ใช้เลขประจำตัวประชาชนนี้อยู่แล้ว',
        en: 'A person with this national ID already exists',
      });
    const row = (await findPerson(tx, id))!;
    const masked = toView(row, false);
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'person',
      entityId: id,
      after: {
        national_id: masked.nationalId,
        birth_year: masked.birthYear,
        title: row.title,
        first_name: row.first_name,
        last_name: row.last_name,
        unit_id: row.unit_id,
        position: row.position,
      },
    });
    return masked;
  });
}

export async function getPerson(
  db: Database,
  actor: Actor,
  id: number,
  reveal: boolean,
): Promise<PersonView> {
  if (reveal && actor.role !== 'admin')
    throw forbidden({
      th: 'เฉพาะผู้ดูแลระบบเท่านั้นที่ดูข้อมูลส่วนบุคคลแบบไม่ปิดบังได้',
      en: 'Only an admin may see personal data unmasked',
    });
  const unit = readableUnit(actor);
  const read = async (q: Queryable) => {
    const row = await findPerson(q, id);
    if (!row || unit === undefined || (unit !== null && row.unit_id !== unit)) throw notFound(PERSON);
    return row;
  };
  if (!reveal) return toView(await read(db), false);
  return db.transaction(async (tx) => {
    const row = await read(tx);
    await recordPersonalRead(tx, actor, row.id, ['national_id', 'birth_date']);
    return toView(row, true);
  });
}

export async function listPersons(
  db: Queryable,
  actor: Actor,
  query: { unitId?: number | undefined },
): Promise<PersonView[]> {
  const unit = readableUnit(actor);
  if (unit === undefined) return [];
  if (unit !== null && query.unitId !== undefined && query.unitId !== unit) return [];
  const rows = await listPeople(db, unit ?? query.unitId ?? null);
  return rows
    .map((r) => toView(r, false))
    .sort(
      (a, b) => thai.compare(a.lastName, b.lastName) || thai.compare(a.firstName, b.firstName) || a.id - b.id,
    );
}
