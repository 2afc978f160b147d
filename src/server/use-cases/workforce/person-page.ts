/**
 * One person's page: the record (PDPA: national ID and birth date masked, as on /api/people), the history
 * as a timeline and the facts computed from it as of a date (src/domain/workforce/facts.ts).
 */
import {
  ASSISTANT_DISTRICT_DIRECTOR,
  currentHolding,
  sectionsOverseen,
  timeInCurrentLevel,
  timeInLevel,
  timeInTitle,
  unitsServed,
  type HistoryRow,
} from '../../../domain/workforce';
import { maskNationalId } from '../../../shared/api/workforce/people';
import type { PersonPage } from '../../../shared/api/workforce/directory';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { forbidden, notFound } from '../../errors';
import { canReadPerson } from '../../policies/workforce/workforce-policy';
import { findPersonRecord, personHistory, type HistoryDbRow } from '../../repositories/workforce/directory';
import { todayInBangkok } from './scope';

const PERSON = { th: 'บุคคลนี้', en: 'This person' };

export const toHistoryRow = (h: HistoryDbRow): HistoryRow => ({
  fromDate: h.from_date,
  toDate: h.to_date,
  role: h.role,
  title: h.title,
  positionType: h.position_type,
  level: h.level,
  unitId: h.work_unit_id ?? h.unit_id,
  unitKind: h.unit_kind,
  section: h.section,
  sectionHead: h.section_head,
  positionId: h.position_id,
});

export async function getPersonPage(
  db: Queryable,
  actor: Actor,
  by: { personNo?: string; id?: number },
  asOfAsked: string | undefined,
): Promise<PersonPage> {
  if (actor.role === 'viewer')
    throw forbidden({ th: 'ผู้บริหาร/ผู้อ่านดูได้เฉพาะตัวเลขสรุป', en: 'The committee sees figures only' });
  const asOf = asOfAsked ?? todayInBangkok();
  const p = await findPersonRecord(db, by, asOf);
  // Another unit's person, or another staff member: not told apart from one that does not exist.
  if (!p || !canReadPerson(actor, { id: p.id, unitId: p.unit_id })) throw notFound(PERSON);
  const dbRows = await personHistory(db, p.id);
  const rows = dbRows.map(toHistoryRow);
  const holding = { countActing: false };
  const now = currentHolding(rows, asOf);
  const level = now ? { positionType: now.positionType, level: now.level } : null;
  const seen = sectionsOverseen(rows, asOf, { ...holding, whileTitle: ASSISTANT_DISTRICT_DIRECTOR });
  return {
    person: {
      personNo: p.person_no,
      title: p.title,
      firstName: p.first_name,
      lastName: p.last_name,
      nationalId: p.national_id === null ? null : maskNationalId(p.national_id),
      birthYear: Number(p.birth_date.slice(0, 4)),
      gender: p.gender,
      staffType: p.staff_type,
      entryDate: p.entry_date,
      exitDate: p.exit_date,
      exitReason: p.exit_reason,
      unitName: p.unit_name,
    },
    history: dbRows.map((h) => ({
      fromDate: h.from_date,
      toDate: h.to_date,
      role: h.role,
      title: h.title,
      positionType: h.position_type,
      level: h.level,
      positionNo: h.position_no,
      unitName: h.unit_name,
      workUnitName: h.work_unit_name,
      unitKind: h.unit_kind,
      section: h.section,
      sectionHead: h.section_head,
      orderRef: h.order_ref,
    })),
    facts: {
      asOf,
      retirementFiscalYear: p.retirement_fiscal_year,
      currentLevel: timeInCurrentLevel(rows, asOf, holding),
      timeInLevel: level && timeInLevel(rows, level, asOf, holding),
      timeInLevelWithActing: level && timeInLevel(rows, level, asOf, { countActing: true }),
      timeInTitle: now && timeInTitle(rows, now.title, asOf, holding),
      districtOfficesServed: unitsServed(rows, 'district', asOf, holding).length,
      sectionsOverseen: { sections: seen.sections.length, kinds: seen.kinds },
    },
  };
}

/** The staff user's own page (/api/workforce/me). */
export function getMyPage(db: Queryable, actor: Actor, asOf: string | undefined): Promise<PersonPage> {
  if (actor.personId === null || actor.personId === undefined)
    throw notFound({ th: 'ข้อมูลบุคคลที่ผูกกับบัญชีนี้', en: 'A person record linked to this account' });
  return getPersonPage(db, { ...actor, role: 'staff' }, { id: actor.personId }, asOf);
}
