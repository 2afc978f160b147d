/**
 * The HR Dashboard's counts and the directory's pages kept per workforce data version (decision 0019).
 * Every statement that writes people, positions, history, key titles or units changes the token of
 * workforce_data_version in its own transaction (migration 0027's triggers), so rows kept under the token
 * read at the start of a request are the rows of the data as of that token, whichever process wrote since.
 * The actor's scope is decided on every request and is part of what a figure is kept for.
 */
import type { Queryable } from '../../db/database';
import { workforceDataToken } from '../../repositories/workforce/data-version';
import { keptByVersion } from '../kept-by-version';

const keep = keptByVersion(256);

/** The result of compute() for these inputs at the current data version, computed once per version. */
export async function keptFigure<T>(
  db: Queryable,
  inputs: readonly unknown[],
  compute: () => Promise<T>,
): Promise<T> {
  return keep(await workforceDataToken(db), inputs, compute);
}
