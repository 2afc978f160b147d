/**
 * A dry run does the real work inside a transaction and then rolls it back, so its preview is
 * exactly what a real run would write.
 */
import type { Database, Queryable } from '../db/database';

class RollbackDryRun<T> extends Error {
  constructor(readonly result: T) {
    super('dry run');
  }
}

export async function inTransaction<T>(
  db: Database,
  dryRun: boolean,
  work: (tx: Queryable) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction(async (tx) => {
      const result = await work(tx);
      if (dryRun) throw new RollbackDryRun(result);
      return result;
    });
  } catch (err) {
    if (err instanceof RollbackDryRun) return err.result as T;
    throw err;
  }
}
