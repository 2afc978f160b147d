/**
 * Answers kept per data version (decisions 0019 and 0027): a module's writers change a token in their own
 * transaction (triggers), so an answer kept under the token read at the start of a request is the answer
 * for the data as of that token, whichever process wrote since; a rolled-back write changes no token.
 * Least recently used answers go first once `maxEntries` are kept.
 */
export function keptByVersion(maxEntries: number) {
  const kept = new Map<string, unknown>();
  /** compute() for these inputs at this token, computed once per token; no token (null): never kept. */
  return async function keptAt<T>(
    token: string | null,
    inputs: readonly unknown[],
    compute: () => Promise<T>,
  ): Promise<T> {
    if (token === null) return compute();
    const key = `${token}\u0000${JSON.stringify(inputs)}`;
    if (kept.has(key)) {
      const value = kept.get(key) as T;
      kept.delete(key); // most recently used last
      kept.set(key, value);
      return value;
    }
    const value = await compute();
    kept.set(key, value);
    if (kept.size > maxEntries) kept.delete(kept.keys().next().value!);
    return value;
  };
}
