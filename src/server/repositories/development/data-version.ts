/**
 * The data versions the development reads are kept under (migrations 0027 and 0031): the workforce token
 * (people, positions, history, units) and the development token (records, projects, submissions, years, HRD
 * plans, digital skills), each changed by triggers in the transaction of every write. One primary-key read of
 * each, in one round trip.
 */
import type { Queryable } from '../../db/database';

/** Both tokens joined, or null when either is missing (then nothing is kept). */
export async function developmentDataToken(db: Queryable): Promise<string | null> {
  const { rows } = await db.query<{ workforce: string | null; development: string | null }>(
    `select (select token from workforce_data_version where id = 1) as workforce,
            (select token from development_data_version where id = 1) as development`,
  );
  const r = rows[0];
  return r?.workforce && r.development ? `${r.workforce}/${r.development}` : null;
}
