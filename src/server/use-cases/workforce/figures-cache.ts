/**
 * The HR Dashboard's counts and the directory's pages kept per workforce data version (decision 0019).
 * Every statement that writes people, positions, history, key titles or units changes the token of
 * workforce_data_version in its own transaction (migration 0027's triggers), so rows kept under the token
 * read at the start of a request are the rows of the data as of that token, whichever process wrote since.
 * The actor's scope is decided on every request and is part of what a figure is kept for.
 */
import type { Queryable } from '../../db/database';

const MAX_ENTRIES = 256;
const kept = new Map<string, unknown>();

/** The current token, or null when there is none (then nothing is kept). */
async function dataToken(db: Queryable): Promise<string | null> {
  const { rows } = await db.query<{ token: string }>('select token from workforce_data_version where id = 1');
  return rows[0]?.token ?? null;
}

/** The result of compute() for these inputs at the current data version, computed once per version. */
export async function keptFigure<T>(
  db: Queryable,
  inputs: readonly unknown[],
  compute: () => Promise<T>,
): Promise<T> {
  const token = await dataToken(db);
  if (token === null) return compute();
  const key = `${token}\u0000${JSON.stringify(inputs)}`;
  if (kept.has(key)) {
    const value = kept.get(key) as T;
    kept.delete(key);
    kept.set(key, value);
    return value;
  }
  const value = await compute();
  kept.set(key, value);
  if (kept.size > MAX_ENTRIES) kept.delete(kept.keys().next().value!);
  return value;
}
