/**
 * Loads a candidate set and everything the criteria read about it in four queries (candidates, history,
 * records, exceptions), then leaves the judging to the pure domain (src/domain/careers).
 */
import type { PersonFacts } from '../../../domain/careers';
import type { Queryable } from '../../db/database';
import {
  candidateRows,
  exceptionsOf,
  historyByPerson,
  recordsByPerson,
  type CandidateRow,
} from '../../repositories/careers/candidates';

export interface CandidateSet {
  candidates: CandidateRow[];
  facts: (personId: number) => PersonFacts;
  /** The exception for (path, person) in force, if any. */
  exception: (pathId: number, personId: number) => { reason: string; validFrom: string } | null;
}

export async function loadCandidates(
  db: Queryable,
  asOf: string,
  filter: { unitId: number | null; personId?: number },
): Promise<CandidateSet> {
  const candidates = await candidateRows(db, asOf, filter);
  const ids = candidates.map((c) => c.id);
  const [history, records, exceptions] = [
    await historyByPerson(db, ids, asOf),
    await recordsByPerson(db, ids, asOf),
    await exceptionsOf(db, ids, asOf),
  ];
  return {
    candidates,
    facts: (id) => ({ rows: history.get(id) ?? [], evidence: records.get(id) ?? [] }),
    exception: (pathId, personId) => exceptions.get(`${pathId}:${personId}`) ?? null,
  };
}
