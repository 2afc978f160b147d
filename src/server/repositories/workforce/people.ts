/** The person table (personal data): SQL only; masking and who may read what is in use-cases/people.ts. */
import type { Queryable } from '../../db/database';

export interface PersonRow {
  id: number;
  national_id: string;
  birth_date: string; // YYYY-MM-DD (date columns come back as strings)
  title: string | null;
  first_name: string;
  last_name: string;
  unit_id: number | null;
  unit_name: string | null;
  position: string | null;
}

export interface NewPerson {
  nationalId: string;
  birthDate: string;
  title: string | null;
  firstName: string;
  lastName: string;
  unitId: number | null;
  position: string | null;
}

const SELECT = `select p.id, p.national_id, p.birth_date, p.title, p.first_name, p.last_name, p.unit_id,
                       u.name as unit_name, p.position
                  from person p left join org_unit u on u.id = p.unit_id`;

export async function insertPerson(tx: Queryable, person: NewPerson): Promise<number | null> {
  const { rows } = await tx.query<{ id: number }>(
    `insert into person (national_id, birth_date, title, first_name, last_name, unit_id, position)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (national_id) do nothing
     returning id`,
    [
      person.nationalId,
      person.birthDate,
      person.title,
      person.firstName,
      person.lastName,
      person.unitId,
      person.position,
    ],
  );
  return rows[0]?.id ?? null;
}

export async function findPerson(db: Queryable, id: number): Promise<PersonRow | null> {
  const { rows } = await db.query<PersonRow>(`${SELECT} where p.id = $1`, [id]);
  return rows[0] ?? null;
}

/** People of one unit, or of every unit (unitId null), ordered by id (names are sorted in code). */
export async function listPeople(db: Queryable, unitId: number | null): Promise<PersonRow[]> {
  const { rows } = await db.query<PersonRow>(
    `${SELECT} ${unitId === null ? '' : 'where p.unit_id = $1'} order by p.id`,
    unitId === null ? [] : [unitId],
  );
  return rows;
}

/**
 * An audit row of a read (not a change): who saw which person's unmasked fields, never the values.
 * The audit module's own entry type covers changes; this is the one read that is audited.
 */
export async function recordPersonalRead(
  tx: Queryable,
  actor: { userId: number | null; label: string },
  personId: number,
  fields: readonly string[],
): Promise<void> {
  await tx.query(
    `insert into audit_event (actor_user_id, actor_label, action, entity, entity_id, before, after)
     values ($1, $2, 'read_personal', 'person', $3, null, $4)`,
    [actor.userId, actor.label, String(personId), JSON.stringify({ fields })],
  );
}
