/**
 * Writes a built workforce set-based (insert-rows.ts: INSERT … SELECT FROM unnest, one statement per batch
 * of rows): the staffing frame, the people, then their history with the ids just returned. Batches keep
 * each statement's arrays to 50,000 rows, so a Bangkok-scale workforce (100,000 people, ≈1,000,000 history
 * rows) is a few dozen statements. One audit row names what was written (the caller records it).
 */
import type { Queryable } from '../../db/database';
import type { AuditEntry } from '../../repositories/audit';
import { insertRows } from '../insert-rows';
import type { Workforce } from './types';

const BATCH = 50_000;

export interface WorkforceCounts {
  people: number;
  positions: number;
  positionHistory: number;
}

async function inBatches<T>(rows: readonly T[], write: (batch: readonly T[]) => Promise<void>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

export async function writeWorkforce(
  tx: Queryable,
  workforce: Workforce,
  unitId: ReadonlyMap<string, number>,
  audit: { entityId: string; audits: AuditEntry[] },
): Promise<WorkforceCounts> {
  const unit = (code: string | null) => {
    if (code === null) return null;
    const id = unitId.get(code);
    if (id === undefined) throw new Error(`writeWorkforce: no unit ${code}`);
    return id;
  };
  const positionId = new Map<string, number>();
  await inBatches(workforce.positions, async (ps) => {
    const rows = await insertRows<{ id: number; position_no: string }>(
      tx,
      'position',
      [
        ['position_no', 'text', ps.map((p) => p.positionNo)],
        ['title', 'text', ps.map((p) => p.title)],
        ['position_type', 'text', ps.map((p) => p.positionType)],
        ['level', 'text', ps.map((p) => p.level)],
        ['line', 'text', ps.map((p) => p.line)],
        ['unit_id', 'int', ps.map((p) => unit(p.unitCode))],
        ['section', 'text', ps.map((p) => p.section)],
        ['section_head', 'boolean', ps.map((p) => p.sectionHead)],
      ],
      'id, position_no',
    );
    for (const r of rows) positionId.set(r.position_no, r.id);
  });
  const personId = new Map<string, number>();
  await inBatches(workforce.people, async (ps) => {
    const rows = await insertRows<{ id: number; person_no: string }>(
      tx,
      'person',
      [
        ['person_no', 'text', ps.map((p) => p.personNo)],
        ['national_id', 'text', ps.map((p) => p.nationalId)],
        ['title', 'text', ps.map((p) => p.title)],
        ['first_name', 'text', ps.map((p) => p.firstName)],
        ['last_name', 'text', ps.map((p) => p.lastName)],
        ['birth_date', 'date', ps.map((p) => p.birthDate)],
        ['gender', 'text', ps.map((p) => p.gender)],
        ['staff_type', 'text', ps.map((p) => p.staffType)],
        ['entry_date', 'date', ps.map((p) => p.entryDate)],
        ['exit_date', 'date', ps.map((p) => p.exitDate)],
        ['exit_reason', 'text', ps.map((p) => p.exitReason)],
        ['unit_id', 'int', ps.map((p) => unit(p.unitCode))],
        ['position', 'text', ps.map((p) => p.position)],
      ],
      'id, person_no',
    );
    for (const r of rows) personId.set(r.person_no, r.id);
  });
  await inBatches(workforce.history, async (hs) => {
    await insertRows(tx, 'position_history', [
      ['person_id', 'int', hs.map((h) => personId.get(h.personNo))],
      ['from_date', 'date', hs.map((h) => h.from)],
      ['to_date', 'date', hs.map((h) => h.to)],
      ['role', 'text', hs.map((h) => h.role)],
      ['position_id', 'int', hs.map((h) => (h.positionNo === null ? null : positionId.get(h.positionNo)))],
      ['title', 'text', hs.map((h) => h.title)],
      ['position_type', 'text', hs.map((h) => h.positionType)],
      ['level', 'text', hs.map((h) => h.level)],
      ['line', 'text', hs.map((h) => h.line)],
      ['unit_id', 'int', hs.map((h) => unit(h.unitCode))],
      ['work_unit_id', 'int', hs.map((h) => unit(h.workUnitCode))],
      ['section', 'text', hs.map((h) => h.section)],
      ['section_head', 'boolean', hs.map((h) => h.sectionHead)],
      ['order_ref', 'text', hs.map((h) => h.orderRef)],
    ]);
  });
  const counts = {
    people: workforce.people.length,
    positions: workforce.positions.length,
    positionHistory: workforce.history.length,
  };
  audit.audits.push({ action: 'import', entity: 'workforce', entityId: audit.entityId, after: counts });
  return counts;
}
