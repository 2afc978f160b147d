/**
 * Cycles in a graph of predecessors (project → the projects it depends on), found with an explicit
 * stack: a recursive walk overflowed Node's call stack on a chain of about 6,000 projects. Linear in
 * nodes + edges; each cycle is reported once, as the walk meets it, starting at the node it re-enters.
 */
export function findCycles(
  starts: readonly string[],
  edges: ReadonlyMap<string, readonly string[]>,
): string[][] {
  const done = new Set<string>();
  const cycles: string[][] = [];
  // The current path: node and the index of its next edge to follow; onPath gives a node's position.
  const path: { node: string; next: number }[] = [];
  const onPath = new Map<string, number>();
  for (const start of starts) {
    if (done.has(start)) continue;
    path.push({ node: start, next: 0 });
    onPath.set(start, 0);
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const out = edges.get(top.node) ?? [];
      if (top.next >= out.length) {
        path.pop();
        onPath.delete(top.node);
        done.add(top.node);
        continue;
      }
      const next = out[top.next++]!;
      if (done.has(next)) continue;
      const at = onPath.get(next);
      if (at !== undefined) {
        cycles.push([...path.slice(at).map((p) => p.node), next]);
        continue;
      }
      onPath.set(next, path.length);
      path.push({ node: next, next: 0 });
    }
  }
  return cycles;
}
