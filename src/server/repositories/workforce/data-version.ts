/** The workforce data version (migration 0027): changed by triggers in the transaction of every write. */
import type { Queryable } from '../../db/database';

/** The current token, or null when there is none (then nothing is kept). */
export async function workforceDataToken(db: Queryable): Promise<string | null> {
  const { rows } = await db.query<{ token: string }>('select token from workforce_data_version where id = 1');
  return rows[0]?.token ?? null;
}
