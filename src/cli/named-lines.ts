/**
 * How the command line names what an import wrote (a dry run: would write), issue 14 item 17: under a count,
 * the first codes the answer names and how many more — "    project: P1-01, P1-02 … and 54 more / และอีก 54 รายการ".
 */

/** The line naming `count` records of a kind by the first `codes`; none when the count is 0. */
export function namedLines(kind: string, codes: readonly string[], count: number): string[] {
  if (count === 0) return [];
  const more = count - codes.length;
  return [`    ${kind}: ${codes.join(', ')}${more > 0 ? ` … and ${more} more / และอีก ${more} รายการ` : ''}`];
}

/** A count's label: in a dry run, what would happen, in English and Thai. */
export function changeLabel(change: 'created' | 'updated' | 'removed', dryRun: boolean): string {
  if (!dryRun) return change;
  return {
    created: 'would be created / จะสร้าง',
    updated: 'would be updated / จะปรับปรุง',
    removed: 'would be removed / จะลบ',
  }[change];
}
