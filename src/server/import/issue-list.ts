/**
 * A file of garbage can hold millions of bad cells: only the first `LIMITS.issuesListed` issues of a list are
 * kept, the rest only counted, so that memory and the answer stay small while the count stays exact.
 */
import { LIMITS } from '../../shared/limits';
import type { FieldIssue } from '../../shared/messages';

const notKept = new WeakMap<FieldIssue[], number>();

export function addIssue(list: FieldIssue[], issue: FieldIssue): void {
  if (list.length < LIMITS.issuesListed) list.push(issue);
  else notKept.set(list, (notKept.get(list) ?? 0) + 1);
}

/** How many issues `addIssue` counted for this list without keeping them. */
export function issuesNotKept(list: FieldIssue[]): number {
  return notKept.get(list) ?? 0;
}
