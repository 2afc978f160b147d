/**
 * Loads a candidate set and everything the criteria read about it in a few set-based queries (candidates,
 * history, records, exceptions), then leaves the judging to the pure domain (src/domain/careers). Given the
 * criteria to judge, only the people who could meet them are loaded (decision 0018): the others are not
 * eligible and will not be by staying, and only counted.
 */
import { evaluate, type Criterion, type CriterionResult, type PersonFacts } from '../../../domain/careers';
import type { Queryable } from '../../db/database';
import {
  candidateRows,
  exceptionsOf,
  historyByPerson,
  recordsByPerson,
  type CandidateFilter,
  type CandidateRow,
  type ExceptionInForce,
} from '../../repositories/careers/candidates';

export interface CandidateSet {
  /** The people loaded: with `couldMeet`, only those who could meet (or hold an exception). */
  candidates: CandidateRow[];
  /** Everyone in service in the scope, loaded or not. */
  total: number;
  facts: (personId: number) => PersonFacts;
  /** The exceptions for (path, person) in force on the as-of date (whole path or one criterion each). */
  exceptions: (pathId: number, personId: number) => ExceptionInForce[];
}

export async function loadCandidates(
  db: Queryable,
  asOf: string,
  filter: CandidateFilter,
): Promise<CandidateSet> {
  const { rows: candidates, total } = await candidateRows(db, asOf, filter);
  return candidateSet(
    candidates,
    total,
    await factsOf(
      db,
      candidates.map((c) => c.id),
      asOf,
    ),
  );
}

/** The people's history, records and exceptions: independent reads, side by side on a pool (decision 0018). */
function factsOf(db: Queryable, ids: number[], asOf: string) {
  return Promise.all([
    historyByPerson(db, ids, asOf),
    recordsByPerson(db, ids, asOf),
    exceptionsOf(db, ids, asOf),
  ]);
}

function candidateSet(
  candidates: CandidateSet['candidates'],
  total: number,
  [history, records, exceptions]: Awaited<ReturnType<typeof factsOf>>,
): CandidateSet {
  return {
    candidates,
    total,
    facts: (id) => ({ rows: history.get(id) ?? [], evidence: records.get(id) ?? [] }),
    exceptions: (pathId, personId) => exceptions.get(`${pathId}:${personId}`) ?? [],
  };
}

/**
 * One person's candidate set (the self-check): the id is known before the person's row is read, so the row,
 * its history, records and exceptions are read side by side in one round of the pool rather than the row
 * first and the rest after it. Not in service on `asOf`: no candidate (the facts read are then unused).
 */
export async function loadPerson(db: Queryable, asOf: string, personId: number): Promise<CandidateSet> {
  const [{ rows: candidates, total }, facts] = await Promise.all([
    candidateRows(db, asOf, { unitId: null, personId }),
    factsOf(db, [personId], asOf),
  ]);
  return candidateSet(candidates, total, facts);
}

export interface Judged {
  /** The criteria evaluated, the criteria an exception names counted as met (marked byException). */
  result: CriterionResult;
  /** An exception for the whole path is in force: eligible whatever the criteria say. */
  wholePath: boolean;
  /** Met only thanks to an exception (whole path or criteria): met by exception, not by the record. */
  byException: boolean;
  exceptions: ExceptionInForce[];
}

/** One person against one path's criteria, with the exceptions in force counted and said so. */
export function judge(
  set: CandidateSet,
  pathId: number,
  personId: number,
  criteria: Criterion,
  asOf: string,
): Judged {
  const facts = set.facts(personId);
  const exceptions = set.exceptions(pathId, personId);
  const plain = evaluate(criteria, facts, asOf);
  if (exceptions.length === 0 || plain.met)
    return { result: plain, wholePath: false, byException: false, exceptions };
  const wholePath = exceptions.some((e) => e.criterionRef === null);
  const waived = new Set(exceptions.flatMap((e) => (e.criterionRef === null ? [] : [e.criterionRef])));
  const result = waived.size === 0 ? plain : evaluate(criteria, facts, asOf, waived);
  return {
    result: wholePath && !result.met ? { ...result, met: true, metOn: null, byException: true } : result,
    wholePath,
    byException: wholePath || result.met,
    exceptions,
  };
}
